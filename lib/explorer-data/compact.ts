/**
 * The wire format from /api/events to the browser: what the map needs first (MapData), events stored column by
 * column (no repeated keys, repeated strings as indexes). Sentences, offsets and place mentions are left out — they
 * are most of the bytes and are fetched per event or per article (see ./details.ts).
 */
import { z } from 'zod';
import { EVENT_TYPES, DATE_PRECISIONS, articleMetaSchema, areaRefSchema, PLACE_TYPES } from '../geojson/schema';
import { eventTypeSlug } from '../filters/event-types';
import type { ExplorerData, MapData, MapEvent, MapPlace } from './types';

const NONE = -1; // index meaning "null"

const lngLat = z.tuple([z.number(), z.number()]);
const placeSchema = z.object({
  id: z.string(),
  name: z.string(),
  placeType: z.enum(PLACE_TYPES),
  countryCode: z.string().nullable(),
  lngLat,
  precision: z.union([z.literal(1), z.literal(2), z.literal(3)]),
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
  date: z.string().nullable(),
  article: z.string(),
  sentence: z.string(),
  start: z.number(),
  end: z.number(),
});
const actorSchema = z.object({ id: z.string(), name: z.string(), eventCount: z.number(), colorIndex: z.number() });

/** Everything but the event columns; those are checked by hand (zod over 1.5 million cells takes seconds). */
const compactFrameSchema = z.object({
  format: z.literal('explorer-compact-2'),
  places: z.array(placeSchema),
  routes: z.array(routeSchema),
  actors: z.array(actorSchema),
  articles: z.array(articleMetaSchema),
  strings: z.array(z.string()), // sub-event types and unknown place ids
  events: z.record(z.string(), z.unknown()),
  points: z.object({ event: z.array(z.int().min(0)), lng: z.array(z.number().min(-180).max(180)), lat: z.array(z.number().min(-90).max(90)) }),
});

export interface CompactEvents {
  id: string[];
  type: number[]; // index into EVENT_TYPES
  subType: number[]; // index into strings, or NONE
  actors: number[][]; // indexes into actors
  place: number[]; // index into places, or NONE (then placeKey names it)
  placeKey: number[]; // index into strings when place is NONE
  date: (string | null)[];
  datePrecision: number[]; // index into DATE_PRECISIONS, or NONE
}

/** Events not drawn at their place's point (or without a place record): most events are, so only these carry one. */
export interface CompactPoints {
  event: number[]; // event indexes, ascending
  lng: number[];
  lat: number[];
}

export type CompactData = Omit<z.infer<typeof compactFrameSchema>, 'events' | 'points'> & { events: CompactEvents; points: CompactPoints };

const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isString = (v: unknown): v is string => typeof v === 'string';
const COLUMN_CHECKS: Readonly<Record<keyof CompactEvents, (v: unknown) => boolean>> = {
  id: isString,
  type: (v) => isNumber(v) && v >= 0 && v < EVENT_TYPES.length,
  subType: isNumber,
  actors: (v) => Array.isArray(v) && v.every(isNumber),
  place: isNumber,
  placeKey: isNumber,
  date: (v) => v === null || isString(v),
  datePrecision: isNumber,
};


/**
 * Packs ExplorerData for the wire.
 * @example JSON.stringify(toCompact(data))
 */
export function toCompact(data: ExplorerData): CompactData {
  const strings = new Interner();
  const placeIndex = new Map(data.places.map((p, i) => [p.id, i]));
  const actorIndex = new Map(data.actors.map((a, i) => [a.id, i]));
  const typeIndex = new Map<string, number>(EVENT_TYPES.map((t, i) => [t, i]));
  const precisionIndex = new Map<string, number>(DATE_PRECISIONS.map((p, i) => [p, i]));
  const ev = data.events;
  const points: CompactPoints = { event: [], lng: [], lat: [] };
  ev.forEach((e, i) => {
    const place = data.places[placeIndex.get(e.placeId) ?? NONE];
    if (place && place.lngLat[0] === e.lngLat[0] && place.lngLat[1] === e.lngLat[1]) return;
    points.event.push(i);
    points.lng.push(e.lngLat[0]);
    points.lat.push(e.lngLat[1]);
  });
  return {
    format: 'explorer-compact-2',
    places: data.places.map(({ mentions: _mentions, ...p }) => ({ ...p, lngLat: [p.lngLat[0], p.lngLat[1]] })),
    routes: data.routes.map((r) => ({ ...r, coordinates: r.coordinates.map((c) => [c[0], c[1]] as [number, number]), actorIds: [...r.actorIds] })),
    actors: [...data.actors],
    articles: [...data.articles],
    strings: strings.list,
    events: {
      id: ev.map((e) => e.id),
      type: ev.map((e) => typeIndex.get(e.eventType) ?? 0),
      subType: ev.map((e) => (e.subEventType === null ? NONE : strings.index(e.subEventType))),
      actors: ev.map((e) => e.actorIds.map((id) => actorIndex.get(id) ?? NONE)),
      place: ev.map((e) => placeIndex.get(e.placeId) ?? NONE),
      placeKey: ev.map((e) => (placeIndex.has(e.placeId) ? NONE : strings.index(e.placeId))),
      date: ev.map((e) => e.date),
      datePrecision: ev.map((e) => (e.datePrecision === null ? NONE : (precisionIndex.get(e.datePrecision) ?? NONE))),
    },
    points,
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
    articles: data.articles,
  };
}

/**
 * Unpacks (and validates) the wire format into MapData; throws with the first problem.
 * @example fromCompact(await (await fetch('/api/events')).json())
 */
export function fromCompact(json: unknown): MapData {
  const c = compactFrameSchema.parse(json);
  const ids = c.events.id;
  const n = Array.isArray(ids) ? ids.length : 0;
  for (const [name, check] of Object.entries(COLUMN_CHECKS)) checkColumn(name, c.events[name], n, check);
  const e = c.events as unknown as CompactEvents; // every column checked above
  const { points } = c;
  if (points.lng.length !== points.event.length || points.lat.length !== points.event.length) {
    throw new Error('Compact events: points columns disagree in length');
  }
  const pointOf = new Map<number, readonly [number, number]>(points.event.map((i, k) => [i, [points.lng[k] as number, points.lat[k] as number]]));
  const str = (i: number): string => c.strings[i] ?? '';
  const places: MapPlace[] = c.places;
  const events: MapEvent[] = new Array<MapEvent>(n);
  for (let i = 0; i < n; i++) {
    const place = places[e.place[i] as number];
    const eventType = EVENT_TYPES[e.type[i] as number] ?? 'Battles';
    const subType = e.subType[i] as number;
    const precision = e.datePrecision[i] as number;
    events[i] = {
      id: e.id[i] as string,
      eventType,
      typeSlug: eventTypeSlug(eventType),
      subEventType: subType === NONE ? null : str(subType),
      actorIds: (e.actors[i] as number[]).map((a) => c.actors[a]?.id ?? ''),
      placeId: place?.id ?? str(e.placeKey[i] as number),
      placeName: place?.name ?? str(e.placeKey[i] as number),
      // Shared with the place: events at one place are one location for the map.
      lngLat: pointOf.get(i) ?? place?.lngLat ?? [0, 0],
      precision: place?.precision ?? 3,
      date: e.date[i] ?? null,
      datePrecision: precision === NONE ? null : (DATE_PRECISIONS[precision] ?? null),
      index: i,
    };
  }
  return { events, places, routes: c.routes, actors: c.actors, articles: c.articles };
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
