import { readdirSync, statSync } from 'node:fs';
import { copyFile, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { CliIo } from '../../../main/cli/io';
import { EXIT_INTERNAL } from '../../../main/cli/io';
import { runCli } from '../../../main/cli/run';
import { ReportSetupError } from '../../../main/report/print-report';
import type { ReportRequest } from '../../../shared/report/request';
import { prepareComparison } from '../../../renderer/features/report/comparison/prepare';
import { displayWidth } from '../../../main/cli/text-grid';
import { buildCli, ROOT, withTempDir, writeTemp, yardstick } from '../../helpers/cli';
import { englishWords } from '../../helpers/english-words';
import { cellEnd } from '../../helpers/text-columns';

/*
 * `yardstick compare` as a bureau runs it: the built command on the shipped example folder, and on
 * a folder of copies large enough for its worker threads.
 */

const APPLICANTS = join('assets', 'examples', 'applicants');
const INVALID = join(APPLICANTS, '14-zhuhai-guangyao-invalid.json');

/** The CLI build watches main/cli and shared; the loader it bundles lives in main/compare and main/files too. */
function newest(path: string): number {
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((entry) => newest(join(path, entry))));
}

beforeAll(async () => {
  await buildCli();
  const built = statSync(join(ROOT, 'out', 'cli', 'yardstick.js')).mtimeMs;
  if (
    Math.max(newest(join(ROOT, 'main', 'compare')), newest(join(ROOT, 'main', 'files'))) > built
  ) {
    const script = (await import(pathToFileURL(join(ROOT, 'scripts', 'cli.mjs')).href)) as {
      buildCli: () => Promise<string>;
    };
    await script.buildCli();
  }
}, 180_000);

vi.setConfig({ testTimeout: 60_000 });

/** The example folder allocated 5,000,000 with these options, as JSON. */
const allocated = async (...options: string[]) =>
  JSON.parse(
    (await yardstick('compare', APPLICANTS, '--budget', '5000000', ...options)).stdout,
  ) as Output;

interface Output {
  currency: string;
  applicants: Record<string, unknown>[];
  invalid: { file: string; reasons: { path: string; code: string; message: string }[] }[];
  ranking: {
    rank: number;
    file: string;
    score: string;
    breakdown: { criterion: string; points: string }[];
  }[];
  selected?: { file: string; award: string; partial: boolean; state: string }[];
  rejected?: { file: string; reason: string }[];
  marginal?: { file: string; kind: string } | null;
  totalSubsidy?: string;
  totalNpv?: string;
  causedNpv?: string;
  deadweightSubsidy?: string;
  deadweightShare?: string | null;
  allocation?: { method: string; optimal: boolean };
}

