import { z } from 'zod';
import { AmountScaleSettingSchema } from '../i18n/amount-scale';
import { LocaleSchema } from '../i18n/locale';
import { DocumentTextSchema } from '../scenario/document-text';

/*
 * What a printed report is made from. The same request reaches the report page from every
 * printer: the app's hidden window (Electron's printToPDF), the command line's headless Chromium
 * (over its DevTools pipe) and the browser build's print frame. The page recomputes every figure
 * from the files with the same model the app uses, so a report can never disagree with the screen.
 */

/** A day in ISO form, `2026-11-25`; passed in (not read from the clock) so reports reproduce. */
const IsoDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const DecimalTextSchema = z.string().regex(/^-?\d{1,18}(\.\d{1,12})?$/);
const PreparerSchema = z.string().max(200).nullable();

const CommonFields = {
  language: LocaleSchema,
  /** Who prepared the report (the settings' preparer), shown on the cover. */
  preparer: PreparerSchema,
  date: IsoDateSchema,
  /**
   * The unit the report's amounts are in (元, 万元, 亿元 in a Chinese report of yuan); absent or
   * `auto`, a Chinese report is in 万元, as the app shows amounts by default.
   */
  amountScale: AmountScaleSettingSchema.optional(),
};

export const InvestmentReportRequestSchema = z.strictObject({
  kind: z.literal('investment'),
  ...CommonFields,
  /** The scenario file's text, exactly as saved or as being edited. */
  documentText: DocumentTextSchema,
  /** The scenario to report on, by its name in the file (`optimistic`); null reports the base. */
  scenarioId: z.string().max(100).nullable(),
  /**
   * The Monte Carlo run to summarise, when one was run: the page runs it again with the same
   * draws and seed, which gives the same result (the runs are deterministic).
   */
  /**
   * Whether the appendix of feasibility-study statements is printed; absent, it is in Chinese
   * reports (a feasibility study's financial chapter) and not in English ones.
   */
  statements: z.boolean().optional(),
  monteCarlo: z
    .strictObject({
      draws: z.number().int().min(100).max(1_000_000),
      seed: z.number().int().min(0).max(0xffffffff),
      /** Latin hypercube sampling, when the run on screen used it. */
      latinHypercube: z.boolean().optional(),
    })
    .nullable(),
});
export type InvestmentReportRequest = z.infer<typeof InvestmentReportRequestSchema>;

export const ComparisonReportRequestSchema = z.strictObject({
  kind: z.literal('comparison'),
  ...CommonFields,
  /** The programme or call the applicants applied to, when the officer named it. */
  title: z.string().max(200).nullable(),
  /**
   * The applicants' files as read, each named as the officer named it (a path may be long: 4096
   * is Linux's PATH_MAX); as many as a folder holds — printers hand them over a few at a time.
   */
  files: z
    .array(z.strictObject({ name: z.string().min(1).max(4096), text: DocumentTextSchema }))
    .max(100_000),
  /** The officer's ranking settings in the `yardstick compare --weights` file format. */
  settingsText: z.string().max(100_000).nullable(),
  /** The budget to allocate, in yuan; null ranks without allocating. */
  budget: DecimalTextSchema.nullable(),
});
export type ComparisonReportRequest = z.infer<typeof ComparisonReportRequestSchema>;

export const MonitoringReportRequestSchema = z.strictObject({
  kind: z.literal('monitoring'),
  ...CommonFields,
  /** The programme monitored, when the officer named it. */
  title: z.string().max(200).nullable(),
  /** The funded applicants' files as read, with their actual results (as for a comparison). */
  files: ComparisonReportRequestSchema.shape.files,
  /** The reporting year: operating years ending in or before it are due. */
  reportingYear: z.number().int().min(1900).max(2200),
  /** Under-delivery below this share of the savings claimed, a fraction. */
  threshold: DecimalTextSchema,
  future: z.enum(['plan', 'delivery']),
});
export type MonitoringReportRequest = z.infer<typeof MonitoringReportRequestSchema>;

export const ReportRequestSchema = z.discriminatedUnion('kind', [
  InvestmentReportRequestSchema,
  ComparisonReportRequestSchema,
  MonitoringReportRequestSchema,
]);
export type ReportRequest = z.infer<typeof ReportRequestSchema>;

/** What the page answers once everything is laid out, fonts loaded and charts drawn. */
export const ReportOutcomeSchema = z.discriminatedUnion('status', [
  z.strictObject({
    status: z.literal('ready'),
    /** The running header of every page, e.g. the project's name. */
    runningHeader: z.string().max(300),
  }),
  z.strictObject({
    status: z.literal('failed'),
    /** Translated sentences naming the field, in the request's language. */
    messages: z.array(z.string().max(4000)).min(1).max(200),
  }),
]);
export type ReportOutcome = z.infer<typeof ReportOutcomeSchema>;

/**
 * The report page's one entry point, `window.yardstickReport`. Printers call it with a request,
 * wait for the outcome, then print the page.
 */
export interface ReportPageApi {
  render(request: unknown): Promise<ReportOutcome>;
}

/** The report page's file, beside index.html in every renderer build. */
export const REPORT_PAGE = 'report.html';
