import type Decimal from 'decimal.js';
import type { Evaluation } from '../../model';
import {
  add,
  and,
  compare,
  condRef,
  fn,
  iff,
  max,
  neg,
  sub,
  ZERO,
  type Cond,
  type Expr,
} from './formula';
import { yearColumn, type Grid } from './grid';
import { label, type LabelKey, type WorkbookLanguage } from './labels';

/*
 * The metrics as formulas over the projection sheets, with the spreadsheet's own functions where
 * they compute what the methodology says: NPV (which discounts its first value, so year 0 is
 * added undiscounted), IRR, MIRR. Payback and the funding gap read working rows of the projection
 * that are formulas themselves. A metric Yardstick has no value for (no IRR, no debt service) is
 * an empty text, as IFERROR leaves it.
 */

/** What a metric without a value shows (no IRR, no debt service): a dash, in every language. */
export const NONE_TEXT = '—';
const NONE = `"${NONE_TEXT}"`;

export type MetricKind = 'amount' | 'rate' | 'years' | 'ratio' | 'flag';

export interface MetricCell {
  readonly key: string | null;
  readonly label: string;
  readonly kind: MetricKind;
  readonly formula: string;
  readonly value: Decimal | boolean | null;
  readonly row: number;
}

/** Working rows the metrics read, added at the end of the projection sheet. */
export function addMetricWorkings(
  g: Grid,
  lang: WorkbookLanguage,
  name: (name: string) => Expr,
): void {
  const L = (key: LabelKey) => label(lang, key);
  const H = g.horizon;
  const opt = (id: string, t: number): Expr | null => (g.has(id) ? g.at(id, t) : null);
  const terms = (...parts: (Expr | null)[]) => parts.filter((part): part is Expr => part !== null);
  g.heading(L('sec.metricWorkings'));
  for (const [prefix, cumulative] of [
    ['payback', 'cumulativeProjectNetCashFlow'],
    ['discountedPayback', 'cumulativeDiscountedProjectNetCashFlow'],
  ] as const) {
    // The year the cumulative flow turns non-negative after having been negative.
    g.years(`${prefix}.recovered`, {
      key: null,
      label: L(`w.${prefix}Recovered`),
      kind: 'flag',
      role: 'working',
      cell: (t) => {
        if (t === 0) return null;
        const earlier = fn(
          'MIN',
          [g.range(cumulative, 0, t - 1)],
          g
            .values(cumulative)
            .slice(0, t)
            .reduce((a, b) => (b.lt(a) ? b : a)),
        );
        return and(compare(g.at(cumulative, t), '>=', ZERO), compare(earlier, '<', ZERO));
      },
    });
    g.years(`${prefix}.relapse`, {
      key: null,
      label: L(`w.${prefix}Relapse`),
      kind: 'flag',
      role: 'working',
      cell: (t) => {
        if (t < 2) return null;
        const before = g.rowOf(`${prefix}.recovered`);
        let recovered = false;
        for (let y = 1; y < t; y += 1) recovered ||= g.flagAt(`${prefix}.recovered`, y).value;
        const earlier: Cond = condRef(
          `COUNTIF($${yearColumn(1)}$${before}:$${yearColumn(t - 1)}$${before},TRUE)>0`,
          recovered,
        );
        return and(compare(g.at(cumulative, t), '<', ZERO), earlier);
      },
    });
  }
  const positive = (e: Expr | null) => (e === null ? null : max(e, ZERO));
  const negative = (e: Expr | null) => (e === null ? null : max(neg(e), ZERO));
  g.years('bcr.benefits', {
    key: null,
    label: L('w.benefits'),
    role: 'working',
    cell: (t) =>
      add(
        ...terms(
          g.at('savingsTotal', t),
          opt('subsidiesTotal', t),
          g.at('residualValue', t),
          opt('terminalValue', t),
          opt('inputVatRecovered', t),
          positive(opt('workingCapitalTotal', t)),
          negative(g.at('taxPaid', t)),
        ),
      ),
  });
  g.years('bcr.costs', {
    key: null,
    label: L('w.costs'),
    role: 'working',
    cell: (t) =>
      add(
        ...terms(
          g.at('capexTotal', t),
          g.at('runningCostsTotal', t),
          opt('surcharges', t),
          opt('inputVatPaid', t),
          negative(opt('workingCapitalTotal', t)),
          positive(g.at('taxPaid', t)),
        ),
      ),
  });
  // The EU funding gap: before tax, financing and subsidies, at its own discount rate.
  g.years('fg.investment', {
    key: null,
    label: L('w.fgInvestment'),
    role: 'working',
    cell: (t) =>
      add(
        ...terms(
          sub(
            g.at('capexTotal', t),
            ...terms(opt('replacementCapex', t), opt('maintenanceCapex', t)),
          ),
          negative(opt('workingCapitalTotal', t)),
        ),
      ),
  });
  g.years('fg.costs', {
    key: null,
    label: L('w.fgCosts'),
    role: 'working',
    // Outlays during operation (replacements, maintenance investment) and the surcharges on VAT
    // are costs of the net revenue, as the model's funding gap counts them.
    cell: (t) =>
      add(
        ...terms(
          g.at('runningCostsTotal', t),
          opt('replacementCapex', t),
          opt('maintenanceCapex', t),
          opt('surcharges', t),
        ),
      ),
  });
  const rate = name('FundingGap_Nominal');
  g.scalar(
    'fg.holdsResidual',
    L('w.fgHoldsResidual'),
    compare(presentValue(g, 'savingsTotal', rate), '>', presentValue(g, 'fg.costs', rate)),
    'flag',
  );
  const holds = g.scalarCond('fg.holdsResidual');
  g.years('fg.netRevenue', {
    key: null,
    label: L('w.fgNetRevenue'),
    role: 'working',
    cell: (t) => {
      const operating = add(
        ...terms(
          sub(g.at('savingsTotal', t), g.at('fg.costs', t)),
          positive(opt('workingCapitalTotal', t)),
        ),
      );
      if (t !== H) return operating;
      return add(
        operating,
        iff(holds, add(...terms(g.at('residualValue', t), opt('terminalValueBeforeTax', t))), ZERO),
      );
    },
  });
  g.years('fg.net', {
    key: null,
    label: L('w.fgNet'),
    role: 'working',
    cell: (t) => sub(g.at('fg.netRevenue', t), g.at('fg.investment', t)),
  });
}

