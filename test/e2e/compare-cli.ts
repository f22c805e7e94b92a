import { spawnSync } from 'node:child_process';
import { csvGrid } from '../../shared/monitor';

/** The part of `yardstick compare --format json` the applicants test reads. */
export interface CompareJson {
  readonly applicants: readonly {
    readonly file: string;
    readonly company: string;
    readonly project: string;
    readonly state: 'additional' | 'deadweight' | 'not-viable';
    readonly subsidyRequested: string;
    readonly necessaryAward: string | null;
    readonly npv: string;
    readonly score?: string;
  }[];
  readonly ranking: readonly {
    readonly rank: number;
    readonly file: string;
    readonly company: string;
    readonly score: string;
    readonly breakdown: readonly {
      readonly criterion: string;
      readonly scaled: string;
      readonly weight: string;
    }[];
  }[];
  readonly selected:
    | readonly { readonly file: string; readonly company: string; readonly award: string }[]
    | undefined;
  readonly rejected:
    | readonly { readonly file: string; readonly company: string; readonly reason: string }[]
    | undefined;
  readonly totalSubsidy: string | undefined;
  readonly causedNpv: string | undefined;
  readonly deadweightSubsidy: string | undefined;
  readonly deadweightShare: string | null | undefined;
}

/**
 * `yardstick compare ARGS --format json`, run as a process like a script would. A folder with an
 * invalid file exits 2 (files left out) and still prints the comparison.
 */
export function cliCompare(args: readonly string[]): CompareJson {
  const run = spawnSync(
    process.execPath,
    ['scripts/cli.mjs', 'compare', ...args, '--format', 'json'],
    { encoding: 'utf8', timeout: 120_000 },
  );
  if (run.status !== 0 && run.status !== 2) {
    throw new Error(`yardstick compare exited ${run.status}: ${run.stderr}`);
  }
  return JSON.parse(run.stdout) as CompareJson;
}

/** A tiny CSV reader for the exports (quoted fields, doubled quotes, CRLF, a BOM). */
export function parseCsv(text: string): string[][] {
  return csvGrid(text);
}
