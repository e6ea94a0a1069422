/** How the timeline names days and bins to a reader ("12 Oct 2017", "week of 9 Oct 2017", "October 2017"). */
import type { BinUnit, Bin } from './bins';
import { dayParts } from './days';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;
const SHORT_MONTH_LENGTH = 3; // "Oct"

/**
 * A day for reading.
 * @example dayLabel(dayNumber('2017-10-12')) // '12 Oct 2017'
 */
export function dayLabel(day: number): string {
  const { year, month, date } = dayParts(day);
  return `${date} ${monthName(month).slice(0, SHORT_MONTH_LENGTH)} ${year}`;
}

/**
 * A bin's period for reading.
 * @example binLabel({ start: dayNumber('2017-10-09'), end: dayNumber('2017-10-15') }, 'week') // 'week of 9 Oct 2017'
 */
export function binLabel(bin: Bin, unit: BinUnit): string {
  const { year, month } = dayParts(bin.start);
  if (unit === 'day') return dayLabel(bin.start);
  if (unit === 'week') return `week of ${dayLabel(bin.start)}`;
  if (unit === 'month') return `${monthName(month)} ${year}`;
  return String(year);
}

function monthName(month: number): string {
  return MONTHS[month - 1] ?? `month ${month}`;
}

const SHARE_DECIMALS = 1; // spread shares are shown to a tenth of an event

/**
 * What a bin holds, in words: its events, and the part spread from events known only to the month or year.
 * @example binCountText(5.25, 0.25) // '5 events dated to the day, plus ≈0.3 spread from events known only to the month or year'
 */
export function binCountText(total: number, partial: number): string {
  const exact = Math.round(total - partial);
  const events = `${exact} ${exact === 1 ? 'event' : 'events'}`;
  if (partial <= 0) return events;
  const whole = Math.abs(partial - Math.round(partial)) < 1e-9;
  const share = whole ? String(Math.round(partial)) : `≈${partial.toFixed(SHARE_DECIMALS)}`;
  return `${events} dated to the day, plus ${share} spread from events known only to the month or year`;
}