describe('yardstick compare', () => {
  it('says "no funding gap" in the table where the JSON has a funding-gap rate of zero or less', async () => {
    const [json, table] = await Promise.all([
      yardstick('compare', APPLICANTS),
      yardstick('compare', APPLICANTS, '--format', 'table'),
    ]);
    const applicants = (JSON.parse(json.stdout) as Output).applicants as {
      company: string;
      fundingGapRate: string | null;
    }[];
    const covered = applicants.filter((a) => Number(a.fundingGapRate ?? 1) <= 0);
    const rows = table.stdout.split('\n');
    expect(covered.length).toBeGreaterThan(0);
    for (const applicant of applicants) {
      const row = rows.find((line) => line.includes(applicant.company.slice(0, 20))) ?? '';
      const noGap = applicant.fundingGapRate !== null && Number(applicant.fundingGapRate) <= 0;
      expect(row.includes('no funding gap'), applicant.company).toBe(noGap);
    }
    // No negative rate is printed as if it were a gap.
    expect(table.stdout).not.toMatch(/-\d+\.\d+ %\s+\d+\.\d\s+\d+\s*$/m);
  });

  it('lists a file left out once on a terminal: in the table, not on stderr as well', async () => {
    const result = await yardstick('compare', APPLICANTS, '--format', 'table');
    expect(result.code).toBe(2);
    const terminal = `${result.stderr}${result.stdout}`;
    // The table names the field as the editor does and says why in the interface's words.
    const reason = `${INVALID}: Investment item 3 › lifeYears: “lifeYears” is not a field of the scenario format.`;
    expect(terminal.split(reason)).toHaveLength(2);
    expect(result.stdout).toContain(`  ${reason}`);
    expect(result.stderr).toBe('yardstick: files left out: 1 (the table lists why)\n');
  });

  it('compares the example folder as JSON, lists the invalid file with its reasons and exits 2 for it', async () => {
    const result = await yardstick('compare', APPLICANTS);
    expect(result.code).toBe(2);
    expect(result.stderr.trimEnd().split('\n')).toEqual([
      `${INVALID}: capex[0].amount: must be a non-negative decimal amount such as "1250000.50" (no sign, exponent or separators, at most 6 decimals)`,
      `${INVALID}: capex[2].lifeYears: is not a field of this format`,
    ]);
    const output = JSON.parse(result.stdout) as Output;
    expect(Object.keys(output)).toEqual(['currency', 'applicants', 'invalid', 'ranking', 'totals']);
    expect(output.applicants).toHaveLength(13);
    expect(output.invalid).toEqual([
      {
        file: INVALID,
        reasons: [
          expect.objectContaining({ path: 'capex[0].amount', code: 'invalid_amount' }),
          expect.objectContaining({ path: 'capex[2].lifeYears', code: 'unknown_field' }),
        ],
      },
    ]);
    const first = output.applicants[0] ?? {};
    for (const key of [
      'company',
      'project',
      'capex',
      'subsidyRequested',
      'npv',
      'irr',
      'npvWithoutSubsidies',
      'irrWithoutSubsidies',
      'paybackYears',
      'additionality',
      'fundingGapRate',
      'publicMoneyPerNpv',
      'privateInvestmentPerSubsidy',
      'savingsShare',
      'fields',
      'flags',
    ]) {
      expect(first).toHaveProperty(key);
    }
    expect(first['npv']).toMatch(/^-?\d+\.\d{10,}$/);
    const changzhou = output.applicants.find((a) => String(a['file']).includes('changzhou')) as {
      flags: { code: string; message: string }[];
    };
    expect(changzhou.flags.map((f) => f.code)).toContain('production-cost-reduction');
    expect(output.ranking.map((r) => r.rank)).toEqual(Array.from({ length: 13 }, (_, i) => i + 1));
    expect(output.ranking[0]?.breakdown.map((b) => b.criterion)).toEqual([
      'npvPerSubsidy',
      'additionality',
      'fundingGap',
      'irr',
      'payback',
      'field:jobs-created',
    ]);
  });

  it('allocates a budget: selected, rejected, the NPV caused, the deadweight and total subsidy', async () => {
    const result = await yardstick('compare', APPLICANTS, '--budget', '5000000');
    const output = JSON.parse(result.stdout) as Output;
    const selected = output.selected ?? [];
    // The three projects only the subsidy makes pay off, and nobody else.
    expect(selected.map((s) => s.file.split(/[\\/]/).pop()).sort()).toEqual([
      '02-dongguan-jinhui-mould-mes.json',
      '04-foshan-lianyi-ceramics-kiln-energy.json',
      '07-xiamen-huamei-garment-cutting.json',
    ]);
    const awarded = selected.reduce((sum, s) => sum + Number(s.award), 0);
    expect(awarded).toBeLessThanOrEqual(5_000_000);
    expect(Number(output.totalSubsidy)).toBe(awarded);
    expect(output.causedNpv).toBe(output.totalNpv);
    expect(output.deadweightSubsidy).toBe('0');
    expect(output.deadweightShare).toBe('0');
    expect(output.allocation).toMatchObject({ method: 'all-fit', optimal: true });
    const reasons = new Map((output.rejected ?? []).map((r) => [r.file, r.reason]));
    expect(reasons.get(join(APPLICANTS, '08-changzhou-tianli-motor-implausible.json'))).toBe(
      'flagged',
    );
    expect(reasons.get(join(APPLICANTS, '01-suzhou-hengda-smt-aoi.json'))).toBe('deadweight');
    expect(reasons.get(join(APPLICANTS, '10-qingdao-haiyue-packaging-traceability.json'))).toBe(
      'not-viable',
    );

    // Maximising the total NPV funds projects that pay off anyway: the deadweight says so.
    const byNpv = await allocated('--objective', 'npv', '--include-flagged');
    expect(byNpv.selected?.map((s) => s.file)).toContain(
      join(APPLICANTS, '08-changzhou-tianli-motor-implausible.json'),
    );
    const deadweight = (byNpv.selected ?? [])
      .filter((s) => s.state === 'deadweight')
      .reduce((sum, s) => sum + Number(s.award), 0);
    expect(deadweight).toBeGreaterThan(0);
    expect(Number(byNpv.deadweightSubsidy)).toBe(deadweight);
    expect(Number(byNpv.deadweightShare)).toBeCloseTo(deadweight / Number(byNpv.totalSubsidy), 12);
    expect(byNpv.marginal?.kind).toBe('next');

    const partial = await allocated('--objective', 'npv', '--partial', '0.1');
    expect(partial.selected?.filter((s) => s.partial)).toHaveLength(1);
    expect(Number(partial.totalSubsidy)).toBe(5_000_000);
  });

  it('ranks by the weights of a weights file', async () => {
    await withTempDir(async (dir) => {
      const weights = await writeTemp(
        dir,
        'weights.json',
        JSON.stringify({ weights: { additionality: 1 } }),
      );
      const output = JSON.parse(
        (await yardstick('compare', APPLICANTS, '--weights', weights)).stdout,
      ) as Output;
      expect(
        output.ranking
          .slice(0, 3)
          .map((r) => r.file.split(/[\\/]/).pop())
          .sort(),
      ).toEqual([
        '02-dongguan-jinhui-mould-mes.json',
        '04-foshan-lianyi-ceramics-kiln-energy.json',
        '07-xiamen-huamei-garment-cutting.json',
      ]);
      const bad = await writeTemp(dir, 'bad.json', '{"weights": {"luck": 1}}');
      const refused = await yardstick('compare', APPLICANTS, '--weights', bad);
      expect(refused.code).toBe(2);
      expect(refused.stdout).toBe('');
      expect(refused.stderr).toMatch(/bad\.json: weights\.luck: is not a criterion/);
    });
  });

  it('exports CSV with a byte-order mark, one row per applicant and a total row', async () => {
    const result = await yardstick('compare', APPLICANTS, '--format', 'csv', '--budget', '5000000');
    expect(
      result.stdout.startsWith(
        '\uFEFF"Rank","File","Company","Project","Effect of the subsidy","Investment","Subsidy requested","Necessary award",',
      ),
    ).toBe(true);
    const lines = result.stdout.trimEnd().split('\r\n');
    expect(lines).toHaveLength(15);
    expect(lines[0]).toMatch(
      /,"Proposed award","Proposed award that is deadweight","Deadweight share of all proposed awards","Proposal",/,
    );
    expect(lines[14]).toMatch(/^,"Total",/);
  });

  it('prints a readable table with the funding list', async () => {
    const result = await yardstick(
      'compare',
      APPLICANTS,
      '--format',
      'table',
      '--budget',
      '5000000',
    );
    expect(result.stdout).toMatch(/^Applicants compared: 13; files left out: 1\nAmounts in CNY\n/);
    expect(result.stdout).toContain('Budget (CNY): 5,000,000.00\nMaximise: NPV caused\n');
    expect(result.stdout).toContain(
      'This is the best selection for the budget (every request fits).',
    );
    const [funded = '', notFunded = ''] = result.stdout
      .split('Proposed for funding\n')[1]
      ?.split('Not proposed\n') ?? ['', ''];
    expect(funded).toMatch(/^ {2}Dongguan Jinhui .*: 900,000\.00$/m);
    expect(notFunded).toMatch(
      /^ {2}Changzhou Tianli Motor .*: Claims flagged, not checked \(1,200,000\.00 requested\)$/m,
    );
    // 900,000 + 750,000 + 1,125,000 = 2,775,000 proposed; 5,000,000 − 2,775,000 = 2,225,000 left.
    expect(result.stdout).toContain(
      'Proposed awards: 2,775,000.00 of 5,000,000.00; 2,225,000.00 left.',
    );
    expect(result.stdout).toContain(
      'Deadweight: none — no award goes to a project that pays off without it.',
    );
  });

  it("prints the table in Chinese in the applicants screen's words, in 万元, lined up", async () => {
    const twins = join('assets', 'examples', 'zh-CN', 'applicants');
    const args = ['compare', twins, '--format', 'table', '--budget', '5000000', '--lang', 'zh-CN'];
    const wan = await yardstick(...args);
    expect(wan.code).toBe(2);
    // No English word but the file names (the invalid file's) and what a file says, quoted.
    expect(englishWords(wan.stdout)).toEqual([]);
    // The count on stderr is in the table's language too (the program's name is its own).
    expect(wan.stderr).toBe('yardstick: 未纳入的文件：1 个（原因见表中）\n');
    expect(wan.stdout).toMatch(/^参与比较的申报：13 家；未纳入比较的文件：1 个\n金额单位：万元\n/);
    const lines = wan.stdout.split('\n');
    const header = lines.find((line) => line.startsWith('名次')) ?? '';
    expect(header).toMatch(/申请补贴\s+必要资助额\s+财务净现值\s+不含补贴的财务净现值/);
    // The English table's Dongguan Jinhui: NPV 57,627.07 yuan / 10^4 = 5.7627… → 5.76 万元,
    // its award 900,000 yuan → 90.00 万元; its funding-gap rate 9.84 % as Chinese writes it.
    const dongguan = lines.find((line) => line.includes('东莞金辉')) ?? '';
    expect(dongguan).toMatch(
      /补贴促成\s+90\.00\s+81\.56\s+5\.76\s+-55\.66\s+8\.51%\s+5\.47 年\s+9\.84%/,
    );
    expect(lines.find((line) => line.includes('厦门华美'))).toContain('无资金缺口');
    // Lined up in terminal columns: each figure ends under the end of its header.
    for (const [column, cell] of [
      ['财务净现值', '5.76'],
      ['申请补贴', '90.00'],
    ] as const) {
      const end = cellEnd(header, `  ${column}`);
      expect(cellEnd(dongguan, ` ${cell}`), column).toBe(end);
    }
    const grid = lines.slice(
      lines.indexOf(header),
      lines.findIndex((line) => line.includes('合计（13）')) + 1,
    );
    expect(new Set(grid.map((line) => displayWidth(line))).size).toBe(1);
    // The reasons a file is left out, the flags and the funding list in the screen's words.
    expect(wan.stdout).toContain('投资项目 3 › lifeYears：“lifeYears”不是方案格式中的字段。');
    expect(wan.stdout).toMatch(/常州天力电机.*：财务内部收益率为 400\.49%，高于合理上限 50%。/);
    // 900,000 + 750,000 + 1,125,000 = 2,775,000 yuan = 277.50 万元 of 500.00; 222.50 left.
    expect(wan.stdout).toContain('建议资助合计 277.50，预算 500.00，剩余 222.50。');
    expect(wan.stdout).toContain('预算（万元）：500.00');
    // In yuan the same cell is the English table's figure, the unit stated.
    const yuan = await yardstick(...args, '--unit', 'yuan');
    expect(yuan.stdout).toContain('金额单位：CNY');
    expect(yuan.stdout).toMatch(/东莞金辉.*\s900,000\.00\s+815,557\.69\s+57,627\.07\s/);
  });

  it('refuses bad arguments with exit 2 and no output', async () => {
    for (const args of [
      ['compare'],
      ['compare', APPLICANTS, '--budget', '5e6'],
      ['compare', APPLICANTS, '--budget', '-1'],
      ['compare', APPLICANTS, '--format', 'xml'],
      ['compare', APPLICANTS, '--partial', '0.5'],
      ['compare', APPLICANTS, '--budget', '100', '--objective', 'luck'],
    ]) {
      const result = await yardstick(...args);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toMatch(/^yardstick: /);
    }
  });

  it('loads a large folder in worker threads with the same result as in one thread', async () => {
    await withTempDir(async (dir) => {
      const names = readdirSync(join(ROOT, APPLICANTS)).filter(
        (name) => name.endsWith('.json') && !name.includes('invalid'),
      );
      for (let copy = 0; copy < 4; copy += 1) {
        for (const name of names)
          await copyFile(join(ROOT, APPLICANTS, name), join(dir, `${copy}-${name}`));
      }
      const threaded = await yardstick(
        'compare',
        dir,
        '--workers',
        '2',
        '--budget',
        '20000000',
        '--progress',
      );
      const single = await yardstick('compare', dir, '--workers', '0', '--budget', '20000000');
      expect(threaded.code).toBe(0);
      expect(threaded.stdout).toBe(single.stdout);
      const count = names.length * 4;
      expect(threaded.stderr.trimEnd().split('\n').at(-1)).toBe(
        `loaded ${count} of ${count} files (${count} in worker threads)`,
      );
      expect((JSON.parse(threaded.stdout) as Output).applicants).toHaveLength(names.length * 4);
      expect(await readFile(join(dir, `0-${names[0] ?? ''}`), 'utf8')).toContain(
        'yardstick.scenario',
      );
    });
  });
});

