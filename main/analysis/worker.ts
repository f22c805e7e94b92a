import type { MessagePort } from 'node:worker_threads';
import {
  ANALYSIS_RUNNER,
  combineRunners,
  serveRequests,
  type AnalysisRequest,
  type AnalysisResult,
} from '../../shared/analysis';
import { applicantRunner, type AssessRequest, type AssessResult } from '../../shared/compare';
import { readApplicantFile } from '../compare/assess-file';

/*
 * A worker_thread of the command line: the protocol of shared/analysis for the analyses and for
 * applicants' files, which it reads itself (the loader sends their paths). Between chunks a run
 * yields with setImmediate, so a cancel message is read before the next chunk. Resolves when the
 * port is closed, so the thread can end on its own.
 */

export type NodeWorkerRequest = AnalysisRequest | AssessRequest;
export type NodeWorkerResult = AnalysisResult | AssessResult;

export const NODE_WORKER_RUNNER = combineRunners<NodeWorkerRequest, NodeWorkerResult>(
  ANALYSIS_RUNNER,
  applicantRunner(readApplicantFile),
);

export function serveNodeWorker(port: MessagePort): Promise<void> {
  const handle = serveRequests(
    {
      post: (message, transfer) => port.postMessage(message, transfer),
      yieldToEvents: () => new Promise((resolve) => setImmediate(resolve)),
    },
    NODE_WORKER_RUNNER,
  );
  return new Promise((resolve) => {
    port.on('message', handle);
    port.on('close', () => resolve());
  });
}
