import type { AmountScaleSetting } from '../../../shared/i18n/amount-scale';
import type { Locale } from '../../../shared/host/schemas';
import type { InvestmentReportRequest } from '../../../shared/report/request';
import { localIsoDate } from '../../../shared/report/report-date';
import { BASE_SCENARIO, serializeScenarioFile, type ScenarioFile } from '../../../shared/scenario';

export interface InvestmentRequestSource {
  /** The document as being edited; its text is what Save would write. */
  readonly file: ScenarioFile;
  /** The scenario shown: `base` or a named scenario's name. */
  readonly scenario: string;
  readonly language: Locale;
  /** The unit of the report's amounts, as chosen when printing. */
  readonly amountScale?: AmountScaleSetting;
  /** Who prepares the report: the settings' preparer (blank means not stated). */
  readonly preparer: string | null;
  /** Whether to append the feasibility-study statements (absent: as the language's default). */
  readonly statements?: boolean;
  /** The last Monte Carlo run to summarise, with the draws and seed it used. */
  readonly monteCarlo?: InvestmentReportRequest['monteCarlo'];
  /** Today, as the computer's calendar says; a parameter so that tests can fix it. */
  readonly today?: Date;
}

/** The request the printers pass to the report page for the document on screen. */
export function investmentReportRequest(source: InvestmentRequestSource): InvestmentReportRequest {
  return {
    kind: 'investment',
    language: source.language,
    ...(source.amountScale === undefined ? {} : { amountScale: source.amountScale }),
    preparer: source.preparer?.trim() ? source.preparer.trim() : null,
    date: localIsoDate(source.today ?? new Date()),
    documentText: serializeScenarioFile(source.file),
    scenarioId: source.scenario === BASE_SCENARIO ? null : source.scenario,
    ...(source.statements === undefined ? {} : { statements: source.statements }),
    monteCarlo: source.monteCarlo ?? null,
  };
}
