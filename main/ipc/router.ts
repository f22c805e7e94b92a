import type { z } from 'zod';
import { invokeContract, type InvokeMethod } from '../../shared/host/contract';
import { isTrustedSender, type SenderFrame } from '../security/origin';

/** Who called: the frame (checked against the app's origins) and its window. */
export interface Sender extends SenderFrame {
  /** The BrowserWindow the frame belongs to, or null when it has none. */
  windowId: number | null;
}

export interface CallContext {
  windowId: number;
}

type ArgsOf<M extends InvokeMethod> = z.output<(typeof invokeContract)[M]['args']>;
type ResultOf<M extends InvokeMethod> = z.input<(typeof invokeContract)[M]['result']>;

/** Main's side of each `Host` method: what it does once sender and arguments have been checked. */
export type HostService = {
  [M in InvokeMethod]: (context: CallContext, ...args: ArgsOf<M>) => Promise<ResultOf<M>>;
};

export type IpcRefusalCode = 'ipc.untrustedSender' | 'ipc.invalidPayload' | 'ipc.invalidResult';

/** Thrown back to the caller (the invoke rejects); says what was wrong, never echoes the payload. */
export class IpcRefusal extends Error {
  constructor(
    readonly code: IpcRefusalCode,
    readonly channel: string,
    detail: string,
  ) {
    super(`${code} on ${channel}: ${detail}`);
    this.name = 'IpcRefusal';
  }
}

function describe(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => `${issue.path.join('.') || '(arguments)'}: ${issue.message}`)
    .join('; ');
}

export interface InvokeRouterOptions {
  service: HostService;
  allowedOrigins: () => readonly string[];
  /** Told about every refusal, for the log: a refusal means a bug or an attack. */
  onRefusal?: (refusal: IpcRefusal) => void;
}

/**
 * The one gate every IPC request passes: the sender must be the top frame of one of the app's own
 * pages in one of its windows, the arguments must match the contract exactly, and main's answer
 * must match it too. Only then does the service run.
 */
export function createInvokeRouter(options: InvokeRouterOptions) {
  const refuse = (code: IpcRefusalCode, channel: string, detail: string): never => {
    const refusal = new IpcRefusal(code, channel, detail);
    options.onRefusal?.(refusal);
    throw refusal;
  };

  /** The window a trusted sender belongs to; anything else is refused. */
  function contextOf(sender: Sender, channel: string): CallContext {
    if (!isTrustedSender(sender, options.allowedOrigins()) || sender.windowId === null) {
      return refuse(
        'ipc.untrustedSender',
        channel,
        `frame ${sender.url ?? '(gone)'} is not the app`,
      );
    }
    return { windowId: sender.windowId };
  }

  async function route<M extends InvokeMethod>(
    method: M,
    sender: Sender,
    rawArgs: readonly unknown[],
  ): Promise<ResultOf<M>> {
    const spec = invokeContract[method];
    const context = contextOf(sender, spec.channel);
    const args = spec.args.safeParse(rawArgs);
    if (!args.success) return refuse('ipc.invalidPayload', spec.channel, describe(args.error));

    const call = options.service[method] as (
      context: CallContext,
      ...rest: readonly unknown[]
    ) => Promise<unknown>;
    const result = await call(context, ...(args.data as readonly unknown[]));

    const checked = spec.result.safeParse(result);
    if (!checked.success) return refuse('ipc.invalidResult', spec.channel, describe(checked.error));
    return checked.data as ResultOf<M>;
  }

  return { route, contextOf };
}

export type InvokeRouter = ReturnType<typeof createInvokeRouter>;
