/**
 * The corpus the pre-aggregated counts are tested on in both engines: the synthetic corpus with what it lacks —
 * every 7th event in the background, every 11th undated, every 13th dated to its month and every 17th to its year,
 * every 19th naming its first actor twice — plus the store fixture; an article's events changed for a re-ingest;
 * and the views and filters the answers are compared under.
 */
import { DEFAULT_SYNTH_OPTIONS, synthesizeEvents } from '@/lib/cli/synth-events';
import type { EventCollection, EventFeature } from '@/lib/geojson/schema';
import { splitCollection } from '@/lib/store/bundle';
import { NO_FILTER, type ArticleBundle, type Bounds, type StoreFilter } from '@/lib/store/types';
import { storeCorpus } from './fixture';

const SYNTH_EVENTS = 3000;

export const WORLD: Bounds = [-180, -90, 180, 90];
export const SYRIA: Bounds = [35.5, 32.3, 42.4, 37.4];
export const PACIFIC: Bounds = [170, -60, -100, 60]; // crosses the antimeridian
const MIDDLE_EAST: Bounds = [25.3, 10.05, 60, 45.5]; // 10° cells wholly inside it, its edges through the corpus
const AFRICA_ASIA: Bounds = [-92.8125, -74.49641, 128.67188, 79.23719]; // the bench's world view at zoom 2
const ACROSS_ANTIMERIDIAN: Bounds = [-199.33594, -69.90012, 22.14844, 81.72319]; // a pan of the bench's world view
// wide and across the antimeridian but (nearly) empty: searched in the R*Tree, not by testing every event's point
export const NORTH_EMPTY: Bounds = [-197.57813, 34.30714, 23.90625, 88.50336];
export const NORTH_SPARSE: Bounds = [-197.57813, 25, 23.90625, 88.5]; // its south edge reaches a few events
export const BOUNDS: readonly (Bounds | null)[] = [null, WORLD, SYRIA, PACIFIC, MIDDLE_EAST, AFRICA_ASIA, ACROSS_ANTIMERIDIAN, NORTH_EMPTY, NORTH_SPARSE];

export const FILTERS: readonly StoreFilter[] = [
  NO_FILTER,
  { ...NO_FILTER, background: true },
  { ...NO_FILTER, actors: ['isis'] },
  { ...NO_FILTER, actors: ['isis'], background: true },
  { ...NO_FILTER, actors: ['no-such-actor'] },
  { ...NO_FILTER, actors: ['isis', 'sdf'] }, // two actors: the base tables answer
  { ...NO_FILTER, types: ['battles', 'explosions-remote-violence'] },
  { ...NO_FILTER, actors: ['sdf'], types: ['battles'] },
  { ...NO_FILTER, from: '2017-03-01', to: '2017-09-30' },
  { ...NO_FILTER, actors: ['isis'], from: '2017', to: '2018-02' },
  { ...NO_FILTER, actors: ['isis'], q: 'clashed' }, // text: the base tables answer
];

/** The synthetic corpus varied as above, and the store fixture, as article bundles. */
export function aggregateCorpus(): ArticleBundle[] {
  const synth = synthesizeEvents({ ...DEFAULT_SYNTH_OPTIONS, count: SYNTH_EVENTS });
  let i = 0;
  const varied: EventCollection = {
    ...synth,
    features: synth.features.map((f) => {
      if (f.properties.kind !== 'event') return f;
      i++;
      const e = f as EventFeature;
      const p = e.properties;
      const date = i % 11 === 0 ? null : i % 13 === 0 ? (p.date?.slice(0, 7) ?? null) : i % 17 === 0 ? (p.date?.slice(0, 4) ?? null) : p.date;
      const datePrecision = date === null ? null : date.length === 4 ? 'year' : date.length === 7 ? 'month' : p.datePrecision;
      const first = p.actors[0];
      const actors = i % 19 === 0 && first !== undefined ? [...p.actors, first] : p.actors;
      return { ...e, properties: { ...p, background: i % 7 === 0, date, datePrecision, actors } } as EventFeature;
    }),
  };
  return [...splitCollection(varied), ...splitCollection(storeCorpus())];
}

/** The article with its events moved to another type and their first actor dropped. */
export function retyped(bundle: ArticleBundle): ArticleBundle {
  return {
    ...bundle,
    events: bundle.events.map((e) => ({
      ...e,
      properties: { ...e.properties, eventType: 'Protests', subEventType: null, actors: e.properties.actors.slice(1) },
    })),
  };
}
