import { describe, expect, it } from 'vitest';
import { groupLocations } from '../../lib/filters/filter-index';
import { indexesInView } from '../../lib/timeline';

const raqqa = [39.0, 35.95] as const;
const mosul = [43.13, 36.34] as const;
const events = [raqqa, mosul, raqqa, mosul].map((lngLat, i) => ({ lngLat, place: i % 2 === 0 ? 'raqqa' : 'mosul' }));

describe('events the timeline counts', () => {
  const locations = groupLocations(events.map((e) => ({ ...e, actorIds: [], typeSlug: 'battles' as const, date: null, background: false })));

  it('keeps the positions whose point is in view, in order', () => {
    expect([...indexesInView(locations, [38, 35, 40, 37], Int32Array.from([0, 1, 2, 3]))]).toEqual([0, 2]);
    expect([...indexesInView(locations, [38, 35, 40, 37], Int32Array.from([1, 2]))]).toEqual([2]);
  });

  it('keeps every position without bounds, and only the selected place when one is given', () => {
    const all = Int32Array.from([0, 1, 2, 3]);
    expect(indexesInView(locations, null, all)).toBe(all);
    expect([...indexesInView(locations, null, all, { place: 'mosul', placeOf: (i) => events[i]?.place ?? '' })]).toEqual([1, 3]);
  });
});
