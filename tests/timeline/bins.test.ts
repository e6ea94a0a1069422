import { describe, expect, it } from 'vitest';
import { binIndex, binsFor, binUnitFor, dayNumber, isoDay, nextUnitStart, unitStart } from '../../lib/timeline';

const d = dayNumber;
const iso = (bins: readonly { start: number; end: number }[]) => bins.map((b) => `${isoDay(b.start)}..${isoDay(b.end)}`);

describe('days', () => {
  it('round-trips ISO days through day numbers, across month and leap-year ends', () => {
    for (const day of ['1970-01-01', '2016-02-29', '2017-10-31', '2017-12-31', '2018-01-01', '1999-03-01']) {
      expect(isoDay(dayNumber(day))).toBe(day);
    }
    expect(dayNumber('2017-03-01') - dayNumber('2017-02-28')).toBe(1);
    expect(dayNumber('2016-03-01') - dayNumber('2016-02-28')).toBe(2);
  });

  it('rejects a day that is not YYYY-MM-DD, naming it', () => {
    expect(() => dayNumber('2017-10')).toThrow('2017-10');
  });
});

describe('bin unit follows the span', () => {
  it('uses days for a few weeks, weeks up to a year, months up to ten years, years beyond', () => {
    expect(binUnitFor(d('2017-10-01'), d('2017-10-31'))).toBe('day');
    expect(binUnitFor(d('2017-10-01'), d('2017-12-01'))).toBe('day'); // 62 days
    expect(binUnitFor(d('2017-10-01'), d('2017-12-02'))).toBe('week');
    expect(binUnitFor(d('2017-06-01'), d('2017-10-31'))).toBe('week'); // the seed's span
    expect(binUnitFor(d('2017-01-01'), d('2018-06-30'))).toBe('month');
    expect(binUnitFor(d('2001-01-01'), d('2017-12-31'))).toBe('year');
  });

  it('uses days for a single day', () => {
    expect(binUnitFor(d('2017-10-12'), d('2017-10-12'))).toBe('day');
  });
});

describe('bins', () => {
  it('starts weeks on Monday', () => {
    expect(isoDay(unitStart(d('2017-10-12'), 'week'))).toBe('2017-10-09'); // a Thursday → its Monday
    expect(isoDay(unitStart(d('2017-10-09'), 'week'))).toBe('2017-10-09');
    expect(isoDay(unitStart(d('2017-10-15'), 'week'))).toBe('2017-10-09'); // Sunday ends the week
    expect(isoDay(nextUnitStart(d('2017-12-20'), 'month'))).toBe('2018-01-01');
    expect(isoDay(nextUnitStart(d('2017-12-20'), 'year'))).toBe('2018-01-01');
  });

  it('covers the span with whole calendar units, contiguous', () => {
    expect(iso(binsFor(d('2017-10-30'), d('2017-11-02'), 'month'))).toEqual(['2017-10-01..2017-10-31', '2017-11-01..2017-11-30']);
    expect(iso(binsFor(d('2017-10-12'), d('2017-10-24'), 'week'))).toEqual([
      '2017-10-09..2017-10-15',
      '2017-10-16..2017-10-22',
      '2017-10-23..2017-10-29',
    ]);
    expect(iso(binsFor(d('2016-02-28'), d('2016-03-01'), 'day'))).toEqual(['2016-02-28..2016-02-28', '2016-02-29..2016-02-29', '2016-03-01..2016-03-01']);
    const years = binsFor(d('2015-06-01'), d('2017-02-01'), 'year');
    expect(iso(years)).toEqual(['2015-01-01..2015-12-31', '2016-01-01..2016-12-31', '2017-01-01..2017-12-31']);
  });

  it('finds the bin of a day, and none outside the bins', () => {
    const bins = binsFor(d('2017-10-01'), d('2017-10-31'), 'week');
    expect(binIndex(bins, d('2017-10-01'))).toBe(0); // Sunday, in the week of 25 September
    expect(binIndex(bins, d('2017-10-02'))).toBe(1);
    expect(binIndex(bins, d('2017-10-31'))).toBe(bins.length - 1);
    expect(binIndex(bins, d('2017-11-06'))).toBe(-1);
    expect(binIndex(bins, d('2017-09-24'))).toBe(-1);
  });
});
