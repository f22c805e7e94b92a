import {
  eventChannel,
  eventSchema,
  eventsReadyChannel,
  invokeContract,
  type InvokeMethod,
} from '../../shared/host/contract';
import type { Host } from '../../shared/host/host';
import type { HostEvent } from '../../shared/host/schemas';

/** The part of Electron's `ipcRenderer` the bridge uses; injected so it is testable in Node. */
export interface BridgeIpc {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  on(channel: string, listener: (event: unknown, payload: unknown) => void): unknown;
  removeListener(channel: string, listener: (event: unknown, payload: unknown) => void): unknown;
}

/**
 * Builds the `Host` the preload exposes. Each method checks its arguments before they leave the
 * page (a clear error for the caller; main checks them again anyway) and main's answer before the
 * page sees it. The object holds the Host's methods and nothing else: no `ipcRenderer`, no
 * channel names, no way to send an arbitrary message.
 */
export function createHostBridge(ipc: BridgeIpc): Host {
  const call =
    <M extends InvokeMethod>(method: M) =>
    async (...args: unknown[]): Promise<unknown> => {
      const spec = invokeContract[method];
      const parsedArgs = spec.args.safeParse(args);
      if (!parsedArgs.success) {
        throw new TypeError(
          `Host.${method}: invalid arguments (${parsedArgs.error.issues[0]?.message ?? 'invalid'})`,
        );
      }
      const result = spec.result.safeParse(
        await ipc.invoke(spec.channel, ...(parsedArgs.data as unknown[])),
      );
      if (!result.success)
        throw new TypeError(`Host.${method}: the host answered with an invalid result`);
      return result.data;
    };

  let announced = false;
  const onEvent = (listener: (event: HostEvent) => void): (() => void) => {
    if (typeof listener !== 'function')
      throw new TypeError('Host.onEvent: the listener must be a function');
    const forward = (_event: unknown, payload: unknown): void => {
      const parsed = eventSchema.safeParse(payload);
      if (parsed.success) listener(parsed.data);
    };
    ipc.on(eventChannel, forward);
    if (!announced) {
      announced = true;
      void ipc.invoke(eventsReadyChannel).catch(() => undefined);
    }
    return () => {
      ipc.removeListener(eventChannel, forward);
    };
  };

  const methods = Object.fromEntries(
    (Object.keys(invokeContract) as InvokeMethod[]).map((method) => [method, call(method)]),
  );
  return Object.freeze({ ...methods, onEvent }) as unknown as Host;
}
