/**
 * A corpus for the store tests: the real pipeline's golden output for the seed article (actors with ACLED sides),
 * plus an article of our own writing that has what the seed lacks — a landmark place with its `feature`, an
 * outlined area, a background event, a death toll, a month-precision date, an undated event, a route, a title
 * with words no sentence has, and a second mention of a place the seed also names.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { eventCollectionSchema, type EventCollection, type EventFeature, type PlaceFeature, type RouteFeature } from '@/lib/geojson/schema';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const GOLDEN = path.join(ROOT, 'tests/fixtures/ingest/out/raqqa-2017.geojson');

const CAMP_ARTICLE = 'camps/al-hol-2019';
const HOL: PlaceFeature = {
  type: 'Feature',
  id: 'place:geonames:9999001',
  geometry: { type: 'Point', coordinates: [41.12345, 36.37654] },
  properties: {
    kind: 'place',
    name: 'Al-Hol camp',
    placeType: 'locality',
    countryCode: 'SY',
    gazetteerId: 'geonames:9999001',
    precision: 1,
    feature: 'refugee camp',
    area: null,
    mentions: [{ article: CAMP_ARTICLE, start: 80, end: 91, text: 'al-Hol camp', resolvedBy: 'type-hint' }],
  },
};
const HASAKAH: PlaceFeature = {
  type: 'Feature',
  id: 'place:ne:SYR-2000',
  geometry: { type: 'Point', coordinates: [40.75, 36.5] },
  properties: {
    kind: 'place',
    name: 'Al Hasakah',
    placeType: 'admin1',
    countryCode: 'SY',
    gazetteerId: 'ne:SYR-2000',
    precision: 3,
    area: { layer: 'admin1', key: 'SYR-2000', bbox: [39.5, 35.6, 42.4, 37.3] },
    mentions: [{ article: CAMP_ARTICLE, start: 200, end: 208, text: 'Hasakah', demonym: false, resolvedBy: 'unique-name' }],
  },
};
/** a far place on the other side of the antimeridian test's line */
const SUVA: PlaceFeature = {
  type: 'Feature',
  id: 'place:geonames:2198148',
  geometry: { type: 'Point', coordinates: [178.44149, -18.14161] },
  properties: {
    kind: 'place',
    name: 'Suva',
    placeType: 'city',
    countryCode: 'FJ',
    gazetteerId: 'geonames:2198148',
    precision: 1,
    area: null,
    mentions: [{ article: CAMP_ARTICLE, start: 400, end: 404, text: 'Suva', resolvedBy: 'population' }],
  },
};

const actor = (id: string, name: string, acledName: string, inter: number, side?: 1 | 2) => ({ id, name, acledName, inter, ...(side === undefined ? {} : { side }) });

function campEvent(n: number, place: PlaceFeature, props: Partial<EventFeature['properties']>): EventFeature {
  return {
    type: 'Feature',
    id: `event:${CAMP_ARTICLE}:${100 + n * 100}:0`,
    geometry: place.geometry,
    properties: {
      kind: 'event',
      eventType: 'Violence against civilians',
      subEventType: 'Attack',
      actors: [],
      placeId: place.id,
      precision: 1,
      date: '2019-03-02',
      datePrecision: 'day',
      fatalities: null,
      background: false,
      article: CAMP_ARTICLE,
      sentence: '',
      start: 100 + n * 100,
      end: 150 + n * 100,
      confidence: 0.8,
      ...props,
    },
  };
}

