import { describe, expect, it } from 'vitest';
import type { CliIo } from '../../../main/cli/io';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../../main/cli/run';
import { ReportTimeoutError } from '../../../main/report/report-page-run';
import { exampleText } from '../../helpers/scenarios';

/* `yardstick report` refuses what it cannot print before it starts a browser. */

function session(files: Record<string, string> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    stdout: (text) => out.push(text),
    stderr: (text) => err.push(text),
    readFile: async (path) =>
      path in files
        ? { ok: true, text: files[path] as string }
        : { ok: false, code: 'not_found', message: 'no such file' },
  };
  return { io, stdout: () => out.join(''), stderr: () => err.join('') };
}

describe('yardstick report: arguments', () => {
  it.each([
    [['report'], /expected one FILE/],
    [['report', 'a.json'], /--output OUT\.pdf is required/],
    [['report', 'a.json', '-o', 'a.pdf', '--lang', 'fr'], /--lang must be en or zh-CN, not "fr"/],
    [
      ['report', 'a.json', '-o', 'a.pdf', '--date', '2026-02-30'],
      /--date must be a day as YYYY-MM-DD/,
    ],
    [
      ['report', 'a.json', '-o', 'a.pdf', '--monte-carlo', '10'],
      /--monte-carlo must be a whole number of draws from 100/,
    ],
    [['report', 'a.json', '-o', 'a.pdf', '--seed', '4'], /--seed applies to --monte-carlo only/],
    [
      ['report', 'a.json', '-o', 'a.pdf', '--monte-carlo', '1000', '--seed', '1.5'],
      /--seed must be a whole number/,
    ],
  ])('refuses %j with exit 2 and a message naming the argument', async (args, message) => {
    const run = session();
    expect(await runCli(args, run.io)).toBe(2);
    expect(run.stderr()).toMatch(message);
    expect(run.stdout()).toBe('');
  });

  it('refuses a missing file, an invalid file and an unknown scenario as the other commands do', async () => {
    const files = { 'plan.json': exampleText('reference-a'), 'bad.json': '{"format": 1' };
    const missing = session(files);
    expect(await runCli(['report', 'gone.json', '-o', 'x.pdf'], missing.io)).toBe(2);
    expect(missing.stderr()).toBe('gone.json: (file): no such file\n');

    const invalid = session(files);
    expect(await runCli(['report', 'bad.json', '-o', 'x.pdf'], invalid.io)).toBe(2);
    expect(invalid.stderr()).toMatch(/^bad\.json: /);

    const unknown = session(files);
    expect(
      await runCli(['report', 'plan.json', '-o', 'x.pdf', '--scenario', 'dream'], unknown.io),
    ).toBe(2);
    expect(unknown.stderr()).toMatch(/plan\.json: scenarios: no scenario is named "dream"/);
  });

  it('is listed in the usage', async () => {
    const run = session();
    expect(await runCli(['help'], run.io)).toBe(0);
    expect(run.stdout()).toMatch(/yardstick report FILE -o OUT\.pdf/);
  });

  it('says how far a report has come with --progress, and exits 2 when the page takes too long', async () => {
    const files = { 'plan.json': exampleText('reference-a') };
    const output = join(tmpdir(), `yardstick-report-progress-${process.pid}.pdf`);
    const staged = session(files);
    const code = await runCli(['report', 'plan.json', '-o', output, '--progress'], {
      ...staged.io,
      printReport: async (_request, stages) => {
        stages?.onStage?.('laying out');
        stages?.onStage?.('printing');
        return new TextEncoder().encode('%PDF-1.7');
      },
    });
    await rm(output, { force: true });
    expect(code).toBe(0);
    expect(staged.stderr()).toBe('report: laying out\nreport: printing\n');

    const slow = session(files);
    expect(
      await runCli(['report', 'plan.json', '-o', output], {
        ...slow.io,
        printReport: async () => {
          throw new ReportTimeoutError(300);
        },
      }),
    ).toBe(2);
    expect(slow.stderr()).toBe(
      'plan.json: the report page did not finish laying out the report within 300 seconds; the case is too large to print as a report\n',
    );
  });
});
