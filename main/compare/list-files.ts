import type { Dirent } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { InvalidApplicant } from '../../shared/compare';
import { issue } from '../../shared/scenario/issues';

/*
 * What the officer pointed at — folders and files — as the list of files to compare. A folder
 * gives its `.json` files (not its subfolders: a bureau keeps one call for applications per
 * folder); a file is taken whatever its name; a path that is not there is listed with the reason.
 * So is anything in a folder that is named like an application but cannot be one — a sub-folder
 * or a FIFO named `*.json`, a name that is not UTF-8 (which no path given as text can reach) —
 * so that nothing the officer may count on is left out silently.
 */

export interface ApplicantFiles {
  /** As the officer would name them: the path given, or the folder given joined with the name. */
  readonly files: readonly string[];
  readonly missing: readonly InvalidApplicant[];
}

const byName = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const utf8 = new TextDecoder('utf-8', { fatal: true });

function decoded(name: Buffer): string | null {
  try {
    return utf8.decode(name);
  } catch {
    return null;
  }
}

/** Why a folder entry named `*.json` is not a file to compare, or null when it is one. */
function notAFile(entry: Dirent<Buffer>): string | null {
  if (entry.isFile() || entry.isSymbolicLink()) return null;
  if (entry.isDirectory())
    return 'is a folder; compare reads the .json files of the folder given, not of its sub-folders';
  if (entry.isFIFO()) return 'is a FIFO (a named pipe), not a file';
  if (entry.isSocket()) return 'is a socket, not a file';
  return 'is a device, not a file';
}

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
    // As bytes: a name that is not UTF-8 would otherwise turn into one that names no file.
    const entries = await readdir(input, { withFileTypes: true, encoding: 'buffer' });
    const names: string[] = [];
    for (const entry of entries) {
      const name = decoded(entry.name);
      const shown = name ?? new TextDecoder().decode(entry.name);
      if (!shown.toLowerCase().endsWith('.json')) continue;
      const why =
        name === null
          ? 'its name is not UTF-8 text, so it cannot be named reliably; rename the file'
          : notAFile(entry);
      if (why === null) names.push(shown);
      else
        missing.push({
          file: join(input, shown),
          reasons: [issue([], 'not_a_file', why, { kind: name === null ? 'name' : 'type' })],
        });
    }
    for (const name of names.sort(byName)) add(join(input, name));
  }
  return { files, missing };
}
