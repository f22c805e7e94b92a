/*
 * The day a report is dated: what a person reads on their computer's calendar, written
 * `YYYY-MM-DD`, and passed into the request (never read from the clock by the page), so that a
 * report can be made again exactly.
 */

/** The local calendar day of `now` as `YYYY-MM-DD`. */
export function localIsoDate(now: Date): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${two(now.getMonth() + 1)}-${two(now.getDate())}`;
}

/** Whether `text` is a real day written `YYYY-MM-DD` (2026-02-30 is not). */
export function isIsoDay(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const day = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(day.getTime()) && day.toISOString().startsWith(text);
}
