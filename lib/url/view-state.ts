/**
 * Deep links: the URL is the only store of the explorer's filter, selection and map view.
 *
 * Query: `actor` and `type` (comma-separated lists), `from`/`to` (ISO dates), `event`, `place`, `article` (ids),
 * `background=1` (show events the articles recall from long before their publication), `q` (full-text search words).
 * Hash: `#map=ZOOM/LAT/LNG` (OpenStreetMap's convention).
 *
 * Bad input never throws: unparsable values are dropped, out-of-range map values are clamped, and the result is
 * always a usable view. Repeated parameters: lists (`actor`, `type`) are MERGED in order of appearance, scalars
 * (`from`, `to`, `event`, `place`) take the FIRST valid value.
 *
 * Ids may contain ':' (`geonames:172955`); the formatter leaves ':' and ',' readable, any other reserved character
 * is percent-encoded, and the parser accepts both forms (`place=geonames%3A172955` equals `place=geonames:172955`).
 */
import { isArticleId } from '../explorer-data/article-id';
import { isEventTypeSlug, type EventTypeSlug } from '../filters/event-types';
import { clampMapView, formatMapHash, parseMapHash, type MapView } from './map-hash';
import { EMPTY_TIME_PARAMS, parseTimeParams, writeTimeParams, type TimeParams } from './time-params';

export type { MapView } from './map-hash';

/** With the timeline's `sort`, `window` and `at` (./time-params). */
export interface ViewState extends TimeParams {
  /** actor ids, OR-combined; empty = all actors */
  actors: readonly string[];
  /** event type slugs, OR-combined; empty = all types */
  types: readonly EventTypeSlug[];
  /** inclusive lower date bound, YYYY, YYYY-MM or YYYY-MM-DD */
  from: string | null;
  /** inclusive upper date bound */
  to: string | null;
  /** show background events (history the articles recall); hidden by default */
  background: boolean;
  /** full-text search over event sentences and article titles; null = none */
  q: string | null;
  /** selected event (or route) feature id */
  event: string | null;
  /** selected place feature id */
  place: string | null;
  /** only the events and routes of this article (`?article=<id>`, the link an added article opens) */
  article: string | null;
  /** map view from the hash; null = fit the data */
  map: MapView | null;
}

/** What Next hands a page as `searchParams`, a URLSearchParams, or a raw query string. */
export type SearchParamsInput = URLSearchParams | string | Readonly<Record<string, string | readonly string[] | undefined>>;

export const EMPTY_VIEW_STATE: ViewState = {
  actors: [],
  types: [],
  from: null,
  to: null,
  background: false,
  q: null,
  event: null,
  place: null,
  article: null,
  map: null,
  ...EMPTY_TIME_PARAMS,
};

const MAX_LIST_ITEMS = 200; // ids kept per list parameter; more is abuse, not a filter
const MAX_ID_LENGTH = 200; // characters
const MAX_QUERY_LENGTH = 200; // characters of a search; more is abuse, not a search
const ACTOR_ID = /^[a-z0-9-]+$/;
// Feature ids: letters, digits, spaces and : . _ @ + - / (an article ingested from a subfolder has '/' in its id,
// "event:2017/raqqa:12:0"); never '..' nor '//' (ids reach file lookups downstream), never markup characters.
const FEATURE_ID = /^[\p{L}\p{N}][\p{L}\p{N} :._@+/-]*$/u;
const ISO_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/**
 * Parses a deep link's query (and optional hash) into a complete, valid ViewState; never throws.
 * @example parseViewState('actor=isis,sdf&type=battles', '#map=8/35.95/39.01')
 */
export function parseViewState(searchParams: SearchParamsInput, hash?: string | null): ViewState {
  const get = reader(searchParams);
  const actors = uniqueList(get('actor'), (id) => ACTOR_ID.test(id));
  const types = uniqueList(get('type'), isEventTypeSlug) as EventTypeSlug[];
  let from = firstValid(get('from'), normalizeIsoDate);
  let to = firstValid(get('to'), normalizeIsoDate);
  if (from && to && from > to) [from, to] = [to, from];
  return {
    actors,
    types,
    from,
    to,
    background: get('background').some((v) => v === '1' || v === 'true'),
    q: firstValid(get('q'), normalizeQuery),
    event: firstValid(get('event'), normalizeFeatureId),
    place: firstValid(get('place'), normalizeFeatureId),
    article: firstValid(get('article'), normalizeArticleId),
    map: hash ? parseMapHash(hash) : null,
    ...parseTimeParams(get),
  };
}

