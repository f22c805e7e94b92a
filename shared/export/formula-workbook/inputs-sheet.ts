import type Decimal from 'decimal.js';
import type { LoanInput, ModelInputs } from '../../model';
import { Dec } from '../../finance';
import { ref, type Expr } from './formula';
import { label, type WorkbookLanguage } from './labels';

/*
 * The Inputs sheet: every number of the scenario a formula uses, one per row, with its label,
 * its unit and a defined name, so a formula reads `Capex1_Amount*Capex1_Share_Y0` and a reviewer
 * can change the cell and recalculate. Whole numbers that shape the layout (years, lives, terms)
 * are listed apart: changing them changes which columns a line fills, which only Yardstick redoes.
 *
 * Names start with a word of four letters or more, so none can be read as a cell reference.
 */

export type InputUnit = 'amount' | 'rate' | 'number' | 'days';

export interface InputEntry {
  readonly name: string;
  readonly section: string;
  readonly label: string;
  readonly unit: InputUnit;
  readonly value: Decimal;
}

/** A fact of the layout: shown, not named, not used by a formula. */
export interface LayoutEntry {
  readonly section: string;
  readonly label: string;
  readonly value: string;
}

export interface InputSheet {
  readonly entries: readonly InputEntry[];
  readonly layout: readonly LayoutEntry[];
  /** The named input as a formula operand; throws on a name that was not declared. */
  readonly input: (name: string) => Expr;
  readonly has: (name: string) => boolean;
}

const baselineNames: Record<string, string> = {
  productionCost: 'Baseline_ProductionCost',
  inspectionLabourCost: 'Baseline_InspectionLabour',
  revenue: 'Baseline_Revenue',
};

/** The defined name of a baseline line (a company cost line, or one of the three named lines). */
export function baselineName(inputs: ModelInputs<Decimal>, line: string): string {
  const named = baselineNames[line];
  if (named !== undefined) return named;
  const index = inputs.baseline.otherCosts.findIndex((cost) => cost.id === line);
  return `Baseline_Other${index + 1}`;
}

/** The first year of operating income: the first start year of the effects (H + 1 without any). */
export function firstOperatingYear(inputs: ModelInputs<Decimal>): number {
  return Math.min(1 + inputs.project.horizonYears, ...inputs.effects.map((e) => e.startYear));
}

/**
 * The year the last item a loan pays for enters service: its interest of the years before is
 * interest during construction (0 when it names no item).
 */
export function constructionEnd(inputs: ModelInputs<Decimal>, loan: LoanInput<Decimal>): number {
  return Math.max(
    0,
    ...loan.finances.map((id) => inputs.capex.find((item) => item.id === id)?.inServiceYear ?? 0),
  );
}

