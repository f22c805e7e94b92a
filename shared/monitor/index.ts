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
export { monitoringRecord, type MetricsRecord, type MonitoringRecord } from './record';
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
