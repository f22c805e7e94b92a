import { Dec } from '../finance/decimal';
import { issue, type IssuePath, type ValidationIssue } from './issues';
import { feasibilityIssues } from './rules-feasibility';
import type { ScenarioFile, YearShare } from './schema';

/**
 * Rules that involve more than one field, run once the structure is valid. Each returns issues
 * at the most specific field a person would have to change.
 */
export function crossFieldIssues(file: ScenarioFile): ValidationIssue[] {
  const found: ValidationIssue[] = [];
  const horizon = file.project.horizonYears;

  checkUniqueIds(file, found);

  const baselineValues = new Map<string, string | undefined>([
    ['productionCost', file.baseline.productionCost],
    ['inspectionLabourCost', file.baseline.inspectionLabourCost],
    ['revenue', file.baseline.revenue],
  ]);
  for (const line of file.baseline.otherCosts) baselineValues.set(line.id, line.amount);

  file.capex.forEach((item, index) => {
    const at: IssuePath = ['capex', index];
    checkSchedule(item.payments, [...at, 'payments'], horizon, found);
    const lastPayment = item.payments[item.payments.length - 1]?.year ?? 0;
    if (lastPayment >= horizon) {
      found.push(
        issue(
          [...at, 'payments'],
          'capex_never_in_service',
          `is paid in year ${lastPayment}, so the item never enters service within the ${horizon}-year horizon`,
          {
            year: lastPayment,
            horizon,
          },
        ),
      );
    }
    if (new Dec(item.depreciation.salvage).gt(item.amount)) {
      found.push(
        issue(
          [...at, 'depreciation', 'salvage'],
          'salvage_exceeds_cost',
          `salvage ${item.depreciation.salvage} exceeds the cost ${item.amount}`,
          {
            salvage: item.depreciation.salvage,
            cost: item.amount,
          },
        ),
      );
    }
    const isDeclining = item.depreciation.method === 'declining-balance';
    if (isDeclining && item.depreciation.factor === undefined) {
      found.push(
        issue(
          [...at, 'depreciation', 'factor'],
          'factor_required',
          'is required for the declining-balance method',
        ),
      );
    }
    if (!isDeclining && item.depreciation.factor !== undefined) {
      found.push(
        issue(
          [...at, 'depreciation', 'factor'],
          'factor_not_applicable',
          `applies only to the declining-balance method, not ${item.depreciation.method}`,
          {
            method: item.depreciation.method,
          },
        ),
      );
    }
  });

  const checkBaselineLine = (line: string, at: IssuePath): void => {
    if (!baselineValues.has(line)) {
      found.push(
        issue(
          [...at, 'baselineLine'],
          'unknown_baseline_line',
          `"${line}" is not a baseline line`,
          {
            line,
          },
        ),
      );
    } else if (baselineValues.get(line) === undefined) {
      found.push(
        issue(
          [...at, 'baselineLine'],
          'baseline_line_missing',
          `refers to baseline.${line}, which has no amount`,
          { line },
        ),
      );
    }
  };

  file.effects.forEach((effect, index) => {
    const at: IssuePath = ['effects', index];
    checkYearRange(effect.startYear, effect.endYear, at, horizon, found);
    checkSeries(effect, at, horizon, found);
    if (effect.basis !== 'amount') checkBaselineLine(effect.baselineLine, at);
    if (
      effect.basis === 'defect-detection' &&
      !new Dec(effect.detectionAfter).gt(effect.detectionBefore)
    ) {
      found.push(
        issue(
          [...at, 'detectionAfter'],
          'detection_not_improved',
          `must be above detectionBefore (${effect.detectionBefore})`,
          {
            before: effect.detectionBefore,
            after: effect.detectionAfter,
          },
        ),
      );
    }
  });

  file.runningCosts.forEach((cost, index) => {
    checkYearRange(cost.startYear, cost.endYear, ['runningCosts', index], horizon, found);
    checkSeries(cost, ['runningCosts', index], horizon, found);
  });

  file.workingCapital?.forEach((line, index) => {
    const at: IssuePath = ['workingCapital', index];
    checkSchedule(line.timing, [...at, 'timing'], horizon, found);
    if (line.basis !== 'amount') checkBaselineLine(line.baselineLine, at);
  });

  const loans = new Map(file.financing.loans.map((loan) => [loan.id, loan]));
  file.financing.loans.forEach((loan, index) => {
    const at: IssuePath = ['financing', 'loans', index];
    if (loan.graceYears >= loan.termYears) {
      found.push(
        issue(
          [...at, 'graceYears'],
          'grace_not_less_than_term',
          `must be less than the term (${loan.termYears} years)`,
          {
            grace: loan.graceYears,
            term: loan.termYears,
          },
        ),
      );
    }
    if (loan.drawdownYear + loan.termYears > horizon) {
      found.push(
        issue(
          [...at, 'termYears'],
          'loan_beyond_horizon',
          `a loan drawn in year ${loan.drawdownYear} with a ${loan.termYears}-year term ends after the ${horizon}-year horizon`,
          {
            drawdownYear: loan.drawdownYear,
            term: loan.termYears,
            horizon,
          },
        ),
      );
    }
  });

  const hasGrantEligibleCapex = file.capex.some(
    (item) => item.eligibility.grants && !new Dec(item.amount).isZero(),
  );
  file.subsidies.forEach((subsidy, index) => {
    const at: IssuePath = ['subsidies', index];
    if (subsidy.type === 'interest-subsidy') {
      const loan = loans.get(subsidy.loanId);
      if (loan === undefined) {
        found.push(
          issue([...at, 'loanId'], 'unknown_loan', `no loan has the id "${subsidy.loanId}"`, {
            loanId: subsidy.loanId,
          }),
        );
        return;
      }
      if (subsidy.years > loan.termYears) {
        found.push(
          issue(
            [...at, 'years'],
            'subsidy_years_exceed_term',
            `exceeds the term of loan "${loan.id}" (${loan.termYears} years)`,
            {
              years: subsidy.years,
              term: loan.termYears,
            },
          ),
        );
      }
      if (new Dec(subsidy.ratePoints).gt(loan.rate)) {
        found.push(
          issue(
            [...at, 'ratePoints'],
            'interest_subsidy_exceeds_rate',
            `exceeds the interest rate of loan "${loan.id}" (${loan.rate})`,
            {
              ratePoints: subsidy.ratePoints,
              loanRate: loan.rate,
            },
          ),
        );
      }
      return;
    }
    checkSchedule(subsidy.disbursement, [...at, 'disbursement'], horizon, found);
    if (subsidy.type !== 'capex-grant') return;
    if (!hasGrantEligibleCapex) {
      found.push(
        issue(
          [...at, 'rate'],
          'grant_without_eligible_capex',
          'no investment item is eligible for grants, so the grant would be zero',
        ),
      );
    }
    // Enterprise Income Tax Law Implementation Regulations, Art. 28, and Caishui [2011] No. 70:
    // spending funded by non-taxable fiscal funds is not deductible. A grant is counted once.
    if (!subsidy.taxable && !subsidy.reducesDepreciableBase) {
      found.push(
        issue(
          [...at, 'reducesDepreciableBase'],
          'untaxed_grant_keeps_base',
          'a grant that is not taxable is non-taxable fiscal funds, whose spending is not deductible (Caishui [2011] No. 70; Implementation Regulations of the Enterprise Income Tax Law, Art. 28): it must reduce the depreciable base',
        ),
      );
    } else if (subsidy.taxable && subsidy.reducesDepreciableBase) {
      found.push(
        issue(
          [...at, 'reducesDepreciableBase'],
          'taxed_grant_reduces_base',
          'a taxable grant is taxed when received, so the items it funds keep their full depreciable base; reducing it too would count the grant twice',
        ),
      );
    }
  });

  checkTerminalValue(file, found);
  feasibilityIssues(file, found);
  const surcharges = file.tax.surcharges;
  if (surcharges !== undefined)
    checkYearRange(
      surcharges.startYear ?? 1,
      surcharges.endYear,
      ['tax', 'surcharges'],
      horizon,
      found,
    );

  const preferential = file.tax.preferential;
  if (preferential?.type === 'small-low-profit') {
    preferential.bands.forEach((band, index) => {
      const previous = index === 0 ? new Dec(0) : new Dec(preferential.bands[index - 1]?.upTo ?? 0);
      if (!new Dec(band.upTo).gt(previous)) {
        found.push(
          issue(
            ['tax', 'preferential', 'bands', index, 'upTo'],
            'bands_not_increasing',
            `must be above the previous band's limit (${previous.toString()})`,
            {
              upTo: band.upTo,
              previous: previous.toString(),
            },
          ),
        );
      }
    });
  }

  const names = new Set<string>();
  file.scenarios.forEach((scenario, index) => {
    const at: IssuePath = ['scenarios', index, 'name'];
    if (scenario.name === 'base') {
      found.push(
        issue(at, 'reserved_scenario_name', '"base" is the shared base and cannot name a scenario'),
      );
    } else if (names.has(scenario.name)) {
      found.push(
        issue(
          at,
          'duplicate_scenario_name',
          `another scenario is already named "${scenario.name}"`,
          { name: scenario.name },
        ),
      );
    }
    names.add(scenario.name);
  });

  return found;
}

