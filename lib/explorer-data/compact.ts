/**
 * The wire format from /api/events to the browser: what the map needs first (MapData), events stored column by
 * column (no repeated keys, repeated strings as indexes). Sentences, offsets and place mentions are left out — they
 * are most of the bytes and are fetched per event or per article (see ./details.ts).
 */
import * as z from 'zod/mini';
import { EVENT_TYPES, DATE_PRECISIONS, PLACE_TYPES } from '../geojson/constants';
import { articleMetaSchema, areaRefSchema } from '../geojson/wire';
import { eventTypeSlug } from '../filters/event-types';
import type { ExplorerData, MapData, MapEvent, MapPlace } from './types';

const NONE = -1; // index meaning "null"

// zod/mini, not zod: this module runs in the browser, and zod's chained API cannot be left out of the bundle.
const lngLat = z.tuple([z.number(), z.number()]);
const placeSchema = z.object({
  id: z.string(),
  name: z.string(),
  placeType: z.enum(PLACE_TYPES),
  countryCode: z.nullable(z.string()),
  lngLat,
  precision: z.union([z.literal(1), z.literal(2), z.literal(3)]),
  feature: z.nullable(z.string()),
  area: areaRefSchema,
});
const routeSchema = z.object({
  id: z.string(),
  fromPlaceId: z.string(),
  toPlaceId: z.string(),
  fromName: z.string(),
  toName: z.string(),
  coordinates: z.array(lngLat),
  actorIds: z.array(z.string()),
  date: z.nullable(z.string()),
  article: z.string(),
  sentence: z.string(),
  start: z.number(),
  end: z.number(),
});
const actorSchema = z.object({
  id: z.string(),
  name: z.string(),
  acledName: z.string(),
  inter: z.number(),
  eventCount: z.number(),
  colorIndex: z.number(),
});

const index = z.int().check(z.minimum(0));
const sparseStrings = z.object({ event: z.array(index), value: z.array(z.string()) });
const between = (min: number, max: number) => z.number().check(z.minimum(min), z.maximum(max));

/** Everything but the event columns; those are checked by hand (zod over 1.5 million cells takes seconds). */
const compactFrameSchema = z.object({
  format: z.literal('explorer-compact-5'),
  places: z.array(placeSchema),
  routes: z.array(routeSchema),
  actors: z.array(actorSchema),
  articles: z.array(articleMetaSchema),
  strings: z.array(z.string()), // sub-event types
  /** the distinct (date, date precision) pairs; events.when indexes them */
  whens: z.object({
    date: z.array(z.nullable(z.string())),
    precision: z.array(z.int().check(z.minimum(NONE), z.maximum(DATE_PRECISIONS.length - 1))),
  }),
  events: z.record(z.string(), z.unknown()),
  points: z.object({ event: z.array(index), lng: z.array(between(-180, 180)), lat: z.array(between(-90, 90)) }),
  /** ids not of the form event:<the event's article>:<a>[:<b>] */
  otherIds: sparseStrings,
  /** place ids of events whose place has no record (events.place is NONE) */
  placeKeys: sparseStrings,
});

/**
 * Event columns. Ids are written as the numbers after `event:<article id>:` (the pipeline's id scheme) — 40% of the
 * bytes were ids; dates as indexes into the distinct dates — another 20%.
 */
export interface CompactEvents {
  article: number[]; // index into articles, or NONE (then the id is in otherIds)
  idA: number[]; // event:<article>:<idA>[:<idB>]; NONE when the id is in otherIds
  idB: number[]; // NONE when the id has no second number
  type: number[]; // index into EVENT_TYPES
  subType: number[]; // index into strings, or NONE
  actors: number[][]; // indexes into actors
  sideSplit: number[]; // actors before this index are side 1, the rest side 2
  place: number[]; // index into places, or NONE (then placeKeys names it)
  when: number[]; // index into whens
  precision: number[]; // ACLED geo_precision 1–3
  fatalities: number[]; // reported deaths, NONE when unstated
  background: number[]; // 1 for a background event, else 0
}

/** Events not drawn at their place's point (or without a place record): most events are, so only these carry one. */
export interface CompactPoints {
  event: number[]; // event indexes, ascending
  lng: number[];
  lat: number[];
}

export type CompactData = Omit<z.infer<typeof compactFrameSchema>, 'events' | 'points'> & { events: CompactEvents; points: CompactPoints };

