import type { MessagePort } from 'node:worker_threads';
import { assessApplicantFile } from './assess-file';
import type { FromWorker, ToWorker } from './worker-protocol';

/**
 * A worker's side of the loader: assesses each file it is sent, until told to close. Resolves
 * when the port is closed, so the thread can end on its own.
 */
export function serveApplicantWorker(port: MessagePort): Promise<void> {
  return new Promise((resolve) => {
    port.on('message', (message: ToWorker) => {
      if (message.type === 'close') {
        port.close();
        return;
      }
      void assessApplicantFile(message.path).then((outcome) => {
        const reply: FromWorker = {
          type: 'assessed',
          job: message.job,
          index: message.index,
          outcome,
        };
        port.postMessage(reply);
      });
    });
    port.on('close', () => resolve());
  });
}
