/** The days a brushed period covers, which a timeline's bins must reach over even where no event is. */
import { datePeriod } from './periods';

/**
 * Inclusive day numbers from the start of `from` to the end of `to` (either alone stands for both); null without either.
 * @example brushedSpan('2017-10', null) // { start: 17440, end: 17470 }
 */
export function brushedSpan(from: string | null, to: string | null): { start: number; end: number } | null {
  const lo = from === null ? null : datePeriod(from);
  const hi = to === null ? null : datePeriod(to);
  if (lo === null && hi === null) return null;
  return { start: (lo ?? hi)?.start ?? 0, end: (hi ?? lo)?.end ?? 0 };
}
