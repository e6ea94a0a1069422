import { applyFilter, buildFilterIndex } from '@/lib/filters/filter-index';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseEventsText } from '@/lib/explorer-data/load';
import type { ExplorerData } from '@/lib/explorer-data/types';
import { dateMatches, eventsInBounds, facetCounts, filterEvents, filterRoutes, type EventFilter } from '@/lib/filters/filter-events';
import { knownIds, restrictToKnown } from '@/lib/filters/known';
import { parseViewState } from '@/lib/url';

const FIXTURE = 'tests/fixtures/explorer/events.geojson';

function fixture(): ExplorerData {
  const result = parseEventsText(readFileSync(FIXTURE, 'utf8'), FIXTURE);
  if (!result.ok) throw new Error(result.message);
  return result.data;
}

const NONE: EventFilter = { actors: [], types: [], from: null, to: null };

describe('filterEvents', () => {
  const { events, routes } = fixture();

  it('keeps every event when no filter is set', () => {
    expect(filterEvents(events, NONE)).toHaveLength(events.length);
  });

  it('hides background events (history an article recalls) unless the filter asks for them', () => {
    const base = events[0];
    if (!base) throw new Error('fixture has no events');
    const withHistory = [...events, { ...base, id: 'event:history:1', date: '1982-02', background: true }];
    expect(filterEvents(withHistory, NONE).map((e) => e.id)).not.toContain('event:history:1');
    expect(filterEvents(withHistory, { ...NONE, background: true }).map((e) => e.id)).toContain('event:history:1');
    const index = buildFilterIndex(withHistory, []);
    expect(applyFilter(index, NONE).indexes).toHaveLength(events.length);
    expect(applyFilter(index, { ...NONE, background: true }).indexes).toHaveLength(events.length + 1);
  });

  it('keeps events naming any of the ticked actors', () => {
    const ids = filterEvents(events, { ...NONE, actors: ['syrian-government', 'protesters'] }).map((e) => e.id);
    expect(ids.toSorted()).toEqual(['event:hostile-2017:79:0', 'event:raqqa-2017:1252:0']);
  });

  it('keeps events of any ticked type', () => {
    const kept = filterEvents(events, { ...NONE, types: ['protests', 'explosions-remote-violence'] });
    expect(kept.map((e) => e.eventType).toSorted()).toEqual(['Explosions/Remote violence', 'Protests']);
  });

  it('keeps a month-precision event whose month overlaps the range, and drops undated events', () => {
    const kept = filterEvents(events, { ...NONE, from: '2017-10-13', to: '2017-10-14' }).map((e) => e.id);
    expect(kept).toContain('event:raqqa-2017:1431:0'); // dated 2017-10
    expect(kept).toContain('event:raqqa-2017:1252:0'); // 2017-10-14
    expect(kept).not.toContain('event:raqqa-2017:2282:0'); // 2017-10-12
    expect(kept).not.toContain('event:raqqa-2017:2028:0'); // undated
  });

  it('does not mutate its input', () => {
    const before = JSON.stringify(events);
    filterEvents(events, { ...NONE, actors: ['isis'] });
    expect(JSON.stringify(events)).toBe(before);
  });

  it('filters routes by actor and date but not by event type', () => {
    expect(filterRoutes(routes, { ...NONE, types: ['protests'] })).toHaveLength(2);
    expect(filterRoutes(routes, { ...NONE, actors: ['sdf'] })).toHaveLength(0);
    expect(filterRoutes(routes, { ...NONE, from: '2017-11-01' })).toHaveLength(0);
  });
});

describe('facetCounts', () => {
  const { events } = fixture();

  it('counts each actor under the other filters only, so ticking one actor keeps the others counted', () => {
    const counts = facetCounts(events, { ...NONE, actors: ['protesters'], types: ['battles'] });
    expect(counts.actors.get('isis')).toBe(4);
    expect(counts.actors.get('protesters')).toBeUndefined(); // no protester battles
    expect(counts.types.get('protests')).toBe(1);
    expect(counts.types.get('battles')).toBeUndefined();
  });
});

describe('dateMatches', () => {
  it('treats a year as the whole year', () => {
    expect(dateMatches('2017', '2017-12-31', null)).toBe(true);
    expect(dateMatches('2017', null, '2016-12-31')).toBe(false);
  });
});

describe('eventsInBounds', () => {
  const { events } = fixture();

  it('keeps Raqqa and Mayadin for a view over eastern Syria and leaves Paris out', () => {
    const names = new Set(eventsInBounds(events, [38, 34, 42, 37]).map((e) => e.placeName));
    expect(names).toEqual(new Set(['Raqqa', 'Al Mayadin', 'Syria']));
  });

  it('handles a view that crosses the antimeridian', () => {
    expect(eventsInBounds(events, [170, -10, -170, 10])).toHaveLength(0);
    expect(eventsInBounds(events, [-180, -90, 180, 90])).toHaveLength(events.length);
  });
});

describe('restrictToKnown', () => {
  it('ignores actor, event and place ids that are not in the data', () => {
    const data = fixture();
    const state = restrictToKnown(parseViewState('actor=isis,nobody&event=event:x:1&place=place:geonames:172955'), knownIds(data));
    expect(state.actors).toEqual(['isis']);
    expect(state.event).toBeNull();
    expect(state.place).toBe('place:geonames:172955');
  });
});
