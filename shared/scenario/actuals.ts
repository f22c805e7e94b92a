import { z } from 'zod';
import { amount, id, note, SIGNED_AMOUNT_PATTERN, yearIndex } from './fields';
import { issue, type IssuePath, type ValidationIssue } from './issues';

/*
 * The actuals section (format version 3, optional): what really happened after the investment,
 * year by year, for each planned line. It belongs to the file, not to a scenario — the named
 * scenarios are alternative plans, the actuals one history — so overrides cannot touch it and a
 * selected scenario does not carry it (`baseOf`).
 *
 * A reported year states what happened on every line: a planned line the year does not list
 * happened to be zero that year (no saving, no payment). Only the tax paid may be left out, and
 * then the plan vs actual of shared/model/actuals.ts computes it from the actual flows. A partial
 * year (`months` 1–11, the last year reported) holds the first months of the year.
 */

const actualLine = z.strictObject({
  id: id('Id of the planned line (an effect, a running cost, an investment item or a subsidy).'),
  amount: amount('What really happened on this line in the months reported, nominal.'),
});

const actualLines = (description: string) => z.array(actualLine).max(1000).meta({ description });

const actualYear = z.strictObject({
  year: yearIndex('Year reported.'),
  months: z.optional(
    z.int().min(1).max(11).meta({
      description:
        'A partial year: the first months of the year reported (1 to 11). Absent: the whole year. Only the last year reported may be partial.',
    }),
  ),
  savings: actualLines('Savings achieved, per effect.'),
  runningCosts: actualLines('Running costs paid, per running cost.'),
  capex: actualLines('Investment paid, per investment item.'),
  subsidies: actualLines('Subsidies received, per subsidy.'),
  taxPaid: z.optional(
    z.string().regex(SIGNED_AMOUNT_PATTERN).meta({
      description:
        'Income tax the project paid in the months reported, negative when it lowered the company\'s tax (absent: computed from the actual flows). Decimal string, e.g. "-40000" or "236000.50".',
    }),
  ),
  notes: z.optional(note('Free notes, e.g. the source of the figures.')),
});

export const actualsSection = z
  .strictObject({
    years: z.array(actualYear).min(1).max(41).meta({
      description:
        'The years reported, in increasing order. A planned line a year does not list was zero that year.',
    }),
  })
  .meta({
    description:
      'What really happened after the investment, per year and line, against the plan of the base scenario.',
  });

export type ActualsSection = z.output<typeof actualsSection>;
export type ActualYear = ActualsSection['years'][number];
export type ActualLine = ActualYear['savings'][number];

/** The lists of a reported year and the planned lists whose ids they name. */
export const ACTUAL_LINE_LISTS = ['savings', 'runningCosts', 'capex', 'subsidies'] as const;
export type ActualLineList = (typeof ACTUAL_LINE_LISTS)[number];

export const PLANNED_LIST_OF: Readonly<
  Record<ActualLineList, 'effects' | 'runningCosts' | 'capex' | 'subsidies'>
> = {
  savings: 'effects',
  runningCosts: 'runningCosts',
  capex: 'capex',
  subsidies: 'subsidies',
};

/** What the rules need of the file: its horizon and the ids of each planned list. */
export interface ActualsContext {
  readonly actuals?: ActualsSection | undefined;
  readonly project: { readonly horizonYears: number };
  readonly effects: readonly { readonly id: string }[];
  readonly runningCosts: readonly { readonly id: string }[];
  readonly capex: readonly { readonly id: string }[];
  readonly subsidies: readonly { readonly id: string }[];
}

/**
 * Years within the horizon, increasing, a partial year only last; each line names an item of its
 * planned list, once per year.
 */
export function actualsIssues(file: ActualsContext): ValidationIssue[] {
  const found: ValidationIssue[] = [];
  const actuals = file.actuals;
  if (actuals === undefined) return found;
  const horizon = file.project.horizonYears;
  const last = actuals.years.length - 1;
  actuals.years.forEach((reported, index) => {
    const at: IssuePath = ['actuals', 'years', index];
    const previous = actuals.years[index - 1];
    if (reported.year > horizon) {
      found.push(
        issue(
          [...at, 'year'],
          'year_beyond_horizon',
          `year ${reported.year} is beyond the ${horizon}-year horizon`,
          { year: reported.year, horizon },
        ),
      );
    }
    if (previous !== undefined && reported.year <= previous.year) {
      found.push(
        issue(
          [...at, 'year'],
          'schedule_years_not_increasing',
          `year ${reported.year} must come after year ${previous.year}`,
          { year: reported.year, previous: previous.year },
        ),
      );
    }
    if (reported.months !== undefined && index !== last) {
      found.push(
        issue(
          [...at, 'months'],
          'partial_year_not_last',
          `year ${reported.year} is partial (${reported.months} months) but later years are reported: only the last year reported may be partial`,
          { year: reported.year, months: reported.months },
        ),
      );
    }
    for (const list of ACTUAL_LINE_LISTS) {
      const planned = new Set(file[PLANNED_LIST_OF[list]].map((item) => item.id));
      const seen = new Set<string>();
      reported[list].forEach((line, lineIndex) => {
        const here: IssuePath = [...at, list, lineIndex, 'id'];
        if (!planned.has(line.id)) {
          found.push(
            issue(
              here,
              'unknown_actual_line',
              `"${line.id}" is not an item of ${PLANNED_LIST_OF[list]} in the plan`,
              { id: line.id, list: PLANNED_LIST_OF[list] },
            ),
          );
        } else if (seen.has(line.id)) {
          found.push(
            issue(here, 'duplicate_actual_line', `"${line.id}" is already reported in this year`, {
              id: line.id,
            }),
          );
        }
        seen.add(line.id);
      });
    }
  });
  return found;
}
