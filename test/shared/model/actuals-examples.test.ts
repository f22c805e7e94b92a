import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { planVsActualOf } from '../../../shared/model';
import { baseOf, parseScenarioFile, type ScenarioFile } from '../../../shared/scenario';
import { EXAMPLES_DIR } from '../../helpers/scenarios';

/*
 * The two shipped examples with two years of actuals, in English (assets/examples) and in Chinese
 * (assets/examples/zh-CN): one on track, one slipping. The Chinese twin is the same case written
 * in Chinese, so every figure must be the same and only the texts differ.
 */

const TEXT_KEYS = new Set([
  'name',
  'notes',
  'description',
  'label',
  'company',
  'grantor',
  'lender',
]);

function read(...path: string[]): ScenarioFile {
  const parsed = parseScenarioFile(readFileSync(join(EXAMPLES_DIR, ...path), 'utf8'));
  if (!parsed.ok) throw new Error(`${path.join('/')}: ${JSON.stringify(parsed.issues)}`);
  return parsed.file;
}

/** Everything but the texts a person reads; scenario names are selectors, not texts. */
function figures(value: unknown, key = ''): unknown {
  if (Array.isArray(value)) return value.map((item) => figures(item));
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value)
        .filter(
          ([name, inner]) =>
            !(TEXT_KEYS.has(name) && typeof inner === 'string' && key !== 'scenarios'),
        )
        .map(([name, inner]) => [name, figures(inner, name)]),
    );
  return value;
}

describe.each([
  ['workshop-vision-actuals.json', 'on-track'],
  ['smt-inspection-actuals.json', 'payback-slips'],
])('%s', (name, verdict) => {
  const english = read(name);
  const chinese = read('zh-CN', name);

  it('reports years 0 to 2, the two operating years in full', () => {
    expect(english.actuals?.years.map((year) => [year.year, year.months])).toEqual([
      [0, undefined],
      [1, undefined],
      [2, undefined],
    ]);
  });

  it(`is ${verdict} whichever way the future is re-forecast`, () => {
    if (english.actuals === undefined) throw new Error('no actuals');
    for (const future of ['plan', 'delivery'] as const)
      expect(planVsActualOf(baseOf(english), english.actuals, future).verdict.code).toBe(verdict);
  });

  it('has a Chinese twin with the same figures, written in Chinese', () => {
    expect(figures(chinese)).toEqual(figures(english));
    expect(chinese.project.name).toMatch(/[\u4e00-\u9fff]/);
    for (const item of [
      ...chinese.capex,
      ...chinese.effects,
      ...chinese.runningCosts,
      ...chinese.subsidies,
    ])
      expect(item.name, item.id).toMatch(/[\u4e00-\u9fff]/);
  });
});
