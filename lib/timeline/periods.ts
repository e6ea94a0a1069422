/**
 * The period an event's date stands for: a day, or a whole month or year when the article gave no more. The
 * timeline spreads a partial date over its period instead of piling it on the first day.
 */
import { dayNumber, monthStart } from './days';

/** Inclusive first and last day numbers, and whether the date was known only to a month or year. */
export interface DayPeriod {
  start: number;
  end: number;
  partial: boolean;
}

/**
 * The days a `YYYY`, `YYYY-MM` or `YYYY-MM-DD` date covers; null for null or a malformed date.
 * @example datePeriod('2017-10') // { start: 17440, end: 17470, partial: true } (1–31 October 2017)
 */
export function datePeriod(date: string | null): DayPeriod | null {
  if (date === null) return null;
  if (/^\d{4}-\d{2}-\d{2}$/.test(date)) {
    const day = dayNumber(date);
    return { start: day, end: day, partial: false };
  }
  if (/^\d{4}-\d{2}$/.test(date)) {
    const [year, month] = date.split('-').map(Number) as [number, number];
    if (month < 1 || month > 12) return null;
    return { start: monthStart(year, month), end: monthStart(year, month + 1) - 1, partial: true };
  }
  if (/^\d{4}$/.test(date)) {
    const year = Number(date);
    return { start: monthStart(year, 1), end: monthStart(year + 1, 1) - 1, partial: true };
  }
  return null;
}
