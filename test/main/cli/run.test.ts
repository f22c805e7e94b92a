import { describe, expect, it } from 'vitest';
import { runCli } from '../../../main/cli/run';
import type { CliIo } from '../../../main/cli/io';
import { exampleText } from '../../helpers/scenarios';

/* The command in-process, for what a process cannot easily provoke: an internal error. */

function capture(readFile: CliIo['readFile']) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    stdout: (text) => out.push(text),
    stderr: (text) => err.push(text),
    readFile,
  };
  return { io, stdout: () => out.join(''), stderr: () => err.join('') };
}

describe('runCli', () => {
  it.each([
    [[], /^Usage:/],
    [['frobnicate'], /unknown command "frobnicate"/],
    [['evaluate'], /expected one FILE/],
    [['evaluate', 'a.json', 'b.json'], /expected one FILE/],
    [
      ['evaluate', 'a.json', '--format', 'xml'],
      /--format must be one of json, csv, table, not "xml"/,
    ],
    // Every command that prints results takes the same formats, with the same message.
    [
      ['analyze', 'a.json', '--tornado', '--format', 'xml'],
      /--format must be one of json, csv, table, not "xml"/,
    ],
    [
      ['compare', 'folder', '--format', 'xml'],
      /--format must be one of json, csv, table, not "xml"/,
    ],
    [['toString'], /unknown command "toString"/],
    [['evaluate', 'a.json', '--verbose'], /unknown option "--verbose"/],
    [
      ['evaluate', 'a.json', '--format', 'csv', '--detail'],
      /--detail applies to --format json only/,
    ],
    [['validate'], /expected at least one FILE/],
    [['schema', 'extra'], /this command takes no file/],
  ])('refuses the arguments %j with exit 2', async (args, message) => {
    const session = capture(() => Promise.reject(new Error('no file should be read')));
    expect(await runCli(args, session.io)).toBe(2);
    expect(session.stderr()).toMatch(message);
    expect(session.stdout()).toBe('');
  });

  it.each([
    [['compare', 'folder', '--formt', 'table'], 'unknown option "--formt"; did you mean --format?'],
    [['evaluate', 'a.json', '--langauge', 'zh-CN'], 'unknown option "--langauge"'],
    [['evaluate', 'a.json', '--format'], '--format needs a value'],
    [['evaluate', 'a.json', '-f'], '--format needs a value'],
    [['evaluate', 'a.json', '--detail=yes'], '--detail takes no value'],
  ])('names a mistyped option %j in one line, with the usage hint', async (args, line) => {
    const session = capture(() => Promise.reject(new Error('no file should be read')));
    expect(await runCli(args, session.io)).toBe(2);
    expect(session.stderr()).toBe(`yardstick: ${line}\nRun "yardstick help" for usage.\n`);
  });

  it('exits 1 on an internal error, with one line and no stack trace', async () => {
    const session = capture(() => Promise.reject(new TypeError('disk on fire')));
    expect(await runCli(['evaluate', 'x.json'], session.io)).toBe(1);
    expect(session.stderr()).toBe('yardstick: internal error: disk on fire\n');
  });

  it('evaluates text it is given, whatever the reader', async () => {
    const session = capture(async () => ({ ok: true, text: exampleText('reference-b') }));
    expect(await runCli(['evaluate', 'in-memory.json', '--format', 'table'], session.io)).toBe(0);
    expect(session.stdout()).toMatch(/^Reference case B — scenario "base"\n/);
    expect(session.stdout()).toMatch(/discount rate 5\.00 % real/);
  });

  it('prints the plausibility warnings: a list with codes in JSON, lines in the table', async () => {
    // Reference A: inspection labour cut at once (no ramp-up), an IRR of 64.07 %, and a payback of
    // 1.70 years while its production-cost effect ramps up over 2 years.
    const json = capture(async () => ({ ok: true, text: exampleText('reference-a') }));
    expect(await runCli(['evaluate', 'a.json'], json.io)).toBe(0);
    const printed = JSON.parse(json.stdout()) as {
      warnings: { code: string; fields: string[]; metric: string | null }[];
    };
    expect(printed.warnings.map((warning) => warning.code)).toEqual([
      'ramp-up',
      'irr',
      'payback-within-ramp-up',
    ]);
    expect(printed.warnings[0]?.fields).toEqual(['effects[id=inspection-labour].ramp']);
    expect(printed.warnings[1]?.metric).toBe('irr');

    const table = capture(async () => ({ ok: true, text: exampleText('reference-a') }));
    expect(await runCli(['evaluate', 'a.json', '--format', 'table'], table.io)).toBe(0);
    expect(table.stdout()).toMatch(/^Plausibility warnings \(3\)$/m);
    // The results screen's sentences (the catalogue's warnings.codes), not the JSON's English.
    expect(table.stdout()).toMatch(/^ {2}! An IRR of 64\.07 % is above the plausible 50 %\.$/m);
    expect(table.stdout()).toMatch(/^ {4}Plausible: A payback of at least 2 years/m);

    const quiet = capture(async () => ({
      ok: true,
      text: exampleText('smt-visual-ai-inspection'),
    }));
    expect(await runCli(['evaluate', 'a.json'], quiet.io)).toBe(0);
    expect((JSON.parse(quiet.stdout()) as { warnings: unknown[] }).warnings).toEqual([]);
  });
});
