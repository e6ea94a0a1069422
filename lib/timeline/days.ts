/**
 * Calendar days as integers (days since 1970-01-01, UTC): the timeline's unit of arithmetic. A day number orders,
 * subtracts and indexes arrays, where ISO strings only order.
 */

const MS_PER_DAY = 86_400_000;
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * The day number of an ISO day.
 * @example dayNumber('1970-01-02') // 1
 */
export function dayNumber(iso: string): number {
  const match = ISO_DAY.exec(iso);
  if (!match) throw new Error(`Unexpected ISO day: ${iso}`);
  return Math.round(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) / MS_PER_DAY);
}

/**
 * The ISO day of a day number.
 * @example isoDay(17449) // '2017-10-12'
 */
export function isoDay(day: number): string {
  if (!Number.isInteger(day)) throw new Error(`Unexpected day number: ${day}`);
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** Year, month (1–12) and day of month of a day number. */
export function dayParts(day: number): { year: number; month: number; date: number } {
  const d = new Date(day * MS_PER_DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, date: d.getUTCDate() };
}

/** Day number of the first day of (year, month), month 1–12; months past 12 roll into the next years. */
export function monthStart(year: number, month: number): number {
  return Math.round(Date.UTC(year, month - 1, 1) / MS_PER_DAY);
}

/** Day of the week, 0 = Monday … 6 = Sunday (ISO 8601). */
export function weekday(day: number): number {
  // 1970-01-01 was a Thursday (3 when Monday is 0).
  return (((day + 3) % 7) + 7) % 7;
}
