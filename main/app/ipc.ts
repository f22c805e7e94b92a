import { BrowserWindow, ipcMain, type IpcMainInvokeEvent } from 'electron';
import { eventsReadyChannel, invokeContract, type InvokeMethod } from '../../shared/host/contract';
import type { MainHostService } from '../ipc/host-service';
import type { InvokeRouter, Sender } from '../ipc/router';

/** What the router needs to judge a sender; a frame that has gone reads as untrusted. */
function senderOf(event: IpcMainInvokeEvent): Sender {
  const frame = event.senderFrame;
  const window = BrowserWindow.fromWebContents(event.sender);
  return {
    url: frame?.url ?? null,
    isMainFrame: frame !== null && frame.parent === null,
    windowId: window?.id ?? null,
  };
}

/**
 * The only place main listens to the renderer. Every channel goes through the router, which checks
 * the sender and the payload before the service runs; there are no `ipcMain.on` listeners.
 */
export function registerIpc(router: InvokeRouter, service: MainHostService): void {
  for (const method of Object.keys(invokeContract) as InvokeMethod[]) {
    ipcMain.handle(invokeContract[method].channel, (event, ...args: unknown[]) =>
      router.route(method, senderOf(event), args),
    );
  }
  ipcMain.handle(eventsReadyChannel, (event) => {
    service.eventsReady(router.contextOf(senderOf(event), eventsReadyChannel));
  });
}
