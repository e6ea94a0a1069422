import { describe, expect, it } from 'vitest';
import type { EventTypeSlug } from '../../lib/filters/event-types';
import { EVENT_TYPE_SLUGS } from '../../lib/filters/event-types';
import { binLabel, buildTimeIndex, dayNumber, histogram, isoDay, TYPE_COUNT } from '../../lib/timeline';

type Ev = { date: string | null; typeSlug: EventTypeSlug };
const ev = (date: string | null, typeSlug: EventTypeSlug = 'battles'): Ev => ({ date, typeSlug });
const typeAt = (slug: EventTypeSlug) => EVENT_TYPE_SLUGS.indexOf(slug);

describe('histogram', () => {
  it('counts day-dated events in their bin, stacked by type', () => {
    const events = [ev('2017-10-02'), ev('2017-10-03', 'protests'), ev('2017-10-09'), ev('2017-10-20', 'protests'), ev(null)];
    const h = histogram(buildTimeIndex(events));
    expect(h?.unit).toBe('day');
    expect(h?.bins.length).toBe(19); // 2 … 20 October
    expect(isoDay(h?.bins[0]?.start ?? 0)).toBe('2017-10-02');
    expect(h?.exact[0]).toBe(1);
    expect(h?.byType[1 * TYPE_COUNT + typeAt('protests')]).toBe(1);
    expect(h?.byType[1 * TYPE_COUNT + typeAt('battles')]).toBe(0);
    expect([...(h?.total ?? [])].reduce((a, b) => a + b, 0)).toBe(4); // the undated event is left out
    expect(h?.max).toBe(1);
  });

  it('spreads a month-dated event over the days of its month instead of piling it on the 1st', () => {
    const events = [ev('2017-10'), ev('2017-10-01'), ev('2017-10-31')];
    const h = histogram(buildTimeIndex(events));
    expect(h?.unit).toBe('day');
    expect(h?.bins.length).toBe(31);
    expect(h?.total[0]).toBeCloseTo(1 + 1 / 31, 10);
    expect(h?.partial[0]).toBeCloseTo(1 / 31, 10);
    expect(h?.exact[0]).toBe(1);
    expect(h?.total[15]).toBeCloseTo(1 / 31, 10);
    expect([...(h?.partial ?? [])].reduce((a, b) => a + b, 0)).toBeCloseTo(1, 10);
  });

  it('keeps a month-dated event whole in its month bin, and splits a year-dated one by days per month', () => {
    const events = [ev('2017-03'), ev('2016-01-15'), ev('2018-12-15'), ev('2017')];
    const h = histogram(buildTimeIndex(events));
    expect(h?.unit).toBe('month');
    const march = h?.bins.findIndex((b) => isoDay(b.start) === '2017-03-01') ?? -1;
    expect(h?.total[march]).toBeCloseTo(1 + 31 / 365, 10);
    const feb = h?.bins.findIndex((b) => isoDay(b.start) === '2017-02-01') ?? -1;
    expect(h?.partial[feb]).toBeCloseTo(28 / 365, 10);
    expect(h?.exact[feb]).toBe(0);
  });

  it('counts only the subset it is given, and widens its bins to what it must include', () => {
    const events = [ev('2017-06-10'), ev('2017-10-12'), ev('2017-10-13')];
    const index = buildTimeIndex(events);
    const h = histogram(index, Int32Array.from([1, 2]), { include: { start: dayNumber('2017-06-01'), end: dayNumber('2017-06-01') } });
    expect(h?.unit).toBe('week');
    expect(isoDay(h?.bins[0]?.start ?? 0)).toBe('2017-05-29');
    expect([...(h?.total ?? [])].reduce((a, b) => a + b, 0)).toBe(2);
  });

  it('has nothing to draw when no event is dated', () => {
    expect(histogram(buildTimeIndex([ev(null)]))).toBeNull();
    expect(histogram(buildTimeIndex([]))).toBeNull();
  });

  it('names bins for a reader', () => {
    const d = dayNumber('2017-10-09');
    expect(binLabel({ start: d, end: d }, 'day')).toBe('9 Oct 2017');
    expect(binLabel({ start: d, end: d + 6 }, 'week')).toBe('week of 9 Oct 2017');
    expect(binLabel({ start: dayNumber('2017-10-01'), end: dayNumber('2017-10-31') }, 'month')).toBe('October 2017');
    expect(binLabel({ start: dayNumber('2017-01-01'), end: dayNumber('2017-12-31') }, 'year')).toBe('2017');
  });
});

describe('bin counts in words', () => {
  it('says how many events a bin holds and how much of it is spread from partial dates', async () => {
    const { binCountText } = await import('../../lib/timeline');
    expect(binCountText(1, 0)).toBe('1 event');
    expect(binCountText(5, 0)).toBe('5 events');
    expect(binCountText(5.25, 0.25)).toBe('5 events dated to the day, plus ≈0.3 spread from events known only to the month or year');
    expect(binCountText(3, 1)).toBe('2 events dated to the day, plus 1 spread from events known only to the month or year');
  });
});
