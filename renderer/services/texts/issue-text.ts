import type { TFunction } from 'i18next';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { hostIssueText, type HostIssue } from '../../../shared/host/issues';
import { locate, parsePath, type IssuePath, type ValidationIssue } from '../../../shared/scenario';
import {
  fieldLabel as sharedFieldLabel,
  issueText,
  type IssueText,
  type TextLookup,
} from '../../../shared/scenario/issue-text';
import { useFormat } from '../format/use-format';
import { useSettings } from '../settings/settings-context';

/*
 * The scenario loader and the host report problems as stable codes with parameters and a field
 * path; here they become sentences in the language shown, naming the field as the editor does.
 */

type LooseT = (key: string, options?: Record<string, unknown>) => string;

/** i18next's texts as the shared wording reads them: keys built from data cannot be typed. */
function lookupOf(t: TFunction, exists: (key: string) => boolean): TextLookup {
  return (key, options) => (exists(key) ? (t as unknown as LooseT)(key, options) : null);
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
  return sharedFieldLabel(path, lookupOf(t, exists), root);
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
      return issueText(
        issue,
        lookupOf(t, exists),
        { amount: format.amount, percent: format.percentShort },
        { name },
      );
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
