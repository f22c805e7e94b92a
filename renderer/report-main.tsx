import type { ReportPageApi } from '../shared/report/request';
import { createReportPage } from './features/report/report-page';

/*
 * The print view's entry: printers load report.html, call `window.yardstickReport.render` with a
 * request and print the page once it answers (shared/report/request.ts).
 */
const container = document.getElementById('report');
if (!container) throw new Error('The report page has no #report element.');
(window as unknown as { yardstickReport: ReportPageApi }).yardstickReport =
  createReportPage(container);
