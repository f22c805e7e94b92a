import { writeFileAtomic } from '../files/atomic-write';
import { writeIssue } from '../files/fs-issues';
import { EXIT_INVALID, EXIT_OK, type CliIo } from './io';
import { shown } from './shown';

/**
 * Writes a command's output file (a PDF, a workbook, a table), replacing it only once the new one
 * is complete, and says so; a file that cannot be written is named with the reason (exit 2).
 */
export async function writeOutput(io: CliIo, output: string, bytes: Uint8Array): Promise<number> {
  try {
    await writeFileAtomic(output, bytes);
  } catch (error) {
    io.stderr(shown`${output}: (file): ${writeIssue(output, error).message}\n`);
    return EXIT_INVALID;
  }
  io.stdout(shown`${output}: written\n`);
  return EXIT_OK;
}
