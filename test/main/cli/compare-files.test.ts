import { copyFile, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../../../main/cli/run';
import { cliSession } from '../../helpers/cli';
import { prepareComparison } from '../../../renderer/features/report/comparison/prepare';
import { ReportRequestSchema, type ReportRequest } from '../../../shared/report/request';
import { parseCsv } from '../../e2e/compare-cli';

/* `yardstick compare` on the files of a folder, in-process. */

const APPLICANTS = join('assets', 'examples', 'applicants');
const folders: string[] = [];
afterEach(async () => {
  await Promise.all(folders.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

describe('compare --format csv', () => {
  it('names each applicant’s file by its name, not by the folders it lies in', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'yardstick-compare-files-'));
    folders.push(folder);
    const deep = join(folder, 'bureau', 'calls', '2026');
    await mkdir(deep, { recursive: true });
    for (const name of ['01-suzhou-hengda-smt-aoi.json', '02-dongguan-jinhui-mould-mes.json'])
      await copyFile(join(APPLICANTS, name), join(deep, name));
    const run = cliSession();
    expect(await runCli(['compare', deep, '--format', 'csv', '--workers', '0'], run.io)).toBe(0);
    const [header = [], ...rows] = parseCsv(run.out());
    const file = header.indexOf('File');
    expect(
      rows
        .slice(0, -1)
        .map((row) => row[file])
        .sort(),
    ).toEqual(['01-suzhou-hengda-smt-aoi.json', '02-dongguan-jinhui-mould-mes.json']);
    expect(run.out()).not.toContain(folder);
  });

  it('--report: files deep in folders (paths over 260 characters) reach the report page, which accepts them', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'yardstick-compare-files-'));
    folders.push(folder);
    const deep = join(folder, ...Array.from({ length: 10 }, () => 'call-for-applications-2026'));
    await mkdir(deep, { recursive: true });
    for (const name of ['01-suzhou-hengda-smt-aoi.json', '02-dongguan-jinhui-mould-mes.json'])
      await copyFile(join(APPLICANTS, name), join(deep, name));
    expect(join(deep, '01-suzhou-hengda-smt-aoi.json').length).toBeGreaterThan(260);
    const requests: ReportRequest[] = [];
    const run = cliSession();
    const code = await runCli(
      ['compare', deep, '--workers', '0', '--report', join(folder, 'call.pdf')],
      {
        ...run.io,
        printReport: async (request) => {
          requests.push(request);
          return new TextEncoder().encode('%PDF-1.7 fake');
        },
      },
    );
    expect(code).toBe(0);
    const request = requests[0];
    expect(ReportRequestSchema.safeParse(request).success).toBe(true);
    if (request?.kind !== 'comparison') throw new Error('expected a comparison request');
    const prepared = prepareComparison(request);
    expect(prepared.ok && prepared.prepared.comparison.ranking).toHaveLength(2);
  });
});
