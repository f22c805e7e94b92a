import { FinanceError } from './errors';

/** A calendar date: a `Date`, or a `'YYYY-MM-DD'` string read as that day in UTC. */
export type DateInput = Date | string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/**
 * Days since 1970-01-01 of a calendar date.
 *
 * A `Date` counts as its UTC calendar day with the time of day dropped, as the spreadsheet truncates
 * date serial numbers; strings are read as UTC so that a file opened in another time zone gives the
 * same day counts. Strings are checked strictly (2023-02-29 is refused, not rolled into March),
 * because a silently shifted date changes XNPV and XIRR without anyone noticing.
 */
export function toDayNumber(value: DateInput, what = 'date'): number {
  if (typeof value === 'string') {
    const match = ISO_DATE.exec(value);
    if (match) {
      const year = Number(match[1]);
      const month = Number(match[2]);
      const day = Number(match[3]);
      // setUTCFullYear, unlike Date.UTC, does not read years 0-99 as 1900-1999.
      const date = new Date(0);
      date.setUTCFullYear(year, month - 1, day);
      if (
        date.getUTCFullYear() === year &&
        date.getUTCMonth() === month - 1 &&
        date.getUTCDate() === day
      ) {
        return date.getTime() / MS_PER_DAY;
      }
    }
    throw new FinanceError(
      '#VALUE!',
      `${what} must be a calendar date written YYYY-MM-DD, got ${JSON.stringify(value)}`,
    );
  }
  if (Object.prototype.toString.call(value) === '[object Date]') {
    const time = (value as Date).getTime();
    if (Number.isFinite(time)) return Math.floor(time / MS_PER_DAY);
    throw new FinanceError('#VALUE!', `${what} is an invalid Date`);
  }
  throw new FinanceError(
    '#VALUE!',
    `${what} must be a Date or a YYYY-MM-DD string, got ${typeof value}`,
  );
}
