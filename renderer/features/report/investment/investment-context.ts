import type Decimal from 'decimal.js';
import type { Evaluation } from '../../../../shared/model';
import type { InvestmentReportRequest } from '../../../../shared/report/request';
import type { Scenario, ScenarioFile } from '../../../../shared/scenario';
import type { ReportFormat } from './report-format';

/** Everything the parts of the investment report read: the request, the file, the figures. */
export interface InvestmentContext {
  readonly request: InvestmentReportRequest;
  readonly file: ScenarioFile;
  readonly scenario: Scenario;
  readonly scenarioName: string;
  /** The scenario as the app names it: `Base`, `Optimistic`, or its own label. */
  readonly scenarioLabel: string;
  readonly evaluation: Evaluation<Decimal>;
  readonly report: ReportFormat;
}
