import type { Loan, Scenario } from '../../shared/scenario';
import { baseScenario, capex, saving } from './scenarios';

/*
 * The textbook case of interest during construction (《建设工程计价》, 全国一级造价工程师职业资格考试
 * 培训教材): a loan drawn evenly within each of three construction years — 300, 600 and 400 万元 —
 * at 12 % a year, interest accrued and rolled into the loan. Here in yuan, for a plant of 2,000 万元
 * paid 30 / 40 / 30 % in years 0–2 that enters service in year 3 and saves 800 万元 a year; the
 * loan is repaid in equal principal over the five years after a three-year grace. The model's
 * tests and the statements' tests derive their expectations from this one case.
 */

/** The case's loan, with `changes` (a field or two) applied. */
export function constructionLoan(changes: Partial<Loan> = {}): Loan {
  return {
    id: 'loan',
    name: 'Construction loan',
    amount: '13000000',
    rate: '0.12',
    termYears: 8,
    graceYears: 3,
    repayment: 'equal-principal',
    drawdownYear: 0,
    ...changes,
  };
}

/** The whole case, its loan changed by `changes`. */
export function textbookConstructionLoan(changes: Partial<Loan> = {}): Scenario {
  return baseScenario({
    project: { name: 'Textbook', currency: 'CNY', startYear: 2026, horizonYears: 10 },
    capex: [
      capex('plant', '20000000', {
        payments: [
          { year: 0, share: '0.3' },
          { year: 1, share: '0.4' },
          { year: 2, share: '0.3' },
        ],
        depreciation: { method: 'straight-line', lifeYears: 10, salvage: '0' },
      }),
    ],
    effects: [saving('output', '8000000', { startYear: 3 })],
    financing: {
      loans: [
        constructionLoan({
          draws: [
            { year: 0, amount: '3000000' },
            { year: 1, amount: '6000000' },
            { year: 2, amount: '4000000' },
          ],
          drawTiming: 'mid-year',
          finances: ['plant'],
          constructionInterest: 'rolled-into-loan',
          ...changes,
        }),
      ],
    },
  });
}
