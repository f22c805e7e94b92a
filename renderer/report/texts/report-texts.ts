import type { ScenarioSection } from '../../../shared/scenario/sections';
import type { KeyMetric } from '../investment/key-metrics';

/*
 * Every sentence of the printed investment report, one object per language. Placeholders are
 * `{name}`, filled by `fill`; the type makes both languages carry every key.
 */

export type { KeyMetric };

/** Figures of the report's second table of key figures, shown when the scenario has them. */
export type FurtherMetric =
  | 'npvBeforeTax'
  | 'irrBeforeTax'
  | 'npvWithoutTerminalValue'
  | 'equityNpv'
  | 'equityIrr'
  | 'minDscr'
  | 'averageDscr'
  | 'fundingGapRate'
  | 'fnpvC'
  | 'frrC'
  | 'fnpvK'
  | 'frrK'
  | 'maxGrant';

export interface ReportTexts {
  readonly title: string;
  readonly cover: {
    readonly company: string;
    readonly date: string;
    readonly scenario: string;
    readonly preparer: string;
    readonly horizon: string;
    readonly horizonValue: string;
    readonly currency: string;
    readonly verdict: string;
    readonly checks: string;
    readonly notStated: string;
  };
  readonly verdict: {
    readonly paysBack: string;
    readonly paysBackUndiscountedOnly: string;
    readonly noPayback: string;
    readonly npvPositive: string;
    readonly npvNegative: string;
    readonly irr: string;
    readonly subsidyNeeded: string;
    readonly subsidyNotNeeded: string;
    readonly subsidyNotEnough: string;
    readonly noSubsidy: string;
    /** Says how many figures the plausibility checks question; they are listed below. */
    readonly warnings: string;
    readonly amountLarge: string;
    readonly amountSmall: string;
    /** How the verdict names the yuan (other currencies keep their code). */
    readonly yuan: string;
  };
  readonly sections: {
    readonly keyFigures: string;
    readonly assumptions: string;
    readonly charts: string;
    readonly projection: string;
    readonly scenarios: string;
    readonly subsidies: string;
    readonly methodology: string;
  };
  readonly keyFigures: {
    readonly intro: string;
    readonly metric: string;
    readonly withSubsidies: string;
    readonly withoutSubsidies: string;
    readonly meaning: string;
    readonly none: string;
    readonly labels: Readonly<Record<KeyMetric, string>>;
    readonly explain: Readonly<Record<KeyMetric, string>>;
    readonly further: string;
    readonly furtherIntro: string;
    readonly value: string;
    readonly relapses: string;
    readonly furtherLabels: Readonly<Record<FurtherMetric, string>>;
    readonly furtherExplain: Readonly<Record<FurtherMetric, string>>;
  };
  readonly assumptions: {
    readonly intro: string;
    readonly input: string;
    readonly value: string;
    readonly none: string;
    readonly yes: string;
    readonly no: string;
    readonly sections: Readonly<Record<ScenarioSection, string>>;
    /** Items of a list beyond the ones listed (report budget): their count, and their amounts. */
    readonly moreItems: string;
    readonly moreItemsTotal: string;
    /** A long schedule on one line: its name, and each entry. */
    readonly schedules: { readonly payments: string; readonly disbursement: string };
    readonly scheduleEntry: string;
  };
  readonly charts: { readonly intro: string };
  readonly projection: {
    readonly intro: string;
    readonly line: string;
    readonly year: string;
    readonly total: string;
    readonly part: string;
    /** The lines of a group beyond the largest ones, summed. */
    readonly moreLines: string;
  };
  readonly scenarios: {
    readonly comparison: string;
    readonly comparisonIntro: string;
    readonly onlyBase: string;
    readonly scenario: string;
    readonly tornado: string;
    readonly tornadoIntro: string;
    readonly tornadoLegend: string;
    /** Beside a range end that stopped at the input's physical limit. */
    readonly clippedMark: string;
    readonly clippedLegend: string;
    readonly driver: string;
    readonly range: string;
    readonly atLow: string;
    readonly atHigh: string;
    readonly swing: string;
    readonly switching: string;
    readonly switchingIntro: string;
    readonly baseValue: string;
    readonly switchingValue: string;
    readonly change: string;
    readonly noneWithinRange: string;
    readonly safeOthers: string;
    readonly safeAll: string;
    readonly clippedInputs: string;
    readonly notEvaluable: string;
    readonly noDrivers: string;
    readonly monteCarlo: string;
    readonly monteCarloIntro: string;
    readonly monteCarloFailed: string;
    readonly monteCarloNoInputs: string;
    readonly statistic: string;
    readonly value: string;
    readonly mean: string;
    readonly p5: string;
    readonly p50: string;
    readonly p95: string;
    readonly probabilityPositive: string;
    readonly notRun: string;
    readonly outsideDomain: string;
    /** Switching values searched for the inputs that move the NPV most only. */
    readonly switchingSearched: string;
    /** safeAll and safeOthers, said of the inputs searched only. */
    readonly safeAllSearched: string;
    readonly safeOthersSearched: string;
    /** An analysis that did not finish within the report's time for it. */
    readonly overBudget: string;
  };
  readonly subsidies: {
    readonly intro: string;
    readonly none: string;
    readonly subsidy: string;
    readonly type: string;
    readonly total: string;
    readonly presentValue: string;
    readonly npvWithout: string;
    readonly npvGain: string;
    readonly decisive: string;
    readonly judgedOn: string;
    readonly judgedOnNpv: string;
    readonly judgedOnEquityNpv: string;
    readonly equityNote: string;
    readonly summary: string;
    readonly npvWith: string;
    readonly npvWithoutAll: string;
    readonly additionality: string;
    readonly additionalYes: string;
    readonly additionalNo: string;
    readonly leverage: string;
    readonly leverageValue: string;
    readonly publicMoneyPerNpv: string;
    readonly equityNpvWith: string;
    readonly equityNpvWithoutAll: string;
    readonly equityAdditionality: string;
    readonly maxGrant: string;
    readonly fundingGap: string;
    readonly fundingGapNote: string;
    readonly notApplicable: string;
  };
  readonly methodology: {
    readonly years: string;
    readonly discounting: string;
    readonly realRate: string;
    readonly nominalRate: string;
    readonly inflation: string;
    readonly payback: string;
    readonly paybackConstruction: string;
    readonly ratios: string;
    readonly mirrRates: string;
    readonly subsidies: string;
    readonly subsidyNpvs: string;
    readonly grantTreatment: string;
    readonly workingCapital: string;
    readonly inputVat: string;
    readonly disposal: string;
    readonly terminalValue: string;
    readonly beforeTax: string;
    readonly fundingGap: string;
    readonly fundingGapReal: string;
    readonly taxTitle: string;
    readonly taxStandard: string;
    readonly taxReduced: string;
    readonly taxSmall: string;
    readonly taxLosses: string;
    readonly taxOneTime: string;
    readonly taxSuper: string;
    readonly taxCredit: string;
    readonly taxCompany: string;
    readonly taxAlone: string;
    readonly taxFollowingYear: string;
    readonly projectApart: string;
    readonly rounding: string;
  };
  readonly failed: {
    readonly request: string;
    readonly model: string;
    /** The report would be longer than a report may be. */
    readonly tooLong: string;
  };
}

/** `fill('NPV {npv}', { npv: '¥1.00' })` → `NPV ¥1.00`. */
export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}
