import type Decimal from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  AWARD_CAPS,
  compareApplicants,
  DEFAULT_ALLOCATION,
  DEFAULT_SETTINGS,
  OBJECTIVES,
  type Applicant,
  type ApplicantState,
  type AwardCap,
  type BudgetRequest,
  type Objective,
} from '../../../shared/compare';
import { Dec } from '../../../shared/finance';
import { applicant, exampleApplicants } from './helpers';

/*
 * What the budget is spent on. The default maximises the NPV the programme causes; total NPV and
 * total score stay as choices; every award can be capped at the necessary award or at eligible
 * cost × funding-gap rate; a project that is not viable is never funded. Each objective and cap
 * is checked against brute force over every subset of a few applicants, written here from the
 * rules in the README, not from the allocator.
 */

const request = (amount: Decimal.Value, changes: Partial<BudgetRequest> = {}): BudgetRequest => ({
  budget: new Dec(amount),
  ...DEFAULT_ALLOCATION,
  ...changes,
});

describe('the default allocation of the example applicants', () => {
  const applicants = exampleApplicants();

  it('with 5,000,000 funds every additional applicant whose request fits, and no one else', () => {
    const comparison = compareApplicants(applicants, DEFAULT_SETTINGS, request(5_000_000));
    const additional = applicants.filter((a) => a.state === 'additional');
    // Dongguan (900,000), Foshan (1,125,000) and Xiamen (750,000): 2,775,000 fits in 5,000,000.
    expect(additional.map((a) => a.file)).toEqual([
      '02-dongguan-jinhui-mould-mes.json',
      '04-foshan-lianyi-ceramics-kiln-energy.json',
      '07-xiamen-huamei-garment-cutting.json',
    ]);
    const selected = comparison.allocation?.selected ?? [];
    expect(selected.map((award) => award.id).sort()).toEqual(additional.map((a) => a.file));
    for (const award of selected) expect(award.award.eq(award.request)).toBe(true);
    const outcome = comparison.outcome;
    expect(outcome?.deadweightSubsidy.toString()).toBe('0');
    expect(outcome?.deadweightShare?.toString()).toBe('0');
    // The NPV caused is the three projects' NPVs, to the last digit.
    const sum = additional.reduce((total, a) => total.plus(a.npv), new Dec(0));
    expect(outcome?.causedNpv.toString()).toBe(sum.toString());
    expect(outcome?.causedCount).toBe(3);
    const reasons = new Map(comparison.allocation?.rejected.map((r) => [r.id, r.reason]));
    expect(reasons.get('01-suzhou-hengda-smt-aoi.json')).toBe('deadweight');
    expect(reasons.get('10-qingdao-haiyue-packaging-traceability.json')).toBe('not-viable');
    expect(reasons.get('08-changzhou-tianli-motor-implausible.json')).toBe('flagged');
  });

  it('states the deadweight when the objective is the total NPV', () => {
    const comparison = compareApplicants(
      applicants,
      DEFAULT_SETTINGS,
      request(5_000_000, { objective: 'npv' }),
    );
    const byFile = new Map(applicants.map((a) => [a.file, a]));
    const selected = comparison.allocation?.selected ?? [];
    const deadweight = selected
      .filter((award) => byFile.get(award.id)?.state === 'deadweight')
      .reduce((total, award) => total.plus(award.award), new Dec(0));
    expect(deadweight.gt(0)).toBe(true);
    expect(comparison.outcome?.deadweightSubsidy.toString()).toBe(deadweight.toString());
    expect(comparison.outcome?.deadweightShare?.toString()).toBe(
      deadweight.div(comparison.allocation?.totalAward ?? 1).toString(),
    );
  });

  it('frees budget for more applicants when awards are capped at the necessary award', () => {
    const capped = compareApplicants(
      applicants,
      DEFAULT_SETTINGS,
      request(2_200_000, { cap: 'necessary' }),
    );
    const full = compareApplicants(applicants, DEFAULT_SETTINGS, request(2_200_000));
    // 2,200,000 holds two of the three requests, but all three necessary awards.
    expect(full.allocation?.selected).toHaveLength(2);
    expect(capped.allocation?.selected).toHaveLength(3);
    for (const award of capped.allocation?.selected ?? []) {
      const a = applicants.find((found) => found.file === award.id);
      expect(award.award.toString()).toBe(a?.necessaryAward?.toString());
    }
    expect(capped.outcome?.aboveNecessary.toString()).toBe('0');
  });

  it('lets a flagged applicant be funded once the officer has checked it', () => {
    const flagged = '13-taizhou-boyuan-pump-high-subsidy.json';
    const unchecked = compareApplicants(
      applicants,
      DEFAULT_SETTINGS,
      request(10_000_000, { objective: 'npv' }),
    );
    expect(unchecked.allocation?.rejected.find((r) => r.id === flagged)?.reason).toBe('flagged');
    const checked = compareApplicants(
      applicants,
      DEFAULT_SETTINGS,
      request(10_000_000, { objective: 'npv' }),
      [flagged],
    );
    expect(checked.ranking.find((row) => row.applicant.file === flagged)?.checked).toBe(true);
    expect(checked.allocation?.selected.map((award) => award.id)).toContain(flagged);
  });
});