describe('yardstick compare --report', () => {
  /** The command in this process, with the printer replaced by one that keeps the request. */
  function session(print?: (request: ReportRequest) => Promise<Uint8Array>) {
    const out: string[] = [];
    const err: string[] = [];
    const requests: ReportRequest[] = [];
    const io: CliIo = {
      stdout: (text) => out.push(text),
      stderr: (text) => err.push(text),
      readFile: async (path, maxBytes) => {
        try {
          const text = await readFile(path, 'utf8');
          return text.length > maxBytes
            ? { ok: false, code: 'too_large', message: 'too large' }
            : { ok: true, text };
        } catch {
          return { ok: false, code: 'not_found', message: 'no such file' };
        }
      },
      printReport:
        print ??
        (async (request) => {
          requests.push(request);
          return new TextEncoder().encode('%PDF-1.7 fake');
        }),
    };
    return { io, requests, stdout: () => out.join(''), stderr: () => err.join('') };
  }

  it('prints the report the comparison gives: same files, settings and funding list', async () => {
    await withTempDir(async (dir) => {
      const weights = await writeTemp(
        dir,
        'weights.json',
        JSON.stringify({
          weights: { npvPerSubsidy: 40, additionality: 100 },
          allocation: { excluded: [join(APPLICANTS, '01-suzhou-hengda-smt-aoi.json')] },
        }),
      );
      const output = join(dir, 'call.pdf');
      const run = session();
      const code = await runCli(
        [
          'compare',
          APPLICANTS,
          '--budget',
          '3000000',
          '--objective',
          'score',
          '--weights',
          weights,
          '--workers',
          '0',
          '--report',
          output,
          '--title',
          'Smart manufacturing call 2026',
          '--lang',
          'zh-CN',
          '--preparer',
          'Li Wei',
          '--date',
          '2026-11-25',
        ],
        run.io,
      );
      // The invalid example still makes the exit status 2; the report is printed all the same.
      expect(code).toBe(2);
      expect(await readFile(output, 'utf8')).toBe('%PDF-1.7 fake');
      expect(run.stderr()).toContain(`${output}: written`);
      // stdout stays the comparison alone, for scripts.
      const printed = JSON.parse(run.stdout()) as Output;

      expect(run.requests).toHaveLength(1);
      const request = run.requests[0];
      if (request?.kind !== 'comparison') throw new Error('expected a comparison request');
      expect(request).toMatchObject({
        language: 'zh-CN',
        title: 'Smart manufacturing call 2026',
        preparer: 'Li Wei',
        date: '2026-11-25',
        budget: '3000000',
      });
      const names = readdirSync(join(ROOT, APPLICANTS)).filter((name) => name.endsWith('.json'));
      expect(request.files.map((file) => file.name).sort()).toEqual(
        names.map((name) => join(APPLICANTS, name)).sort(),
      );
      // The report page, given this request, funds whom the command line funded.
      const prepared = prepareComparison(request);
      if (!prepared.ok) throw new Error(JSON.stringify(prepared.refusals));
      expect(prepared.prepared.allocation.objective).toBe('score');
      expect(prepared.prepared.comparison.allocation?.selected.map((award) => award.id)).toEqual(
        printed.selected?.map((award) => award.file),
      );
      // The weights file's allocation section is honoured: the applicant it leaves out.
      expect(
        printed.rejected?.find((item) => item.file.endsWith('01-suzhou-hengda-smt-aoi.json'))
          ?.reason,
      ).toBe('excluded');
    });
  });

  it('says clearly when no browser can print, and still prints the comparison', async () => {
    const run = session(async () => {
      throw new ReportSetupError('no Chromium, Chrome or Edge was found: set YARDSTICK_CHROMIUM');
    });
    const code = await runCli(
      ['compare', APPLICANTS, '--workers', '0', '--report', join('out', 'never.pdf')],
      run.io,
    );
    expect(code).toBe(EXIT_INTERNAL);
    expect(run.stderr()).toContain('yardstick: no Chromium, Chrome or Edge was found');
    expect((JSON.parse(run.stdout()) as Output).ranking).toHaveLength(13);
  });

  it.each([
    [['--title', 'Call'], /--title, --preparer and --date apply only with --report/],
    [['--lang', 'zh-CN'], /--lang and --unit apply to --format table and --report only/],
    [
      ['--format', 'csv', '--unit', 'wan'],
      /--lang and --unit apply to --format table and --report only/,
    ],
    [['--report', 'a.pdf', '--lang', 'fr'], /--lang must be en or zh-CN, not "fr"/],
    [['--report', 'a.pdf', '--unit', 'qian'], /--unit must be yuan, wan or yi, not "qian"/],
    [['--report', 'a.pdf', '--date', '2026-02-30'], /--date must be a day as YYYY-MM-DD/],
  ])('refuses %j before reading anything', async (args, message) => {
    const run = session();
    expect(await runCli(['compare', APPLICANTS, ...args], run.io)).toBe(2);
    expect(run.stderr()).toMatch(message);
    expect(run.requests).toEqual([]);
  });
});
