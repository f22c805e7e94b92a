import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { copyFile, mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { SCENARIO_VERSION } from '../../../shared/scenario';
import {
  buildCli,
  ROOT,
  runProcess,
  withTempDir,
  writeTemp,
  yardstick,
  type CliResult,
} from '../../helpers/cli';
import { exampleNames, exampleText } from '../../helpers/scenarios';
import { englishWords } from '../../helpers/english-words';

/*
 * The `yardstick` command as a user runs it: the built bin/yardstick.js (and `npm run cli`'s
 * script once), on the shipped examples and on broken files written to a temporary folder.
 */

const example = (name: string) => join(ROOT, 'assets', 'examples', `${name}.json`);
const noStackTrace = (result: CliResult) => expect(result.stderr).not.toMatch(/\n\s+at |Error:/);

beforeAll(async () => {
  await buildCli();
}, 180_000);

// Each test starts Node once or twice; generous limits keep a busy machine from failing them.
vi.setConfig({ testTimeout: 30_000 });

describe.concurrent('yardstick evaluate', () => {
  it('prints the metrics and years of reference-a as JSON through `npm run cli`, the same as the installed command', async () => {
    const viaScript = await runProcess(join(ROOT, 'scripts', 'cli.mjs'), [
      'evaluate',
      example('reference-a'),
      '--format',
      'json',
    ]);
    expect(viaScript.code).toBe(0);
    expect(viaScript.stderr).toBe('');
    const output = JSON.parse(viaScript.stdout) as {
      metrics: Record<string, unknown>;
      years: Record<string, unknown>[];
    };
    expect(Object.keys(output)).toEqual(['metrics', 'warnings', 'years']);
    expect(Object.keys(output.metrics)).toEqual([
      'npv',
      'irr',
      'mirr',
      'paybackYears',
      'discountedPaybackYears',
      'profitabilityIndex',
      'benefitCostRatio',
      'roi',
      'npvWithoutSubsidies',
      'irrWithoutSubsidies',
      'subsidyTotal',
      'subsidyPresentValue',
      'additionality',
      'fundingGapRate',
      'equityNpv',
      'equityIrr',
      'minDscr',
      'discountRateNominal',
      // New keys after the published ones.
      'npvBeforeTax',
      'irrBeforeTax',
      'npvWithoutTerminalValue',
      'terminalValuePresentValue',
      'equityNpvWithoutSubsidies',
      'equityAdditionality',
      'paybackRelapses',
      'discountedPaybackRelapses',
      'fnpvC',
      'frrC',
      'fnpvK',
      'frrK',
      'eligibleCost',
      'maxGrant',
      'fundingGapDiscountRate',
    ]);
    const m = output.metrics;
    // No income tax on the flows before it: year 1 holds 3,312,500 + 437,500 of tax.
    expect(output.years[1]).toMatchObject({ projectNetCashFlowBeforeTax: '3750000' });
    expect(m['fundingGapDiscountRate']).toBe('0.04');
    // Hand-checked in test/shared/model/reference-cases.test.ts.
    expect(Number(m['npv']).toFixed(2)).toBe('22134992.02');
    expect(m['paybackYears']).toMatch(/^1\.7049/);
    expect(m['discountedPaybackYears']).toMatch(/^1\.8972/);
    expect(Number(m['irr'])).toBeGreaterThan(0.5);
    expect(Number(m['irr'])).toBeLessThan(1);
    expect(m['discountRateNominal']).toBe('0.08');
    expect(m['subsidyTotal']).toBe('1000000');
    expect(m['additionality']).toBe(false);
    expect(m['minDscr']).toBeNull();
    expect(output.years).toHaveLength(11);
    expect(output.years[1]).toMatchObject({
      year: 1,
      calendarYear: 2027,
      projectNetCashFlow: '3312500',
      tax: '437500',
    });

    const installed = await yardstick('evaluate', example('reference-a'));
    expect(installed.code).toBe(0);
    expect(installed.stdout).toBe(viaScript.stdout);
  });

  it('converts reference-b’s real discount rate and gives payback in years', async () => {
    const result = await yardstick('evaluate', example('reference-b'));
    const { metrics } = JSON.parse(result.stdout) as { metrics: Record<string, unknown> };
    expect(metrics['discountRateNominal']).toBe('0.0815');
    expect(Number(metrics['paybackYears'])).toBeGreaterThan(3);
    expect(Number(metrics['paybackYears'])).toBeLessThan(4);
  });

  it('evaluates a named scenario', async () => {
    const npv = async (...args: string[]) =>
      Number(
        (
          JSON.parse(
            (await yardstick('evaluate', example('smt-visual-ai-inspection'), ...args)).stdout,
          ) as { metrics: { npv: string } }
        ).metrics.npv,
      );
    expect(await npv('--scenario', 'pessimistic')).toBeLessThan(await npv());
  });

  it('prints the yearly projection as CSV, one row per year', async () => {
    const result = await yardstick('evaluate', example('reference-a'), '--format', 'csv');
    expect(result.code).toBe(0);
    const lines = result.stdout.trimEnd().split('\r\n');
    expect(lines).toHaveLength(12);
    // Headings are text, quoted; amounts are numbers, as they are.
    const header = lines[0]!.split(',').map((cell) => cell.replace(/^"(.*)"$/, '$1'));
    expect(lines[0]!.startsWith('"year","calendarYear","savings[production-cost]"')).toBe(true);
    expect(header.slice(0, 3)).toEqual(['year', 'calendarYear', 'savings[production-cost]']);
    const column = header.indexOf('projectNetCashFlow');
    expect(lines.slice(1).map((line) => line.split(',')[column])).toEqual([
      '-6000000',
      '3312500',
      '3812500',
      '4562500',
      '4562500',
      '4562500',
      '4312500',
      '4312500',
      '4312500',
      '4312500',
      '4312500',
    ]);
  });

  it('prints readable text with rounded figures', async () => {
    const result = await yardstick('evaluate', example('reference-a'), '--format', 'table');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/Net present value \(NPV\)\s+22,134,992\.02/);
    expect(result.stdout).toMatch(/Payback\s+1\.70 years/);
    expect(result.stdout).toMatch(/Minimum DSCR\s+none/);
    // Net revenue far above the investment at 4 %: no funding gap, so no grant is justified.
    expect(result.stdout).toMatch(/Funding-gap discount rate \(EU\)\s+4\.00 %/);
    expect(result.stdout).toMatch(/Maximum grant \(eligible cost × gap rate\)\s+0\.00/);
    expect(result.stdout).toMatch(/NPV before income tax\s+\d{2},\d{3},\d{3}\.\d{2}/);
    expect(result.stdout).toMatch(/2027\s+3,050,000\.00\s+300,000\.00/);
  });

  it('prints the table in Chinese, in 万元 unless another unit is asked for', async () => {
    const twin = example('zh-CN/reference-a');
    const wan = await yardstick('evaluate', twin, '--format', 'table', '--lang', 'zh-CN');
    expect(wan.code).toBe(0);
    // 22,134,992.02 yuan (the English test above) / 10^4 = 2,213.4992… → 2,213.50 万元.
    expect(wan.stdout).toMatch(/财务净现值\s+2,213\.50/);
    expect(wan.stdout).toMatch(/静态投资回收期\s+1\.70 年/);
    expect(wan.stdout).toMatch(/最低偿债备付率\s+无/);
    expect(wan.stdout).toMatch(/资金缺口折现率（欧盟方法）\s+4\.00%/);
    expect(wan.stdout).toContain('金额单位：万元');
    expect(wan.stdout).toContain('参考案例 A — 情景“基准”');
    // 3,050,000 yuan of savings in 2027 is 305.00 万元.
    expect(wan.stdout).toMatch(/2027\s+305\.00\s+30\.00/);
    const chinese = (unit: string) =>
      yardstick('evaluate', twin, '--format', 'table', '--lang', 'zh-CN', '--unit', unit);
    expect((await chinese('yuan')).stdout).toMatch(/财务净现值\s+22,134,992\.02/);
    // 22,134,992.02 / 10^8 = 0.2213499… → 0.2213 亿元.
    const yi = await chinese('yi');
    expect(yi.stdout).toMatch(/财务净现值\s+0\.2213/);
    const json = await yardstick('evaluate', twin, '--lang', 'zh-CN');
    expect(json.code).toBe(2);
    expect(json.stderr).toContain('--lang and --unit apply to --format table only');
  });

  it('writes the Chinese table in Chinese, warnings included: no English word but names', async () => {
    const twins = readdirSync(join(ROOT, 'assets', 'examples', 'zh-CN')).filter((name) =>
      name.endsWith('.json'),
    );
    expect(twins.length).toBeGreaterThan(5);
    let warned = 0;
    for (const name of twins) {
      const result = await yardstick(
        'evaluate',
        join('assets', 'examples', 'zh-CN', name),
        '--format',
        'table',
        '--lang',
        'zh-CN',
      );
      expect(result.code, name).toBe(0);
      if (result.stdout.includes('合理性提示')) warned += 1;
      expect(englishWords(result.stdout), name).toEqual([]);
    }
    // Reference A and the small enterprise's case have warnings: their sentences are Chinese too.
    expect(warned).toBeGreaterThan(0);
  });

  it('explains each metric on request', async () => {
    const result = await yardstick('evaluate', example('small-enterprise-subsidy'), '--detail');
    const output = JSON.parse(result.stdout) as {
      explanations: Record<string, { code: string }>;
      otherMetrics: Record<string, unknown>;
      subsidies: unknown[];
    };
    expect(output.explanations['additionality']?.code).toBe('metric.additionality.yes');
    expect(Object.keys(output.otherMetrics)).toEqual([
      'averageDscr',
      'publicMoneyPerNpv',
      'privateInvestmentPerSubsidy',
    ]);
    expect(output.subsidies).toHaveLength(2);
  });
});

