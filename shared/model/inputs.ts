import type { CapexItem, Effect, Loan, RunningCost, WorkingCapitalLine } from '../scenario';

/*
 * The model's inputs: a scenario resolved into numbers of the arithmetic N, with every default
 * applied and every string parsed. The shape mirrors the scenario file field for field, so the
 * path that overrides a field in a file (`effects[id=prod-cost].fullEffect`) addresses the same
 * number here, where the analyses perturb it as a driver without resolving the scenario again.
 * Whole numbers (years, lives) are structure, not drivers, and stay JavaScript numbers.
 */

export interface YearShareInput<N> {
  readonly year: number;
  readonly share: N;
}

export interface CapexInput<N> {
  readonly id: string;
  readonly name: string;
  readonly category: CapexItem['category'];
  readonly amount: N;
  /** Identical units the amount buys: the one-time deduction tests amount / units. */
  readonly units: number;
  /** Recoverable input VAT paid with the item (zero when none). */
  readonly inputVat: N;
  readonly payments: readonly YearShareInput<N>[];
  /** The year after the last payment: depreciation and deductions start here. */
  readonly inServiceYear: number;
  readonly depreciation: {
    readonly method: CapexItem['depreciation']['method'];
    readonly lifeYears: number;
    readonly salvage: N;
    readonly factor: N | null;
  };
  readonly eligibility: CapexItem['eligibility'];
  /** A replacement during operation: an operating outflow of the EU funding gap. */
  readonly replacement: boolean;
  /**
   * Maintenance investment during operation (维持运营投资), or null. Its outlays are `payments`,
   * repeated every `everyYears` within the horizon when it recurs (`payments` then holds every
   * outlay, each a share of the amount); each outlay is an asset of its own or an expense.
   */
  readonly maintenance: {
    readonly treatment: 'depreciate' | 'expense';
    readonly everyYears: number | null;
  } | null;
  readonly residualValue: N;
}

interface EffectCommonInput<N> {
  readonly id: string;
  readonly name: string;
  readonly kind: Effect['kind'];
  readonly ramp: readonly N[];
  readonly decayPerYear: N;
  /** Explicit amounts from the start year on; null when the effect is computed throughout. */
  readonly series: readonly N[] | null;
  readonly startYear: number;
  readonly endYear: number;
  readonly escalates: boolean;
  /** The line's own yearly change (zero when none). */
  readonly growth: N;
}

export type EffectInput<N> = EffectCommonInput<N> &
  (
    | { readonly basis: 'amount'; readonly fullEffect: N }
    | { readonly basis: 'baseline-share'; readonly baselineLine: string; readonly fullEffect: N }
    | {
        readonly basis: 'defect-detection';
        readonly baselineLine: string;
        readonly detectionBefore: N;
        readonly detectionAfter: N;
      }
  );

export interface RunningCostInput<N> {
  readonly id: string;
  readonly name: string;
  readonly kind: RunningCost['kind'];
  readonly amount: N;
  readonly series: readonly N[] | null;
  readonly startYear: number;
  readonly endYear: number;
  readonly escalates: boolean;
  readonly growth: N;
  readonly eligibility: RunningCost['eligibility'];
}

interface WorkingCapitalCommonInput<N> {
  readonly id: string;
  readonly name: string;
  readonly change: WorkingCapitalLine['change'];
  readonly timing: readonly YearShareInput<N>[];
  readonly escalates: boolean;
  readonly recoveredAtHorizon: boolean;
}

export type WorkingCapitalInput<N> = WorkingCapitalCommonInput<N> &
  (
    | { readonly basis: 'amount'; readonly amount: N }
    | { readonly basis: 'baseline-share'; readonly baselineLine: string; readonly share: N }
    | { readonly basis: 'baseline-days'; readonly baselineLine: string; readonly days: N }
  );

interface SubsidyCommonInput {
  readonly id: string;
  readonly name: string;
  readonly grantor: string;
  readonly taxable: boolean;
}

