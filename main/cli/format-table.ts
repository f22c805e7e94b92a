import type Decimal from 'decimal.js';
import type { Evaluation } from '../../shared/model';
import { money, percent, ratio, years } from './display';
import { shown } from './shown';

/** `--format table`: the metrics and a yearly summary, rounded for reading. */
export function formatTable(evaluation: Evaluation<Decimal>, scenarioName: string): string {
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

  const metricRows: [string, string][] = [
    ['Net present value (NPV)', money(m.npv)],
    ['Internal rate of return (IRR)', orNone(m.irr, percent) + irrNote(m.irrStatus.project)],
    ['Modified IRR (MIRR)', orNone(m.mirr, percent)],
    ['Payback', orNotWithin(m.paybackYears, years)],
    ['Discounted payback', orNotWithin(m.discountedPaybackYears, years)],
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
    ['Public money per unit of NPV', orNone(m.publicMoneyPerNpv, ratio)],
    ['Own investment per unit of subsidy', orNone(m.privateInvestmentPerSubsidy, ratio)],
    ['Equity NPV', money(m.equityNpv)],
    ['Equity IRR', orNone(m.equityIrr, percent) + irrNote(m.irrStatus.equity)],
    ['Minimum DSCR', orNone(m.minDscr, ratio)],
    ['Average DSCR', orNone(m.averageDscr, ratio)],
    ['Nominal discount rate', percent(m.discountRateNominal)],
  ];
  const labelWidth = Math.max(...metricRows.map(([label]) => label.length));
  const valueWidth = Math.max(...metricRows.map(([, value]) => value.length));

  const columns: [string, readonly Decimal[]][] = [
    ['Savings', p.savingsTotal],
    ['Running costs', p.runningCostsTotal],
    ['Investment', p.capexTotal],
    ['Subsidies', p.subsidiesTotal],
    ['Tax', p.tax.tax],
    ['Net cash flow', p.projectNetCashFlow],
    ['Cumulative', p.cumulativeProjectNetCashFlow],
    ['Discounted', p.discountedProjectNetCashFlow],
    ['Cum. discounted', p.cumulativeDiscountedProjectNetCashFlow],
  ];
  if (inputs.financing.loans.length > 0) columns.push(['Equity flow', p.equityNetCashFlow]);
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
    `Yearly projection (${inputs.project.currency}; flows at year ends, year ${first} undiscounted)`,
    line(header),
    ...body.map(line),
    '',
  ].join('\n');
}
