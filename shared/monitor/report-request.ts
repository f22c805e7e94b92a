import type { Locale } from '../i18n/locale';
import type { MonitoringReportRequest } from '../report/request';
import type { MonitorSettings } from './monitor';

/*
 * The monitoring report's request, built the same way by the applicants screen's PDF button and
 * by `yardstick monitor --report`: the files as they were read and the officer's settings. The
 * page assesses the files again and monitors them with these settings.
 */

export interface MonitoringReportInput {
  readonly files: readonly { readonly name: string; readonly text: string }[];
  readonly settings: MonitorSettings;
  readonly language: Locale;
  readonly preparer: string | null;
  readonly title: string | null;
  /** The report's day, `2026-11-25`. */
  readonly date: string;
}

export function monitoringReportRequest(input: MonitoringReportInput): MonitoringReportRequest {
  return {
    kind: 'monitoring',
    language: input.language,
    preparer: input.preparer,
    date: input.date,
    title: input.title,
    files: input.files.map(({ name, text }) => ({ name, text })),
    reportingYear: input.settings.reportingYear,
    // toFixed: a decimal string without an exponent, as the request's schema requires.
    threshold: input.settings.threshold.toFixed(),
    future: input.settings.future,
  };
}