export type SubsidyInput<N> = SubsidyCommonInput &
  (
    | {
        readonly type: 'capex-grant';
        readonly rate: N;
        readonly cap: N | null;
        readonly disbursement: readonly YearShareInput<N>[];
        readonly reducesDepreciableBase: boolean;
      }
    | {
        readonly type: 'lump-sum' | 'service-voucher';
        readonly amount: N;
        readonly disbursement: readonly YearShareInput<N>[];
      }
    | {
        readonly type: 'interest-subsidy';
        readonly loanId: string;
        readonly ratePoints: N;
        readonly years: number;
      }
  );

export type PreferentialInput<N> =
  | { readonly type: 'reduced-rate'; readonly label: string; readonly rate: N }
  | {
      readonly type: 'small-low-profit';
      readonly label: string;
      readonly bands: readonly { readonly upTo: N; readonly rate: N }[];
    };

export interface TaxInput<N> {
  readonly rate: N;
  readonly preferential: PreferentialInput<N> | null;
  readonly lossCarryForwardYears: number;
  readonly oneTimeDeduction: { readonly unitThreshold: N } | null;
  readonly superDeduction: { readonly rate: N } | null;
  readonly investmentTaxCredit: {
    readonly rate: N;
    readonly cap: N | null;
    readonly carryForwardYears: number;
  } | null;
  readonly companyTaxableIncome: N | null;
  readonly disposalAtHorizon: boolean;
  readonly payment: 'same-year' | 'following-year';
  readonly inputVatRecoveryYears: number;
  readonly surcharges: SurchargesInput<N> | null;
  readonly holiday: {
    readonly exemptYears: number;
    readonly halfRateYears: number;
    readonly from: 'first-operating-year' | 'first-profitable-year';
  } | null;
}

export type SurchargesInput<N> = {
  readonly startYear: number;
  readonly endYear: number;
  readonly escalates: boolean;
} & (
  | { readonly basis: 'amount'; readonly amount: N }
  | {
      readonly basis: 'vat-rates';
      readonly vatPayable: N;
      readonly urbanMaintenanceRate: N;
      readonly educationRate: N;
      readonly localEducationRate: N;
    }
);

export interface LoanInput<N> {
  readonly id: string;
  readonly name: string;
  readonly amount: N;
  readonly rate: N;
  readonly termYears: number;
  readonly graceYears: number;
  readonly repayment: Loan['repayment'];
  readonly drawdownYear: number;
  /** Draws over several years, adding up to the amount; null: the whole amount in drawdownYear. */
  readonly draws: readonly { readonly year: number; readonly amount: N }[] | null;
  readonly drawTiming: 'year-end' | 'mid-year';
  /** Ids of the investment items the loan pays for (none: every interest is expensed). */
  readonly finances: readonly string[];
  readonly constructionInterest: 'paid' | 'rolled-into-loan';
}

export interface DiscountRateInput<N> {
  readonly rate: N;
  readonly basis: 'nominal' | 'real';
}

export interface ModelInputs<N> {
  readonly project: {
    readonly name: string;
    readonly currency: string;
    readonly startYear: number;
    readonly horizonYears: number;
  };
  readonly baseline: {
    readonly productionCost: N | null;
    readonly inspectionLabourCost: N | null;
    readonly revenue: N | null;
    readonly otherCosts: readonly {
      readonly id: string;
      readonly name: string;
      readonly amount: N;
    }[];
  };
  readonly capex: readonly CapexInput<N>[];
  readonly effects: readonly EffectInput<N>[];
  readonly runningCosts: readonly RunningCostInput<N>[];
  readonly workingCapital: readonly WorkingCapitalInput<N>[];
  readonly subsidies: readonly SubsidyInput<N>[];
  readonly tax: TaxInput<N>;
  readonly financing: { readonly loans: readonly LoanInput<N>[] };
  readonly parameters: {
    readonly discountRate: DiscountRateInput<N>;
    readonly inflation: N;
    readonly payback: 'from-year-0-end' | 'from-construction-start';
    /** Null rates are the nominal discount rate. */
    readonly mirr: { readonly financeRate: N | null; readonly reinvestmentRate: N | null };
    readonly terminalValue: { readonly growth: N } | null;
    readonly fundingGapDiscountRate: DiscountRateInput<N>;
  };
}