describe('a partial award under the NPV-caused objective', () => {
  it('goes only where the budget left covers the necessary award, and then counts in full', () => {
    // 600,000 left after nothing fits: A (request 1,000,000) needs 700,000 — too much; B
    // (request 800,000) needs 550,000, so 600,000 causes it and its whole NPV counts.
    const additional = (file: string, request: number, need: number, npv: number) =>
      applicant(file, {
        subsidyRequested: new Dec(request),
        necessaryAward: new Dec(need),
        state: 'additional',
        additionality: true,
        npv: new Dec(npv),
        npvWithoutSubsidies: new Dec(-1),
        // Subsidies well under half the investment: no flag.
        capex: new Dec(10_000_000),
      });
    const comparison = compareApplicants(
      [
        additional('a.json', 1_000_000, 700_000, 90_000),
        additional('b.json', 800_000, 550_000, 40_000),
      ],
      DEFAULT_SETTINGS,
      request(600_000, { partialMinShare: new Dec('0.5') }),
    );
    const allocation = comparison.allocation;
    expect(allocation?.selected.map((award) => [award.id, award.award.toString()])).toEqual([
      ['b.json', '600000'],
    ]);
    expect(allocation?.totalValue.toString()).toBe('40000');
    expect(comparison.outcome?.causedNpv.toString()).toBe('40000');
    expect(allocation?.upperBound.gte(allocation.totalValue)).toBe(true);
  });
});

// --- Brute force over every subset ------------------------------------------------------------

interface Small {
  readonly state: ApplicantState;
  /** Thousands of yuan. */
  readonly request: number;
  /** Share of the request, in tenths, that is necessary (additional only). */
  readonly needTenths: number;
  readonly npv: number;
  readonly fundingGapTenths: number;
  readonly eligible: number;
  readonly flagged: boolean;
}

const small: fc.Arbitrary<Small> = fc.record({
  state: fc.constantFrom<ApplicantState>('additional', 'deadweight', 'not-viable'),
  request: fc.integer({ min: 0, max: 9 }),
  needTenths: fc.integer({ min: 1, max: 10 }),
  npv: fc.integer({ min: 0, max: 50 }),
  fundingGapTenths: fc.integer({ min: -3, max: 8 }),
  eligible: fc.integer({ min: 0, max: 12 }),
  flagged: fc.boolean(),
});

