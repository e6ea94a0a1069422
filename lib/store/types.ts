/**
 * The event store: the queries the app and the CLIs need, named once, whatever engine answers them (the embedded
 * SQLite engine in ./sqlite, synchronous; the PostgreSQL/PostGIS engine in ./postgres, async: AsyncEventStore).
 * Every engine runs tests/store/contract.ts.
 *
 * The unit of writing is one article: what the pipeline produced from it, in the output contract's own shapes
 * (lib/geojson/schema.ts), so `exportCollection` with no filter gives back exactly what `buildCollection` writes.
 */
import type { EventFilter, Bounds } from '../filters/filter-events';
import type { EventTypeSlug } from '../filters/event-types';
import type { ArticleMeta, EventCollection, EventFeature, PlaceFeature, RouteFeature } from '../geojson/schema';

export type { Bounds } from '../filters/filter-events';

/**
 * One article and everything the pipeline produced from it. Place features carry this article's mentions only;
 * the store merges a place's mentions across articles.
 */
export interface ArticleBundle {
  article: ArticleMeta;
  places: readonly PlaceFeature[];
  events: readonly EventFeature[];
  routes: readonly RouteFeature[];
}

/** The filters of the URL (lib/url/view-state.ts) plus a full-text query over event sentences and article titles. */
export interface StoreFilter extends EventFilter {
  /** words that must all occur in the event's sentence or its article's title; null or '' = no text filter */
  q?: string | null;
}

/** A cluster of events aggregated by the store: their count and mean point. */
export interface ViewCluster {
  lngLat: readonly [number, number];
  count: number;
}

/** An event as a marker needs it (no sentence: that is a detail). */
export interface ViewMarker {
  id: string;
  lngLat: readonly [number, number];
  typeSlug: EventTypeSlug;
  actorIds: readonly string[];
  precision: 1 | 2 | 3;
  placeId: string;
  date: string | null;
  background: boolean;
}

/** What a map view shows: markers when few enough, else clusters aggregated in the store. */
export type ViewResult =
  | { kind: 'markers'; total: number; markers: readonly ViewMarker[] }
  | { kind: 'clusters'; total: number; clusters: readonly ViewCluster[] };

export interface ViewOptions {
  /** a view with at most this many events gets markers, else clusters (default in the engine) */
  markerLimit?: number;
}

/** Facet counts in the lib/filters sense: each facet counted under the OTHER filters. */
export interface Facets {
  total: number;
  actors: ReadonlyMap<string, number>;
  types: ReadonlyMap<EventTypeSlug, number>;
}

/** One row of the side list. */
export interface ListItem {
  id: string;
  eventType: EventFeature['properties']['eventType'];
  typeSlug: EventTypeSlug;
  actorIds: readonly string[];
  placeId: string;
  placeName: string;
  lngLat: readonly [number, number];
  date: string | null;
  fatalities: number | null;
  background: boolean;
  article: string;
  sentence: string;
}

export interface ListPage {
  /** events matching the filter (and the bounds, when given) */
  total: number;
  offset: number;
  /** date ascending, undated last, then id: the list's order */
  items: readonly ListItem[];
}

/** How many events of one type carry one date (undated events are not counted): what a timeline is built from. */
export interface DateCount {
  /** the event's date as written: YYYY, YYYY-MM or YYYY-MM-DD */
  date: string;
  typeSlug: EventTypeSlug;
  count: number;
}

/** An actor with the number of events naming it (background events included), for the filter panel. */
export interface StoreActor {
  id: string;
  name: string;
  acledName: string;
  inter: number;
  eventCount: number;
}

export interface SearchHit {
  eventId: string;
  article: string;
  sentence: string;
}

export interface StoreCounts {
  articles: number;
  places: number;
  events: number;
  routes: number;
}

/** A place with every mention of it across the store's articles. */
export type PlaceDetails = PlaceFeature;

