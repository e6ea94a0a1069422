/**
 * Play: a window of a day, a week or a month steps through a span. Windows start at the span's first day and
 * follow on without gaps or overlaps (a month window runs to the day before the same date a month later).
 */
import { dayParts, monthStart } from './days';

export type PlayWindow = 'day' | 'week' | 'month';

export const PLAY_WINDOWS: readonly PlayWindow[] = ['day', 'week', 'month'];

/**
 * The first day of the window after the one starting at `at`.
 * @example nextWindowStart(dayNumber('2017-01-31'), 'month') // day number of 2017-02-28 (clamped, not 3 March)
 */
export function nextWindowStart(at: number, window: PlayWindow): number {
  if (window === 'day') return at + 1;
  if (window === 'week') return at + 7;
  const { year, month, date } = dayParts(at);
  const nextMonth = monthStart(year, month + 1);
  const daysInNext = monthStart(year, month + 2) - nextMonth;
  return nextMonth + Math.min(date, daysInNext) - 1;
}

/**
 * Inclusive first and last day of the window starting at `at`.
 * @example windowRange(dayNumber('2017-10-09'), 'week') // 9–15 October 2017
 */
export function windowRange(at: number, window: PlayWindow): { start: number; end: number } {
  return { start: at, end: nextWindowStart(at, window) - 1 };
}

/**
 * The start of the next window inside the span, or null when the window at `at` was the last one.
 * @example nextStep(dayNumber('2017-10-29'), 'week', dayNumber('2017-10-31')) // null
 */
export function nextStep(at: number, window: PlayWindow, spanEnd: number): number | null {
  const next = nextWindowStart(at, window);
  return next > spanEnd ? null : next;
}

/**
 * Every window start from `spanStart` through `spanEnd` (inclusive day numbers).
 * @example playSteps(dayNumber('2017-10-01'), dayNumber('2017-10-31'), 'week').length // 5
 */
export function playSteps(spanStart: number, spanEnd: number, window: PlayWindow): number[] {
  if (spanEnd < spanStart) throw new Error(`Unexpected span: ${spanStart} > ${spanEnd}`);
  const steps: number[] = [];
  for (let at: number | null = spanStart; at !== null; at = nextStep(at, window, spanEnd)) steps.push(at);
  return steps;
}
