import type Decimal from 'decimal.js';
import type { AmountScale } from '../../shared/i18n/amount-scale';
import type { Locale } from '../../shared/i18n/locale';
import { cliTableTexts } from '../../shared/i18n/catalogue/cli-table';
import { metricTexts } from '../../shared/i18n/catalogue/metrics';
import { fill } from '../../shared/i18n/texts';
import { warningText } from '../../shared/model/warning-text';
import type { Evaluation, ScenarioWarning } from '../../shared/model';
import { ratio, readable } from './display';
import { shown } from './shown';
import { textGrid } from './text-grid';

export interface TableOptions {
  /** The language of the labels and of the numbers (`--lang`), English by default. */
  readonly language?: Locale;
  /** The unit amounts are shown in: yuan, 万元 or 亿元 (`--unit`); yuan by default. */
  readonly scale?: AmountScale;
}

/** `--format table`: the metrics, the plausibility warnings and a yearly summary, rounded for reading. */
export function formatTable(
  evaluation: Evaluation<Decimal>,
  scenarioName: string,
  warnings: readonly ScenarioWarning[] = [],
  options: TableOptions = {},
): string {
  const language = options.language ?? 'en';
  const scale = options.scale ?? 'unit';
  const t = cliTableTexts[language];
  const { metrics: m, projection: p, inputs } = evaluation;
  const horizon = p.horizonYears;
  const first = p.calendarYears[0] ?? inputs.project.startYear;
  const last = p.calendarYears[horizon] ?? first + horizon;
  const basis = inputs.parameters.discountRate.basis;
  // Amounts in the unit asked for, to its decimals (the cent in yuan); rates as the language writes them.
  const {
    money: amount,
    rate,
    years,
    unit,
  } = readable(language, scale, evaluation.inputs.project.currency);
  const none = (text: string) => (value: Decimal | null, show: (value: Decimal) => string) =>
    value === null ? text : show(value);
  const orNone = none(t.none);
  const orNotWithin = none(fill(t.notWithin, { horizon }));
  const irrNote = (status: string) => (status === 'multiple' ? t.notUnique : '');
  const yesNo = (value: boolean) => (value ? t.yes : t.no);
  const label = metricTexts[language];
  // The EU funding gap's parts, under its rate.
  const part = (name: string) => `  ${name}`;

  const hasTerminalValue = !m.terminalValuePresentValue.isZero();
  const hasLoans = inputs.financing.loans.length > 0;
  const fromConstructionStart = p.conventions.paybackFromConstructionStart
    ? t.fromConstructionStart
    : '';
  const relapse = (relapses: boolean) => (relapses ? t.relapses : '');
  const metricRows: [string, string][] = [
    [label.npv, amount(m.npv)],
    ...(hasTerminalValue
      ? ([
          [label.npvWithoutTerminalValue, amount(m.npvWithoutTerminalValue)],
          [label.terminalValuePresentValue, amount(m.terminalValuePresentValue)],
        ] as [string, string][])
      : []),
    [label.irr, orNone(m.irr, rate) + irrNote(m.irrStatus.project)],
    [label.npvBeforeTax, amount(m.npvBeforeTax)],
    [label.irrBeforeTax, orNone(m.irrBeforeTax, rate) + irrNote(m.irrStatus.beforeTax)],
    [label.mirr, orNone(m.mirr, rate)],
    [
      `${label.paybackYears}${fromConstructionStart}`,
      orNotWithin(m.paybackYears, years) + relapse(m.paybackRelapses),
    ],
    [
      `${label.discountedPaybackYears}${fromConstructionStart}`,
      orNotWithin(m.discountedPaybackYears, years) + relapse(m.discountedPaybackRelapses),
    ],
    [label.profitabilityIndex, orNone(m.profitabilityIndex, ratio)],
    [label.benefitCostRatio, orNone(m.benefitCostRatio, ratio)],
    [label.roi, orNone(m.roi, rate)],
    [label.npvWithoutSubsidies, amount(m.npvWithoutSubsidies)],
    [
      label.irrWithoutSubsidies,
      orNone(m.irrWithoutSubsidies, rate) + irrNote(m.irrStatus.withoutSubsidies),
    ],
    [label.subsidyTotal, amount(m.subsidyTotal)],
    [label.subsidyPresentValue, amount(m.subsidyPresentValue)],
    [label.additionality, yesNo(m.additionality)],
    [label.fundingGapRate, orNone(m.fundingGapRate, rate)],
    [part(label.fundingGapDiscountRate), rate(m.fundingGapDiscountRate)],
    [part(label.fnpvC), amount(m.fnpvC)],
    [part(label.frrC), orNone(m.frrC, rate) + irrNote(m.irrStatus.onInvestment)],
    [part(label.fnpvK), amount(m.fnpvK)],
    [part(label.frrK), orNone(m.frrK, rate)],
    [part(label.eligibleCost), amount(m.eligibleCost)],
    [part(label.maxGrant), orNone(m.maxGrant, amount)],
    [label.publicMoneyPerNpv, orNone(m.publicMoneyPerNpv, ratio)],
    [label.privateInvestmentPerSubsidy, orNone(m.privateInvestmentPerSubsidy, ratio)],
    [label.equityNpv, amount(m.equityNpv)],
    [label.equityIrr, orNone(m.equityIrr, rate) + irrNote(m.irrStatus.equity)],
    ...(hasLoans
      ? ([
          [label.equityNpvWithoutSubsidies, amount(m.equityNpvWithoutSubsidies)],
          [label.equityAdditionality, yesNo(m.equityAdditionality)],
        ] as [string, string][])
      : []),
    [label.minDscr, orNone(m.minDscr, ratio)],
    [label.averageDscr, orNone(m.averageDscr, ratio)],
    [label.discountRateNominal, rate(m.discountRateNominal)],
  ];

  const anyOf = (values: readonly Decimal[]) => values.some((value) => !value.isZero());
  const inputVat = p.inputVatRecovered.map((value, year) =>
    value.minus(p.inputVatPaid[year] as Decimal),
  );
  const c = t.columns;
  // Every flow of the net cash flow has its column where it is not zero, so a row adds up:
  // savings − running costs − surcharges − investment + working capital + input VAT + residual
  // value + terminal value + subsidies − tax = net cash flow.
  const present = (list: [string, readonly Decimal[]][]) =>
    list.filter(([, values]) => anyOf(values));
  const columns: [string, readonly Decimal[]][] = [
    [c.savings, p.savingsTotal],
    [c.runningCosts, p.runningCostsTotal],
    ...present([[c.surcharges, p.surcharges]]),
    [c.investment, p.capexTotal],
    ...present([
      [c.workingCapital, p.workingCapitalTotal],
      [c.inputVat, inputVat],
      [c.residualValue, p.residualValue],
      [c.terminalValue, p.terminalValue],
    ]),
    [c.subsidies, p.subsidiesTotal],
    [inputs.tax.payment === 'following-year' ? c.taxPaid : c.tax, p.taxPaid],
    [c.netCashFlow, p.projectNetCashFlow],
    [c.cumulative, p.cumulativeProjectNetCashFlow],
    [c.discounted, p.discountedProjectNetCashFlow],
    [c.cumulativeDiscounted, p.cumulativeDiscountedProjectNetCashFlow],
  ];
  if (anyOf(p.interestSubsidy)) columns.push([c.interestSubsidy, p.interestSubsidy]);
  if (hasLoans) columns.push([c.equityFlow, p.equityNetCashFlow]);
  const header = [c.year, ...columns.map(([name]) => name)];
  const body = p.years.map((year) => [
    String(p.calendarYears[year] ?? year),
    ...columns.map(([, values]) => amount(values[year] as Decimal)),
  ]);

  return [
    shown`${fill(t.scenario, {
      project: inputs.project.name,
      scenario: scenarioName === 'base' ? t.base : scenarioName,
    })}`,
    fill(t.period, {
      currency: unit,
      horizon,
      first,
      last,
      rate: rate(inputs.parameters.discountRate.rate),
      basis: t.basis[basis],
    }),
    '',
    t.metrics,
    // Names left-aligned, figures right-aligned, indented under the heading.
    ...textGrid(null, metricRows).map((line) => `  ${line}`),
    '',
    ...(warnings.length === 0
      ? []
      : [
          fill(t.warnings, { count: warnings.length }),
          ...warnings.flatMap((warning) => {
            // The sentences of the results screen, with the figures as this table writes them.
            const said = warningText(warning, language, {
              // A threshold reads as written (50 %), a claim to its hundredth (64.07 %).
              percent: (value) => rate(value).replace(/\.?0+(?=\s?%$)/, ''),
              amount: (value) => `${amount(value)} ${unit}`,
              years,
            });
            return [
              shown`  ! ${said.reason}`,
              shown`    ${fill(t.plausible, { advice: said.advice })}`,
            ];
          }),
          '',
        ]),
    fill(t.projection, { unit, first }),
    // Years and amounts alike are figures, right-aligned.
    ...textGrid(header, body, new Set()),
    '',
  ].join('\n');
}
