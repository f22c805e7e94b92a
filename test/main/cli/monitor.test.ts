import { copyFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { runCli } from '../../../main/cli/run';
import { cliSession, ROOT, withTempDir } from '../../helpers/cli';
import { englishWords } from '../../helpers/english-words';
import { cellEnd } from '../../helpers/text-columns';

/*
 * `yardstick actuals` (the finance officer's plan vs actual of one file) and `yardstick monitor`
 * (the subsidy officer's programme), in this process on the shipped examples with actuals.
 */

vi.setConfig({ testTimeout: 60_000 });

const EXAMPLES = join(ROOT, 'assets', 'examples');
const SLIPPING = join(EXAMPLES, 'smt-inspection-actuals.json');
const ON_TRACK = join(EXAMPLES, 'workshop-vision-actuals.json');

async function run(...args: string[]) {
  const session = cliSession();
  const code = await runCli(args, session.io);
  return { code, stdout: session.out(), stderr: session.err() };
}

describe('yardstick actuals', () => {
  it('prints the verdict, the metrics side by side and the variances as a table', async () => {
    const { code, stdout } = await run('actuals', SLIPPING, '--format', 'table');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Verdict: Payback slips from 2\.4 to 3\.2 years/m);
    expect(stdout).toMatch(/^Payback\s+2\.44 years\s+3\.20 years$/m);
    expect(stdout).toMatch(/^Savings: Lower inspection labour cost\s/m);
    expect(stdout).toMatch(/^2025\s+actual\s/m);
    expect(stdout).toMatch(/^2026\s+forecast\s/m);
  });

  it('prints the table in Chinese, in 万元 unless asked otherwise, with no English word', async () => {
    const twin = join(EXAMPLES, 'zh-CN', 'smt-inspection-actuals.json');
    const wan = await run('actuals', twin, '--format', 'table', '--lang', 'zh-CN');
    expect(wan.code).toBe(0);
    // The English table's plan NPV, 6,673,782.59 yuan, / 10^4 = 667.378… → 667.38 万元; the
    // payback of 2.44 years slips to 3.20 (the same file in English, above).
    expect(wan.stdout).toMatch(/^财务净现值\s+667\.38\s+534\.98$/m);
    expect(wan.stdout).toMatch(/^静态投资回收期\s+2\.44 年\s+3\.20 年$/m);
    expect(wan.stdout).toMatch(/^结论：静态投资回收期由 2\.4 年推迟至 3\.2 年/m);
    expect(wan.stdout).toContain('金额单位：万元');
    expect(englishWords(wan.stdout)).toEqual([]);
    const yuan = await run(
      'actuals',
      twin,
      '--format',
      'table',
      '--lang',
      'zh-CN',
      '--unit',
      'yuan',
    );
    expect(yuan.stdout).toMatch(/^财务净现值\s+6,673,782\.59\s+5,349,834\.39$/m);
    const json = await run('actuals', twin, '--lang', 'zh-CN');
    expect(json.code).toBe(2);
    expect(json.stderr).toContain('--lang and --unit apply to --format table only');
  });

  it('re-forecasts on the delivery achieved when asked', async () => {
    const json = JSON.parse((await run('actuals', SLIPPING, '--future', 'delivery')).stdout) as {
      future: string;
      verdict: { code: string; message: string };
      delivery: string;
    };
    expect(json.future).toBe('delivery');
    expect(json.verdict.message).toMatch(/^Payback slips from 2\.4 to 4\.0 years/);
    // 2,948,000 achieved of 4,400,633.6 planned over the years reported.
    expect(Number(json.delivery)).toBeCloseTo(2948000 / 4400633.6, 12);
  });

  it('writes a CSV row per line and year reported', async () => {
    const { stdout } = await run('actuals', ON_TRACK, '--format', 'csv');
    expect(stdout).toMatch(/^\uFEFF"List","Id","Name","Year","Planned","Actual","Variance"\r?\n/);
    // 2024: 35 % × 600,000 × 50 % ramp × 1.02 inflation = 107,100 planned, 109,000 achieved.
    expect(stdout).toContain(
      '"savings","inspection-labour","Lower inspection labour cost",1,107100,109000,1900',
    );
  });

  it('refuses a file without actuals, naming the section', async () => {
    const { code, stderr } = await run('actuals', join(EXAMPLES, 'reference-a.json'));
    expect(code).toBe(2);
    expect(stderr).toMatch(/reference-a\.json: actuals: has no actual results/);
  });
});

