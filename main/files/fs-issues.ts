import { basename } from 'node:path';
import { hostIssue, type HostIssue } from '../../shared/host/issues';
import { AtomicWriteError } from './atomic-write';

function errorCode(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : 'unknown error';
}

/** What a person is told when a file could not be read. */
export function readIssue(path: string, error: unknown): HostIssue {
  const file = basename(path);
  switch (errorCode(error)) {
    case 'ENOENT':
    case 'ENOTDIR':
      return hostIssue('file.notFound', { file });
    case 'EACCES':
    case 'EPERM':
      return hostIssue('file.noPermission', { file });
    case 'EISDIR':
      return hostIssue('file.notAFile', { file });
    default:
      return hostIssue('file.readFailed', { file, reason: errorCode(error) });
  }
}

/** What a person is told when a file could not be written; the old copy is always intact. */
export function writeIssue(path: string, error: unknown): HostIssue {
  const file = basename(path);
  const code =
    error instanceof AtomicWriteError ? (error.code ?? 'unknown error') : errorCode(error);
  switch (code) {
    case 'ENOSPC':
    case 'EDQUOT':
      return hostIssue('file.diskFull', { file });
    case 'EROFS':
      return hostIssue('file.readOnly', { file });
    case 'EACCES':
    case 'EPERM':
      return hostIssue('file.noPermission', { file });
    case 'EISDIR':
      return hostIssue('file.isFolder', { file });
    // Refused by write-target.ts before anything was written.
    case 'EDEVICE':
      return hostIssue('file.device', { file });
    case 'EUNSAFELINK':
      return hostIssue('file.unsafeLink', { file });
    case 'ENOREADER':
      return hostIssue('file.noReader', { file });
    case 'ECHANGED':
      return hostIssue('file.changedWhileWriting', { file });
    default:
      return hostIssue('file.writeFailed', { file, reason: code });
  }
}
