import '../zod-without-eval';
import { serveAnalyses } from '../../shared/analysis';
import type { FromWorker } from '../../shared/analysis';

/*
 * The analyses run here, off the page's thread, so the interface keeps answering during a long
 * Monte Carlo run; the run yields between chunks of draws, which is when a cancel arrives.
 */
const scope = globalThis as unknown as {
  onmessage: ((event: MessageEvent<unknown>) => void) | null;
  postMessage(message: FromWorker, transfer: Transferable[]): void;
};

const handle = serveAnalyses({
  post: (message, transfer) => scope.postMessage(message, transfer),
  yieldToEvents: () => new Promise((resolve) => setTimeout(resolve, 0)),
});

scope.onmessage = (event) => handle(event.data);
