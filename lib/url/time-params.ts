/**
 * The timeline's deep-link parameters, kept apart from view-state.ts so the two grow independently:
 * `sort=oldest` (the list's order; newest first when absent), `window=day|week|month` (the play window's length)
 * and `at=YYYY-MM-DD` (the first day of the window shown; a paused moment of Play). `at` without `window` means a
 * week. Bad values are dropped, never thrown.
 */
import { PLAY_WINDOWS, type PlayWindow } from '../timeline/play';
import type { ListOrder } from '../timeline/order';
import { datePeriod } from '../timeline/periods';

export interface TimeParams {
  /** the list's order; 'newest' unless the link says `sort=oldest` */
  sort: ListOrder;
  /** length of the play window; null = no window chosen */
  window: PlayWindow | null;
  /** first day of the window shown (YYYY-MM-DD); null = the whole selected span */
  at: string | null;
}

export const EMPTY_TIME_PARAMS: TimeParams = { sort: 'newest', window: null, at: null };

const DEFAULT_WINDOW: PlayWindow = 'week'; // when a link gives `at` alone

/**
 * Reads the timeline parameters with a getter of all values of a key (first valid value wins).
 * @example parseTimeParams((k) => new URLSearchParams('window=week&at=2017-10-09').getAll(k))
 */
export function parseTimeParams(get: (key: string) => string[]): TimeParams {
  const sort: ListOrder = get('sort').some((v) => v.trim() === 'oldest') ? 'oldest' : 'newest';
  const at = get('at').map((v) => v.trim()).find(isFullDay) ?? null;
  const chosen = get('window').map((v) => v.trim()).find((v): v is PlayWindow => (PLAY_WINDOWS as readonly string[]).includes(v));
  const window = chosen ?? (at === null ? null : DEFAULT_WINDOW);
  return { sort, window, at };
}

/** Writes the parameters that differ from the defaults into `params`. */
export function writeTimeParams(state: TimeParams, params: URLSearchParams): void {
  if (state.sort === 'oldest') params.set('sort', 'oldest');
  if (state.window !== null) params.set('window', state.window);
  if (state.at !== null && state.window !== null) params.set('at', state.at);
}

function isFullDay(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && datePeriod(value) !== null && validDay(value);
}

/** 2017-02-30 parses as a day number but is no calendar day. */
function validDay(value: string): boolean {
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}
