import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectApplicants, compareApplicants, DEFAULT_SETTINGS } from '../../shared/compare';
import { assessApplicantText } from '../../shared/compare/assess';
import { Dec } from '../../shared/finance/decimal';
import { evaluateScenario } from '../../shared/model';
import { parseScenarioFile, selectScenario } from '../../shared/scenario';
import { englishExamples, twins } from '../../scripts/zh-examples.mjs';
import { EXAMPLES_DIR } from '../helpers/scenarios';

/*
 * Every example exists in English and in Chinese (assets/examples/zh-CN/), the Chinese one
 * generated from the English one and a translation table. The twins must compute the same case:
 * every metric and every figure of every projection row, in the base and in each named scenario,
 * and for an applicant everything the comparison reads. Only the texts a person reads differ.
 */

const TEXT_KEYS = new Set(['name', 'company', 'project', 'grantor', 'lender', 'notes', 'label']);

/** The figures of a result: Decimals as their exact strings, the texts a person reads left out. */
function figures(value: unknown): unknown {
  const plain = JSON.parse(JSON.stringify(value)) as unknown;
  const strip = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(strip);
    if (node === null || typeof node !== 'object') return node;
    return Object.fromEntries(
      Object.entries(node)
        .filter(([key, item]) => !(TEXT_KEYS.has(key) && typeof item === 'string'))
        .map(([key, item]) => [key, strip(item)]),
    );
  };
  return strip(plain);
}

const read = (file: string) => readFileSync(join(EXAMPLES_DIR, file), 'utf8');

describe('the Chinese examples', () => {
  it('are what the generator writes from the English ones and their tables', () => {
    const { files, problems } = twins();
    expect(problems).toEqual([]);
    expect(files).toHaveLength(englishExamples().length);
    for (const { path, text } of files) expect(readFileSync(path, 'utf8'), path).toBe(text);
  });

  const cases = englishExamples().filter((file) => !file.startsWith('applicants/'));
  it.each(cases)('%s evaluates to the same figures in Chinese, in every scenario', (file) => {
    const english = parseScenarioFile(read(file));
    const chinese = parseScenarioFile(read(`zh-CN/${file}`));
    if (!english.ok || !chinese.ok) throw new Error(`${file} does not load`);
    expect(chinese.file.project.name).not.toBe(english.file.project.name);
    const names = ['base', ...english.file.scenarios.map((scenario) => scenario.name)];
    expect(names.length).toBeGreaterThanOrEqual(1);
    for (const name of names) {
      const a = selectScenario(english.file, name);
      const b = selectScenario(chinese.file, name);
      if (!a.ok || !b.ok) throw new Error(`${file} ${name} does not select`);
      const left = evaluateScenario(a.scenario);
      const right = evaluateScenario(b.scenario);
      expect(figures(right.metrics), `${file} ${name} metrics`).toEqual(figures(left.metrics));
      expect(figures(right.projection), `${file} ${name} projection`).toEqual(
        figures(left.projection),
      );
      expect(figures(right.withoutSubsidies), `${file} ${name} without subsidies`).toEqual(
        figures(left.withoutSubsidies),
      );
    }
  });

  const applicants = englishExamples().filter((file) => file.startsWith('applicants/'));
  it.each(applicants)('%s is the same applicant in Chinese', (file) => {
    const english = assessApplicantText(file, read(file));
    const chinese = assessApplicantText(file, read(`zh-CN/${file}`));
    expect(chinese.ok).toBe(english.ok);
    if (!english.ok || !chinese.ok) {
      // The invalid example stays invalid for the same reasons, at the same places.
      const codes = (outcome: typeof english) =>
        outcome.ok ? [] : outcome.invalid.reasons.map((reason) => [reason.code, reason.path]);
      expect(codes(chinese)).toEqual(codes(english));
      return;
    }
    const { fields: zhFields, ...zh } = chinese.applicant;
    const { fields: enFields, ...en } = english.applicant;
    expect(figures(zh)).toEqual(figures(en));
    // The notes' fields (新增就业岗位：3 for Jobs created: 3) are the same fields, with the same
    // figures: the default weights' jobs criterion weighs both alike.
    expect(zhFields.map((field) => [field.key, field.value.toString()])).toEqual(
      enFields.map((field) => [field.key, field.value.toString()]),
    );
    expect(zhFields.every((field) => /^\p{Script=Han}/u.test(field.label))).toBe(true);
  });

  it('rank and fund the Chinese applicants exactly as the English ones', () => {
    // The default weights (jobs created among them) and a budget of 5,000,000 yuan.
    const budget = {
      budget: new Dec(5_000_000),
      objective: 'caused',
      cap: 'none',
      partialMinShare: null,
      excludeFlagged: true,
    } as const;
    const compare = (prefix: string) => {
      const outcomes = applicants.map((file) =>
        assessApplicantText(file, read(`${prefix}${file}`)),
      );
      return compareApplicants(collectApplicants(outcomes).applicants, DEFAULT_SETTINGS, budget);
    };
    const english = compare('');
    const chinese = compare('zh-CN/');
    const ranked = (comparison: typeof english) =>
      comparison.ranking.map((row) => [row.applicant.file, row.rank, row.score.toString()]);
    expect(ranked(chinese)).toEqual(ranked(english));
    expect(figures(chinese.allocation)).toEqual(figures(english.allocation));
    expect(figures(chinese.outcome)).toEqual(figures(english.outcome));
  });
});
