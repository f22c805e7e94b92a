import type { TFunction } from 'i18next';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { Dec } from '../../../shared/finance/decimal';
import { hostIssueText, type HostIssue } from '../../../shared/host/issues';
import { locate, parsePath, type IssuePath, type ValidationIssue } from '../../../shared/scenario';
import { useFormat, type Formatters } from '../format/use-format';
import { useSettings } from '../settings/settings-context';

/*
 * The scenario loader and the host report problems as stable codes with parameters and a field
 * path; here they become sentences in the language shown, naming the field as the editor does.
 */

type LooseT = (key: string, options?: Record<string, unknown>) => string;

/** Keys built from data (field paths, issue codes) cannot be checked by the type of `t`. */
function lookup(
  t: TFunction,
  exists: (key: string) => boolean,
  key: string,
  options?: Record<string, unknown>,
): string | null {
  return exists(key) ? (t as unknown as LooseT)(key, options) : null;
}

/**
 * The label of a field path as a person reads it: the list items it passes through and the field,
 * `Investment item 3 › Salvage value`.
 */
export function fieldLabel(
  path: IssuePath,
  t: TFunction,
  exists: (key: string) => boolean,
  /** When given, list items are named by their own `name` where they have one. */
  root?: unknown,
): string {
  if (path.length === 0) return t('fields.file');
  const keys: string[] = [];
  const parts: string[] = [];
  let here: unknown = root;
  path.forEach((segment, index) => {
    here =
      here !== null && typeof here === 'object'
        ? (here as Record<string | number, unknown>)[segment]
        : undefined;
    if (typeof segment === 'number') {
      const own =
        here !== null && typeof here === 'object' ? (here as { name?: unknown }).name : undefined;
      if (typeof own === 'string' && own.trim() !== '') {
        parts.push(own);
        return;
      }
      const item = lookup(t, exists, `fields.${keys.join('.')}._item`, { n: segment + 1 });
      parts.push(item ?? `${keys.at(-1) ?? ''} ${segment + 1}`);
      return;
    }
    keys.push(segment);
    if (index !== path.length - 1) return;
    const key = `fields.${keys.join('.')}`;
    // A group (a list, a section) is named by its `_` text; its key itself holds an object.
    parts.push(lookup(t, exists, `${key}._`) ?? lookup(t, exists, key) ?? segment);
  });
  return parts.join(' › ');
}

const decimalText = /^-?\d{1,40}(\.\d{1,40})?$/;

/** Parameters that are amounts or rates in each message, shown as the editor shows them. */
const amountParams: Readonly<Record<string, readonly string[]>> = {
  salvage_exceeds_cost: ['salvage', 'cost'],
  bands_not_increasing: ['upTo', 'previous'],
};
const percentParams: Readonly<Record<string, readonly string[]>> = {
  detection_not_improved: ['before', 'after'],
  interest_subsidy_exceeds_rate: ['ratePoints', 'loanRate'],
  schedule_shares_not_one: ['sum'],
};

/** Ranges of fractions are percentages on screen, except the declining-balance factor. */
function rangeIsPercent(path: IssuePath): boolean {
  return path.at(-1) !== 'factor';
}

/** A value outside a driver's domain is written in the driver's own unit. */
function domainParams(
  params: Readonly<Record<string, string | number | boolean>>,
  asAmount: Set<string>,
  asPercent: Set<string>,
): void {
  const driverPath = typeof params.path === 'string' ? parsePath(params.path) : null;
  const last = driverPath?.at(-1);
  const factor = last?.kind === 'key' && last.key === 'factor';
  const target =
    params.unit === 'amount' ? asAmount : params.unit === 'fraction' && !factor ? asPercent : null;
  for (const name of ['min', 'max', 'value']) target?.add(name);
}

function formatParams(
  code: string,
  path: IssuePath,
  params: Readonly<Record<string, string | number | boolean>>,
  format: Formatters,
  name: (path: string) => string | null,
): Record<string, unknown> {
  const shown: Record<string, unknown> = { ...params };
  const asAmount = new Set(amountParams[code] ?? []);
  const asPercent = new Set(percentParams[code] ?? []);
  if (code === 'out_of_range' && rangeIsPercent(path)) {
    asPercent.add('min');
    asPercent.add('max');
  }
  if (code === 'outside_domain') {
    domainParams(params, asAmount, asPercent);
    // The driver as the editor names it, when the scenario is at hand.
    if (typeof params.path === 'string') shown.path = name(params.path) ?? `“${params.path}”`;
  }
  for (const [name, value] of Object.entries(params)) {
    const text = String(value);
    if (!decimalText.test(text)) continue;
    if (asAmount.has(name)) shown[name] = format.amount(new Dec(text));
    else if (asPercent.has(name)) shown[name] = format.percentShort(new Dec(text));
  }
  return shown;
}

/** The code whose sentence fits best (a minimum length of one means "required"). */
function messageCode(issue: ValidationIssue): string {
  if (issue.code === 'too_short' && issue.params.minimum === 1) return 'required';
  if (issue.code === 'out_of_range' && issue.params.minExclusive === true)
    return 'out_of_range_above';
  if (issue.code === 'outside_domain') {
    if (issue.params.minExclusive === true) return 'outside_domain_above';
    if (issue.params.max === undefined) return 'outside_domain_at_least';
  }
  return issue.code;
}

export interface IssueText {
  readonly field: string;
  readonly message: string;
}

/** A host issue's path as text, `capex[2].depreciation.salvage` or `capex.2.amount`, as a list. */
export function hostIssuePath(path: string): IssuePath {
  return (path.match(/\[\d+\]|[^.[\]]+/g) ?? []).map((segment) => {
    const index = /^\[?(\d+)\]?$/.exec(segment);
    return index ? Number(index[1]) : segment;
  });
}

/**
 * Translates scenario issues and host issues into the language shown. With the scenario at hand,
 * a driver a message names is named as the editor names it (`Lower production cost › Full effect`).
 */
export function useIssueText(
  currency?: string,
  scenario?: object,
): {
  scenarioIssue(issue: ValidationIssue): IssueText;
  hostIssue(issue: HostIssue): IssueText;
} {
  const { t, i18n } = useTranslation();
  const { language } = useSettings();
  const format = useFormat(currency);
  const exists = useCallback((key: string) => i18n.exists(key), [i18n]);

  const scenarioIssue = useCallback(
    (issue: ValidationIssue): IssueText => {
      const name = (driver: string): string | null => {
        const steps = scenario === undefined ? null : parsePath(driver);
        const found = steps === null ? null : locate(scenario, steps);
        return found?.ok ? fieldLabel(found.location, t, exists, scenario) : null;
      };
      const params = formatParams(issue.code, issue.path, issue.params, format, name);
      const message =
        lookup(t, exists, `validation.${messageCode(issue)}`, params) ?? issue.message;
      return { field: fieldLabel(issue.path, t, exists), message };
    },
    [t, exists, format, scenario],
  );

  const hostIssue = useCallback(
    (issue: HostIssue): IssueText => {
      if (issue.code.includes('.')) {
        return { field: '', message: hostIssueText(issue, language) };
      }
      // Scenario issues passed on by the host keep the loader's codes and paths.
      return scenarioIssue({
        path: hostIssuePath(issue.path),
        code: issue.code,
        params: issue.params,
        message: issue.message,
      });
    },
    [language, scenarioIssue],
  );

  return { scenarioIssue, hostIssue };
}
