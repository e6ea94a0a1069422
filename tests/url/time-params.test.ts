import { describe, expect, it } from 'vitest';
import { EMPTY_VIEW_STATE, formatViewState, parseViewState } from '@/lib/url';

describe('timeline parameters in deep links', () => {
  it('round-trips a paused play window and the oldest-first order, after the existing parameters', () => {
    const state = { ...EMPTY_VIEW_STATE, from: '2017-06-01', to: '2017-10-31', sort: 'oldest' as const, window: 'week' as const, at: '2017-10-09' };
    const link = formatViewState(state);
    expect(link).toBe('?from=2017-06-01&to=2017-10-31&sort=oldest&window=week&at=2017-10-09');
    expect(parseViewState(link)).toEqual(state);
  });

  it('leaves links without them exactly as they were: newest first, no window', () => {
    const state = parseViewState('actor=isis&from=2017-10-01');
    expect(state).toMatchObject({ sort: 'newest', window: null, at: null });
    expect(formatViewState(state)).toBe('?actor=isis&from=2017-10-01');
  });

  it('reads a window length without a moment, and a moment alone as a week', () => {
    expect(parseViewState('window=month')).toMatchObject({ window: 'month', at: null });
    expect(parseViewState('at=2017-10-09')).toMatchObject({ window: 'week', at: '2017-10-09' });
  });

  it('drops bad values: unknown windows and orders, partial or impossible days', () => {
    expect(parseViewState('window=fortnight&sort=random')).toMatchObject({ sort: 'newest', window: null, at: null });
    expect(parseViewState('window=day&at=2017-10')).toMatchObject({ window: 'day', at: null });
    expect(parseViewState('window=day&at=2017-02-30')).toMatchObject({ at: null });
    expect(parseViewState('window=day&at=<script>&at=2017-10-12')).toMatchObject({ at: '2017-10-12' });
  });
});
