import { Dec } from '../finance/decimal';
import { appTexts } from '../i18n/catalogue/app';
import type { Locale } from '../i18n/locale';
import { fill, type Params } from '../i18n/texts';
import type { IssuePath, ValidationIssue } from './issues';
import { parsePath } from './paths';

/*
 * A problem of a scenario file (a code, parameters, a field path) as a person reads it: the field
 * named as the editor names it (`Investment item 3 › Salvage value`) and the sentence of the
 * interface's `validation.<code>`. The interface looks the texts up through i18next, the command
 * line in the catalogue itself; both word an issue here, once.
 */

/** A text of the interface's namespace by its dotted key, filled in, or null where there is none. */
export type TextLookup = (key: string, params?: Readonly<Record<string, unknown>>) => string | null;

/** The lookup of one language's interface texts, read from the catalogue. */
export function catalogueLookup(language: Locale): TextLookup {
  return (key, params) => {
    let here: unknown = appTexts[language];
    for (const part of key.split('.')) here = (here as Record<string, unknown> | undefined)?.[part];
    return typeof here === 'string' ? fill(here, (params ?? {}) as Params) : null;
  };
}

/**
 * The label of a field path as a person reads it: the list items it passes through and the field,
 * `Investment item 3 › Salvage value`. With `root` (the scenario), a list item is named by its own
 * `name` where it has one.
 */
export function fieldLabel(path: IssuePath, lookup: TextLookup, root?: unknown): string {
  if (path.length === 0) return lookup('fields.file') ?? '';
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
      const item = lookup(`fields.${keys.join('.')}._item`, { n: segment + 1 });
      parts.push(item ?? `${keys.at(-1) ?? ''} ${segment + 1}`);
      return;
    }
    keys.push(segment);
    if (index !== path.length - 1) return;
    const key = `fields.${keys.join('.')}`;
    // A group (a list, a section) is named by its `_` text; its key itself holds an object.
    parts.push(lookup(`${key}._`) ?? lookup(key) ?? segment);
  });
  return parts.join(' › ');
}

/** How the place showing the issue writes an amount and a rate. */
export interface IssueFormat {
  amount(value: Dec): string;
  percent(value: Dec): string;
}

const decimalText = /^-?\d{1,40}(\.\d{1,40})?$/;

/** Parameters that are amounts or rates in each message, shown as amounts and rates are shown. */
const amountParams: Readonly<Record<string, readonly string[]>> = {
  salvage_exceeds_cost: ['salvage', 'cost'],
  bands_not_increasing: ['upTo', 'previous'],
};
const percentParams: Readonly<Record<string, readonly string[]>> = {
  detection_not_improved: ['before', 'after'],
  interest_subsidy_exceeds_rate: ['ratePoints', 'loanRate'],
  schedule_shares_not_one: ['sum'],
};

/** Ranges of fractions are percentages, except the declining-balance factor. */
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

/**
 * An issue's parameters as its sentence shows them: amounts and rates formatted, and a driver it
 * names by `name` (the editor's label, when the scenario is at hand) or quoted.
 */
export function issueParams(
  issue: ValidationIssue,
  format: IssueFormat,
  name: (path: string) => string | null = () => null,
): Record<string, unknown> {
  const { code, path, params } = issue;
  const shown: Record<string, unknown> = { ...params };
  const asAmount = new Set(amountParams[code] ?? []);
  const asPercent = new Set(percentParams[code] ?? []);
  if (code === 'out_of_range' && rangeIsPercent(path)) {
    asPercent.add('min');
    asPercent.add('max');
  }
  if (code === 'outside_domain') {
    domainParams(params, asAmount, asPercent);
    if (typeof params.path === 'string') shown.path = name(params.path) ?? `“${params.path}”`;
  }
  for (const [key, value] of Object.entries(params)) {
    const text = String(value);
    if (!decimalText.test(text)) continue;
    if (asAmount.has(key)) shown[key] = format.amount(new Dec(text));
    else if (asPercent.has(key)) shown[key] = format.percent(new Dec(text));
  }
  return shown;
}

/** The code whose sentence fits best (a minimum length of one means "required"). */
export function messageCode(issue: ValidationIssue): string {
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

/** An issue in words: its field's label and its sentence (the loader's English one if none). */
export function issueText(
  issue: ValidationIssue,
  lookup: TextLookup,
  format: IssueFormat,
  options: { root?: unknown; name?: (path: string) => string | null } = {},
): IssueText {
  const params = issueParams(issue, format, options.name);
  return {
    field: fieldLabel(issue.path, lookup, options.root),
    message: lookup(`validation.${messageCode(issue)}`, params) ?? issue.message,
  };
}