const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isIndex = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= NONE;
const COLUMN_CHECKS: Readonly<Record<keyof CompactEvents, (v: unknown) => boolean>> = {
  article: isIndex,
  idA: isIndex,
  idB: isIndex,
  type: (v) => isNumber(v) && v >= 0 && v < EVENT_TYPES.length,
  subType: isIndex,
  actors: (v) => Array.isArray(v) && v.every(isNumber),
  sideSplit: (v) => Number.isInteger(v) && (v as number) >= 0,
  place: isIndex,
  when: (v) => Number.isInteger(v) && (v as number) >= 0,
  precision: (v) => v === 1 || v === 2 || v === 3,
  fatalities: isIndex,
  background: (v) => v === 0 || v === 1,
};
const ID_NUMBERS = /^(0|[1-9]\d{0,14})(?::(0|[1-9]\d{0,14}))?$/; // the tail of event:<article>:<a>[:<b>]

/**
 * Packs ExplorerData for the wire.
 * @example JSON.stringify(toCompact(data))
 */
export function toCompact(data: ExplorerData): CompactData {
  const strings = new Interner();
  const placeIndex = new Map(data.places.map((p, i) => [p.id, i]));
  const actorIndex = new Map(data.actors.map((a, i) => [a.id, i]));
  const articleIndex = new Map(data.articles.map((a, i) => [a.id, i]));
  const typeIndex = new Map<string, number>(EVENT_TYPES.map((t, i) => [t, i]));
  const precisionIndex = new Map<string, number>(DATE_PRECISIONS.map((p, i) => [p, i]));
  const whenIndex = new Interner();
  const whens: CompactData['whens'] = { date: [], precision: [] };
  const ev = data.events;
  const points: CompactPoints = { event: [], lng: [], lat: [] };
  const otherIds: CompactData['otherIds'] = { event: [], value: [] };
  const placeKeys: CompactData['placeKeys'] = { event: [], value: [] };
  const events: CompactEvents = {
    article: [],
    idA: [],
    idB: [],
    type: [],
    subType: [],
    actors: [],
    sideSplit: [],
    place: [],
    when: [],
    precision: [],
    fatalities: [],
    background: [],
  };
  ev.forEach((e, i) => {
    const place = placeIndex.get(e.placeId) ?? NONE;
    const record = data.places[place];
    if (!record || record.lngLat[0] !== e.lngLat[0] || record.lngLat[1] !== e.lngLat[1]) {
      points.event.push(i);
      points.lng.push(e.lngLat[0]);
      points.lat.push(e.lngLat[1]);
    }
    if (place === NONE) {
      placeKeys.event.push(i);
      placeKeys.value.push(e.placeId);
    }
    const article = articleIndex.get(e.article) ?? NONE;
    const prefix = `event:${e.article}:`;
    const numbers = article !== NONE && e.id.startsWith(prefix) ? ID_NUMBERS.exec(e.id.slice(prefix.length)) : null;
    if (!numbers) {
      otherIds.event.push(i);
      otherIds.value.push(e.id);
    }
    const precision = e.datePrecision === null ? NONE : (precisionIndex.get(e.datePrecision) ?? NONE);
    const whenKey = `${e.date ?? ''}|${precision}`;
    const when = whenIndex.index(whenKey);
    if (when === whens.date.length) {
      whens.date.push(e.date);
      whens.precision.push(precision);
    }
    events.article.push(article);
    events.idA.push(numbers ? Number(numbers[1]) : NONE);
    events.idB.push(numbers?.[2] === undefined ? NONE : Number(numbers[2]));
    events.type.push(typeIndex.get(e.eventType) ?? 0);
    events.subType.push(e.subEventType === null ? NONE : strings.index(e.subEventType));
    events.actors.push(e.actorIds.map((id) => actorIndex.get(id) ?? NONE));
    events.sideSplit.push(e.sideSplit);
    events.place.push(place);
    events.when.push(when);
    events.precision.push(e.precision);
    events.fatalities.push(e.fatalities ?? NONE);
    events.background.push(e.background ? 1 : 0);
  });
  return {
    format: 'explorer-compact-5',
    places: data.places.map(({ mentions: _mentions, ...p }) => ({ ...p, lngLat: [p.lngLat[0], p.lngLat[1]] })),
    routes: data.routes.map((r) => ({ ...r, coordinates: r.coordinates.map((c) => [c[0], c[1]] as [number, number]), actorIds: [...r.actorIds] })),
    actors: [...data.actors],
    // where ingest read each file stays on the server: the page needs no paths of the machine
    articles: data.articles.map(({ file: _file, ...a }) => a),
    strings: strings.list,
    whens,
    events,
    points,
    otherIds,
    placeKeys,
  };
}

/**
 * What the map page holds of ExplorerData: the same events without their details, places without mentions.
 * @example toMapData(data).events[0].index // 0
 */
export function toMapData(data: ExplorerData): MapData {
  return {
    events: data.events.map(({ article: _a, sentence: _s, start: _st, end: _e, confidence: _c, ...e }, index) => ({ ...e, index })),
    places: data.places.map(({ mentions: _mentions, ...p }) => p),
    routes: data.routes,
    actors: data.actors,
    articles: data.articles.map(({ file: _file, ...a }) => a),
  };
}

