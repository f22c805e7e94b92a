import type Decimal from 'decimal.js';
import { METRIC_CATALOGUE, type Evaluation, type ScenarioWarning } from '../../shared/model';
import { money, percent, ratio, years } from './display';
import { shown } from './shown';
import { textGrid } from './text-grid';

type Catalogued = keyof typeof METRIC_CATALOGUE;

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
  const label = (key: Catalogued) => METRIC_CATALOGUE[key].label;
  // The EU funding gap's parts, under its rate.
  const under = (key: Catalogued) => `  ${label(key)}`;
  /** A metric written as its kind says (shared/model/metric-catalogue.ts). */
  const value = (key: Catalogued): string => {
    const figure = m[key];
    if (typeof figure === 'boolean') return figure ? 'yes' : 'no';
    switch (METRIC_CATALOGUE[key].kind) {
      case 'amount':
        return orNone(figure, money);
      case 'rate':
      case 'share':
        return orNone(figure, percent);
      case 'years':
        return orNotWithin(figure, years);
      default:
        return orNone(figure, ratio);
    }
  };
  /** A metric's line: its name and value, and a note after the value. */
  const row = (key: Catalogued, note = ''): [string, string] => [label(key), value(key) + note];
  const part = (key: Catalogued, note = ''): [string, string] => [under(key), value(key) + note];
  const relapse = (relapses: boolean) => (relapses ? ', then below zero again' : '');
  const metricRows: [string, string][] = [
    row('npv'),
    ...(hasTerminalValue
      ? ([row('npvWithoutTerminalValue'), row('terminalValuePresentValue')] as [string, string][])
      : []),
    row('irr', irrNote(m.irrStatus.project)),
    row('npvBeforeTax'),
    row('irrBeforeTax', irrNote(m.irrStatus.beforeTax)),
    row('mirr'),
    [
      `${label('paybackYears')}${fromConstructionStart}`,
      value('paybackYears') + relapse(m.paybackRelapses),
    ],
    [
      `${label('discountedPaybackYears')}${fromConstructionStart}`,
      value('discountedPaybackYears') + relapse(m.discountedPaybackRelapses),
    ],
    row('profitabilityIndex'),
    row('benefitCostRatio'),
    row('roi'),
    row('npvWithoutSubsidies'),
    row('irrWithoutSubsidies', irrNote(m.irrStatus.withoutSubsidies)),
    row('subsidyTotal'),
    row('subsidyPresentValue'),
    row('additionality'),
    row('fundingGapRate'),
    part('fundingGapDiscountRate'),
    part('fnpvC'),
    part('frrC', irrNote(m.irrStatus.onInvestment)),
    part('fnpvK'),
    part('frrK'),
    part('eligibleCost'),
    part('maxGrant'),
    row('publicMoneyPerNpv'),
    row('privateInvestmentPerSubsidy'),
    row('equityNpv'),
    row('equityIrr', irrNote(m.irrStatus.equity)),
    ...(hasLoans
      ? ([row('equityNpvWithoutSubsidies'), row('equityAdditionality')] as [string, string][])
      : []),
    row('minDscr'),
    row('averageDscr'),
    row('discountRateNominal'),
  ];

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

  return [
    shown`${inputs.project.name} — scenario "${scenarioName}"`,
    `${inputs.project.currency}, ${horizon} operating years after the investment year (${first}–${last}), discount rate ${percent(
      inputs.parameters.discountRate.rate,
    )} ${basis}`,
    '',
    'Metrics',
    ...textGrid(null, metricRows).map((line) => `  ${line}`),
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
    ...textGrid(header, body, new Set()),
    '',
  ].join('\n');
}