/** Year 0 plus the spreadsheet NPV of years 1 … H (NPV discounts its first value). */
export function presentValue(g: Grid, id: string, rate: Expr, fromSheet?: string): Expr {
  const values = g.values(id);
  let total = values[0] as Decimal;
  const base = rate.value.plus(1);
  values.slice(1).forEach((value, index) => (total = total.plus(value.div(base.pow(index + 1)))));
  const [year0] = g.range(id, 0, 0, fromSheet).split(':');
  return {
    text: `${year0}+NPV(${rate.text},${g.range(id, 1, g.horizon, fromSheet)})`,
    value: total,
    prec: 1,
  };
}

export interface MetricsOptions {
  readonly lang: WorkbookLanguage;
  readonly projection: Grid;
  /** The projection without subsidies (the same grid when there are none). */
  readonly withoutSubsidies: Grid;
  readonly evaluation: Evaluation<Decimal>;
  readonly sheetName: string;
  readonly firstRow: number;
  readonly has: (name: string) => boolean;
}

interface MetricSpec {
  readonly id: string;
  readonly key: string | null;
  readonly kind: MetricKind;
  readonly formula: (cell: (id: string) => string) => string;
  readonly value: Decimal | boolean | null;
  readonly working?: boolean;
}

export function metricCells(options: MetricsOptions): MetricCell[] {
  const { projection: P, withoutSubsidies: W, evaluation, sheetName, lang } = options;
  const m = evaluation.metrics;
  const L = (key: LabelKey) => label(lang, key);
  const H = P.horizon;
  const range = (g: Grid, id: string) => g.range(id, 0, H, sheetName);
  const first = (g: Grid, id: string) => range(g, id).split(':')[0] as string;
  const rest = (g: Grid, id: string) => g.range(id, 1, H, sheetName);
  const npv = (g: Grid, id: string, rate = 'Discount_Nominal') =>
    `${first(g, id)}+NPV(${rate},${rest(g, id)})`;
  // IRR from the spreadsheet's default guess (10 %, as Yardstick's); failing that, from a guess
  // the flows give themselves, (Σ inflows / Σ outflows)^(1/H) − 1, which finds a deeply negative rate.
  const irr = (g: Grid, id: string) => {
    const r = range(g, id);
    return `IFERROR(IRR(${r}),IFERROR(IRR(${r},(SUMIF(${r},">0")/-SUMIF(${r},"<0"))^(1/${H})-1),${NONE}))`;
  };
  const sumproduct = (id: string) => `SUMPRODUCT(${range(P, id)},${range(P, 'discountFactor')})`;
  const paybackFormula = (prefix: string, cumulative: string, flow: string) => {
    const match = `MATCH(TRUE,${range(P, `${prefix}.recovered`)},0)`;
    const offset = evaluation.projection.conventions.paybackFromConstructionStart ? '+1' : '';
    return `IF(MIN(${range(P, cumulative)})>=0,0${offset},IFERROR(${match}-2-INDEX(${range(P, cumulative)},${match}-1)/INDEX(${range(P, flow)},${match})${offset},${NONE}))`;
  };
  const hasSubsidies = evaluation.inputs.subsidies.length > 0;
  const subsidyRows = ['subsidiesTotal', 'financingSubsidiesTotal'].filter((id) => P.has(id));
  const loans = evaluation.inputs.financing.loans.length > 0;
  const pv = evaluation.metrics.presentValues;

  const specs: MetricSpec[] = [
    {
      id: 'npv',
      key: 'npv',
      kind: 'amount',
      formula: () => npv(P, 'projectNetCashFlow'),
      value: m.npv,
    },
    {
      id: 'irr',
      key: 'irr',
      kind: 'rate',
      formula: () => irr(P, 'projectNetCashFlow'),
      value: m.irr,
    },
    {
      id: 'mirr',
      key: 'mirr',
      kind: 'rate',
      formula: () =>
        `IFERROR(MIRR(${range(P, 'projectNetCashFlow')},Mirr_Finance,Mirr_Reinvest),${NONE})`,
      value: m.mirr,
    },
    {
      id: 'paybackYears',
      key: 'paybackYears',
      kind: 'years',
      formula: () =>
        paybackFormula('payback', 'cumulativeProjectNetCashFlow', 'projectNetCashFlow'),
      value: m.paybackYears,
    },
    {
      id: 'discountedPaybackYears',
      key: 'discountedPaybackYears',
      kind: 'years',
      formula: () =>
        paybackFormula(
          'discountedPayback',
          'cumulativeDiscountedProjectNetCashFlow',
          'discountedProjectNetCashFlow',
        ),
      value: m.discountedPaybackYears,
    },
    {
      id: 'profitabilityIndex',
      key: 'profitabilityIndex',
      kind: 'ratio',
      formula: (c) => `IF(${c('pvInvestment')}=0,${NONE},1+${c('npv')}/ABS(${c('pvInvestment')}))`,
      value: m.profitabilityIndex,
    },
    {
      id: 'benefitCostRatio',
      key: 'benefitCostRatio',
      kind: 'ratio',
      formula: (c) => `IF(${c('pvCosts')}=0,${NONE},${c('pvBenefits')}/ABS(${c('pvCosts')}))`,
      value: m.benefitCostRatio,
    },
    {
      id: 'roi',
      key: 'roi',
      kind: 'ratio',
      formula: () =>
        `IF(SUM(${range(P, 'capexTotal')})=0,${NONE},SUM(${range(P, 'projectNetCashFlow')})/SUM(${range(P, 'capexTotal')}))`,
      value: m.roi,
    },
    {
      id: 'npvWithoutSubsidies',
      key: 'npvWithoutSubsidies',
      kind: 'amount',
      formula: () => npv(W, 'projectNetCashFlow'),
      value: m.npvWithoutSubsidies,
    },
    {
      id: 'irrWithoutSubsidies',
      key: 'irrWithoutSubsidies',
      kind: 'rate',
      formula: () => irr(W, 'projectNetCashFlow'),
      value: m.irrWithoutSubsidies,
    },
  ];
  if (hasSubsidies && subsidyRows.length > 0) {
    specs.push(
      {
        id: 'subsidyTotal',
        key: 'subsidyTotal',
        kind: 'amount',
        formula: () => subsidyRows.map((id) => `SUM(${range(P, id)})`).join('+'),
        value: m.subsidyTotal,
      },
      {
        id: 'subsidyPresentValue',
        key: 'subsidyPresentValue',
        kind: 'amount',
        formula: () => subsidyRows.map(sumproduct).join('+'),
        value: m.subsidyPresentValue,
      },
      {
        id: 'additionality',
        key: 'additionality',
        kind: 'flag',
        formula: (c) => `AND(${c('subsidyTotal')}<>0,${c('npvWithoutSubsidies')}<0,${c('npv')}>=0)`,
        value: m.additionality,
      },
    );
  }
  specs.push(
    {
      id: 'fundingGapRate',
      key: 'fundingGapRate',
      kind: 'rate',
      formula: (c) => `IF(${c('dic')}<=0,${NONE},(${c('dic')}-${c('dnr')})/${c('dic')})`,
      value: m.fundingGapRate,
    },
    {
      id: 'equityNpv',
      key: 'equityNpv',
      kind: 'amount',
      formula: () => npv(P, 'equityNetCashFlow'),
      value: m.equityNpv,
    },
    {
      id: 'equityIrr',
      key: 'equityIrr',
      kind: 'rate',
      formula: () => irr(P, 'equityNetCashFlow'),
      value: m.equityIrr,
    },
  );
  if (loans)
    specs.push(
      {
        id: 'minDscr',
        key: 'minDscr',
        kind: 'ratio',
        formula: () => `IF(COUNT(${range(P, 'dscr')})=0,${NONE},MIN(${range(P, 'dscr')}))`,
        value: m.minDscr,
      },
      {
        id: 'averageDscr',
        key: 'averageDscr',
        kind: 'ratio',
        formula: () => `IF(COUNT(${range(P, 'dscr')})=0,${NONE},AVERAGE(${range(P, 'dscr')}))`,
        value: m.averageDscr,
      },
    );
  specs.push({
    id: 'discountRateNominal',
    key: 'discountRateNominal',
    kind: 'rate',
    formula: () => 'Discount_Nominal',
    value: m.discountRateNominal,
  });
  if (hasSubsidies && subsidyRows.length > 0)
    specs.push(
      {
        id: 'publicMoneyPerNpv',
        key: 'publicMoneyPerNpv',
        kind: 'ratio',
        formula: (c) =>
          `IF(AND(${c('npv')}>0,${c('subsidyTotal')}<>0),${c('subsidyPresentValue')}/${c('npv')},${NONE})`,
        value: m.publicMoneyPerNpv,
      },
      {
        id: 'privateInvestmentPerSubsidy',
        key: 'privateInvestmentPerSubsidy',
        kind: 'ratio',
        formula: (c) =>
          `IF(${c('subsidyTotal')}=0,${NONE},(SUM(${range(P, 'capexTotal')})-${c('subsidyTotal')})/${c('subsidyTotal')})`,
        value: m.privateInvestmentPerSubsidy,
      },
    );
  specs.push(
    {
      id: 'npvBeforeTax',
      key: 'npvBeforeTax',
      kind: 'amount',
      formula: () => npv(P, 'projectNetCashFlowBeforeTax'),
      value: m.npvBeforeTax,
    },
    {
      id: 'irrBeforeTax',
      key: 'irrBeforeTax',
      kind: 'rate',
      formula: () => irr(P, 'projectNetCashFlowBeforeTax'),
      value: m.irrBeforeTax,
    },
  );
  if (P.has('terminalValue'))
    specs.push({
      id: 'terminalValuePresentValue',
      key: 'terminalValuePresentValue',
      kind: 'amount',
      formula: () => sumproduct('terminalValue'),
      value: m.terminalValuePresentValue,
    });
  specs.push({
    id: 'npvWithoutTerminalValue',
    key: 'npvWithoutTerminalValue',
    kind: 'amount',
    formula: (c) =>
      P.has('terminalValue') ? `${c('npv')}-${c('terminalValuePresentValue')}` : c('npv'),
    value: m.npvWithoutTerminalValue,
  });
  specs.push({
    id: 'equityNpvWithoutSubsidies',
    key: 'equityNpvWithoutSubsidies',
    kind: 'amount',
    formula: () => npv(W, 'equityNetCashFlow'),
    value: m.equityNpvWithoutSubsidies,
  });
  if (hasSubsidies && subsidyRows.length > 0)
    specs.push({
      id: 'equityAdditionality',
      key: 'equityAdditionality',
      kind: 'flag',
      formula: (c) =>
        `AND(${c('subsidyTotal')}<>0,${c('equityNpvWithoutSubsidies')}<0,${c('equityNpv')}>=0)`,
      value: m.equityAdditionality,
    });
  specs.push(
    {
      id: 'paybackRelapses',
      key: 'paybackRelapses',
      kind: 'flag',
      formula: () => `COUNTIF(${range(P, 'payback.relapse')},TRUE)>0`,
      value: m.paybackRelapses,
    },
    {
      id: 'discountedPaybackRelapses',
      key: 'discountedPaybackRelapses',
      kind: 'flag',
      formula: () => `COUNTIF(${range(P, 'discountedPayback.relapse')},TRUE)>0`,
      value: m.discountedPaybackRelapses,
    },
    {
      id: 'fnpvC',
      key: 'fnpvC',
      kind: 'amount',
      formula: (c) => `${c('dnr')}-${c('dic')}`,
      value: m.fnpvC,
    },
    { id: 'frrC', key: 'frrC', kind: 'rate', formula: () => irr(P, 'fg.net'), value: m.frrC },
    {
      id: 'fnpvK',
      key: 'fnpvK',
      kind: 'amount',
      formula: () => npv(P, 'equityNetCashFlow', 'FundingGap_Nominal'),
      value: m.fnpvK,
    },
    { id: 'frrK', key: 'frrK', kind: 'rate', formula: (c) => c('equityIrr'), value: m.frrK },
  );
  if (options.has('Eligible_Cost'))
    specs.push(
      {
        id: 'eligibleCost',
        key: 'eligibleCost',
        kind: 'amount',
        formula: () => 'Eligible_Cost',
        value: m.eligibleCost,
      },
      {
        id: 'maxGrant',
        key: 'maxGrant',
        kind: 'amount',
        formula: (c) =>
          `IF(${c('fundingGapRate')}=${NONE},${NONE},${c('eligibleCost')}*MIN(1,MAX(0,${c('fundingGapRate')})))`,
        value: m.maxGrant,
      },
    );
  specs.push(
    {
      id: 'fundingGapDiscountRate',
      key: 'fundingGapDiscountRate',
      kind: 'rate',
      formula: () => 'FundingGap_Nominal',
      value: m.fundingGapDiscountRate,
    },
    // Workings: the present values the ratios divide.
    {
      id: 'pvInvestment',
      key: null,
      kind: 'amount',
      formula: () => sumproduct('capexTotal'),
      value: pv.investment,
      working: true,
    },
    {
      id: 'pvBenefits',
      key: null,
      kind: 'amount',
      formula: () => sumproduct('bcr.benefits'),
      value: pv.benefits,
      working: true,
    },
    {
      id: 'pvCosts',
      key: null,
      kind: 'amount',
      formula: () => sumproduct('bcr.costs'),
      value: pv.costs,
      working: true,
    },
    {
      id: 'dic',
      key: null,
      kind: 'amount',
      formula: () => npv(P, 'fg.investment', 'FundingGap_Nominal'),
      value: pv.fundingGapInvestment,
      working: true,
    },
    {
      id: 'dnr',
      key: null,
      kind: 'amount',
      formula: () => npv(P, 'fg.netRevenue', 'FundingGap_Nominal'),
      value: pv.netRevenue,
      working: true,
    },
  );

  const rows = new Map<string, number>();
  let next = options.firstRow;
  const workingsAt = specs.findIndex((spec) => spec.working === true);
  specs.forEach((spec, index) => {
    // One empty row before the workings, for their heading.
    if (index === workingsAt) next += 1;
    rows.set(spec.id, next++);
  });
  const cell = (id: string) => {
    const row = rows.get(id);
    if (row === undefined) throw new Error(`formula workbook: no metric ${id}`);
    return `$B$${row}`;
  };
  return specs.map((spec) => ({
    key: spec.key,
    label: L(`metric.${spec.id}` as LabelKey),
    kind: spec.kind,
    formula: spec.formula(cell),
    value: spec.value,
    row: rows.get(spec.id) as number,
  }));
}