export interface EventStore {
  /** Writes one article in one transaction, replacing whatever an earlier ingest of the same id produced. */
  upsertArticle(bundle: ArticleBundle): void;
  /**
   * Writes several articles, each as `upsertArticle` would (an article twice: the last one wins), with fewer
   * commits than one call each where the engine can. Each article is whole or absent whatever happens. After a
   * throw, which of them are in depends on the engine (SQLite: none, one transaction for all; PostgreSQL: every one
   * but the failing, one transaction each): write them one by one to learn which one failed.
   */
  upsertArticles(bundles: readonly ArticleBundle[]): void;
  /** Removes one article and what it produced (places no other article mentions go too); false when absent. */
  removeArticle(id: string): boolean;
  /** Markers or clusters for a view. `bounds` [west, south, east, north] may cross the antimeridian (west > east). */
  view(bounds: Bounds, zoom: number, filter: StoreFilter, options?: ViewOptions): ViewResult;
  /** Facet counts for the filtered set, optionally within bounds. */
  facets(filter: StoreFilter, bounds?: Bounds | null): Facets;
  /** One page of the list under the filter, optionally within bounds. */
  listPage(filter: StoreFilter, offset: number, limit: number, bounds?: Bounds | null): ListPage;
  /** Dated events passing the filter (and within bounds, when given) counted per date and type, in date order. */
  dateCounts(filter: StoreFilter, bounds?: Bounds | null): readonly DateCount[];
  /** Every actor that some event names, with its event count, most events first (ties by id). */
  actors(): readonly StoreActor[];
  /**
   * Routes that touch the bounds and pass the actor and date filters, in id order; with `limit`, at most that many,
   * the most recent first (date descending, undated last, then id).
   */
  routesInView(bounds: Bounds, filter: StoreFilter, limit?: number): readonly RouteFeature[];
  /** Events whose sentence or article title holds every word of `q`, in list order. */
  search(q: string, limit: number): readonly SearchHit[];
  /** Ids of the events passing the filter, in id order, at most `limit` (the page intersects its own events with them). */
  matchingIds(filter: StoreFilter, limit: number): readonly string[];
  article(id: string): ArticleMeta | null;
  place(id: string): PlaceDetails | null;
  event(id: string): EventFeature | null;
  /** The output contract for the filtered events, their routes and places; unfiltered it equals the ingest's file. */
  exportCollection(filter: StoreFilter): EventCollection;
  counts(): StoreCounts;
  schemaVersion(): number;
  close(): void;
}

/**
 * The same store with every answer a promise: the shape of an engine behind a network connection (PostgreSQL in
 * ./postgres). The SQLite engine stays synchronous for its callers; `asyncStore` gives it this shape too, so one
 * async caller (or test suite) runs against either engine.
 */
export type AsyncEventStore = {
  [K in keyof EventStore]: (...args: Parameters<EventStore[K]>) => Promise<Awaited<ReturnType<EventStore[K]>>>;
};

/**
 * A synchronous store seen through the async interface; its errors become rejections.
 * @example await asyncStore(openSqliteStore(file)).counts()
 */
export function asyncStore(store: EventStore): AsyncEventStore {
  const wrapped: Record<string, (...args: unknown[]) => Promise<unknown>> = {};
  for (const [name, method] of Object.entries(store) as [string, (...args: unknown[]) => unknown][]) {
    wrapped[name] = async (...args) => method(...args);
  }
  return wrapped as unknown as AsyncEventStore;
}

/** Why a store could not be opened: one line a person can act on; `path` names the file. */
export class StoreOpenError extends Error {
  constructor(
    readonly path: string,
    reason: string,
  ) {
    super(`cannot open the event store ${path}: ${reason}`);
    this.name = 'StoreOpenError';
  }
}

/** Limits every engine keeps, so the endpoints can check input before asking. */
export const STORE_LIMITS = {
  maxZoom: 19, // map zooms are 0..maxZoom
  maxListLimit: 500, // list rows per page at most
};

/** A filter that lets everything but background events through. */
export const NO_FILTER: StoreFilter = { actors: [], types: [], from: null, to: null, background: false, q: null };
