import { describe, expect, it } from 'vitest';
import {
  binsFor,
  brushKey,
  datesRange,
  dayNumber,
  isoDay,
  nextStep,
  orderEvents,
  playSteps,
  rangeDates,
  windowRange,
} from '../../lib/timeline';

const d = dayNumber;

describe('play windows', () => {
  it('steps a week window through a month from its first day, the last window running past the end', () => {
    expect(playSteps(d('2017-10-01'), d('2017-10-31'), 'week').map(isoDay)).toEqual([
      '2017-10-01',
      '2017-10-08',
      '2017-10-15',
      '2017-10-22',
      '2017-10-29',
    ]);
    expect(nextStep(d('2017-10-29'), 'week', d('2017-10-31'))).toBeNull();
  });

  it('steps a month window by calendar months, clamping the 31st to a shorter month', () => {
    expect(playSteps(d('2017-01-31'), d('2017-05-01'), 'month').map(isoDay)).toEqual(['2017-01-31', '2017-02-28', '2017-03-28', '2017-04-28']);
    const oct = windowRange(d('2017-10-01'), 'month');
    expect([isoDay(oct.start), isoDay(oct.end)]).toEqual(['2017-10-01', '2017-10-31']);
  });

  it('makes a day window one day long', () => {
    const w = windowRange(d('2017-10-12'), 'day');
    expect(w.end - w.start).toBe(0);
    expect(playSteps(d('2017-10-12'), d('2017-10-14'), 'day')).toHaveLength(3);
  });
});

describe('list order', () => {
  const events = [
    { id: 'a', date: '2017-06-01' },
    { id: 'b', date: '2017-10' },
    { id: 'c', date: '2017-10-12' },
    { id: 'u', date: null },
  ];

  it('puts the newest first by default and undated events last, leaving the input untouched', () => {
    const before = JSON.stringify(events);
    expect(orderEvents(events, 'newest').map((e) => e.id)).toEqual(['c', 'b', 'a', 'u']);
    expect(JSON.stringify(events)).toBe(before);
  });

  it('keeps the oldest first when asked, as a new array', () => {
    const out = orderEvents(events, 'oldest');
    expect(out.map((e) => e.id)).toEqual(['a', 'b', 'c', 'u']);
    expect(out).not.toBe(events);
  });

  it('sorts input that arrives out of order', () => {
    const shuffled = [events[3], events[2], events[0], events[1]] as typeof events;
    expect(orderEvents(shuffled, 'newest').map((e) => e.id)).toEqual(['c', 'b', 'a', 'u']);
    expect(orderEvents(shuffled, 'oldest').map((e) => e.id)).toEqual(['a', 'b', 'c', 'u']);
  });
});

describe('brush selection', () => {
  const bins = binsFor(d('2017-10-02'), d('2017-10-29'), 'week'); // four Monday-to-Sunday weeks

  it('writes whole bins as from/to, whichever way the brush was dragged', () => {
    expect(rangeDates(bins, { first: 2, last: 1 })).toEqual({ from: '2017-10-09', to: '2017-10-22' });
    expect(rangeDates(bins, { first: 0, last: 0 })).toEqual({ from: '2017-10-02', to: '2017-10-08' });
  });

  it('reads from/to back as the bins they cover, clamped to the chart', () => {
    expect(datesRange(bins, '2017-10-09', '2017-10-22')).toEqual({ first: 1, last: 2 });
    expect(datesRange(bins, '2017-10-11', null)).toEqual({ first: 1, last: 3 });
    expect(datesRange(bins, '2017-01-01', '2017-10-03')).toEqual({ first: 0, last: 0 });
    expect(datesRange(bins, '2017-10', null)).toEqual({ first: 0, last: 3 });
    expect(datesRange(bins, null, null)).toBeNull();
    expect(datesRange(bins, '2018-01-01', null)).toBeNull();
  });

  it('moves with the arrows, resizes with Shift, stops at the ends', () => {
    expect(brushKey({ first: 1, last: 2 }, 'ArrowRight', false, 4)).toEqual({ first: 2, last: 3 });
    expect(brushKey({ first: 2, last: 3 }, 'ArrowRight', false, 4)).toEqual({ first: 2, last: 3 });
    expect(brushKey({ first: 1, last: 2 }, 'ArrowLeft', false, 4)).toEqual({ first: 0, last: 1 });
    expect(brushKey({ first: 1, last: 2 }, 'ArrowRight', true, 4)).toEqual({ first: 1, last: 3 });
    expect(brushKey({ first: 1, last: 1 }, 'ArrowLeft', true, 4)).toEqual({ first: 1, last: 1 });
    expect(brushKey({ first: 1, last: 2 }, 'End', false, 4)).toEqual({ first: 2, last: 3 });
    expect(brushKey({ first: 1, last: 2 }, 'Home', false, 4)).toEqual({ first: 0, last: 1 });
    expect(brushKey(null, 'ArrowRight', false, 4)).toEqual({ first: 0, last: 0 });
    expect(brushKey(null, 'ArrowRight', false, 0)).toBeNull();
  });
});

describe('dates shown on the map and in the list', () => {
  it('are the selected span without a play window, and the window alone with one', async () => {
    const { shownDates } = await import('../../lib/timeline');
    expect(shownDates({ from: '2017-06-01', to: '2017-10-31', window: null, at: null })).toEqual({ from: '2017-06-01', to: '2017-10-31' });
    expect(shownDates({ from: '2017-06-01', to: null, window: 'week', at: '2017-10-09' })).toEqual({ from: '2017-10-09', to: '2017-10-15' });
    expect(shownDates({ from: null, to: null, window: 'month', at: '2017-10-01' })).toEqual({ from: '2017-10-01', to: '2017-10-31' });
    expect(shownDates({ from: null, to: null, window: 'day', at: null })).toEqual({ from: null, to: null });
  });
});