export function inputSheet(inputs: ModelInputs<Decimal>, lang: WorkbookLanguage): InputSheet {
  const entries: InputEntry[] = [];
  const layout: LayoutEntry[] = [];
  const byName = new Map<string, InputEntry>();
  const L = (key: Parameters<typeof label>[1], params?: Record<string, string | number>) =>
    label(lang, key, params);
  let section = '';
  const put = (name: string, text: string, unit: InputUnit, value: Decimal) => {
    const entry = { name, section, label: text, unit, value };
    entries.push(entry);
    byName.set(name, entry);
  };
  const fact = (text: string, value: string | number) =>
    layout.push({ section, label: text, value: String(value) });
  const shares = (
    prefix: string,
    what: string,
    parts: readonly { year: number; share: Decimal }[],
  ) => {
    for (const part of parts)
      put(
        `${prefix}_Share_Y${part.year}`,
        L('in.share', { what, year: part.year }),
        'rate',
        part.share,
      );
  };

  /** The separator of a list within a text: 、 in Chinese. */
  const list = lang === 'zh-CN' ? '、' : ', ';
  section = L('sec.parameters');
  const { parameters, project, baseline, tax } = inputs;
  fact(L('in.startYear'), project.startYear);
  fact(L('in.horizon'), project.horizonYears);
  put(
    'Discount_Rate',
    L(parameters.discountRate.basis === 'real' ? 'in.discountReal' : 'in.discountNominal'),
    'rate',
    parameters.discountRate.rate,
  );
  put('Inflation', L('in.inflation'), 'rate', parameters.inflation);
  if (parameters.mirr.financeRate !== null)
    put('Mirr_FinanceRate', L('in.mirrFinance'), 'rate', parameters.mirr.financeRate);
  if (parameters.mirr.reinvestmentRate !== null)
    put('Mirr_ReinvestRate', L('in.mirrReinvest'), 'rate', parameters.mirr.reinvestmentRate);
  if (parameters.terminalValue !== null)
    put('Terminal_Growth', L('in.terminalGrowth'), 'rate', parameters.terminalValue.growth);
  put(
    'FundingGap_Rate',
    L(parameters.fundingGapDiscountRate.basis === 'real' ? 'in.fgReal' : 'in.fgNominal'),
    'rate',
    parameters.fundingGapDiscountRate.rate,
  );

  section = L('sec.baseline');
  if (baseline.productionCost !== null)
    put(
      baselineNames.productionCost as string,
      L('in.productionCost'),
      'amount',
      baseline.productionCost,
    );
  if (baseline.inspectionLabourCost !== null)
    put(
      baselineNames.inspectionLabourCost as string,
      L('in.inspectionLabour'),
      'amount',
      baseline.inspectionLabourCost,
    );
  if (baseline.revenue !== null)
    put(baselineNames.revenue as string, L('in.revenue'), 'amount', baseline.revenue);
  baseline.otherCosts.forEach((cost, index) =>
    put(`Baseline_Other${index + 1}`, cost.name, 'amount', cost.amount),
  );

  section = L('sec.capex');
  inputs.capex.forEach((item, index) => {
    const p = `Capex${index + 1}`;
    put(`${p}_Amount`, L('in.capexAmount', { name: item.name }), 'amount', item.amount);
    if (item.units !== 1 || tax.oneTimeDeduction !== null)
      put(`${p}_Units`, L('in.units', { name: item.name }), 'number', new Dec(item.units));
    shares(p, item.name, item.payments);
    put(`${p}_Salvage`, L('in.salvage', { name: item.name }), 'amount', item.depreciation.salvage);
    if (item.depreciation.factor !== null)
      put(`${p}_Factor`, L('in.dbFactor', { name: item.name }), 'number', item.depreciation.factor);
    put(`${p}_Residual`, L('in.residual', { name: item.name }), 'amount', item.residualValue);
    if (!item.inputVat.isZero())
      put(`${p}_InputVat`, L('in.inputVat', { name: item.name }), 'amount', item.inputVat);
    fact(
      L('lay.capex', { name: item.name }),
      L('lay.capexValue', {
        year: item.inServiceYear,
        life: item.depreciation.lifeYears,
        method: L(`method.${item.depreciation.method}`),
      }),
    );
    if (item.maintenance !== null)
      fact(
        L('lay.maintenance', { name: item.name }),
        L('lay.maintenanceValue', {
          years: item.payments.map((part) => part.year).join(list),
          treatment: L(
            item.maintenance.treatment === 'depreciate'
              ? 'lay.maintenanceDepreciate'
              : 'lay.maintenanceExpense',
          ),
        }),
      );
  });

  section = L('sec.effects');
  inputs.effects.forEach((effect, index) => {
    const p = `Effect${index + 1}`;
    switch (effect.basis) {
      case 'amount':
        put(`${p}_Full`, L('in.effectAmount', { name: effect.name }), 'amount', effect.fullEffect);
        break;
      case 'baseline-share':
        put(`${p}_Share`, L('in.effectShare', { name: effect.name }), 'rate', effect.fullEffect);
        break;
      case 'defect-detection':
        put(
          `${p}_Before`,
          L('in.detectionBefore', { name: effect.name }),
          'rate',
          effect.detectionBefore,
        );
        put(
          `${p}_After`,
          L('in.detectionAfter', { name: effect.name }),
          'rate',
          effect.detectionAfter,
        );
        break;
    }
    effect.ramp.forEach((level, k) =>
      put(`${p}_Ramp${k + 1}`, L('in.ramp', { name: effect.name, k: k + 1 }), 'rate', level),
    );
    if (!effect.decayPerYear.isZero())
      put(`${p}_Decay`, L('in.decay', { name: effect.name }), 'rate', effect.decayPerYear);
    if (!effect.growth.isZero())
      put(`${p}_Growth`, L('in.growth', { name: effect.name }), 'rate', effect.growth);
    effect.series?.forEach((value, k) =>
      put(
        `${p}_Series${k + 1}`,
        L('in.series', { name: effect.name, year: effect.startYear + k }),
        'amount',
        value,
      ),
    );
    fact(
      L('lay.line', { name: effect.name }),
      L('lay.years', {
        from: effect.startYear,
        to: Math.min(effect.endYear, project.horizonYears),
      }),
    );
  });

  section = L('sec.runningCosts');
  inputs.runningCosts.forEach((cost, index) => {
    const p = `Cost${index + 1}`;
    put(`${p}_Amount`, L('in.costAmount', { name: cost.name }), 'amount', cost.amount);
    if (!cost.growth.isZero())
      put(`${p}_Growth`, L('in.growth', { name: cost.name }), 'rate', cost.growth);
    cost.series?.forEach((value, k) =>
      put(
        `${p}_Series${k + 1}`,
        L('in.series', { name: cost.name, year: cost.startYear + k }),
        'amount',
        value,
      ),
    );
    fact(
      L('lay.line', { name: cost.name }),
      L('lay.years', { from: cost.startYear, to: Math.min(cost.endYear, project.horizonYears) }),
    );
  });

  section = L('sec.workingCapital');
  inputs.workingCapital.forEach((line, index) => {
    const p = `WorkCap${index + 1}`;
    if (line.basis === 'amount')
      put(`${p}_Amount`, L('in.wcAmount', { name: line.name }), 'amount', line.amount);
    if (line.basis === 'baseline-share')
      put(`${p}_Share`, L('in.wcShare', { name: line.name }), 'rate', line.share);
    if (line.basis === 'baseline-days')
      put(`${p}_Days`, L('in.wcDays', { name: line.name }), 'days', line.days);
    shares(p, line.name, line.timing);
  });

  section = L('sec.subsidies');
  inputs.subsidies.forEach((subsidy, index) => {
    const p = `Subsidy${index + 1}`;
    switch (subsidy.type) {
      case 'capex-grant':
        put(`${p}_Rate`, L('in.grantRate', { name: subsidy.name }), 'rate', subsidy.rate);
        if (subsidy.cap !== null)
          put(`${p}_Cap`, L('in.grantCap', { name: subsidy.name }), 'amount', subsidy.cap);
        shares(p, subsidy.name, subsidy.disbursement);
        break;
      case 'lump-sum':
      case 'service-voucher':
        put(`${p}_Amount`, L('in.subsidyAmount', { name: subsidy.name }), 'amount', subsidy.amount);
        shares(p, subsidy.name, subsidy.disbursement);
        break;
      case 'interest-subsidy':
        put(
          `${p}_Points`,
          L('in.interestPoints', { name: subsidy.name }),
          'rate',
          subsidy.ratePoints,
        );
        fact(L('lay.interestSubsidy', { name: subsidy.name }), subsidy.years);
        break;
    }
  });

  section = L('sec.tax');
  put('Tax_Rate', L('in.taxRate'), 'rate', tax.rate);
  if (tax.preferential?.type === 'reduced-rate')
    put(
      'Tax_ReducedRate',
      L('in.reducedRate', { name: tax.preferential.label }),
      'rate',
      tax.preferential.rate,
    );
  if (tax.preferential?.type === 'small-low-profit')
    tax.preferential.bands.forEach((band, k) => {
      put(`Tax_Band${k + 1}_UpTo`, L('in.bandUpTo', { k: k + 1 }), 'amount', band.upTo);
      put(`Tax_Band${k + 1}_Rate`, L('in.bandRate', { k: k + 1 }), 'rate', band.rate);
    });
  put('Tax_LossYears', L('in.lossYears'), 'number', new Dec(tax.lossCarryForwardYears));
  if (tax.oneTimeDeduction !== null)
    put(
      'Tax_OneTimeThreshold',
      L('in.oneTimeThreshold'),
      'amount',
      tax.oneTimeDeduction.unitThreshold,
    );
  if (tax.superDeduction !== null)
    put('Tax_SuperRate', L('in.superRate'), 'rate', tax.superDeduction.rate);
  if (tax.investmentTaxCredit !== null) {
    put('Tax_CreditRate', L('in.creditRate'), 'rate', tax.investmentTaxCredit.rate);
    if (tax.investmentTaxCredit.cap !== null)
      put('Tax_CreditCap', L('in.creditCap'), 'amount', tax.investmentTaxCredit.cap);
    put(
      'Tax_CreditYears',
      L('in.creditYears'),
      'number',
      new Dec(tax.investmentTaxCredit.carryForwardYears),
    );
  }
  if (tax.companyTaxableIncome !== null)
    put('Tax_CompanyIncome', L('in.companyIncome'), 'amount', tax.companyTaxableIncome);
  const surcharges = tax.surcharges;
  if (surcharges?.basis === 'amount')
    put('Surcharge_Amount', L('in.surchargeAmount'), 'amount', surcharges.amount);
  if (surcharges?.basis === 'vat-rates') {
    put('Surcharge_VatPayable', L('in.vatPayable'), 'amount', surcharges.vatPayable);
    put('Surcharge_UrbanRate', L('in.urbanRate'), 'rate', surcharges.urbanMaintenanceRate);
    put('Surcharge_EducationRate', L('in.educationRate'), 'rate', surcharges.educationRate);
    put(
      'Surcharge_LocalEducationRate',
      L('in.localEducationRate'),
      'rate',
      surcharges.localEducationRate,
    );
  }
  if (surcharges !== null)
    fact(
      L('lay.surcharges'),
      `${L('lay.years', {
        from: surcharges.startYear,
        to: Math.min(surcharges.endYear, project.horizonYears),
      })}${lang === 'zh-CN' ? '；' : '; '}${L(surcharges.escalates ? 'lay.surchargePrices' : 'lay.surchargeFixed')}`,
    );
  const holiday = tax.holiday;
  if (holiday !== null) {
    put('Holiday_ExemptYears', L('in.holidayExempt'), 'number', new Dec(holiday.exemptYears));
    put('Holiday_HalfRateYears', L('in.holidayHalf'), 'number', new Dec(holiday.halfRateYears));
    fact(
      L('lay.holiday'),
      holiday.from === 'first-operating-year'
        ? L('lay.holidayFromOperating', { year: firstOperatingYear(inputs) })
        : L('lay.holidayFromProfitable'),
    );
  }
  fact(L('lay.payment'), L(tax.payment === 'same-year' ? 'lay.sameYear' : 'lay.followingYear'));
  fact(L('lay.disposal'), L(tax.disposalAtHorizon ? 'lay.yes' : 'lay.no'));
  fact(L('lay.vatYears'), tax.inputVatRecoveryYears);

  section = L('sec.loans');
  inputs.financing.loans.forEach((loan, index) => {
    const p = `Loan${index + 1}`;
    // A loan drawn over several years is its draws (they add up to its amount).
    if (loan.draws === null)
      put(`${p}_Amount`, L('in.loanAmount', { name: loan.name }), 'amount', loan.amount);
    else
      for (const draw of loan.draws)
        put(
          `${p}_Draw_Y${draw.year}`,
          L('in.loanDraw', { name: loan.name, year: draw.year }),
          'amount',
          draw.amount,
        );
    put(`${p}_Rate`, L('in.loanRate', { name: loan.name }), 'rate', loan.rate);
    fact(
      L('lay.loan', { name: loan.name }),
      L('lay.loanValue', {
        year: loan.drawdownYear,
        term: loan.termYears,
        grace: loan.graceYears,
        repayment: L(`repayment.${loan.repayment}`),
      }),
    );
    if (loan.draws !== null || loan.drawTiming === 'mid-year')
      fact(
        L('lay.loanDraws', { name: loan.name }),
        L(loan.drawTiming === 'mid-year' ? 'lay.drawMidYear' : 'lay.drawYearEnd'),
      );
    const built = constructionEnd(inputs, loan);
    if (built > loan.drawdownYear)
      fact(
        L('lay.construction', { name: loan.name }),
        L('lay.constructionValue', {
          year: built,
          items: inputs.capex
            .filter((item) => loan.finances.includes(item.id))
            .map((item) => item.name)
            .join(list),
          how: L(
            loan.constructionInterest === 'rolled-into-loan'
              ? 'lay.constructionRolled'
              : 'lay.constructionPaid',
          ),
        }),
      );
  });

  return {
    entries,
    layout,
    has: (name) => byName.has(name),
    input: (name) => {
      const entry = byName.get(name);
      if (entry === undefined) throw new Error(`formula workbook: no input named ${name}`);
      return ref(name, entry.value);
    },
  };
}
