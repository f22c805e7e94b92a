import { join } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import {
  buildCli,
  ROOT,
  withTempDir,
  writeTemp,
  yardstick,
  type CliResult,
} from '../../helpers/cli';
import { englishWords } from '../../helpers/english-words';
import { exampleText } from '../../helpers/scenarios';
import { cellEnd } from '../../helpers/text-columns';

/*
 * `yardstick analyze` as a user runs it: the built command, on the shipped examples (the SMT
 * example has a risk section) and on broken requests.
 */

const example = (name: string) => join(ROOT, 'assets', 'examples', `${name}.json`);
const SMT = example('smt-visual-ai-inspection');
const noStackTrace = (result: CliResult) => expect(result.stderr).not.toMatch(/\n\s+at |Error:/);
const json = (result: CliResult) => JSON.parse(result.stdout) as Record<string, unknown>;

beforeAll(async () => {
  await buildCli();
}, 180_000);

vi.setConfig({ testTimeout: 30_000 });

describe('yardstick analyze --monte-carlo', () => {
  it('prints the summary as JSON, the same with one worker and two, and again for the same seed', async () => {
    const [one, two, again, lhs] = await Promise.all([
      yardstick('analyze', SMT, '--monte-carlo', '2000', '--seed', '7', '--workers', '1'),
      yardstick('analyze', SMT, '--monte-carlo', '2000', '--seed', '7', '--workers', '2'),
      yardstick('analyze', SMT, '--monte-carlo', '2000', '--seed', '7'),
      yardstick('analyze', SMT, '--monte-carlo', '2000', '--seed', '7', '--lhs', '--workers', '0'),
    ]);
    for (const result of [one, two, again, lhs])
      expect([result.code, result.stderr]).toEqual([0, '']);
    expect(two.stdout).toBe(one.stdout);
    expect(again.stdout).toBe(one.stdout);
    expect(lhs.stdout).not.toBe(one.stdout);
    const output = json(one);
    expect(output).toMatchObject({
      analysis: 'monte-carlo',
      scenario: 'base',
      metric: 'npv',
      draws: 2000,
      seed: 7,
      latinHypercube: false,
    });
    expect(Object.keys(output.percentiles as object)).toEqual([
      'p5',
      'p10',
      'p25',
      'p50',
      'p75',
      'p90',
      'p95',
    ]);
    for (const key of ['mean', 'stdDev', 'probabilityNpvPositive'])
      expect(typeof output[key]).toBe('number');
    const histogram = output.histogram as { from: number; to: number; count: number }[];
    expect(histogram.reduce((sum, bin) => sum + bin.count, 0)).toBe(2000);
    expect((output.drivers as { path: string }[]).map((driver) => driver.path)).toContain(
      'effects[id=inspection-labour].fullEffect',
    );
  });

  it('prints every draw as CSV, and a readable summary as a table', async () => {
    const [csv, table] = await Promise.all([
      yardstick('analyze', SMT, '--monte-carlo', '300', '--format', 'csv', '--workers', '0'),
      yardstick(
        'analyze',
        SMT,
        '--monte-carlo',
        '300',
        '--format',
        'table',
        '--metric',
        'irr',
        '--workers',
        '0',
      ),
    ]);
    expect(csv.code).toBe(0);
    const lines = csv.stdout.trimEnd().split('\r\n');
    expect(lines).toHaveLength(301);
    expect(lines[0]?.split(',').map((cell) => JSON.parse(cell) as string)).toEqual([
      'draw',
      'effects[id=inspection-labour].fullEffect',
      'effects[id=defect-detection].detectionAfter',
      'effects[id=scrap-rework].fullEffect',
      'capex[id=ai-stations].amount',
      'capex[id=integration].amount',
      'runningCosts[id=ai-engineer].amount',
      'subsidies[id=smart-manufacturing-grant].rate',
      'parameters.inflation',
      'npv',
      'paybackYears',
    ]);
    expect(lines[1]?.split(',')).toHaveLength(11);
    expect(table.code).toBe(0);
    expect(table.stdout).toContain('Monte Carlo: 300 draws, seed 1; Internal rate of return (IRR)');
    expect(table.stdout).toMatch(/P\(NPV > 0\): \d+\.\d %/);
    expect(table.stdout).toContain('Histogram');
  });
});

