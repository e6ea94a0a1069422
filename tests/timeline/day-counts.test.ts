import { describe, expect, it } from 'vitest';
import { EVENT_TYPE_SLUGS, type EventTypeSlug } from '../../lib/filters/event-types';
import { buildTimeIndex, dayNumber, histogram, isoDay, TYPE_COUNT } from '../../lib/timeline';
import { dayCounts, MAX_COUNTED_DAYS } from '../../lib/timeline/day-counts';

type Ev = { date: string | null; typeSlug: EventTypeSlug };
const ev = (date: string | null, typeSlug: EventTypeSlug = 'battles'): Ev => ({ date, typeSlug });
const typeAt = (slug: EventTypeSlug) => EVENT_TYPE_SLUGS.indexOf(slug);
const all = (n: number) => Int32Array.from({ length: n }, (_, i) => i);

// A hand-made set: four day-dated events (two on one day), one known only to October 2017, one only to 2017,
// one undated. Positions 0–6.
const SET: Ev[] = [
  ev('2017-10-02'),
  ev('2017-10-02', 'protests'),
  ev('2017-10-09', 'protests'),
  ev('2017-12-31'),
  ev('2017-10', 'riots'),
  ev('2017', 'battles'),
  ev(null),
];

describe('day counts', () => {
  const index = buildTimeIndex(SET);

  it('records the first and last day any event covers, a year-dated one included', () => {
    expect(isoDay(index.first)).toBe('2017-01-01');
    expect(isoDay(index.last)).toBe('2017-12-31');
  });

  it('counts day-dated events per day and type, and sets month- and year-dated ones apart', () => {
    const counts = dayCounts(index, all(SET.length));
    expect(counts?.origin).toBe(dayNumber('2017-01-01'));
    const cell = (iso: string, slug: EventTypeSlug) => counts?.byType[(dayNumber(iso) - (counts?.origin ?? 0)) * TYPE_COUNT + typeAt(slug)];
    expect(cell('2017-10-02', 'battles')).toBe(1);
    expect(cell('2017-10-02', 'protests')).toBe(1);
    expect(cell('2017-10-09', 'protests')).toBe(1);
    expect(cell('2017-10-09', 'battles')).toBe(0);
    expect(cell('2017-12-31', 'battles')).toBe(1);
    expect(cell('2017-01-01', 'battles')).toBe(0); // the year-dated event is not piled on its first day
    expect(counts?.byType.reduce((a, b) => a + b, 0)).toBe(4);
    expect([...(counts?.partial ?? [])]).toEqual([4, 5]);
    expect(counts?.span).toEqual({ start: dayNumber('2017-01-01'), end: dayNumber('2017-12-31') });
  });

  it('counts only the positions it is given, and has no span when none of them is dated', () => {
    const some = dayCounts(index, Int32Array.from([1, 4]));
    expect(some?.byType.reduce((a, b) => a + b, 0)).toBe(1);
    expect([...(some?.partial ?? [])]).toEqual([4]);
    expect(some?.span).toEqual({ start: dayNumber('2017-10-01'), end: dayNumber('2017-10-31') });
    expect(dayCounts(index, Int32Array.from([6]))?.span).toBeNull();
    expect(dayCounts(buildTimeIndex([ev(null)]), all(1))?.span).toBeNull();
  });

  it('declines a dataset whose dates span more days than it counts', () => {
    const far = buildTimeIndex([ev('1850-06-01'), ev('2017-10-02')]);
    expect(far.last - far.first + 1).toBeGreaterThan(MAX_COUNTED_DAYS);
    expect(dayCounts(far, all(2))).toBeNull();
  });
});

describe('histogram from day counts', () => {
  it('gives the golden month counts of the hand-made set, partial dates spread by days', () => {
    const h = histogram(buildTimeIndex(SET), undefined, { unit: 'month' });
    const october = h?.bins.findIndex((b) => isoDay(b.start) === '2017-10-01') ?? -1;
    const december = h?.bins.findIndex((b) => isoDay(b.start) === '2017-12-01') ?? -1;
    expect(h?.bins.length).toBe(12);
    expect(h?.exact[october]).toBe(3);
    expect(h?.total[october]).toBeCloseTo(3 + 1 + 31 / 365, 12); // three dated, the October event whole, 2017's October share
    expect(h?.partial[october]).toBeCloseTo(1 + 31 / 365, 12);
    expect(h?.byType[october * TYPE_COUNT + typeAt('riots')]).toBe(1);
    expect(h?.byType[october * TYPE_COUNT + typeAt('protests')]).toBe(2);
    expect(h?.total[december]).toBeCloseTo(1 + 31 / 365, 12);
    expect(h?.total[0]).toBeCloseTo(31 / 365, 12); // January holds only its share of the year-dated event
    expect(h?.exact[0]).toBe(0);
    expect([...(h?.total ?? [])].reduce((a, b) => a + b, 0)).toBeCloseTo(6, 12);
  });

  it('counts the same whether the span is counted by day or, spanning centuries, event by event', () => {
    const near = histogram(buildTimeIndex(SET), undefined, { unit: 'year' });
    const far = histogram(buildTimeIndex([...SET, ev('1850-06-01')]), undefined, { unit: 'year' });
    const y2017 = far?.bins.findIndex((b) => isoDay(b.start) === '2017-01-01') ?? -1;
    expect(near?.bins.length).toBe(1);
    expect(far?.total[y2017]).toBeCloseTo(near?.total[0] ?? NaN, 12);
    expect(far?.exact[y2017]).toBe(near?.exact[0]);
    expect(far?.partial[y2017]).toBeCloseTo(near?.partial[0] ?? NaN, 12);
    expect(far?.total[0]).toBe(1); // 1850
    expect(far?.total[1]).toBe(0);
  });
});
