import { useCallback, useMemo } from 'react';
import {
  FIELD_PREFIX,
  isBuiltIn,
  type Applicant,
  type ApplicantState,
  type BreakdownTexts,
  type ComparisonColumnId,
  type CriterionId,
  type Decision,
  type Flag,
  type TableTexts,
} from '../../../shared/compare';
import type Decimal from 'decimal.js';
import { Dec } from '../../../shared/finance/decimal';
import type { MonitorFlag, MonitoredApplicant } from '../../../shared/monitor';
import { useTranslation } from 'react-i18next';
import { reasonText } from '../../../shared/host/reason-text';
import { useSettings } from '../settings/settings-context';
import type { ValidationIssue } from '../../../shared/scenario';
import { useFormat } from '../format/use-format';
import { useApplicantsT, type ApplicantsKey, type ApplicantsT } from '../i18n/applicants';

/*
 * The workspace's codes (flags, criteria, decisions, reasons a file is left out) as sentences in
 * the language shown, with amounts and rates formatted as everywhere else in the app.
 */

export function criterionLabel(
  t: ApplicantsT,
  criterion: CriterionId,
  applicants: readonly Applicant[],
): string {
  if (isBuiltIn(criterion)) return t(`criteria.${criterion}`);
  const key = criterion.slice(FIELD_PREFIX.length);
  const label =
    applicants.flatMap((a) => a.fields).find((field) => field.key === key)?.label ?? key;
  return t('criteria.field', { label });
}

export function useFlagText(currency: string): (flag: Flag) => string {
  const t = useApplicantsT();
  const format = useFormat(currency);
  return useCallback(
    (flag: Flag) => {
      const params: Record<string, unknown> = { ...flag.params };
      for (const name of ['claimed', 'threshold']) {
        const value = flag.params[name];
        if (typeof value === 'string') params[name] = format.percentShort(new Dec(value));
      }
      return t(`flags.codes.${flag.code}`, params);
    },
    [t, format],
  );
}

export function useStateText(): (state: ApplicantState) => string {
  const t = useApplicantsT();
  return useCallback((state: ApplicantState) => t(`states.${state}`), [t]);
}

export function useDecisionText(): (decision: Decision) => string {
  const t = useApplicantsT();
  return useCallback((decision: Decision) => t(`budget.reasons.${decision}`), [t]);
}

/** Why a file was left out: the loader's and the host's codes, in the language shown. */
export function useReasonText(): (reason: ValidationIssue) => string {
  const { t, i18n } = useTranslation();
  const { language } = useSettings();
  const format = useFormat();
  return useCallback(
    (reason: ValidationIssue) =>
      reasonText(
        reason,
        language,
        { amount: format.amount, percent: format.percentShort },
        (key, options) =>
          i18n.exists(key)
            ? (t as unknown as (key: string, options?: object) => string)(key, options)
            : null,
      ),
    [t, i18n, language, format],
  );
}

const COLUMN_KEYS: Readonly<Record<ComparisonColumnId, ApplicantsKey>> = {
  rank: 'columns.rank',
  file: 'columns.file',
  company: 'columns.company',
  project: 'columns.project',
  state: 'columns.state',
  capex: 'columns.capex',
  subsidyRequested: 'columns.subsidyRequested',
  necessaryAward: 'columns.necessaryAward',
  aboveNecessary: 'columns.aboveNecessary',
  npv: 'columns.npv',
  irr: 'columns.irr',
  npvWithoutSubsidies: 'columns.npvWithoutSubsidies',
  irrWithoutSubsidies: 'columns.irrWithoutSubsidies',
  paybackYears: 'columns.paybackYears',
  eligibleCost: 'columns.eligibleCost',
  fundingGapRate: 'columns.fundingGapRate',
  publicMoneyPerNpv: 'columns.publicMoneyPerNpv',
  privateInvestmentPerSubsidy: 'columns.privateInvestmentPerSubsidy',
  savingsShare: 'columns.savingsShare',
  score: 'columns.score',
  flags: 'columns.flags',
  checked: 'columns.checked',
  award: 'columns.award',
  deadweightAward: 'columns.deadweightAward',
  deadweightShare: 'columns.deadweightShare',
  decision: 'columns.decision',
};

export function columnLabel(t: ApplicantsT, column: ComparisonColumnId): string {
  return t(COLUMN_KEYS[column]);
}

/** The texts the shared tables are written with, in the language shown (for CSV/XLSX). */
export function useTableTexts(
  currency: string,
  applicants: readonly Applicant[],
): { table: TableTexts; breakdown: BreakdownTexts } {
  const t = useApplicantsT();
  const flagText = useFlagText(currency);
  const decisionText = useDecisionText();
  const stateText = useStateText();
  return useMemo(() => {
    const headers = Object.fromEntries(
      (Object.keys(COLUMN_KEYS) as ComparisonColumnId[]).map((column) => [
        column,
        columnLabel(t, column),
      ]),
    ) as Record<ComparisonColumnId, string>;
    return {
      table: {
        headers,
        total: t('table.total', { count: applicants.length }),
        yes: t('table.yes'),
        no: t('table.no'),
        state: stateText,
        decision: decisionText,
        flag: flagText,
      },
      breakdown: {
        headers: {
          rank: t('columns.rank'),
          company: t('columns.company'),
          criterion: t('ranking.criterion'),
          value: t('ranking.value'),
          scaled: t('ranking.scaled'),
          weight: t('ranking.weight'),
          points: t('ranking.points'),
        },
        criterion: (id: string) => criterionLabel(t, id as CriterionId, applicants),
      },
    };
  }, [t, flagText, decisionText, stateText, applicants]);
}

/** A monitoring flag in words: under-delivery against the threshold, or the years not reported. */
export function flagText(t: ApplicantsT, flag: MonitorFlag, percent: (value: Decimal) => string) {
  return flag.code === 'under-delivery'
    ? t('monitor.flag.under-delivery', {
        delivery: percent(flag.delivery),
        threshold: percent(flag.threshold),
      })
    : t('monitor.flag.missing-reports', { years: flag.years.join(t('monitor.yearSeparator')) });
}

/** The years an applicant reported, `2024, 2025 (6 months)`, or that it has not reported. */
export function reportedYearsText(
  t: ApplicantsT,
  reported: MonitoredApplicant['reported'],
): string {
  return reported.length === 0
    ? t('monitor.noReport')
    : reported
        .map((entry) =>
          entry.months === null
            ? String(entry.year)
            : t('monitor.partialYear', { year: entry.year, months: entry.months }),
        )
        .join(t('monitor.yearSeparator'));
}