describe.concurrent('yardstick validate and schema', () => {
  it('validates every example', async () => {
    const result = await yardstick('validate', ...exampleNames().map(example));
    expect(result.code).toBe(0);
    expect(result.stdout.trimEnd().split('\n')).toHaveLength(exampleNames().length);
    expect(result.stdout).toContain(
      `reference-a.json: valid (format version ${SCENARIO_VERSION}; scenarios: base)`,
    );
  });

  it('prints the JSON Schema that is committed', async () => {
    const result = await yardstick('schema');
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(
      await readFile(join(ROOT, 'assets', 'schema', 'scenario.schema.json'), 'utf8'),
    );
  });
});

describe.concurrent(
  'invalid input exits with 2 and one line per problem, never a stack trace',
  () => {
    const broken = (change: (document: Record<string, unknown>) => void) => {
      const document = JSON.parse(exampleText('reference-a')) as Record<string, unknown>;
      change(document);
      return JSON.stringify(document, null, 2);
    };

    it('names the field and the file', async () => {
      await withTempDir(async (dir) => {
        const file = await writeTemp(
          dir,
          'salvage.json',
          broken(
            (d) =>
              ((d['capex'] as Record<string, Record<string, unknown>>[])[0]!['depreciation']![
                'salvage'
              ] = '7000000'),
          ),
        );
        const result = await yardstick('evaluate', file);
        expect(result.code).toBe(2);
        expect(result.stdout).toBe('');
        expect(result.stderr).toBe(
          `${file}: capex[0].depreciation.salvage: salvage 7000000 exceeds the cost 6000000\n`,
        );
      });
    });

    it('validates a batch: good files on stdout, every problem of the others on its own line on stderr', async () => {
      await withTempDir(async (dir) => {
        const several = broken((d) => {
          (d['tax'] as Record<string, unknown>)['rate'] = '25';
          (d['project'] as Record<string, unknown>)['horizonYears'] = 0;
          d['colour'] = 'red';
        });
        const cases: [string, string | Uint8Array | null, RegExp[]][] = [
          [
            'several.json',
            several,
            [
              /: project\.horizonYears: must be at least 1$/,
              /: tax\.rate: must be at least 0 and at most 1$/,
              /: colour: is not a field of this format$/,
            ],
          ],
          [
            'malformed.json',
            '{"format": "yardstick.scenario",\n  "version": 1,,}',
            [/: \(file\): not valid JSON: .* at line 2, column 16$/],
          ],
          [
            'newer.json',
            exampleText('reference-a').replace(/"version": \d+/, '"version": 99'),
            [/: version: the file is from a newer Yardstick \(format version 99\)/],
          ],
          [
            'proto.json',
            '{"format":"yardstick.scenario","version":1,"project":{"__proto__":{"x":1}}}',
            [/: project\.__proto__: the key "__proto__" is not allowed$/],
          ],
          [
            'duplicate.json',
            '{"format":"yardstick.scenario","format":"yardstick.scenario"}',
            [/: format: the key "format" appears more than once/],
          ],
          [
            'other-format.json',
            '{"format":"spreadsheet","version":1}',
            [/: format: must be "yardstick.scenario": this is not a Yardstick scenario file$/],
          ],
          [
            'exponent.json',
            exampleText('reference-a').replace('"amount": "6000000"', '"amount": "6e6"'),
            [/: capex\[0\]\.amount: must be a non-negative decimal amount/],
          ],
          [
            'deep.json',
            `{"format":"yardstick.scenario","notes":${'['.repeat(5000)}${']'.repeat(5000)}}`,
            [/: notes(\[0\])+: the file nests objects and lists deeper than 32 levels$/],
          ],
          [
            'huge.json',
            `{"format":"yardstick.scenario","pad":"${'x'.repeat(6 * 1024 * 1024)}"}`,
            [/: \(file\): the file is \d+ bytes; the limit is 5242880$/],
          ],
          [
            'latin1.json',
            Uint8Array.from([0x7b, 0x22, 0xe9, 0x22, 0x3a, 0x31, 0x7d]),
            [/: \(file\): the file is not UTF-8 text$/],
          ],
          ['folder.json', null, [/: \(file\): is (a directory|not a regular file)/]],
          ['missing.json', null, [/: \(file\): no such file$/]],
        ];
        const files: string[] = [];
        for (const [name, content] of cases) {
          if (content !== null) files.push(await writeTemp(dir, name, content));
          else {
            if (name === 'folder.json') await mkdir(join(dir, name));
            files.push(join(dir, name));
          }
        }
        const result = await yardstick('validate', example('reference-a'), ...files);
        expect(result.code).toBe(2);
        expect(result.stdout).toBe(
          `${example('reference-a')}: valid (format version ${SCENARIO_VERSION}; scenarios: base)\n`,
        );
        const lines = result.stderr.trimEnd().split('\n');
        const expected = cases.flatMap(([, , messages], index) =>
          messages.map((message) => [files[index]!, message] as const),
        );
        expect(lines).toHaveLength(expected.length);
        expected.forEach(([file, message], index) => {
          expect(lines[index]!.startsWith(`${file}: `)).toBe(true);
          expect(lines[index]).toMatch(message);
        });
        noStackTrace(result);
      });
    });

    it('names the scenarios a file has when asked for another', async () => {
      const result = await yardstick(
        'evaluate',
        example('smt-visual-ai-inspection'),
        '--scenario',
        'cautious',
      );
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(
        /scenarios: no scenario is named "cautious"; the file has: base, optimistic, pessimistic/,
      );
    });

    it('exits 2 with the usage when the arguments are wrong (the cases: run.test.ts)', async () => {
      const [none, unknown] = await Promise.all([
        yardstick(),
        yardstick('evaluate', 'a.json', '--verbose'),
      ]);
      expect(none.code).toBe(2);
      expect(none.stderr).toMatch(/^Usage:/);
      expect(unknown.code).toBe(2);
      expect(unknown.stderr).toMatch(/unknown option "--verbose"/);
      noStackTrace(unknown);
    });

    it('prints help on request and exits 0', async () => {
      const result = await yardstick('help');
      expect(result.code).toBe(0);
      expect(result.stdout).toMatch(
        /yardstick evaluate FILE \[--scenario NAME\] \[--format json\|csv\|table\]/,
      );
    });
  },
);

