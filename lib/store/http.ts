/**
 * The store's HTTP answers, for the route handlers in app/api/store/: parse and check the query (the view, the
 * URL's filters, paging), ask the store, and shape plain JSON. Bad input is a 400 naming the bad value, never a
 * throw; the handlers only pass the request in and the response out.
 */
import { parseViewState } from '../url/view-state';
import { EXPORT_CONTENT_TYPES } from '../export/format';
import { collectionExportText } from './export-file';
import { storeFilterOf } from './filter';
import { histogramToJson, storeHistogram } from './histogram';
import { STORE_LIMITS, type AsyncEventStore, type Bounds, type StoreFilter } from './types';

export const STORE_ENDPOINTS = ['view', 'facets', 'list', 'routes', 'histogram', 'search', 'ids', 'event', 'place', 'export'] as const;
export type StoreEndpoint = (typeof STORE_ENDPOINTS)[number];

export interface StoreAnswer {
  status: number;
  body: unknown;
  /** set when `body` is the text of a file to download (the export), not JSON */
  file?: { name: string; type: string };
}

const DEFAULT_LIST_LIMIT = 100; // rows per list page when the query names none
const DEFAULT_SEARCH_LIMIT = 50; // hits when the query names none
/** ids sent at most by /api/store/ids: the page intersects its events with them */
export const MAX_MATCHING_IDS = 200_000;
/**
 * routes sent at most by /api/store/routes, the most recent: a world view of a million events touches 10,000
 * routes, 4 MB of JSON that took the server 0.6–2 s and the page long tasks to parse and draw, for lines too many
 * to tell apart at that zoom; zoomed in, a view holds fewer and all of them come
 */
export const MAX_ROUTES_IN_VIEW = 500;
const MAX_LAT = 90; // degrees
const MAX_ZOOM = STORE_LIMITS.maxZoom;

/**
 * Answers one GET on /api/store/<endpoint>?…; `store` is null (with `reason`) when no store could be opened.
 * `maxRoutes`: routes sent at most by /routes (tests lower it).
 * @example await answerStoreQuery('view', new URLSearchParams('bbox=35,32,43,38&zoom=6&actor=isis'), store)
 */
