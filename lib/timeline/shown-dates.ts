/**
 * The dates the map and the list show: the selected span (`from`/`to`), or, while a play window is set, that
 * window alone. The timeline keeps drawing the whole span with the window marked on it.
 */
import { dayNumber, isoDay } from './days';
import { windowRange, type PlayWindow } from './play';

/**
 * `from`/`to` for the map's and the list's filter.
 * @example shownDates({ from: '2017-06-01', to: null, window: 'week', at: '2017-10-09' }) // { from: '2017-10-09', to: '2017-10-15' }
 */
export function shownDates(state: { from: string | null; to: string | null; window: PlayWindow | null; at: string | null }): {
  from: string | null;
  to: string | null;
} {
  if (state.window === null || state.at === null) return { from: state.from, to: state.to };
  const range = windowRange(dayNumber(state.at), state.window);
  return { from: isoDay(range.start), to: isoDay(range.end) };
}
