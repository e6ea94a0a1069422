/** The plain data the explorer page hands to the browser: flat, serialisable, already validated. */
import type { AreaRef, ArticleMeta, DatePrecision, EventType, PlaceType } from '../geojson/schema';
import type { EventTypeSlug } from '../filters/event-types';

/** [lng, lat], as everywhere in lib/. */
export type LngLat = readonly [number, number];

export interface ExplorerEvent {
  id: string;
  eventType: EventType;
  typeSlug: EventTypeSlug;
  subEventType: string | null;
  /** actor ids, first actor first (it colours the marker) */
  actorIds: readonly string[];
  /** actorIds before this index are ACLED's side 1 (actor1 and its associates), the rest side 2 */
  sideSplit: number;
  placeId: string;
  placeName: string;
  lngLat: LngLat;
  /** ACLED geo_precision of the event: 1 at the place, 2 near it or part of a region, 3 only a region is known */
  precision: 1 | 2 | 3;
  date: string | null;
  datePrecision: DatePrecision | null;
  /** reported deaths; null when the article does not say */
  fatalities: number | null;
  /** an event the article dates well before its publication (history, hidden unless asked for) */
  background: boolean;
  article: string;
  sentence: string;
  start: number;
  end: number;
  confidence: number;
}

export interface ExplorerMention {
  article: string;
  start: number;
  end: number;
  text: string;
}

export interface ExplorerPlace {
  id: string;
  name: string;
  placeType: PlaceType;
  countryCode: string | null;
  lngLat: LngLat;
  precision: 1 | 2 | 3;
  /** a landmark's kind ("refugee camp", "airbase"), null for other places */
  feature: string | null;
  area: AreaRef;
  mentions: readonly ExplorerMention[];
}

export interface ExplorerRoute {
  id: string;
  fromPlaceId: string;
  toPlaceId: string;
  fromName: string;
  toName: string;
  coordinates: readonly LngLat[];
  actorIds: readonly string[];
  date: string | null;
  article: string;
  sentence: string;
  start: number;
  end: number;
}

export interface ExplorerActor {
  id: string;
  name: string;
  /** ACLED-style name ("Military Forces of Ukraine") */
  acledName: string;
  /** ACLED inter code 1–8 */
  inter: number;
  /** events naming this actor in the whole file */
  eventCount: number;
  /** index into the actor palette; the same actor keeps its colour whatever the filters */
  colorIndex: number;
}

export interface ExplorerData {
  /** sorted by date ascending, undated events last, then by id */
  events: readonly ExplorerEvent[];
  places: readonly ExplorerPlace[];
  routes: readonly ExplorerRoute[];
  /** most frequent first */
  actors: readonly ExplorerActor[];
  articles: readonly ArticleMeta[];
}

export type LoadResult =
  | { ok: true; path: string; data: ExplorerData }
  | { ok: false; path: string; reason: 'missing' | 'invalid'; message: string };

/** Where an event comes from: fetched per event by the map page (see ./details.ts), not shipped with the markers. */
export interface EventDetails {
  article: string;
  sentence: string;
  start: number;
  end: number;
  confidence: number;
}

/** An event as the map page holds it: what markers, filters and the list need; `index` is its place in the file's order. */
export type MapEvent = Omit<ExplorerEvent, keyof EventDetails> & { index: number };

/** A place as the map page holds it; its mentions are fetched per article. */
export type MapPlace = Omit<ExplorerPlace, 'mentions'>;

/** What the map page loads first: ExplorerData without sentences and mentions. */
export interface MapData {
  events: readonly MapEvent[];
  places: readonly MapPlace[];
  routes: readonly ExplorerRoute[];
  actors: readonly ExplorerActor[];
  articles: readonly ArticleMeta[];
}
