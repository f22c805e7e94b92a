import type Decimal from 'decimal.js';
import { Dec } from '../finance';
import type { FutureBasis, VerdictCode } from '../model';
import { causedNpv, type Applicant } from '../compare';

/*
 * Programme monitoring (README): the funded applicants' files with their actuals, per applicant
 * the savings claimed and achieved over the years reported, the re-forecast NPV and the NPV the
 * subsidy caused, flags for under-delivery and missing reports, and the programme's totals.
 */

export interface MonitorSettings {
  /** Under-delivery: achieved savings below this share of the claim over the years reported. */
  readonly threshold: Decimal;
  /**
   * The reporting year, a calendar year: an operating year is due (its report should be in) when
   * it ends in or before it — start year + t ≤ reporting year.
   */
  readonly reportingYear: number;
  /** How the years after the last report are re-forecast. */
  readonly future: FutureBasis;
}

/** 80 %: a project that achieved less than four fifths of the savings it claimed is flagged. */
export const DEFAULT_UNDER_DELIVERY_THRESHOLD = '0.8';

export function defaultMonitorSettings(reportingYear: number): MonitorSettings {
  return {
    threshold: new Dec(DEFAULT_UNDER_DELIVERY_THRESHOLD),
    reportingYear,
    future: 'plan',
  };
}

export type MonitorFlag =
  | {
      readonly code: 'under-delivery';
      readonly delivery: Decimal;
      readonly threshold: Decimal;
      readonly message: string;
    }
  | {
      readonly code: 'missing-reports';
      /** Calendar years due and not reported in full. */
      readonly years: readonly number[];
      readonly message: string;
    };

export interface MonitoredApplicant {
  readonly applicant: Applicant;
  /** Calendar years reported; a partial year is listed with its months. */
  readonly reported: readonly { readonly year: number; readonly months: number | null }[];
  /** Calendar years due by the reporting year (operating years only). */
  readonly due: readonly number[];
  readonly claimedSavings: Decimal;
  readonly achievedSavings: Decimal;
  /** Null without actuals or when no saving was claimed for the years reported. */
  readonly delivery: Decimal | null;
  readonly planNpv: Decimal;
  /** The plan's NPV when nothing is reported. */
  readonly reforecastNpv: Decimal;
  readonly planPayback: Decimal | null;
  readonly reforecastPayback: Decimal | null;
  /** The NPV the subsidy causes: the project's NPV when it was additional at the decision, else 0. */
  readonly plannedCausedNpv: Decimal;
  readonly reforecastCausedNpv: Decimal;
  /** Null when nothing is reported. */
  readonly verdict: VerdictCode | null;
  readonly flags: readonly MonitorFlag[];
}

export interface ProgrammeTotals {
  readonly applicants: number;
  readonly reporting: number;
  readonly underDelivering: number;
  readonly missingReports: number;
  readonly subsidy: Decimal;
  readonly claimedSavings: Decimal;
  readonly achievedSavings: Decimal;
  /** Σ achieved / Σ claimed over the applicants' years reported; null when nothing was claimed. */
  readonly delivery: Decimal | null;
  readonly planNpv: Decimal;
  readonly reforecastNpv: Decimal;
  readonly plannedCausedNpv: Decimal;
  readonly reforecastCausedNpv: Decimal;
}

export interface Programme {
  readonly settings: MonitorSettings;
  /** In file order. */
  readonly applicants: readonly MonitoredApplicant[];
  readonly totals: ProgrammeTotals;
}

const dec = (value: string | null): Decimal | null => (value === null ? null : new Dec(value));
const zero = new Dec(0);

export function monitorApplicant(
  applicant: Applicant,
  settings: MonitorSettings,
): MonitoredApplicant {
  const { monitoring, startYear, horizonYears } = applicant;
  const lastDue = Math.min(horizonYears, settings.reportingYear - startYear);
  const due = Array.from({ length: Math.max(0, lastDue) }, (_, index) => startYear + index + 1);
  const reported = (monitoring?.reported ?? []).map((entry) => ({
    year: startYear + entry.year,
    months: entry.months,
  }));
  const inFull = new Set(reported.filter((entry) => entry.months === null).map((e) => e.year));
  const missing = due.filter((year) => !inFull.has(year));
  const delivery = dec(monitoring?.delivery ?? null);
  const flags: MonitorFlag[] = [];
  // Below the threshold is flagged, at it is not (as the plausibility flags).
  if (delivery !== null && delivery.lt(settings.threshold)) {
    flags.push({
      code: 'under-delivery',
      delivery,
      threshold: settings.threshold,
      message: `achieved ${delivery.times(100).toFixed(1)} % of the savings claimed for the years reported, below ${settings.threshold.times(100).toString()} %`,
    });
  }
  if (missing.length > 0) {
    flags.push({
      code: 'missing-reports',
      years: missing,
      message: `no full report for ${missing.join(', ')} (due by ${settings.reportingYear})`,
    });
  }
  const planNpv = monitoring === undefined ? applicant.npv : new Dec(monitoring.plan.npv);
  const reforecast = monitoring?.reforecast[settings.future];
  const reforecastNpv = reforecast === undefined ? planNpv : new Dec(reforecast.npv);
  const caused = causedNpv(applicant);
  return {
    applicant,
    reported,
    due,
    claimedSavings: dec(monitoring?.plannedSavings ?? null) ?? zero,
    achievedSavings: dec(monitoring?.achievedSavings ?? null) ?? zero,
    delivery,
    planNpv,
    reforecastNpv,
    planPayback: applicant.paybackYears,
    reforecastPayback:
      reforecast === undefined ? applicant.paybackYears : dec(reforecast.paybackYears),
    plannedCausedNpv: caused,
    // The subsidy caused the project or it did not: that was decided with the plan. What the
    // project it caused is now worth is its re-forecast NPV.
    reforecastCausedNpv: caused.isZero() ? zero : reforecastNpv,
    verdict: monitoring?.verdict[settings.future] ?? null,
    flags,
  };
}

export function monitorProgramme(
  applicants: readonly Applicant[],
  settings: MonitorSettings,
): Programme {
  const monitored = applicants.map((applicant) => monitorApplicant(applicant, settings));
  const total = (pick: (row: MonitoredApplicant) => Decimal) =>
    monitored.reduce((sum, row) => sum.plus(pick(row)), zero);
  const claimedSavings = total((row) => row.claimedSavings);
  const achievedSavings = total((row) => row.achievedSavings);
  const has = (code: MonitorFlag['code']) =>
    monitored.filter((row) => row.flags.some((flag) => flag.code === code)).length;
  return {
    settings,
    applicants: monitored,
    totals: {
      applicants: monitored.length,
      reporting: monitored.filter((row) => row.reported.length > 0).length,
      underDelivering: has('under-delivery'),
      missingReports: has('missing-reports'),
      subsidy: total((row) => row.applicant.subsidyRequested),
      claimedSavings,
      achievedSavings,
      delivery: claimedSavings.isZero() ? null : achievedSavings.div(claimedSavings),
      planNpv: total((row) => row.planNpv),
      reforecastNpv: total((row) => row.reforecastNpv),
      plannedCausedNpv: total((row) => row.plannedCausedNpv),
      reforecastCausedNpv: total((row) => row.reforecastCausedNpv),
    },
  };
}