it('says how to build the command when it has not been built', async () => {
  await withTempDir(async (dir) => {
    await mkdir(join(dir, 'bin'));
    await copyFile(join(ROOT, 'bin', 'yardstick.js'), join(dir, 'bin', 'yardstick.js'));
    await writeTemp(dir, 'package.json', '{"type":"module"}');
    const result = await runProcess(join(dir, 'bin', 'yardstick.js'), ['help'], dir);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/not built yet\. Run "npm run build:cli"/);
  });
});

describe('a reader that goes away', () => {
  /** Runs the command with `closed` (stdout or stderr) closed by its reader before anything is written. */
  function withClosed(
    closed: 'stdout' | 'stderr',
    args: readonly string[],
  ): Promise<{ code: number | null; signal: string | null; other: string }> {
    return new Promise((resolve, reject) => {
      const child = spawn(process.execPath, [join(ROOT, 'bin', 'yardstick.js'), ...args], {
        cwd: ROOT,
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      child[closed].destroy();
      let other = '';
      child[closed === 'stdout' ? 'stderr' : 'stdout']
        .setEncoding('utf8')
        .on('data', (chunk: string) => (other += chunk));
      child.on('error', reject);
      child.on('close', (code, signal) => resolve({ code, signal, other }));
    });
  }

  it('exits quietly with the command’s status when stderr is closed (EPIPE), no stack trace', async () => {
    const missing = Array.from({ length: 3000 }, (_, i) => `missing-${i}.json`);
    const result = await withClosed('stderr', ['validate', example('reference-a'), ...missing]);
    expect(result.signal).toBeNull();
    expect(result.code).toBe(2);
    expect(result.other).toContain('reference-a.json: valid');
    expect(result.other).not.toMatch(/\n\s+at |Error/);
  });

  it('exits quietly when stdout is closed (EPIPE), printing nothing on stderr', async () => {
    const result = await withClosed('stdout', [
      'analyze',
      example('smt-visual-ai-inspection'),
      '--monte-carlo',
      '20000',
      '--format',
      'csv',
    ]);
    expect(result.signal).toBeNull();
    expect([0, 2]).toContain(result.code);
    expect(result.other).toBe('');
  });
});

describe('yardstick analyze --range', () => {
  it('exits 2 naming the option when a bound has more than 15 digits', async () => {
    const result = await yardstick(
      'analyze',
      example('reference-a'),
      '--tornado',
      '--range',
      'parameters.inflation=-1234567890123456789:0.2',
    );
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/--range/);
    expect(result.stderr).toMatch(/15 digits/);
    noStackTrace(result);
  });

  it('exits 2 naming the field when a range is far outside what the field can be', async () => {
    const result = await yardstick(
      'analyze',
      example('reference-a'),
      '--tornado',
      '--range',
      'parameters.inflation=-999999999999999:999999999999999',
    );
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/parameters\.inflation/);
    expect(result.stderr).toMatch(/rate/);
    noStackTrace(result);
  });
});