describe('yardstick monitor', () => {
  it('monitors a folder: one slipping applicant flagged, totals for the programme', async () => {
    await withTempDir(async (dir) => {
      await copyFile(SLIPPING, join(dir, 'a-smt.json'));
      await copyFile(ON_TRACK, join(dir, 'b-workshop.json'));
      // Funded, but has never reported.
      await copyFile(join(EXAMPLES, 'small-enterprise-subsidy.json'), join(dir, 'c-silent.json'));
      const { code, stdout } = await run('monitor', dir, '--as-of', '2025');
      expect(code).toBe(0);
      const json = JSON.parse(stdout) as {
        reportingYear: number;
        applicants: { flags: { code: string; years?: number[] }[]; verdict: string | null }[];
        totals: { underDelivering: number; missingReports: number; reporting: number };
      };
      expect(json.reportingYear).toBe(2025);
      expect(json.applicants.map((row) => row.verdict)).toEqual([
        'payback-slips',
        'on-track',
        null,
      ]);
      expect(json.applicants.map((row) => row.flags.map((flag) => flag.code))).toEqual([
        ['under-delivery'],
        [],
        // Starts in 2026: nothing is due by 2025.
        [],
      ]);
      expect(json.totals).toMatchObject({ underDelivering: 1, missingReports: 0, reporting: 2 });
      const later = JSON.parse(
        (await run('monitor', dir, '--as-of', '2027')).stdout,
      ) as typeof json;
      expect(later.applicants.map((row) => row.flags)).toEqual([
        [
          {
            code: 'under-delivery',
            delivery: expect.any(String),
            threshold: '0.8',
            message: expect.any(String),
          },
          expect.objectContaining({ code: 'missing-reports', years: [2026, 2027] }),
        ],
        [expect.objectContaining({ code: 'missing-reports', years: [2026, 2027] })],
        [expect.objectContaining({ code: 'missing-reports', years: [2027] })],
      ]);
    });
  });

  it('takes the threshold: at the delivery achieved nothing is flagged', async () => {
    const { stdout } = await run('monitor', SLIPPING, '--as-of', '2025', '--format', 'json');
    const delivery = (JSON.parse(stdout) as { applicants: { delivery: string }[] }).applicants[0]
      ?.delivery as string;
    const at = JSON.parse(
      (await run('monitor', SLIPPING, '--as-of', '2025', '--threshold', delivery.slice(0, 14)))
        .stdout,
    ) as { applicants: { flags: unknown[] }[] };
    expect(at.applicants[0]?.flags).toEqual([]);
  });

  it('prints a table and a CSV', async () => {
    // The Chinese twins of the two examples with actuals, beside the other Chinese examples.
    const twins = [
      join(EXAMPLES, 'zh-CN', 'smt-inspection-actuals.json'),
      join(EXAMPLES, 'zh-CN', 'workshop-vision-actuals.json'),
    ];
    const table = await run('monitor', ...twins, '--as-of', '2025', '--format', 'table');
    expect(table.stdout).toMatch(/^Programme monitoring: 2 funded applicants, 2 reporting/);
    expect(table.stdout).toMatch(/^Flags: 1 under-delivering, 0 with missing reports$/m);
    const csv = await run('monitor', ...twins, '--as-of', '2025', '--format', 'csv');
    expect(csv.stdout.split(/\r?\n/).filter(Boolean)).toHaveLength(4);
    expect(csv.stdout).toMatch(/\r?\n"Programme",/);
  });

  it('prints the table in Chinese, in 万元, lined up, with the files left out in Chinese', async () => {
    const twins = [
      join(EXAMPLES, 'zh-CN', 'smt-inspection-actuals.json'),
      join(EXAMPLES, 'zh-CN', 'workshop-vision-actuals.json'),
      join(EXAMPLES, 'zh-CN', 'applicants', '14-zhuhai-guangyao-invalid.json'),
    ];
    const table = await run(
      'monitor',
      ...twins,
      '--as-of',
      '2025',
      '--format',
      'table',
      '--lang',
      'zh-CN',
    );
    expect(table.code).toBe(2);
    expect(englishWords(table.stdout)).toEqual([]);
    expect(table.stdout).toContain('金额单位：万元');
    const lines = table.stdout.split('\n');
    const header = lines.find((line) => line.startsWith('申请企业')) ?? '';
    const slipping = lines.find((line) => line.startsWith('示例电子组装企业')) ?? '';
    // The English run's plan NPV 6,673,782.59 yuan / 10^4 = 667.378… → 667.38 万元; its payback
    // slips from 2.44 to 3.20 years.
    expect(slipping).toMatch(/667\.38\s+534\.98\s.*2\.44 年\s+3\.20 年\s+静态投资回收期推迟$/);
    expect(cellEnd(slipping, ' 667.38')).toBe(cellEnd(header, '计划财务净现值'));
    expect(cellEnd(slipping, ' 3.20 年')).toBe(cellEnd(header, '重新预测静态投资回收期'));
    expect(table.stdout).toContain('标记：1 家未达申报效益，0 家缺少报告');
    expect(table.stdout).toContain('未纳入的文件：1 个');
    expect(table.stdout).toContain('投资项目 1 › 投资额：请输入不小于零的金额');
    const json = await run('monitor', ...twins, '--lang', 'zh-CN');
    expect(json.stderr).toContain('--lang and --unit apply to --format table and --report only');
  });

  it.each([
    [['monitor'], /expected at least one folder or FILE/],
    [['monitor', 'x', '--threshold', '80'], /--threshold must be a share between 0 and 1/],
    [['monitor', 'x', '--as-of', 'last'], /--as-of must be a calendar year/],
    [['monitor', 'x', '--future', 'hope'], /--future must be one of plan, delivery/],
    [['actuals', 'x', '--future', 'hope'], /--future must be one of plan, delivery/],
  ])('refuses %j with exit 2', async (args, message) => {
    const { code, stderr } = await run(...args);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
  });
});