const CAMP_EVENTS: EventFeature[] = [
  campEvent(0, HOL, {
    actors: [actor('isis', 'Islamic State (ISIS)', 'Islamic State (Syria)', 2, 1), actor('civilians', 'Civilians', 'Civilians (Syria)', 7, 2)],
    sentence: 'Gunmen killed 12 residents of al-Hol camp with chlorine canisters on Saturday.',
    fatalities: 12,
  }),
  campEvent(1, HASAKAH, {
    eventType: 'Battles',
    subEventType: 'Armed clash',
    actors: [actor('sdf', 'Syrian Democratic Forces (SDF)', 'QSD: Syrian Democratic Forces', 2, 1), actor('isis', 'Islamic State (ISIS)', 'Islamic State (Syria)', 2, 2)],
    sentence: 'Fighters of the SDF clashed with the group across Hasakah province in March.',
    precision: 3,
    date: '2019-03',
    datePrecision: 'month',
  }),
  campEvent(2, HASAKAH, {
    eventType: 'Strategic developments',
    subEventType: 'Headquarters or base established',
    actors: [actor('isis', 'Islamic State (ISIS)', 'Islamic State (Syria)', 2)],
    sentence: 'The group had first seized Hasakah province in 2014, long before the camp grew.',
    precision: 3,
    date: '2014',
    datePrecision: 'year',
    background: true,
  }),
  campEvent(3, SUVA, {
    eventType: 'Protests',
    subEventType: 'Peaceful protest',
    actors: [actor('protesters', 'Protesters', 'Protesters (Fiji)', 6, 1)],
    sentence: 'In Suva, protesters marched for the camp’s children; no date was given.',
    date: null,
    datePrecision: null,
    fatalities: 0,
  }),
];

const CAMP_ROUTE: RouteFeature = {
  type: 'Feature',
  id: `route:${CAMP_ARTICLE}:500:0`,
  geometry: { type: 'LineString', coordinates: [HASAKAH.geometry.coordinates, HOL.geometry.coordinates] },
  properties: {
    kind: 'route',
    fromPlaceId: HASAKAH.id,
    toPlaceId: HOL.id,
    actors: [actor('civilians', 'Civilians', 'Civilians (Syria)', 7)],
    date: '2019-03-01',
    article: CAMP_ARTICLE,
    sentence: 'Thousands of families fled Hasakah to al-Hol camp on Friday.',
    start: 500,
    end: 560,
  },
};

/** The seed's golden output alone. */
export function goldenCollection(): EventCollection {
  return eventCollectionSchema.parse(JSON.parse(readFileSync(GOLDEN, 'utf8')));
}

/**
 * The golden output plus the camp article, merged the way lib/geojson/build.ts merges (places by id with their
 * mentions across articles, then events and routes by article), and validated against the contract.
 */
export function storeCorpus(): EventCollection {
  const golden = goldenCollection();
  const raqqaPlace = golden.features.find((f): f is PlaceFeature => f.properties.kind === 'place' && f.properties.name.includes('Raqqa'));
  if (raqqaPlace === undefined) throw new Error('the golden output has no Raqqa place');
  const places = golden.features
    .filter((f): f is PlaceFeature => f.properties.kind === 'place')
    .map((p) =>
      p.id === raqqaPlace.id
        ? { ...p, properties: { ...p.properties, mentions: [{ article: CAMP_ARTICLE, start: 300, end: 305, text: 'Raqqa', resolvedBy: 'unique-name' }, ...p.properties.mentions] } }
        : p,
    ); // 'camps/…' sorts before 'raqqa-2017': its mention comes first
  const camp = { id: CAMP_ARTICLE, title: 'Aid convoy reaches Hasakah refugees', date: '2019-03-04', source: 'Our own', file: 'camps/al-hol-2019.txt' };
  const all = [...places, HOL, HASAKAH, SUVA].toSorted((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const goldenEvents = golden.features.filter((f) => f.properties.kind === 'event');
  const goldenRoutes = golden.features.filter((f) => f.properties.kind === 'route');
  // 'camps/…' sorts before 'raqqa-2017', so its events and routes come first, as build.ts orders articles
  return eventCollectionSchema.parse({
    type: 'FeatureCollection',
    articles: [camp, ...golden.articles],
    features: [...all, ...CAMP_EVENTS, ...goldenEvents, CAMP_ROUTE, ...goldenRoutes],
  });
}

export const CAMP = { article: CAMP_ARTICLE, hol: HOL.id, hasakah: HASAKAH.id, suva: SUVA.id, route: CAMP_ROUTE.id };
