/**
 * Background is not news: an event the article dates well before its own publication ("the sarin attack of
 * August 2013" in a 2017 report, "in February 1982 the Brotherhood ambushed …") is history the article recalls.
 * It stays in the output, marked, so the map can leave it out unless asked.
 */
import type { DateReference } from './reference';
import type { ResolvedDate } from './types';
import { dayToMs } from './calendar';

/** an event whose dated period ended this long before the article's reference day is background, days */
export const BACKGROUND_AFTER_DAYS = 180;
const MS_PER_DAY = 86_400_000;

/**
 * True when `date` (a day, month or year) ends more than BACKGROUND_AFTER_DAYS before the reference day.
 * @example isBackground({ date: '2013-08', precision: 'month' }, { date: '2017-10-17', inferred: false }) // true
 */
export function isBackground(date: ResolvedDate | null, reference: DateReference | null): boolean {
  if (date === null || reference === null) return false;
  const end = periodEnd(date.date);
  return end !== null && (dayToMs(reference.date) - end) / MS_PER_DAY > BACKGROUND_AFTER_DAYS;
}

/** the last day of a YYYY, YYYY-MM or YYYY-MM-DD period, in ms since the epoch (UTC) */
function periodEnd(date: string): number | null {
  const [y, m, d] = date.split('-').map(Number);
  if (y === undefined || !Number.isFinite(y)) return null;
  if (m === undefined) return Date.UTC(y, 11, 31);
  if (d === undefined) return Date.UTC(y, m, 0); // day 0 of the next month: the month's last day
  return Date.UTC(y, m - 1, d);
}
