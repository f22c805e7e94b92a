import { readTextFile } from '../files/read-text';
import type { ReadResult } from './io';

/** A scenario file for the command line: read as the app reads it, refusals in its words. */
export async function readScenarioText(path: string, maxBytes: number): Promise<ReadResult> {
  const read = await readTextFile(path, maxBytes);
  if (read.ok) return read;
  switch (read.reason) {
    case 'not_a_file':
      return { ok: false, code: 'not_a_file', message: 'is not a regular file' };
    case 'too_large':
      return {
        ok: false,
        code: 'too_large',
        message: `the file is ${read.size} bytes; the limit is ${maxBytes}`,
      };
    case 'not_utf8':
      return { ok: false, code: 'invalid_utf8', message: 'the file is not UTF-8 text' };
    case 'fs_error': {
      const code = (read.error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' || code === 'ENOTDIR')
        return { ok: false, code: 'not_found', message: 'no such file' };
      return {
        ok: false,
        code: 'unreadable',
        message: `cannot read the file (${code ?? 'unknown error'})`,
      };
    }
  }
}
