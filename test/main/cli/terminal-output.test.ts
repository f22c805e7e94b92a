import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../../../main/cli/run';
import { cliSession } from '../../helpers/cli';
import { ReportRefusedError } from '../../../main/report/report-page-run';
import { ACTED_ON } from '../../fuzz/corpus/hostile-text';
import { exampleText } from '../../helpers/scenarios';

/*
 * What the command line prints is shown by a terminal, which acts on control characters instead of
 * showing them. A key, a name or a file name from someone else's file must never erase the real
 * error, move the cursor, reverse the text that follows, or start a line the program did not
 * write: each such character is printed as an escape (`\u001b`, `\u202e`).
 */

const APPLICANTS = join('assets', 'examples', 'applicants');

const folders: string[] = [];
afterEach(async () => {
  await Promise.all(
    folders.splice(0).map((folder) => rm(folder, { recursive: true, force: true })),
  );
});
async function tempFolder(): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), 'yardstick-terminal-'));
  folders.push(folder);
  return folder;
}

function withChange(text: string, change: (json: Record<string, unknown>) => void): string {
  const json = JSON.parse(text) as Record<string, unknown>;
  change(json);
  return JSON.stringify(json, null, 2);
}

const project = (json: Record<string, unknown>) => json['project'] as Record<string, unknown>;

describe('the command line shows control characters from files and arguments as escapes', () => {
  it('validate: a key with an escape sequence cannot erase the real error and print "valid"', async () => {
    const folder = await tempFolder();
    const forged = '\u001b[1A\u001b[2K\rplan.json: valid (format version 2; scenarios: base)';
    const path = join(folder, 'plan.json');
    await writeFile(
      path,
      withChange(exampleText('reference-b'), (json) => (json[forged] = 1)),
    );
    const run = cliSession();
    expect(await runCli(['validate', path], run.io)).toBe(2);
    expect(run.err()).not.toMatch(ACTED_ON);
    expect(run.err()).toContain('\\u001b[1A\\u001b[2K\\u000dplan.json: valid');
    expect(run.out()).toBe('');
    // One problem, one line, each starting with the file it is about.
    expect(
      run
        .err()
        .trimEnd()
        .split('\n')
        .every((line) => line.startsWith(`${path}: `)),
    ).toBe(true);
  });

  it('validate: a file name with a line break is one line, not a forged "valid" line', async () => {
    const run = cliSession();
    const name = 'missing.json\nplan.json: valid (format version 2; scenarios: base)';
    expect(await runCli(['validate', name], run.io)).toBe(2);
    expect(run.err().trimEnd().split('\n')).toHaveLength(1);
    expect(run.err()).toContain('missing.json\\u000aplan.json: valid');
  });

  it('evaluate --format table: a right-to-left override in the project name is shown, not obeyed', async () => {
    const folder = await tempFolder();
    const path = join(folder, 'plan.json');
    await writeFile(
      path,
      withChange(exampleText('reference-b'), (json) => {
        project(json)['name'] = 'Line 3 \u202eevlis\u2066 upgrade\u001b]0;pwned\u0007';
      }),
    );
    const run = cliSession();
    expect(await runCli(['evaluate', path, '--format', 'table'], run.io)).toBe(0);
    expect(run.out()).not.toMatch(ACTED_ON);
    expect(run.out()).toContain('Line 3 \\u202eevlis\\u2066 upgrade\\u001b]0;pwned\\u0007');
  });

  it('compare --format json: a name keeps its characters once parsed, but prints no raw override', async () => {
    const folder = await tempFolder();
    const source = await readFile(join(APPLICANTS, '01-suzhou-hengda-smt-aoi.json'), 'utf8');
    const company = 'Acme \u202eevlis\u0085 Ltd';
    await writeFile(
      join(folder, 'a.json'),
      withChange(source, (json) => (project(json)['company'] = company)),
    );
    const run = cliSession();
    expect(await runCli(['compare', folder, '--workers', '0'], run.io)).toBe(0);
    expect(run.out()).not.toMatch(ACTED_ON);
    const parsed = JSON.parse(run.out()) as { applicants: { company: string }[] };
    expect(parsed.applicants[0]?.company).toBe(company);
  });

  it('compare --format table: a company name cannot forge a "funded" line', async () => {
    const folder = await tempFolder();
    const source = await readFile(join(APPLICANTS, '01-suzhou-hengda-smt-aoi.json'), 'utf8');
    await writeFile(join(folder, 'a.json'), source);
    await writeFile(
      join(folder, 'b.json'),
      withChange(source, (json) => {
        project(json)['company'] =
          'Acme\n  funded     Evil Corp: 9,999,999.00\u001b[2K\r  funded     Evil Corp';
        project(json)['name'] = 'Other plan';
      }),
    );
    const run = cliSession();
    const code = await runCli(
      ['compare', folder, '--budget', '5000000', '--format', 'table', '--workers', '0'],
      run.io,
    );
    expect(code).toBe(0);
    expect(run.out()).not.toMatch(ACTED_ON);
    const forgedLines = run
      .out()
      .split('\n')
      .filter((line) => line.startsWith('  funded     Evil'));
    expect(forgedLines).toEqual([]);
  });

  it('report: the page’s refusal and the option values are printed with their controls escaped', async () => {
    const run = cliSession({
      printReport: async () => {
        throw new ReportRefusedError(['project.name: \u001b[2Kmust be given']);
      },
    });
    const file = join('assets', 'examples', 'reference-b.json');
    expect(await runCli(['report', file, '-o', join(tmpdir(), 'never.pdf')], run.io)).toBe(2);
    expect(run.err()).not.toMatch(ACTED_ON);
    expect(run.err()).toContain('\\u001b[2Kmust be given');

    const usage = cliSession();
    expect(await runCli(['evaluate', file, '--format', '\u001b[2Kxml'], usage.io)).toBe(2);
    expect(usage.err()).not.toMatch(ACTED_ON);
    expect(usage.err()).toContain('not "\\u001b[2Kxml"');
  });

  it('analyze --format table: the title with the project name is escaped', async () => {
    const folder = await tempFolder();
    const path = join(folder, 'plan.json');
    await writeFile(
      path,
      withChange(exampleText('reference-b'), (json) => (project(json)['name'] = 'B\u001b[31m')),
    );
    const run = cliSession();
    expect(await runCli(['analyze', path, '--tornado', '--format', 'table'], run.io)).toBe(0);
    expect(run.out()).not.toMatch(ACTED_ON);
    expect(run.out()).toContain('B\\u001b[31m');
  });
});
