import { describe, expect, it } from 'vitest';
import { buildCollection, placeFeatureId } from '@/lib/geojson/build';
import { eventCollectionSchema } from '@/lib/geojson/schema';
import type { EventFeature, PlaceFeature, RouteFeature } from '@/lib/geojson/schema';
import { serializeCollection } from '@/lib/geojson/serialize';
import { DEIR_GOV, DISTRICT, RAQQA, SYRIA, article, event, mention, result, route } from './helpers';

const A = article('a-first', 'Fighters left Raqqa for Deir el-Zour province. Raqqa, Syria, was calm.');
const B = article('b-second', 'Syrian forces shelled Raqqa on Monday. A convoy reached Some District.');

function twoArticles() {
  const aRaqqa = mention(A, 'Raqqa', RAQQA, { resolvedBy: 'containing-place' });
  const aDeir = mention(A, 'Deir el-Zour province', DEIR_GOV, { typeHint: 'area' });
  const aRaqqa2 = mention(A, 'Raqqa', RAQQA, {}, aRaqqa.end);
  const aSyria = mention(A, 'Syria', SYRIA);
  const bSyrian = mention(B, 'Syrian', SYRIA, { demonym: true, lookup: 'Syria' });
  const bRaqqa = mention(B, 'Raqqa', RAQQA);
  const bDistrict = mention(B, 'Some District', DISTRICT);
  return [
    result(A, {
      mentions: [aRaqqa, aDeir, aRaqqa2, aSyria],
      routes: [route(A, aRaqqa, aDeir)],
    }),
    result(B, {
      mentions: [bSyrian, bRaqqa, bDistrict],
      events: [
        event(B, bRaqqa, { eventType: 'Explosions/Remote violence', subEventType: 'Shelling/artillery/missile attack' }),
        event(B, bRaqqa, { eventType: 'Battles', subEventType: 'Armed clash' }),
      ],
    }),
  ];
}

function places(features: ReturnType<typeof buildCollection>['features']): PlaceFeature[] {
  return features.filter((f): f is PlaceFeature => f.properties.kind === 'place');
}
function events(features: ReturnType<typeof buildCollection>['features']): EventFeature[] {
  return features.filter((f): f is EventFeature => f.properties.kind === 'event');
}
function routes(features: ReturnType<typeof buildCollection>['features']): RouteFeature[] {
  return features.filter((f): f is RouteFeature => f.properties.kind === 'route');
}

