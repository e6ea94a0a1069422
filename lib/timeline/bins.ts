/**
 * Bins that follow the span: days for a few weeks, weeks for up to a year, months for up to a decade, years
 * beyond. Weeks start on Monday (ISO 8601); every bin is a whole calendar unit.
 */
import { dayParts, monthStart, weekday } from './days';

export type BinUnit = 'day' | 'week' | 'month' | 'year';

export const BIN_UNITS: readonly BinUnit[] = ['day', 'week', 'month', 'year'];

/** Inclusive day numbers of one bin. */
export interface Bin {
  start: number;
  end: number;
}

/** Longest span (in days) drawn with each unit; beyond the month limit, years. */
export const BIN_SPAN_LIMITS = {
  day: 62, // days: up to two months in day bins (≤ 62 bars)
  week: 366, // days: up to a year in week bins (≤ 54 bars)
  month: 3653, // days: up to ten years in month bins (≤ 121 bars)
} as const;

/**
 * The unit for a span of days (inclusive day numbers).
 * @example binUnitFor(dayNumber('2017-06-01'), dayNumber('2017-10-31')) // 'week'
 */
export function binUnitFor(start: number, end: number): BinUnit {
  if (end < start) throw new Error(`Unexpected span: ${start} > ${end}`);
  const days = end - start + 1;
  if (days <= BIN_SPAN_LIMITS.day) return 'day';
  if (days <= BIN_SPAN_LIMITS.week) return 'week';
  if (days <= BIN_SPAN_LIMITS.month) return 'month';
  return 'year';
}

/**
 * First day of the unit holding `day`.
 * @example unitStart(dayNumber('2017-10-12'), 'week') // day number of Monday 2017-10-09
 */
export function unitStart(day: number, unit: BinUnit): number {
  if (unit === 'day') return day;
  if (unit === 'week') return day - weekday(day);
  const { year, month } = dayParts(day);
  return unit === 'month' ? monthStart(year, month) : monthStart(year, 1);
}

/** First day of the unit after the one starting at (or holding) `day`. */
export function nextUnitStart(day: number, unit: BinUnit): number {
  const start = unitStart(day, unit);
  if (unit === 'day') return start + 1;
  if (unit === 'week') return start + 7;
  const { year, month } = dayParts(start);
  return unit === 'month' ? monthStart(year, month + 1) : monthStart(year + 1, 1);
}

/**
 * Whole-unit bins covering [start, end] (inclusive day numbers), oldest first.
 * @example binsFor(dayNumber('2017-10-30'), dayNumber('2017-11-02'), 'month').length // 2
 */
export function binsFor(start: number, end: number, unit: BinUnit): Bin[] {
  if (end < start) throw new Error(`Unexpected span: ${start} > ${end}`);
  const bins: Bin[] = [];
  for (let s = unitStart(start, unit); s <= end; ) {
    const next = nextUnitStart(s, unit);
    bins.push({ start: s, end: next - 1 });
    s = next;
  }
  return bins;
}

/**
 * Index of the bin holding `day` (bins sorted and contiguous), or -1 outside them.
 * @example binIndex(binsFor(0, 30, 'week'), 8) // 1
 */
export function binIndex(bins: readonly Bin[], day: number): number {
  let lo = 0;
  let hi = bins.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const bin = bins[mid] as Bin;
    if (day < bin.start) hi = mid - 1;
    else if (day > bin.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}
