import type Decimal from 'decimal.js';
import { ENGLISH_STATES, invalidJson, type InvalidApplicant } from '../compare';
import type { VerdictCode } from '../model';
import { fileNameOf } from '../scenario/file-names';
import type { ColumnKind, ExportSheet } from '../sheet/sheet';
import type { MonitorFlag, MonitoredApplicant, Programme } from './monitor';

/*
 * The programme monitoring as cells — one row per applicant in file order, then the programme's
 * total — for the command line's CSV and table, and as JSON. Cells are full-precision decimal
 * strings (rates as fractions); texts are English unless the caller passes its own.
 */

export const MONITOR_COLUMN_IDS = [
  'file',
  'company',
  'project',
  'state',
  'subsidy',
  'reported',
  'claimedSavings',
  'achievedSavings',
  'delivery',
  'planNpv',
  'reforecastNpv',
  'planPayback',
  'reforecastPayback',
  'plannedCausedNpv',
  'reforecastCausedNpv',
  'verdict',
  'flags',
] as const;
export type MonitorColumnId = (typeof MONITOR_COLUMN_IDS)[number];

const KINDS: Readonly<Record<MonitorColumnId, ColumnKind>> = {
  file: 'text',
  company: 'text',
  project: 'text',
  state: 'text',
  subsidy: 'amount',
  reported: 'text',
  claimedSavings: 'amount',
  achievedSavings: 'amount',
  delivery: 'rate',
  planNpv: 'amount',
  reforecastNpv: 'amount',
  planPayback: 'number',
  reforecastPayback: 'number',
  plannedCausedNpv: 'amount',
  reforecastCausedNpv: 'amount',
  verdict: 'text',
  flags: 'text',
};

export const MONITOR_ENGLISH_HEADERS: Readonly<Record<MonitorColumnId, string>> = {
  file: 'File',
  company: 'Company',
  project: 'Project',
  state: 'Effect of the subsidy at the decision',
  subsidy: 'Subsidy',
  reported: 'Years reported',
  claimedSavings: 'Savings claimed (years reported)',
  achievedSavings: 'Savings achieved',
  delivery: 'Delivery',
  planNpv: 'NPV planned',
  reforecastNpv: 'NPV re-forecast',
  planPayback: 'Payback planned (years)',
  reforecastPayback: 'Payback re-forecast (years)',
  plannedCausedNpv: 'Caused NPV planned',
  reforecastCausedNpv: 'Caused NPV re-forecast',
  verdict: 'Verdict',
  flags: 'Flags',
};

export const ENGLISH_VERDICTS: Readonly<Record<VerdictCode, string>> = {
  'no-longer-pays-off': 'no longer pays off',
  'payback-beyond-horizon': 'payback beyond the horizon',
  'payback-slips': 'payback slips',
  'behind-plan': 'behind plan',
  'ahead-of-plan': 'ahead of plan',
  'on-track': 'on track',
};

export interface MonitorTexts {
  readonly headers: Readonly<Record<MonitorColumnId, string>>;
  readonly total: string;
  readonly none: string;
  state(row: MonitoredApplicant): string;
  verdict(code: VerdictCode): string;
  flag(flag: MonitorFlag): string;
  /** A year reported: `2024`, or `2025 (6 months)`. */
  reportedYear(year: number, months: number | null): string;
}

export const MONITOR_ENGLISH_TEXTS: MonitorTexts = {
  headers: MONITOR_ENGLISH_HEADERS,
  total: 'Programme',
  none: 'none',
  state: (row) => ENGLISH_STATES[row.applicant.state],
  verdict: (code) => ENGLISH_VERDICTS[code],
  flag: (flag) => flag.message,
  reportedYear: (year, months) => (months === null ? String(year) : `${year} (${months} months)`),
};

const text = (value: Decimal | null): string | null => (value === null ? null : value.toString());

