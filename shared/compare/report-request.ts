import type Decimal from 'decimal.js';
import type { AmountScaleSetting } from '../i18n/amount-scale';
import type { Locale } from '../i18n/locale';
import type { ComparisonReportRequest } from '../report/request';
import {
  serializeCompareSettings,
  type AllocationSettings,
  type CompareSettings,
} from './settings';

/*
 * The comparison report's request, built the same way by the applicants screen's PDF button and
 * by `yardstick compare --report`: the files as they were read, the officer's settings in the
 * `--weights` file format (allocation included, so the report funds whom the screen funds).
 */

export interface ComparisonReportInput {
  readonly files: readonly { readonly name: string; readonly text: string }[];
  readonly settings: CompareSettings;
  readonly allocation: AllocationSettings;
  readonly budget: Decimal | null;
  readonly language: Locale;
  /** The unit of the report's amounts; absent, the report's default (万元 in Chinese). */
  readonly amountScale?: AmountScaleSetting;
  readonly preparer: string | null;
  readonly title: string | null;
  /** The report's day, `2026-11-25`. */
  readonly date: string;
}

export function comparisonReportRequest(input: ComparisonReportInput): ComparisonReportRequest {
  return {
    kind: 'comparison',
    language: input.language,
    ...(input.amountScale === undefined ? {} : { amountScale: input.amountScale }),
    preparer: input.preparer,
    date: input.date,
    title: input.title,
    files: input.files.map(({ name, text }) => ({ name, text })),
    settingsText: serializeCompareSettings(input.settings, input.allocation),
    // toFixed: a decimal string without an exponent, as the request's schema requires.
    budget: input.budget === null ? null : input.budget.toFixed(),
  };
}