/** Ids are unique across every list, so a path or a tax base names exactly one thing. */
function checkUniqueIds(file: ScenarioFile, found: ValidationIssue[]): void {
  const seen = new Map<string, string>();
  const lists: [IssuePath, readonly { id: string }[]][] = [
    [['baseline', 'otherCosts'], file.baseline.otherCosts],
    [['capex'], file.capex],
    [['effects'], file.effects],
    [['runningCosts'], file.runningCosts],
    [['workingCapital'], file.workingCapital ?? []],
    [['subsidies'], file.subsidies],
    [['financing', 'loans'], file.financing.loans],
  ];
  for (const [at, items] of lists) {
    items.forEach((item, index) => {
      const here = [...at, index].join('.');
      const first = seen.get(item.id);
      if (first !== undefined) {
        found.push(
          issue([...at, index, 'id'], 'duplicate_id', `"${item.id}" is already used by ${first}`, {
            id: item.id,
            first,
          }),
        );
      } else {
        seen.set(item.id, here);
      }
    });
  }
}

function checkSchedule(
  parts: readonly YearShare[],
  at: IssuePath,
  horizon: number,
  found: ValidationIssue[],
): void {
  let sum = new Dec(0);
  parts.forEach((part, index) => {
    sum = sum.plus(part.share);
    if (part.year > horizon) {
      found.push(
        issue(
          [...at, index, 'year'],
          'year_beyond_horizon',
          `year ${part.year} is beyond the ${horizon}-year horizon`,
          {
            year: part.year,
            horizon,
          },
        ),
      );
    }
    const previous = parts[index - 1];
    if (previous !== undefined && part.year <= previous.year) {
      found.push(
        issue(
          [...at, index, 'year'],
          'schedule_years_not_increasing',
          `must come after year ${previous.year}`,
          { year: part.year, previous: previous.year },
        ),
      );
    }
  });
  if (!sum.eq(1)) {
    found.push(
      issue(at, 'schedule_shares_not_one', `shares add up to ${sum.toString()}, not 1`, {
        sum: sum.toString(),
      }),
    );
  }
}