function cell(id: MonitorColumnId, row: MonitoredApplicant, texts: MonitorTexts): string | null {
  const a = row.applicant;
  switch (id) {
    case 'file':
      return fileNameOf(a.file);
    case 'company':
      return a.company;
    case 'project':
      return a.project;
    case 'state':
      return texts.state(row);
    case 'subsidy':
      return text(a.subsidyRequested);
    case 'reported':
      return row.reported.length === 0
        ? texts.none
        : row.reported.map((entry) => texts.reportedYear(entry.year, entry.months)).join(', ');
    case 'claimedSavings':
      return text(row.claimedSavings);
    case 'achievedSavings':
      return text(row.achievedSavings);
    case 'delivery':
      return text(row.delivery);
    case 'planNpv':
      return text(row.planNpv);
    case 'reforecastNpv':
      return text(row.reforecastNpv);
    case 'planPayback':
      return text(row.planPayback);
    case 'reforecastPayback':
      return text(row.reforecastPayback);
    case 'plannedCausedNpv':
      return text(row.plannedCausedNpv);
    case 'reforecastCausedNpv':
      return text(row.reforecastCausedNpv);
    case 'verdict':
      return row.verdict === null ? null : texts.verdict(row.verdict);
    case 'flags':
      return row.flags.map(texts.flag).join('; ');
  }
}

function totalCell(id: MonitorColumnId, programme: Programme, texts: MonitorTexts): string | null {
  const t = programme.totals;
  switch (id) {
    case 'file':
      return texts.total;
    case 'subsidy':
      return text(t.subsidy);
    case 'claimedSavings':
      return text(t.claimedSavings);
    case 'achievedSavings':
      return text(t.achievedSavings);
    case 'delivery':
      return text(t.delivery);
    case 'planNpv':
      return text(t.planNpv);
    case 'reforecastNpv':
      return text(t.reforecastNpv);
    case 'plannedCausedNpv':
      return text(t.plannedCausedNpv);
    case 'reforecastCausedNpv':
      return text(t.reforecastCausedNpv);
    default:
      return null;
  }
}

/** One sheet: a row per applicant, then the programme's total. */
export function monitoringSheet(
  programme: Programme,
  texts: MonitorTexts = MONITOR_ENGLISH_TEXTS,
  name = 'Monitoring',
): ExportSheet {
  return {
    name,
    columns: MONITOR_COLUMN_IDS.map((id) => ({ header: texts.headers[id], kind: KINDS[id] })),
    rows: [
      ...programme.applicants.map((row) => MONITOR_COLUMN_IDS.map((id) => cell(id, row, texts))),
      MONITOR_COLUMN_IDS.map((id) => totalCell(id, programme, texts)),
    ],
  };
}

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

function flagJson(flag: MonitorFlag): Json {
  return flag.code === 'under-delivery'
    ? {
        code: flag.code,
        delivery: flag.delivery.toString(),
        threshold: flag.threshold.toString(),
        message: flag.message,
      }
    : { code: flag.code, years: [...flag.years], message: flag.message };
}

/** `yardstick monitor --format json`. */
export function monitoringJson(
  programme: Programme,
  invalid: readonly InvalidApplicant[],
  currency: string,
): Json {
  const { settings, totals: t } = programme;
  return {
    currency,
    reportingYear: settings.reportingYear,
    threshold: settings.threshold.toString(),
    future: settings.future,
    applicants: programme.applicants.map((row) => ({
      file: row.applicant.file,
      company: row.applicant.company,
      project: row.applicant.project,
      state: row.applicant.state,
      subsidy: row.applicant.subsidyRequested.toString(),
      reported: row.reported.map((entry) => ({ year: entry.year, months: entry.months })),
      due: [...row.due],
      claimedSavings: row.claimedSavings.toString(),
      achievedSavings: row.achievedSavings.toString(),
      delivery: text(row.delivery),
      planNpv: row.planNpv.toString(),
      reforecastNpv: row.reforecastNpv.toString(),
      planPayback: text(row.planPayback),
      reforecastPayback: text(row.reforecastPayback),
      plannedCausedNpv: row.plannedCausedNpv.toString(),
      reforecastCausedNpv: row.reforecastCausedNpv.toString(),
      verdict: row.verdict,
      flags: row.flags.map(flagJson),
    })),
    invalid: invalidJson(invalid),
    totals: {
      applicants: t.applicants,
      reporting: t.reporting,
      underDelivering: t.underDelivering,
      missingReports: t.missingReports,
      subsidy: t.subsidy.toString(),
      claimedSavings: t.claimedSavings.toString(),
      achievedSavings: t.achievedSavings.toString(),
      delivery: text(t.delivery),
      planNpv: t.planNpv.toString(),
      reforecastNpv: t.reforecastNpv.toString(),
      plannedCausedNpv: t.plannedCausedNpv.toString(),
      reforecastCausedNpv: t.reforecastCausedNpv.toString(),
    },
  };
}
