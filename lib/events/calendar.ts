/**
 * Small calendar arithmetic on ISO day strings (UTC, no time zones): the date resolver's building blocks.
 */

export const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
] as const;
export const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'] as const;

const MS_PER_DAY = 86_400_000;

/** Parses `YYYY-MM-DD` to UTC milliseconds; throws on anything else. */
export function dayToMs(day: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (m === null) throw new Error(`Unexpected day: ${day}`);
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
}

/** Formats UTC milliseconds as `YYYY-MM-DD`. */
export function msToDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** `day` shifted by `days` (negative = earlier). */
export function addDays(day: string, days: number): string {
  return msToDay(dayToMs(day) + days * MS_PER_DAY);
}

/** Formats a calendar date; month 1–12. */
export function isoDay(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}`;
}

/** `YYYY-MM` */
export function isoMonth(year: number, month: number): string {
  return `${String(year).padStart(4, '0')}-${pad2(month)}`;
}

/** 0 = Sunday … 6 = Saturday */
export function weekdayOf(year: number, month: number, day: number): number {
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay();
}

/** The latest day on or before `reference` that falls on `weekday` (0 = Sunday). */
export function weekdayOnOrBefore(reference: string, weekday: number): string {
  const refWeekday = new Date(dayToMs(reference)).getUTCDay();
  return addDays(reference, -((refWeekday - weekday + 7) % 7));
}

/** true when the calendar date exists (no 31 April) */
export function isValidDay(year: number, month: number, day: number): boolean {
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

/** Month number 1–12 of an English month name or its 3-letter abbreviation, else null. */
export function monthNumber(name: string): number | null {
  const key = name.toLowerCase().replace(/\.$/, '');
  const index = MONTHS.findIndex((m) => m === key || (key.length >= 3 && m.startsWith(key)));
  return index === -1 ? null : index + 1;
}

/** Weekday number (0 = Sunday) of an English weekday name, else null. */
export function weekdayNumber(name: string): number | null {
  const index = WEEKDAYS.indexOf(name.toLowerCase() as (typeof WEEKDAYS)[number]);
  return index === -1 ? null : index;
}

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}