export async function answerStoreQuery(
  endpoint: StoreEndpoint,
  params: URLSearchParams,
  store: AsyncEventStore | null,
  reason = 'no event store',
  maxRoutes = MAX_ROUTES_IN_VIEW,
): Promise<StoreAnswer> {
  if (store === null) return { status: 503, body: { error: reason } };
  const state = parseViewState(params);
  const filter: StoreFilter = storeFilterOf(state);
  const bounds = params.has('bbox') ? parseBounds(params.get('bbox') ?? '') : null;
  if (bounds instanceof Error) return bad(bounds.message);
  switch (endpoint) {
    case 'view': {
      if (bounds === null) return bad('bbox=west,south,east,north is required');
      const zoom = parseNumber(params.get('zoom'), 'zoom', 0, MAX_ZOOM);
      if (zoom instanceof Error) return bad(zoom.message);
      return ok(await store.view(bounds, zoom, filter));
    }
    case 'facets': {
      const facets = await store.facets(filter, bounds);
      return ok({ total: facets.total, actors: Object.fromEntries(facets.actors), types: Object.fromEntries(facets.types) });
    }
    case 'list': {
      const offset = parseInteger(params.get('offset') ?? '0', 'offset', 0, Number.MAX_SAFE_INTEGER);
      const limit = parseInteger(params.get('limit') ?? String(DEFAULT_LIST_LIMIT), 'limit', 0, STORE_LIMITS.maxListLimit);
      if (offset instanceof Error) return bad(offset.message);
      if (limit instanceof Error) return bad(limit.message);
      return ok(await store.listPage(filter, offset, limit, bounds));
    }
    case 'routes': {
      if (bounds === null) return bad('bbox=west,south,east,north is required');
      const routes = await store.routesInView(bounds, filter, maxRoutes + 1);
      const kept = routes.slice(0, maxRoutes);
      const selected = state.event;
      // a link to a route left out still opens on it: the selected route comes too (all the view's routes read once)
      if (routes.length > maxRoutes && selected !== null && !kept.some((r) => r.id === selected)) {
        const found = (await store.routesInView(bounds, filter)).find((r) => r.id === selected);
        if (found) kept.push(found);
      }
      return ok({ routes: kept, complete: routes.length <= maxRoutes });
    }
    case 'histogram': {
      // every filter but the dates: the brushed period only widens the bins (the page's timeline does the same)
      const counts = await store.dateCounts({ ...filter, from: null, to: null }, bounds);
      const histogram = storeHistogram(counts, filter.from, filter.to);
      return ok({ histogram: histogram === null ? null : histogramToJson(histogram) });
    }
    case 'search': {
      const limit = parseInteger(params.get('limit') ?? String(DEFAULT_SEARCH_LIMIT), 'limit', 1, STORE_LIMITS.maxListLimit);
      if (limit instanceof Error) return bad(limit.message);
      return ok({ q: filter.q ?? null, hits: filter.q ? await store.search(filter.q, limit) : [] });
    }
    case 'ids': {
      const ids = await store.matchingIds(filter, MAX_MATCHING_IDS + 1);
      return ok({ ids: ids.slice(0, MAX_MATCHING_IDS), complete: ids.length <= MAX_MATCHING_IDS });
    }
    case 'export': {
      // the filtered events anywhere (no bbox), as the file mode's toolbar exports them
      const format = params.get('format') ?? 'geojson';
      if (format !== 'geojson' && format !== 'csv') return bad(`Unexpected format: ${JSON.stringify(format)} (want geojson or csv)`);
      const { text } = collectionExportText(await store.exportCollection(filter), format);
      return { status: 200, body: text, file: { name: `events.${format}`, type: EXPORT_CONTENT_TYPES[format] } };
    }
    case 'event':
    case 'place': {
      const id = endpoint === 'event' ? state.event : state.place;
      if (id === null) return bad(`${endpoint}=<id> is required`);
      const found = endpoint === 'event' ? await store.event(id) : await store.place(id);
      return found === null ? { status: 404, body: { error: `no ${endpoint} ${id}` } } : ok(found);
    }
  }
}

/**
 * [west, south, east, north] from "w,s,e,n"; west > east crosses the antimeridian.
 * @example parseBounds('35,32,43,38') // [35, 32, 43, 38]
 */
export function parseBounds(value: string): Bounds | Error {
  const parts = value.split(',').map((v) => (v.trim() === '' ? Number.NaN : Number(v)));
  const [west, south, east, north] = parts;
  if (parts.length !== 4 || west === undefined || south === undefined || east === undefined || north === undefined || parts.some((n) => !Number.isFinite(n))) {
    return new Error(`Unexpected bbox: ${JSON.stringify(value)} (want west,south,east,north in degrees)`);
  }
  if (south < -MAX_LAT || north > MAX_LAT || south > north) return new Error(`Unexpected bbox latitudes: ${south}, ${north}`);
  return [west, south, east, north];
}

// --- private helpers ---

function parseNumber(value: string | null, name: string, min: number, max: number): number | Error {
  const n = value === null || value.trim() === '' ? Number.NaN : Number(value);
  if (!Number.isFinite(n) || n < min || n > max) return new Error(`Unexpected ${name}: ${JSON.stringify(value)} (want ${min}–${max})`);
  return n;
}

function parseInteger(value: string, name: string, min: number, max: number): number | Error {
  const n = parseNumber(value, name, min, max);
  return n instanceof Error || Number.isInteger(n) ? n : new Error(`Unexpected ${name}: ${JSON.stringify(value)} (want a whole number)`);
}

function ok(body: unknown): StoreAnswer {
  return { status: 200, body };
}

function bad(message: string): StoreAnswer {
  return { status: 400, body: { error: message } };
}