describe('buildCollection', () => {
  it('produces a collection that satisfies the output contract', () => {
    expect(() => eventCollectionSchema.parse(buildCollection(twoArticles()))).not.toThrow();
  });

  it('merges the mentions of one gazetteer place across articles into one place feature', () => {
    const raqqa = places(buildCollection(twoArticles()).features).filter((f) => f.properties.gazetteerId === RAQQA.id);
    expect(raqqa).toHaveLength(1);
    expect(raqqa[0]?.properties.mentions.map((m) => [m.article, m.start])).toEqual([
      ['a-first', A.text.indexOf('Raqqa')],
      ['a-first', A.text.indexOf('Raqqa', A.text.indexOf('Raqqa') + 1)],
      ['b-second', B.text.indexOf('Raqqa')],
    ]);
  });

  it('lists every mention with its article, offsets, surface text, demonym flag and deciding pass', () => {
    const syria = places(buildCollection(twoArticles()).features).find((f) => f.id === 'place:country:SY');
    expect(syria?.properties.mentions).toContainEqual({
      article: 'b-second',
      start: 0,
      end: 6,
      text: 'Syrian',
      demonym: true,
      resolvedBy: 'population',
    });
    for (const m of syria?.properties.mentions ?? []) {
      const text = m.article === 'a-first' ? A.text : B.text;
      expect(text.slice(m.start, m.end)).toBe(m.text);
    }
  });

  it('gives ACLED geo_precision 1 to a city, 2 to a district and 3 to a province or country', () => {
    const byId = new Map(places(buildCollection(twoArticles()).features).map((f) => [f.id, f.properties.precision]));
    expect(byId.get(placeFeatureId(RAQQA))).toBe(1);
    expect(byId.get(placeFeatureId(DISTRICT))).toBe(2);
    expect(byId.get(placeFeatureId(DEIR_GOV))).toBe(3);
    expect(byId.get(placeFeatureId(SYRIA))).toBe(3);
  });

  it('says what a landmark is: a camp is a precise place (precision 1) carrying its kind', () => {
    const camp = { ...RAQQA, id: 'geonames:90000002', name: 'Al-Hol Camp', placeType: 'locality' as const, feature: 'refugee camp' };
    const art = article('camp', 'Gunmen attacked guards at Al-Hol Camp on Monday.');
    const at = mention(art, 'Al-Hol Camp', camp);
    const [feature] = places(buildCollection([result(art, { mentions: [at], events: [event(art, at)] })]).features);
    expect(feature?.properties).toMatchObject({ name: 'Al-Hol Camp', placeType: 'locality', feature: 'refugee camp', precision: 1 });
    expect(places(buildCollection(twoArticles()).features).every((f) => f.properties.feature === undefined)).toBe(true);
  });

  it('carries the area reference of a province so the map can outline it', () => {
    const deir = places(buildCollection(twoArticles()).features).find((f) => f.id === placeFeatureId(DEIR_GOV));
    expect(deir?.properties.area).toEqual(DEIR_GOV.area);
  });

  it('rounds coordinates to 5 decimals and never writes -0', () => {
    const features = places(buildCollection(twoArticles()).features);
    expect(features.find((f) => f.id === placeFeatureId(RAQQA))?.geometry.coordinates).toEqual([39.00806, 35.95944]);
    const district = features.find((f) => f.id === placeFeatureId(DISTRICT))?.geometry.coordinates;
    expect(Object.is(district?.[0], -0)).toBe(false);
    expect(district).toEqual([0, 0.12346]);
  });

  it('places each event at its place point and refers to the place feature by id', () => {
    const collection = buildCollection(twoArticles());
    const placeIds = new Set(places(collection.features).map((f) => f.id));
    const evs = events(collection.features);
    expect(evs).toHaveLength(2);
    for (const ev of evs) {
      expect(placeIds.has(ev.properties.placeId)).toBe(true);
      expect(ev.geometry.coordinates).toEqual([39.00806, 35.95944]);
      expect(B.text.slice(ev.properties.start, ev.properties.end)).toBe(ev.properties.sentence);
    }
  });

  it('numbers two events of one sentence event:<article>:<sentence start>:0 and :1 in a content order', () => {
    const ids = events(buildCollection(twoArticles()).features).map((f) => [f.id, f.properties.eventType]);
    const start = 0; // the first sentence of B
    expect(ids).toEqual([
      [`event:b-second:${start}:0`, 'Battles'],
      [`event:b-second:${start}:1`, 'Explosions/Remote violence'],
    ]);
  });

  it('draws a route as a line from the origin place to the destination place', () => {
    const [line] = routes(buildCollection(twoArticles()).features);
    expect(line?.id).toBe('route:a-first:0:0');
    expect(line?.properties.fromPlaceId).toBe(placeFeatureId(RAQQA));
    expect(line?.properties.toPlaceId).toBe(placeFeatureId(DEIR_GOV));
    expect(line?.geometry.coordinates).toEqual([
      [39.00806, 35.95944],
      [40.5, 35],
    ]);
  });

  it('drops a route whose origin and destination are the same place', () => {
    const a1 = mention(A, 'Raqqa', RAQQA);
    const a2 = mention(A, 'Raqqa', RAQQA, {}, a1.end);
    expect(routes(buildCollection([result(A, { mentions: [a1, a2], routes: [route(A, a1, a2)] })]).features)).toEqual(
      [],
    );
  });

  it('gives the same ids and order whatever order the articles and mentions come in', () => {
    const forward = buildCollection(twoArticles());
    const shuffled = twoArticles()
      .map((r) => ({ ...r, mentions: r.mentions.toReversed(), events: r.events.toReversed() }))
      .toReversed();
    expect(buildCollection(shuffled)).toEqual(forward);
  });

  it('orders places, then events, then routes', () => {
    const kinds = buildCollection(twoArticles()).features.map((f) => f.properties.kind);
    expect(kinds).toEqual(kinds.toSorted((a, b) => ['place', 'event', 'route'].indexOf(a) - ['place', 'event', 'route'].indexOf(b)));
    expect(new Set(kinds)).toEqual(new Set(['place', 'event', 'route']));
  });

  it('lists every article in the articles member, also one without places', () => {
    const empty = article('c-empty', 'Nothing happened anywhere.');
    const collection = buildCollection([...twoArticles(), result(empty)]);
    expect(collection.articles.map((a) => a.id)).toEqual(['a-first', 'b-second', 'c-empty']);
  });

  it('lists a place used only by an event, with that event mention as provenance', () => {
    const m = mention(B, 'Raqqa', RAQQA);
    const collection = buildCollection([result(B, { events: [event(B, m)] })]);
    const [place] = places(collection.features);
    expect(place?.properties.mentions.map((x) => x.start)).toEqual([m.start]);
  });

  it('keeps HTML and script tags of the article as plain string data', () => {
    const html = article('html', '<script>alert("Raqqa")</script> <b>Raqqa</b>');
    const m = mention(html, 'Raqqa', RAQQA);
    const json = [...serializeCollection(buildCollection([result(html, { mentions: [m] })]))].join('');
    const parsed = eventCollectionSchema.parse(JSON.parse(json));
    expect(places(parsed.features)[0]?.properties.mentions[0]?.text).toBe('Raqqa');
  });

  it('does not mutate its input', () => {
    const input = twoArticles();
    const copy = structuredClone(input);
    buildCollection(input);
    expect(input).toEqual(copy);
  });
});

describe('serializeCollection', () => {
  it('writes JSON that parses back to the same collection, one feature per line', () => {
    const collection = buildCollection(twoArticles());
    const json = [...serializeCollection(collection)].join('');
    expect(JSON.parse(json)).toEqual(collection);
    expect(json.split('\n').length).toBeGreaterThan(collection.features.length + collection.articles.length);
  });

  it('writes an empty collection as valid JSON', () => {
    const json = [...serializeCollection(buildCollection([]))].join('');
    expect(JSON.parse(json)).toEqual({ type: 'FeatureCollection', articles: [], features: [] });
  });
});
