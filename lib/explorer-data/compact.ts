/**
 * The wire format from /api/events to the browser: ExplorerData with its events stored column by column (no
 * repeated keys, repeated strings as indexes), about half the bytes of plain objects and one JSON.parse away.
 */
import { z } from 'zod';
import { EVENT_TYPES, DATE_PRECISIONS, articleMetaSchema, areaRefSchema, PLACE_TYPES } from '../geojson/schema';
import { eventTypeSlug } from '../filters/event-types';
import type { ExplorerData, ExplorerEvent, ExplorerPlace } from './types';

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
  mentions: z.array(z.object({ article: z.string(), start: z.number(), end: z.number(), text: z.string() })),
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
  format: z.literal('explorer-compact-1'),
  places: z.array(placeSchema),
  routes: z.array(routeSchema),
  actors: z.array(actorSchema),
  articles: z.array(articleMetaSchema),
  strings: z.array(z.string()), // sub-event types, article ids and unknown place ids
  events: z.record(z.string(), z.unknown()),
});

export interface CompactEvents {
  id: string[];
  type: number[]; // index into EVENT_TYPES
  subType: number[]; // index into strings, or NONE
  actors: number[][]; // indexes into actors
  place: number[]; // index into places, or NONE (then placeKey names it)
  placeKey: number[]; // index into strings when place is NONE
  lng: number[];
  lat: number[];
  date: (string | null)[];
  datePrecision: number[]; // index into DATE_PRECISIONS, or NONE
  article: number[]; // index into strings
  sentence: string[];
  start: number[];
  end: number[];
  confidence: number[];
}

export type CompactData = Omit<z.infer<typeof compactFrameSchema>, 'events'> & { events: CompactEvents };

const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isString = (v: unknown): v is string => typeof v === 'string';
const COLUMN_CHECKS: Readonly<Record<keyof CompactEvents, (v: unknown) => boolean>> = {
  id: isString,
  type: (v) => isNumber(v) && v >= 0 && v < EVENT_TYPES.length,
  subType: isNumber,
  actors: (v) => Array.isArray(v) && v.every(isNumber),
  place: isNumber,
  placeKey: isNumber,
  lng: (v) => isNumber(v) && v >= -180 && v <= 180,
  lat: (v) => isNumber(v) && v >= -90 && v <= 90,
  date: (v) => v === null || isString(v),
  datePrecision: isNumber,
  article: isNumber,
  sentence: isString,
  start: isNumber,
  end: isNumber,
  confidence: isNumber,
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
  return {
    format: 'explorer-compact-1',
    places: data.places.map((p) => ({ ...p, lngLat: [p.lngLat[0], p.lngLat[1]], mentions: [...p.mentions] })),
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
      lng: ev.map((e) => e.lngLat[0]),
      lat: ev.map((e) => e.lngLat[1]),
      date: ev.map((e) => e.date),
      datePrecision: ev.map((e) => (e.datePrecision === null ? NONE : (precisionIndex.get(e.datePrecision) ?? NONE))),
      article: ev.map((e) => strings.index(e.article)),
      sentence: ev.map((e) => e.sentence),
      start: ev.map((e) => e.start),
      end: ev.map((e) => e.end),
      confidence: ev.map((e) => e.confidence),
    },
  };
}

/**
 * Unpacks (and validates) the wire format back into ExplorerData; throws with the first problem.
 * @example fromCompact(await (await fetch('/api/events')).json())
 */
export function fromCompact(json: unknown): ExplorerData {
  const c = compactFrameSchema.parse(json);
  const ids = c.events.id;
  const n = Array.isArray(ids) ? ids.length : 0;
  for (const [name, check] of Object.entries(COLUMN_CHECKS)) {
    const column = c.events[name];
    if (!Array.isArray(column) || column.length !== n) {
      throw new Error(`Compact events: column ${name} length ${Array.isArray(column) ? column.length : 'none'}, expected ${n}`);
    }
    for (let i = 0; i < n; i++) {
      if (!check(column[i])) throw new Error(`Compact events: bad ${name}[${i}]: ${JSON.stringify(column[i])}`);
    }
  }
  const e = c.events as unknown as CompactEvents; // every column checked above
  const str = (i: number): string => c.strings[i] ?? '';
  const places: ExplorerPlace[] = c.places;
  const events: ExplorerEvent[] = new Array<ExplorerEvent>(n);
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
      lngLat: [e.lng[i] as number, e.lat[i] as number],
      precision: place?.precision ?? 3,
      date: e.date[i] ?? null,
      datePrecision: precision === NONE ? null : (DATE_PRECISIONS[precision] ?? null),
      article: str(e.article[i] as number),
      sentence: e.sentence[i] as string,
      start: e.start[i] as number,
      end: e.end[i] as number,
      confidence: e.confidence[i] as number,
    };
  }
  return { events, places, routes: c.routes, actors: c.actors, articles: c.articles };
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
