import { readdir, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { InvalidApplicant } from '../../shared/compare';
import { issue } from '../../shared/scenario/issues';

/*
 * What the officer pointed at — folders and files — as the list of files to compare. A folder
 * gives its `.json` files (not its subfolders: a bureau keeps one call for applications per
 * folder); a file is taken whatever its name; a path that is not there is listed with the reason.
 */

export interface ApplicantFiles {
  /** As the officer would name them: the path given, or the folder given joined with the name. */
  readonly files: readonly string[];
  readonly missing: readonly InvalidApplicant[];
}

const byName = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export async function listApplicantFiles(inputs: readonly string[]): Promise<ApplicantFiles> {
  const files: string[] = [];
  const missing: InvalidApplicant[] = [];
  const seen = new Set<string>();
  const add = (file: string) => {
    const key = resolve(file);
    if (seen.has(key)) return;
    seen.add(key);
    files.push(file);
  };
  for (const input of inputs) {
    const info = await stat(input).catch((error: NodeJS.ErrnoException) => error);
    if (info instanceof Error) {
      const notThere = info.code === 'ENOENT' || info.code === 'ENOTDIR';
      missing.push({
        file: input,
        reasons: [
          notThere
            ? issue([], 'file_not_found', 'no such file or folder')
            : issue([], 'file_unreadable', `cannot be read (${info.code ?? 'unknown error'})`, {
                reason: info.code ?? 'unknown',
              }),
        ],
      });
      continue;
    }
    if (!info.isDirectory()) {
      add(input);
      continue;
    }
    const entries = await readdir(input, { withFileTypes: true });
    const names = entries
      .filter(
        (entry) =>
          (entry.isFile() || entry.isSymbolicLink()) && entry.name.toLowerCase().endsWith('.json'),
      )
      .map((entry) => entry.name)
      .sort(byName);
    for (const name of names) add(join(input, name));
  }
  return { files, missing };
}
