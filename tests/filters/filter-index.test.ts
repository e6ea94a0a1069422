import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseEventsText } from '@/lib/explorer-data/load';
import { articleMentions, eventDetails, parseIndexes } from '@/lib/explorer-data/details';
import { eventsInBounds, facetCounts, filterEvents, type EventFilter } from '@/lib/filters/filter-events';
import { applyFilter, buildFilterIndex, eventsInView, groupLocations } from '@/lib/filters/filter-index';

const FIXTURE = 'tests/fixtures/explorer/events.geojson';
const result = parseEventsText(readFileSync(FIXTURE, 'utf8'), FIXTURE);
if (!result.ok) throw new Error(result.message);
const data = result.data;
const NONE: EventFilter = { actors: [], types: [], from: null, to: null };

const FILTERS: Record<string, EventFilter> = {
  'no filter': NONE,
  'two actors': { ...NONE, actors: ['syrian-government', 'protesters'] },
  'an actor absent from the data': { ...NONE, actors: ['nobody-at-all'] },
  'two types': { ...NONE, types: ['protests', 'explosions-remote-violence'] },
  'a day range overlapping a month-precision date': { ...NONE, from: '2017-10-13', to: '2017-10-14' },
  'an open-ended month bound': { ...NONE, from: '2017-10' },
  'actor, type and date together': { actors: ['isis'], types: ['battles'], from: null, to: '2017-10-17' },
};

describe('applyFilter (typed-array filters)', () => {
  const index = buildFilterIndex(data.events, data.actors);
  for (const [name, filter] of Object.entries(FILTERS)) {
    it(`keeps the same events and facet counts as filterEvents for ${name}`, () => {
      const got = applyFilter(index, filter);
      expect([...got.indexes].map((i) => data.events[i]!.id)).toEqual(filterEvents(data.events, filter).map((e) => e.id));
      const expected = facetCounts(data.events, filter);
      expect(got.actors).toEqual(expected.actors);
      expect(got.types).toEqual(expected.types);
    });
  }

  it('finds at least one event for the fixture filters that should match', () => {
    expect(applyFilter(index, FILTERS['two actors']!).indexes.length).toBeGreaterThan(0);
    expect(applyFilter(index, FILTERS['an actor absent from the data']!).indexes.length).toBe(0);
  });
});

describe('event details and article mentions (fetched lazily by the map page)', () => {
  it('answers an event index with its sentence and offsets, and null past the end', () => {
    const first = data.events[0]!;
    expect(eventDetails(data, [0, data.events.length]).details).toEqual([
      [0, { article: first.article, sentence: first.sentence, start: first.start, end: first.end, confidence: first.confidence }],
      [data.events.length, null],
    ]);
  });

  it('reads index lists and refuses anything else', () => {
    expect(parseIndexes('3,17,22')).toEqual([3, 17, 22]);
    expect(parseIndexes('3,,4')).toBeNull();
    expect(parseIndexes('-1')).toBeNull();
    expect(parseIndexes(null)).toBeNull();
  });

  it('lists every mention of a place in the article, with the place name', () => {
    const place = data.places.find((p) => p.mentions.length > 0)!;
    const mention = place.mentions[0]!;
    expect(articleMentions(data, mention.article)).toContainEqual({ start: mention.start, end: mention.end, placeId: place.id, placeName: place.name });
    expect(articleMentions(data, 'no-such-article')).toEqual([]);
  });
});

describe('eventsInView (points grouped once per dataset)', () => {
  const locations = groupLocations(data.events);
  const views: Record<string, readonly [number, number, number, number]> = {
    'the Raqqa area': [38, 35, 41, 37],
    'a view crossing the antimeridian': [170, -60, -170, 80],
    'the whole world': [-200, -85, 200, 85],
  };
  for (const [name, bounds] of Object.entries(views)) {
    it(`lists the same events as eventsInBounds for ${name}`, () => {
      expect(eventsInView(data.events, locations, bounds).map((e) => e.id)).toEqual(eventsInBounds(data.events, bounds).map((e) => e.id));
    });
  }

  it('with a filter\'s positions, lists only the filtered events in view, in their order', () => {
    const filter = FILTERS['two actors']!;
    const indexes = applyFilter(buildFilterIndex(data.events, data.actors), filter).indexes;
    const bounds = views['the Raqqa area']!;
    const expected = eventsInBounds(filterEvents(data.events, filter), bounds).map((e) => e.id);
    expect(expected.length).toBeGreaterThan(0);
    expect(eventsInView(data.events, locations, bounds, indexes).map((e) => e.id)).toEqual(expected);
  });

  it('finds the Raqqa events inside a view around Raqqa and none in the Pacific', () => {
    expect(eventsInView(data.events, locations, views['the Raqqa area']!).length).toBeGreaterThan(0);
    expect(eventsInView(data.events, locations, [-160, -10, -150, 0])).toEqual([]);
  });
});

describe('the article filter', () => {
  const event = (id: string, article?: string) => ({ id, article, actorIds: ['isis'], typeSlug: 'battles' as const, date: '2017-10-01', lngLat: [39, 36] as [number, number], background: false });
  const events = [event('event:raqqa:10:0'), event('event:a:b:5:0'), event('x', 'raqqa'), event('event:raqqa:99:1')];
  const index = buildFilterIndex(events, [{ id: 'isis' }]);
  const base = { actors: [], types: [], from: null, to: null };

  it('shows only the events of one article, read from their ids when they carry no article field', () => {
    expect([...applyFilter(index, { ...base, article: 'raqqa' }).indexes]).toEqual([0, 2, 3]);
    expect([...applyFilter(index, { ...base, article: 'a:b' }).indexes]).toEqual([1]);
    expect([...applyFilter(index, { ...base, article: null }).indexes]).toEqual([0, 1, 2, 3]);
  });

  it('shows nothing for an article the data does not have', () => {
    expect(applyFilter(index, { ...base, article: 'nowhere' }).indexes.length).toBe(0);
  });
});
