import { promises as fsp } from 'node:fs';
import { dirname } from 'node:path';
import { writeFileAtomic } from '../files/atomic-write';

/** The app's own small JSON files (settings, recent files, window state) are never this large. */
const MAX_STORE_BYTES = 1024 * 1024;

/**
 * Reads one of the app's own JSON files. Missing, oversized, or corrupt (a disk error, an edit by
 * hand) all read as `undefined`: a store then starts from its defaults instead of stopping the app.
 */
export async function readJsonFile(path: string, maxBytes = MAX_STORE_BYTES): Promise<unknown> {
  try {
    const info = await fsp.stat(path);
    if (!info.isFile() || info.size > maxBytes) return undefined;
    return JSON.parse(await fsp.readFile(path, 'utf8')) as unknown;
  } catch {
    return undefined;
  }
}

export async function writeJsonFile(path: string, value: unknown): Promise<void> {
  await fsp.mkdir(dirname(path), { recursive: true });
  await writeFileAtomic(path, `${JSON.stringify(value, null, 2)}\n`);
}

/**
 * Runs tasks one after another. Two quick changes to one store must not both read the old file
 * and each write back only their own change; two writes to one file must not race their renames.
 */
export class SerialQueue {
  private tail: Promise<unknown> = Promise.resolve();

  run<T>(task: () => Promise<T>): Promise<T> {
    const result = this.tail.then(task, task);
    this.tail = result.catch(() => undefined);
    return result;
  }
}