function asApplicant(item: Small, index: number): Applicant {
  const request = new Dec(item.request * 1000);
  // A fen-exact necessary award, as the solver gives, so the whole-yuan rounding is exercised.
  const necessary = request.times(item.needTenths).div(10).minus('0.37');
  return applicant(`a${index}.json`, {
    subsidyRequested: request,
    state: item.state,
    additionality: item.state === 'additional',
    npv: new Dec(item.state === 'not-viable' ? -item.npv - 1 : item.npv),
    npvWithoutSubsidies: new Dec(item.state === 'deadweight' ? item.npv : -1),
    necessaryAward:
      item.state === 'not-viable'
        ? null
        : item.state === 'deadweight' || !request.gt(0)
          ? new Dec(0)
          : Dec.max(new Dec('0.01'), necessary),
    fundingGapRate: new Dec(item.fundingGapTenths).div(10),
    eligibleCost: new Dec(item.eligible * 1000),
    // A flagged claim (subsidy above half the investment) for the flag to be tried too.
    capex: new Dec(item.flagged ? Math.max(1, item.request * 1000) : 100_000_000),
  });
}

/** The README's rules, literally: what an applicant would get and what it would add. */
function ruleOf(
  a: Applicant,
  objective: Objective,
  cap: AwardCap,
  flagged: boolean,
  score: Decimal,
) {
  const award =
    cap === 'none'
      ? a.subsidyRequested
      : cap === 'necessary'
        ? Dec.min(a.subsidyRequested, a.necessaryAward ?? a.subsidyRequested)
        : Dec.min(
            a.subsidyRequested,
            a.fundingGapRate !== null && a.fundingGapRate.gt(0)
              ? a.eligibleCost.times(a.fundingGapRate)
              : new Dec(0),
          );
  const caused =
    a.state === 'additional' && a.necessaryAward !== null && award.gte(a.necessaryAward);
  const fundable =
    a.state !== 'not-viable' && !flagged && award.gt(0) && (objective !== 'caused' || caused);
  const value = objective === 'score' ? score : a.npv;
  return { award, fundable: fundable && value.gt(0), value };
}

describe('every objective and award cap against brute force', () => {
  it.each(OBJECTIVES.flatMap((objective) => AWARD_CAPS.map((cap) => [objective, cap] as const)))(
    'maximises %s with awards capped at %s, never funding a project that is not viable',
    (objective, cap) => {
      fc.assert(
        fc.property(
          fc.array(small, { minLength: 1, maxLength: 7 }),
          fc.integer({ min: 0, max: 30 }),
          (items, thousands) => {
            const applicants = items.map(asApplicant);
            const budget = new Dec(thousands * 1000);
            const comparison = compareApplicants(
              applicants,
              DEFAULT_SETTINGS,
              request(budget, { objective, cap }),
            );
            const allocation = comparison.allocation;
            if (allocation === null) throw new Error('expected an allocation');
            const rules = comparison.ranking.map((row) => ({
              id: row.applicant.file,
              applicant: row.applicant,
              ...ruleOf(row.applicant, objective, cap, row.flags.length > 0, row.score.total),
            }));

            let best = new Dec(0);
            for (let mask = 0; mask < 1 << rules.length; mask += 1) {
              const chosen = rules.filter((_, bit) => mask & (1 << bit));
              if (chosen.some((rule) => !rule.fundable)) continue;
              // Awards are searched in whole yuan, rounded up (README, "Budget allocation").
              const cost = chosen.reduce((sum, rule) => sum.plus(rule.award.ceil()), new Dec(0));
              if (cost.gt(budget.floor())) continue;
              const value = chosen.reduce((sum, rule) => sum.plus(rule.value), new Dec(0));
              if (value.gt(best)) best = value;
            }
            expect(allocation.totalValue.toString()).toBe(best.toString());

            const byId = new Map(rules.map((rule) => [rule.id, rule]));
            let deadweight = new Dec(0);
            for (const award of allocation.selected) {
              const rule = byId.get(award.id);
              expect(rule?.fundable, award.id).toBe(true);
              expect(rule?.applicant.state).not.toBe('not-viable');
              expect(award.award.toString()).toBe(rule?.award.toString());
              if (rule?.applicant.state === 'deadweight') deadweight = deadweight.plus(award.award);
            }
            expect(allocation.totalAward.lte(budget)).toBe(true);
            expect(comparison.outcome?.deadweightSubsidy.toString()).toBe(deadweight.toString());
          },
        ),
        { numRuns: 150 },
      );
    },
  );
});
