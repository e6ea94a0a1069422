import { describe, expect, it } from 'vitest';
import { BACKGROUND_AFTER_DAYS, isBackground } from '@/lib/events/background';

const reference = { date: '2017-10-17', inferred: false };

describe('background events', () => {
  it('marks a month years before publication as background', () => {
    expect(isBackground({ date: '2013-08', precision: 'month' }, reference)).toBe(true);
    expect(isBackground({ date: '1982', precision: 'year' }, reference)).toBe(true);
  });

  it('keeps events of the last months as news', () => {
    expect(isBackground({ date: '2017-06', precision: 'month' }, reference)).toBe(false);
    expect(isBackground({ date: '2017-10-12', precision: 'day' }, reference)).toBe(false);
    expect(isBackground({ date: '2017', precision: 'year' }, reference)).toBe(false);
  });

  it(`draws the line at ${BACKGROUND_AFTER_DAYS} days after the dated period ends`, () => {
    expect(isBackground({ date: '2017-04-19', precision: 'day' }, reference)).toBe(true);
    expect(isBackground({ date: '2017-04-20', precision: 'day' }, reference)).toBe(false);
  });

  it('says nothing without a date or a reference day', () => {
    expect(isBackground(null, reference)).toBe(false);
    expect(isBackground({ date: '2013-08', precision: 'month' }, null)).toBe(false);
  });
});