/**
 * Unpacks (and validates) the wire format into MapData; throws with the first problem.
 * @example fromCompact(await (await fetch('/api/events')).json())
 */
export function fromCompact(json: unknown): MapData {
  const c = compactFrameSchema.parse(json);
  const ids = c.events.article;
  const n = Array.isArray(ids) ? ids.length : 0;
  for (const [name, check] of Object.entries(COLUMN_CHECKS)) checkColumn(name, c.events[name], n, check);
  const e = c.events as unknown as CompactEvents; // every column checked above
  const { points, whens } = c;
  if (points.lng.length !== points.event.length || points.lat.length !== points.event.length) {
    throw new Error('Compact events: points columns disagree in length');
  }
  if (whens.precision.length !== whens.date.length) throw new Error('Compact events: whens columns disagree in length');
  // Events at one spot share one point (array identity), as events at one place share the place's: the map groups
  // markers by point identity.
  const shared = new Map<string, readonly [number, number]>();
  const pointOf = new Map<number, readonly [number, number]>(
    points.event.map((i, k) => {
      const lng = points.lng[k] as number;
      const lat = points.lat[k] as number;
      const key = `${lng},${lat}`;
      const point = shared.get(key) ?? ([lng, lat] as const);
      shared.set(key, point);
      return [i, point];
    }),
  );
  const otherId = sparse(c.otherIds, 'otherIds');
  const placeKey = sparse(c.placeKeys, 'placeKeys');
  const str = (i: number): string => c.strings[i] ?? '';
  const places: MapPlace[] = c.places;
  const typeSlugs = EVENT_TYPES.map(eventTypeSlug);
  const actorIds = c.actors.map((a) => a.id);
  const events: MapEvent[] = new Array<MapEvent>(n);
  for (let i = 0; i < n; i++) {
    const place = places[e.place[i] as number];
    const type = e.type[i] as number;
    const subType = e.subType[i] as number;
    const when = e.when[i] as number;
    if (when >= whens.date.length) throw new Error(`Compact events: bad when[${i}]: ${when}`);
    const precision = whens.precision[when] as number;
    const key = place ? undefined : (placeKey.get(i) ?? '');
    const fatalities = e.fatalities[i] as number;
    events[i] = {
      id: otherId.get(i) ?? eventId(c.articles[e.article[i] as number]?.id ?? '', e.idA[i] as number, e.idB[i] as number),
      eventType: EVENT_TYPES[type] ?? 'Battles',
      typeSlug: typeSlugs[type] ?? 'battles',
      subEventType: subType === NONE ? null : str(subType),
      actorIds: (e.actors[i] as number[]).map((a) => actorIds[a] ?? ''),
      sideSplit: e.sideSplit[i] as number,
      placeId: place?.id ?? (key as string),
      placeName: place?.name ?? (key as string),
      // Shared with the place: events at one place are one location for the map.
      lngLat: pointOf.get(i) ?? place?.lngLat ?? [0, 0],
      precision: e.precision[i] as 1 | 2 | 3,
      date: whens.date[when] ?? null,
      datePrecision: precision === NONE ? null : (DATE_PRECISIONS[precision] ?? null),
      fatalities: fatalities === NONE ? null : fatalities,
      background: e.background[i] === 1,
      index: i,
    };
  }
  return { events, places, routes: c.routes, actors: c.actors, articles: c.articles };
}

function eventId(article: string, a: number, b: number): string {
  return b === NONE ? `event:${article}:${a}` : `event:${article}:${a}:${b}`;
}

function sparse(column: { event: number[]; value: string[] }, name: string): Map<number, string> {
  if (column.value.length !== column.event.length) throw new Error(`Compact events: ${name} columns disagree in length`);
  return new Map(column.event.map((i, k) => [i, column.value[k] as string]));
}

function checkColumn(name: string, column: unknown, n: number, check: (v: unknown) => boolean): void {
  if (!Array.isArray(column) || column.length !== n) {
    throw new Error(`Compact events: column ${name} length ${Array.isArray(column) ? column.length : 'none'}, expected ${n}`);
  }
  for (let i = 0; i < n; i++) {
    if (!check(column[i])) throw new Error(`Compact events: bad ${name}[${i}]: ${JSON.stringify(column[i])}`);
  }
}

/** Strings to indexes, first come first numbered. */
class Interner {
  readonly list: string[] = [];
  private readonly byValue = new Map<string, number>();
  index(value: string): number {
    const known = this.byValue.get(value);
    if (known !== undefined) return known;
    this.list.push(value);
    this.byValue.set(value, this.list.length - 1);
    return this.list.length - 1;
  }
}

/** The URL the browser fetches the compact events from (the page preloads the same URL). */
export function eventsDataUrl(version: string): string {
  return `/api/events?v=${encodeURIComponent(version)}`;
}
