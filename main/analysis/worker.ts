import type { MessagePort } from 'node:worker_threads';
import { serveAnalyses } from '../../shared/analysis';

/**
 * A worker_thread's side of the analysis protocol (shared/analysis/protocol.ts). Between chunks
 * of draws the run yields with setImmediate, so a cancel message is read before the next chunk.
 * Resolves when the port is closed, so the thread can end on its own.
 */
export function serveAnalysisWorker(port: MessagePort): Promise<void> {
  const handle = serveAnalyses({
    post: (message, transfer) => port.postMessage(message, transfer),
    yieldToEvents: () => new Promise((resolve) => setImmediate(resolve)),
  });
  return new Promise((resolve) => {
    port.on('message', handle);
    port.on('close', () => resolve());
  });
}