function checkYearRange(
  start: number,
  end: number | undefined,
  at: IssuePath,
  horizon: number,
  found: ValidationIssue[],
): void {
  if (start > horizon) {
    found.push(
      issue(
        [...at, 'startYear'],
        'year_beyond_horizon',
        `year ${start} is beyond the ${horizon}-year horizon`,
        { year: start, horizon },
      ),
    );
  }
  if (end === undefined) return;
  if (end < start) {
    found.push(
      issue([...at, 'endYear'], 'end_before_start', `must not be before startYear (${start})`, {
        start,
        end,
      }),
    );
  } else if (end > horizon) {
    found.push(
      issue(
        [...at, 'endYear'],
        'year_beyond_horizon',
        `year ${end} is beyond the ${horizon}-year horizon`,
        { year: end, horizon },
      ),
    );
  }
}

/** A yearly series gives the amounts of the line's own years: from its start year to its end. */
function checkSeries(
  line: {
    readonly series?: readonly string[] | undefined;
    readonly startYear: number;
    readonly endYear?: number | undefined;
  },
  at: IssuePath,
  horizon: number,
  found: ValidationIssue[],
): void {
  if (line.series === undefined) return;
  const end = Math.min(line.endYear ?? horizon, horizon);
  const last = line.startYear + line.series.length - 1;
  if (last > end) {
    found.push(
      issue(
        [...at, 'series'],
        'series_beyond_end',
        `has ${line.series.length} yearly values from year ${line.startYear}, so it runs to year ${last}, after the last year of the line (${end})`,
        { count: line.series.length, start: line.startYear, last, end },
      ),
    );
  }
}

/**
 * A terminal value is a growing perpetuity: it needs growth below the discount rate (else the
 * sum does not converge), and it already values everything after the horizon, so residual values
 * and a disposal at the horizon would count that value a second time.
 */
function checkTerminalValue(file: ScenarioFile, found: ValidationIssue[]): void {
  const terminal = file.parameters.terminalValue;
  if (terminal === undefined) return;
  const { rate, basis } = file.parameters.discountRate;
  const nominal =
    basis === 'nominal'
      ? new Dec(rate)
      : new Dec(rate).plus(1).times(new Dec(file.parameters.inflation).plus(1)).minus(1);
  if (!new Dec(terminal.growth).lt(nominal)) {
    found.push(
      issue(
        ['parameters', 'terminalValue', 'growth'],
        'terminal_growth_not_below_rate',
        `must be below the nominal discount rate (${nominal.toString()}), or the perpetuity has no value`,
        { growth: terminal.growth, rate: nominal.toString() },
      ),
    );
  }
  if (file.capex.some((item) => !new Dec(item.residualValue).isZero())) {
    found.push(
      issue(
        ['parameters', 'terminalValue'],
        'terminal_value_with_residual_value',
        'values the project after the horizon, as the residual values of the investment items do: set them to 0 or remove the terminal value',
      ),
    );
  }
  if (file.tax.disposalAtHorizon === true) {
    found.push(
      issue(
        ['parameters', 'terminalValue'],
        'terminal_value_with_disposal',
        'assumes the project goes on after the horizon, so its items are not disposed of then: turn off the disposal at the horizon or remove the terminal value',
      ),
    );
  }
}
