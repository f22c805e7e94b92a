import '../host/zod-without-eval';
import { serveRequests } from '../../../shared/analysis';
import type { FromWorker } from '../../../shared/analysis';
import { APP_RUNNER } from './app-runner';

/*
 * The page's worker: analyses, applicants' files and the editor's evaluation run here, off the
 * page's thread, so the interface keeps answering; a long run yields between chunks, which is
 * when a cancel arrives.
 */
const scope = globalThis as unknown as {
  onmessage: ((event: MessageEvent<unknown>) => void) | null;
  postMessage(message: FromWorker<unknown>, transfer: Transferable[]): void;
};

const handle = serveRequests(
  {
    post: (message, transfer) => scope.postMessage(message, transfer),
    yieldToEvents: () => new Promise((resolve) => setTimeout(resolve, 0)),
  },
  APP_RUNNER,
);

scope.onmessage = (event) => handle(event.data);
