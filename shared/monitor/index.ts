export {
  DEFAULT_UNDER_DELIVERY_THRESHOLD,
  defaultMonitorSettings,
  monitorApplicant,
  monitorProgramme,
  type MonitorFlag,
  type MonitoredApplicant,
  type MonitorSettings,
  type Programme,
  type ProgrammeTotals,
} from './monitor';
export {
  ENGLISH_VERDICTS,
  MONITOR_COLUMN_IDS,
  MONITOR_ENGLISH_HEADERS,
  MONITOR_ENGLISH_TEXTS,
  monitoringJson,
  monitoringSheet,
  type MonitorColumnId,
  type MonitorTexts,
} from './table';
export { planVsActualJson, planVsActualSheet } from './plan-vs-actual';
export {
  actualsTemplate,
  csvGrid,
  MONTHS_ROW,
  NOTES_ROW,
  readActualsTemplate,
  TAX_ROW,
  TEMPLATE_ENGLISH_TEXTS,
  TEMPLATE_PROBLEM_CODES,
  type ReadTemplate,
  type TemplateProblem,
  type TemplateProblemCode,
  type TemplateTexts,
} from './template';
export { monitoringReportRequest, type MonitoringReportInput } from './report-request';