describe('yardstick analyze --lang zh-CN', () => {
  it('prints every analysis in Chinese, drivers as the editor names them, amounts in 万元', async () => {
    const twin = join('assets', 'examples', 'zh-CN', 'smt-visual-ai-inspection.json');
    const runs = await Promise.all(
      [
        ['--scenarios'],
        ['--tornado'],
        ['--switching-values'],
        ['--two-way', 'effects[id=inspection-labour].fullEffect,capex[id=ai-stations].amount'],
        ['--monte-carlo', '300', '--workers', '0'],
      ].map((analysis) =>
        yardstick('analyze', twin, ...analysis, '--format', 'table', '--lang', 'zh-CN'),
      ),
    );
    for (const result of runs) {
      expect([result.code, result.stderr]).toEqual([0, '']);
      expect(englishWords(result.stdout)).toEqual([]);
      expect(result.stdout).toContain('金额单位：万元');
    }
    const [scenarios, tornado] = runs.map((result) => result.stdout.split('\n'));
    // The base NPV, 6,673,782.59 yuan in `evaluate` / 10^4 = 667.378… → 667.38 万元.
    const base = scenarios?.find((line) => line.startsWith('基准')) ?? '';
    expect(base).toMatch(/^基准\s+基准\s+667\.38\s+35\.85%\s+2\.44 年/);
    const header = scenarios?.find((line) => line.startsWith('情景')) ?? '';
    expect(cellEnd(base, ' 667.38')).toBe(cellEnd(header, '  财务净现值'));
    expect(scenarios?.some((line) => /^乐观\s+乐观\s/.test(line))).toBe(true);
    // The investment in the AI stations, 2,800,000 yuan, varied ±20 %: 224.00 to 336.00 万元.
    expect(tornado?.find((line) => line.startsWith('AI 视觉检测工位（4 台） › 投资额'))).toMatch(
      /280\.00\s+224\.00\s+336\.00\s.*±20%$/,
    );
    // Rates as the editor shows them: the file's own range for the 8 % discount rate, 6 % to
    // 12 %, reads 6.00% to 12.00%, not 0.06 to 0.12.
    expect(tornado?.find((line) => line.startsWith('折现率'))).toMatch(
      /^折现率\s+8\.00%\s+6\.00%\s+12\.00%\s.*设定区间$/,
    );
    const json = await yardstick('analyze', twin, '--tornado', '--lang', 'zh-CN');
    expect(json.code).toBe(2);
    expect(json.stderr).toContain('--lang and --unit apply to --format table only');
  });
});

