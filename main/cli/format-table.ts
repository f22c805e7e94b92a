import type Decimal from 'decimal.js';
import type { Evaluation, ScenarioWarning } from '../../shared/model';
import { money, percent, ratio, years } from './display';
import { shown } from './shown';

/** `--format table`: the metrics, the plausibility warnings and a yearly summary, rounded for reading. */
export function formatTable(
  evaluation: Evaluation<Decimal>,
  scenarioName: string,
  warnings: readonly ScenarioWarning[] = [],
): string {
  const { metrics: m, projection: p, inputs } = evaluation;
  const horizon = p.horizonYears;
  const first = p.calendarYears[0] ?? inputs.project.startYear;
  const last = p.calendarYears[horizon] ?? first + horizon;
  const basis = inputs.parameters.discountRate.basis;
  const none = (text: string) => (value: Decimal | null, show: (value: Decimal) => string) =>
    value === null ? text : show(value);
  const orNone = none('none');
  const orNotWithin = none(`not within ${horizon} years`);
  const irrNote = (status: string) => (status === 'multiple' ? ' (may not be unique)' : '');

  const hasTerminalValue = !m.terminalValuePresentValue.isZero();
  const hasLoans = inputs.financing.loans.length > 0;
  const fromConstructionStart = p.conventions.paybackFromConstructionStart
    ? ' (from the start of construction)'
    : '';
  const relapse = (relapses: boolean) => (relapses ? ', then below zero again' : '');
  const metricRows: [string, string][] = [
    ['Net present value (NPV)', money(m.npv)],
    ...(hasTerminalValue
      ? ([
          ['NPV without terminal value', money(m.npvWithoutTerminalValue)],
          ['Terminal value, present value', money(m.terminalValuePresentValue)],
        ] as [string, string][])
      : []),
    ['Internal rate of return (IRR)', orNone(m.irr, percent) + irrNote(m.irrStatus.project)],
    ['NPV before income tax', money(m.npvBeforeTax)],
    ['IRR before income tax', orNone(m.irrBeforeTax, percent) + irrNote(m.irrStatus.beforeTax)],
    ['Modified IRR (MIRR)', orNone(m.mirr, percent)],
    [
      `Payback${fromConstructionStart}`,
      orNotWithin(m.paybackYears, years) + relapse(m.paybackRelapses),
    ],
    [
      `Discounted payback${fromConstructionStart}`,
      orNotWithin(m.discountedPaybackYears, years) + relapse(m.discountedPaybackRelapses),
    ],
    ['Profitability index', orNone(m.profitabilityIndex, ratio)],
    ['Benefit-cost ratio', orNone(m.benefitCostRatio, ratio)],
    ['Return on investment (ROI)', orNone(m.roi, percent)],
    ['NPV without subsidies', money(m.npvWithoutSubsidies)],
    [
      'IRR without subsidies',
      orNone(m.irrWithoutSubsidies, percent) + irrNote(m.irrStatus.withoutSubsidies),
    ],
    ['Subsidies received', money(m.subsidyTotal)],
    ['Subsidies, present value', money(m.subsidyPresentValue)],
    ['Pays off only with subsidies', m.additionality ? 'yes' : 'no'],
    ['Funding-gap rate (EU)', orNone(m.fundingGapRate, percent)],
    ['  discounted at (EU funding gap)', percent(m.fundingGapDiscountRate)],
    ['  FNPV(C), on investment', money(m.fnpvC)],
    ['  FRR(C), on investment', orNone(m.frrC, percent) + irrNote(m.irrStatus.onInvestment)],
    ['  FNPV(K), on own capital', money(m.fnpvK)],
    ['  FRR(K), on own capital', orNone(m.frrK, percent)],
    ['  Eligible cost', money(m.eligibleCost)],
    ['  Maximum grant (eligible cost × gap rate)', orNone(m.maxGrant, money)],
    ['Public money per unit of NPV', orNone(m.publicMoneyPerNpv, ratio)],
    ['Own investment per unit of subsidy', orNone(m.privateInvestmentPerSubsidy, ratio)],
    ['Equity NPV', money(m.equityNpv)],
    ['Equity IRR', orNone(m.equityIrr, percent) + irrNote(m.irrStatus.equity)],
    ...(hasLoans
      ? ([
          ['Equity NPV without subsidies', money(m.equityNpvWithoutSubsidies)],
          ['Equity pays off only with subsidies', m.equityAdditionality ? 'yes' : 'no'],
        ] as [string, string][])
      : []),
    ['Minimum DSCR', orNone(m.minDscr, ratio)],
    ['Average DSCR', orNone(m.averageDscr, ratio)],
    ['Nominal discount rate', percent(m.discountRateNominal)],
  ];
  const labelWidth = Math.max(...metricRows.map(([label]) => label.length));
  const valueWidth = Math.max(...metricRows.map(([, value]) => value.length));

  const anyOf = (values: readonly Decimal[]) => values.some((value) => !value.isZero());
  const inputVat = p.inputVatRecovered.map((value, year) =>
    value.minus(p.inputVatPaid[year] as Decimal),
  );
  const optional: [string, readonly Decimal[]][] = [
    ['Working capital', p.workingCapitalTotal],
    ['Input VAT', inputVat],
    ['Terminal value', p.terminalValue],
  ];
  const columns: [string, readonly Decimal[]][] = [
    ['Savings', p.savingsTotal],
    ['Running costs', p.runningCostsTotal],
    ['Investment', p.capexTotal],
    ...optional.filter(([, values]) => anyOf(values)),
    ['Subsidies', p.subsidiesTotal],
    [inputs.tax.payment === 'following-year' ? 'Tax paid' : 'Tax', p.taxPaid],
    ['Net cash flow', p.projectNetCashFlow],
    ['Cumulative', p.cumulativeProjectNetCashFlow],
    ['Discounted', p.discountedProjectNetCashFlow],
    ['Cum. discounted', p.cumulativeDiscountedProjectNetCashFlow],
  ];
  if (anyOf(p.interestSubsidy)) columns.push(['Interest subsidy', p.interestSubsidy]);
  if (hasLoans) columns.push(['Equity flow', p.equityNetCashFlow]);
  const header = ['Year', ...columns.map(([label]) => label)];
  const body = p.years.map((year) => [
    String(p.calendarYears[year] ?? year),
    ...columns.map(([, values]) => money(values[year] as Decimal)),
  ]);
  const widths = header.map((label, index) =>
    Math.max(label.length, ...body.map((row) => (row[index] ?? '').length)),
  );
  const line = (cells: readonly string[]) =>
    cells.map((cell, index) => cell.padStart(widths[index] ?? 0)).join('  ');

  return [
    shown`${inputs.project.name} — scenario "${scenarioName}"`,
    `${inputs.project.currency}, ${horizon} operating years after the investment year (${first}–${last}), discount rate ${percent(
      inputs.parameters.discountRate.rate,
    )} ${basis}`,
    '',
    'Metrics',
    ...metricRows.map(
      ([label, value]) => `  ${label.padEnd(labelWidth)}  ${value.padStart(valueWidth)}`,
    ),
    '',
    ...(warnings.length === 0
      ? []
      : [
          `Plausibility warnings (${warnings.length})`,
          ...warnings.flatMap((warning) => [
            shown`  ! ${warning.code}: ${warning.message}`,
            shown`    plausible: ${warning.advice}`,
          ]),
          '',
        ]),
    `Yearly projection (${inputs.project.currency}; flows at year ends, year ${first} undiscounted)`,
    line(header),
    ...body.map(line),
    '',
  ].join('\n');
}
