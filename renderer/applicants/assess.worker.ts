import '../zod-without-eval';
import { assessApplicantText } from '../../shared/compare';
import type { ToPageMessage, ToWorkerMessage } from './load';

/*
 * Assesses applicant files off the page's thread, so hundreds of them load while the interface
 * keeps answering: one reply per file, for the progress bar.
 */
const scope = globalThis as unknown as {
  onmessage: ((event: MessageEvent<ToWorkerMessage>) => void) | null;
  postMessage(message: ToPageMessage): void;
};

scope.onmessage = (event) => {
  const { batch, files } = event.data;
  for (const file of files) {
    scope.postMessage({ batch, outcome: assessApplicantText(file.name, file.text) });
  }
};