describe('yardstick analyze, sensitivity', () => {
  it('ranks a tornado, tabulates two drivers, finds switching values and sets the scenarios side by side', async () => {
    const [tornado, twoWay, switching, scenarios] = await Promise.all([
      yardstick('analyze', SMT, '--tornado', '--metric', 'npv', '--format', 'json'),
      yardstick(
        'analyze',
        SMT,
        '--two-way',
        'effects[id=inspection-labour].fullEffect,capex[id=ai-stations].amount',
        '--steps',
        '3',
        '--format',
        'csv',
      ),
      yardstick(
        'analyze',
        SMT,
        '--switching-values',
        '--scenario',
        'pessimistic',
        '--format',
        'table',
      ),
      yardstick('analyze', SMT, '--scenarios'),
    ]);
    for (const result of [tornado, twoWay, switching, scenarios])
      expect([result.code, result.stderr]).toEqual([0, '']);

    const bars = json(tornado).bars as { path: string; swing: number | null }[];
    const swings = bars.map((bar) => bar.swing ?? -1);
    expect(swings).toEqual([...swings].sort((a, b) => b - a));
    expect(bars.map((bar) => bar.path)).toContain('project.horizonYears');

    const grid = twoWay.stdout.trimEnd().split('\r\n');
    expect(grid).toHaveLength(4);
    expect(grid[0]).toMatch(
      /^"effects\[id=inspection-labour\]\.fullEffect \\ capex\[id=ai-stations\]\.amount",2240000,2800000,3360000$/,
    );

    expect(switching.stdout).toContain(
      'Switching values: where Net present value (NPV) is zero (and the IRR equals the discount rate)',
    );
    expect(switching.stdout).toMatch(/parameters\.discountRate\.rate .* none within range/);

    const compared = json(scenarios).scenarios as {
      name: string;
      differenceToBase: { npv: string };
    }[];
    expect(compared.map((entry) => entry.name)).toEqual(['base', 'optimistic', 'pessimistic']);
    expect(compared[0]?.differenceToBase.npv).toBe('0');
  });

  it('reports the progress of every sensitivity analysis on stderr, the result unchanged on stdout', async () => {
    const [plain, reported] = await Promise.all([
      yardstick('analyze', SMT, '--switching-values'),
      yardstick('analyze', SMT, '--switching-values', '--progress'),
    ]);
    expect(reported.code).toBe(0);
    expect(reported.stdout).toBe(plain.stdout);
    const lines = reported.stderr.trimEnd().split('\n');
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.every((line) => /^evaluated \d+ of \d+ points$/.test(line))).toBe(true);
  });

  it('reads an older file, migrating it, and analyses a named scenario of it', async () => {
    await withTempDir(async (dir) => {
      const file = await writeTemp(
        dir,
        'v1.json',
        exampleText('mes-rollout-loan').replace('"version": 2', '"version": 1'),
      );
      const result = await yardstick(
        'analyze',
        file,
        '--tornado',
        '--scenario',
        'optimistic',
        '--drivers',
        'parameters.discountRate.rate,tax.rate',
      );
      expect(result.code).toBe(0);
      expect(json(result)).toMatchObject({
        analysis: 'tornado',
        scenario: 'optimistic',
        metric: 'npv',
      });
    });
  });
});

describe('yardstick analyze refuses', () => {
  const cases: [string[], RegExp][] = [
    [
      ['analyze', example('reference-a'), '--monte-carlo', '100'],
      /reference-a\.json: monte-carlo: the scenario has no distributions: add them to the risk section/,
    ],
    [
      ['analyze', SMT, '--tornado', '--drivers', 'effects[id=nothing].fullEffect'],
      /smt-visual-ai-inspection\.json: tornado: "effects\[id=nothing\]\.fullEffect" does not exist in the scenario/,
    ],
    [
      ['analyze', SMT, '--tornado', '--switching-values'],
      /yardstick: choose one analysis: --scenarios, --tornado, --two-way, --switching-values, --monte-carlo/,
    ],
    [
      ['analyze', SMT, '--tornado', '--seed', '3'],
      /yardstick: --seed, --lhs, --bins and --workers apply to --monte-carlo only/,
    ],
    [
      ['analyze', SMT, '--monte-carlo', 'many'],
      /yardstick: --monte-carlo must be a whole number from 2 to 1000000, not "many"/,
    ],
    [
      ['analyze', SMT, '--two-way', 'tax.rate', '--steps', '3'],
      /yardstick: --two-way takes two driver paths separated by a comma/,
    ],
    [
      ['analyze', SMT, '--tornado', '--range', 'tax.rate=high'],
      /yardstick: --range must be PATH=LOW:HIGH/,
    ],
    [
      ['analyze', SMT, '--switching-values', '--metric', 'irr'],
      /yardstick: --metric for switching values must be one of npv, npvWithoutSubsidies, equityNpv/,
    ],
  ];

  it('what it cannot do, with exit 2 and one line saying why, never a stack trace', async () => {
    const results = await Promise.all(cases.map(([args]) => yardstick(...args)));
    results.forEach((result, index) => {
      const [args, message] = cases[index]!;
      expect([args, result.code, result.stdout]).toEqual([args, 2, '']);
      expect(result.stderr).toMatch(message);
      noStackTrace(result);
    });
  });
});
