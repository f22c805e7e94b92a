import type { ReportRequest } from '../../shared/report/request';
import type { PrintStages } from '../report/report-page-run';

/** What the command line touches outside itself, so tests and the entry point can supply it. */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly readFile: (path: string, maxBytes: number) => Promise<ReadResult>;
  /** Prints reports; by default a Chromium on the machine, in the app Electron's own. */
  readonly printReport?: (request: ReportRequest, stages?: PrintStages) => Promise<Uint8Array>;
}

export type ReadResult =
  | { readonly ok: true; readonly text: string }
  | {
      readonly ok: false;
      readonly code: 'not_found' | 'too_large' | 'not_a_file' | 'unreadable' | 'invalid_utf8';
      readonly message: string;
    };

/** Exit codes: 0 success, 2 invalid input (the user can fix it), 1 internal error (a bug). */
export const EXIT_OK = 0;
export const EXIT_INTERNAL = 1;
export const EXIT_INVALID = 2;
