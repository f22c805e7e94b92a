import { open } from 'node:fs/promises';
import type { ReadResult } from './io';

/**
 * Reads a scenario file as UTF-8, refusing a file larger than `maxBytes` before reading it into
 * memory (the text limit of shared/scenario then applies to what is read) and bytes that are not
 * UTF-8, rather than silently replacing them.
 */
export async function readScenarioText(path: string, maxBytes: number): Promise<ReadResult> {
  let handle;
  try {
    handle = await open(path, 'r');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { ok: false, code: 'not_found', message: 'no such file' };
    if (code === 'EISDIR')
      return { ok: false, code: 'not_a_file', message: 'is a directory, not a file' };
    return {
      ok: false,
      code: 'unreadable',
      message: `cannot open the file (${code ?? 'unknown error'})`,
    };
  }
  try {
    const info = await handle.stat();
    if (!info.isFile()) return { ok: false, code: 'not_a_file', message: 'is not a regular file' };
    if (info.size > maxBytes) {
      return {
        ok: false,
        code: 'too_large',
        message: `the file is ${info.size} bytes; the limit is ${maxBytes}`,
      };
    }
    const bytes = await handle.readFile();
    try {
      return {
        ok: true,
        text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes),
      };
    } catch {
      return { ok: false, code: 'invalid_utf8', message: 'the file is not UTF-8 text' };
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EISDIR')
      return { ok: false, code: 'not_a_file', message: 'is a directory, not a file' };
    return {
      ok: false,
      code: 'unreadable',
      message: `cannot read the file (${code ?? 'unknown error'})`,
    };
  } finally {
    await handle.close();
  }
}