/**
 * Formats a ViewState as the relative URL part `?query#hash` (either part omitted when empty).
 * @example formatViewState({ ...EMPTY_VIEW_STATE, types: ['battles'] }) // '?type=battles'
 */
export function formatViewState(state: ViewState): string {
  return formatQuery(state) + formatHash(state);
}

/** The `?query` part of a ViewState ('' when no filter or selection is set). */
export function formatQuery(state: ViewState): string {
  const params = new URLSearchParams();
  if (state.actors.length > 0) params.set('actor', state.actors.join(','));
  if (state.types.length > 0) params.set('type', state.types.join(','));
  if (state.from) params.set('from', state.from);
  if (state.to) params.set('to', state.to);
  if (state.background) params.set('background', '1');
  if (state.q) params.set('q', state.q);
  if (state.event) params.set('event', state.event);
  if (state.place) params.set('place', state.place);
  if (state.article) params.set('article', state.article);
  writeTimeParams(state, params);
  // ':' ',' and '/' are legal in a query value and keep ids readable (an article id can have folders: 2017/raqqa)
  const query = params.toString().replace(/%3A/gi, ':').replace(/%2C/gi, ',').replace(/%2F/gi, '/');
  return query ? `?${query}` : '';
}

/** The `#map=…` part of a ViewState ('' when the view is unset). */
export function formatHash(state: ViewState): string {
  return state.map ? `#${formatMapHash(clampMapView(state.map))}` : '';
}

/** True when two states select and filter the same things (the map view is ignored). */
export function sameQuery(a: ViewState, b: ViewState): boolean {
  return formatQuery(a) === formatQuery(b);
}

/** Normalises YYYY, YYYY-MM or YYYY-MM-DD when it names a real calendar date; null otherwise. */
export function normalizeIsoDate(value: string): string | null {
  const match = ISO_DATE.exec(value.trim());
  if (!match) return null;
  const [, year, month, day] = match;
  if (month !== undefined && (Number(month) < 1 || Number(month) > 12)) return null;
  if (month !== undefined && day !== undefined) {
    const daysInMonth = new Date(Date.UTC(Number(year), Number(month), 0)).getUTCDate();
    if (Number(day) < 1 || Number(day) > daysInMonth) return null;
  }
  return match[0];
}

/**
 * Search words as typed, trimmed and with runs of white space and control characters made one space; null when
 * empty or over-long. The store treats them as words only, never as query syntax.
 * @example normalizeQuery('  chlorine   convoy ') // 'chlorine convoy'
 */
export function normalizeQuery(value: string): string | null {
  const q = value.replace(/[\s\p{Cc}]+/gu, ' ').trim();
  return q.length === 0 || q.length > MAX_QUERY_LENGTH ? null : q;
}

/** A feature id safe to echo and compare, or null ('../x', markup, over-long ids). */
export function normalizeFeatureId(value: string): string | null {
  const id = value.trim();
  if (id.length === 0 || id.length > MAX_ID_LENGTH) return null;
  if (!FEATURE_ID.test(id) || id.includes('..') || id.includes('//')) return null;
  return id;
}

/** An article id safe to echo (see isArticleId: no '..', no hidden or absolute paths), or null. */
export function normalizeArticleId(value: string): string | null {
  const id = value.trim();
  return isArticleId(id) && !/[<>"'`]/.test(id) ? id : null;
}

// --- private helpers ---

function reader(input: SearchParamsInput): (key: string) => string[] {
  if (typeof input === 'string') {
    const params = new URLSearchParams(input.startsWith('?') ? input.slice(1) : input);
    return (key) => params.getAll(key);
  }
  if (input instanceof URLSearchParams) return (key) => input.getAll(key);
  return (key) => {
    const value = Object.prototype.hasOwnProperty.call(input, key) ? input[key] : undefined;
    if (value === undefined) return [];
    return typeof value === 'string' ? [value] : value.filter((v): v is string => typeof v === 'string');
  };
}

function uniqueList(values: readonly string[], isValid: (item: string) => boolean): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const value of values) {
    for (const raw of value.split(',')) {
      const item = raw.trim();
      if (item.length === 0 || item.length > MAX_ID_LENGTH || seen.has(item) || !isValid(item)) continue;
      seen.add(item);
      out.push(item);
      if (out.length >= MAX_LIST_ITEMS) return out;
    }
  }
  return out;
}

function firstValid(values: readonly string[], normalize: (value: string) => string | null): string | null {
  for (const value of values) {
    const normal = normalize(value);
    if (normal !== null) return normal;
  }
  return null;
}
