import { PAGE_MARGINS_MM } from './print-layout';

/*
 * What a report may cost. The largest file the format accepts (1,000 investment items paid in 40
 * instalments, 100 effects, 20 scenarios) once made a report of 1,172 pages in 8 minutes: a board
 * reads none of that. So a report lists what a reader can take in and sums up the rest, gives each
 * analysis it runs a time of its own, refuses to print beyond a page count, and its printers stop
 * waiting after a while.
 */

/** Items of one list (investment items, effects…) listed one by one; the rest in one sentence. */
export const LISTED_ITEMS = 25;

/** Schedules (payments, disbursements) of more entries are one line instead of one per entry. */
export const SCHEDULE_ROWS = 3;

/** Lines of one group of the yearly projection shown (the largest); the rest summed in one line. */
export const PROJECTION_LINES_PER_GROUP = 12;

/** Inputs whose switching value the report searches: those that move the NPV most. */
export const SWITCHING_DRIVERS = 20;

/** Time the report page gives each analysis it runs (tornado, switching values). */
export const ANALYSIS_BUDGET_MS = 60_000;

/** Longest a printer waits for the report page's answer. */
export const RENDER_TIMEOUT_MS = 300_000;

/** Pages a report may run to; a longer one is refused before anything is printed. */
export const MAX_REPORT_PAGES = 400;

/** Height of a page's printable area in CSS pixels (96 per inch): A4 less the top and bottom margins. */
export const PRINTABLE_HEIGHT_PX =
  ((297 - PAGE_MARGINS_MM.top - PAGE_MARGINS_MM.bottom) / 25.4) * 96;

/** The pages a laid-out report of `height` CSS pixels will about print to. */
export const estimatedPages = (height: number): number =>
  Math.max(1, Math.ceil(height / PRINTABLE_HEIGHT_PX));
