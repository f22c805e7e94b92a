import { spawnSync } from 'node:child_process';

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
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  for (let i = 0; i < body.length; i += 1) {
    const char = body[i];
    if (quoted) {
      if (char === '"' && body[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && body[i + 1] === '\n') i += 1;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += char;
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows;
}
