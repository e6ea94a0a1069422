/**
 * The explorer's filters, pure: actors (any of), event types (any of), date range (overlap). An empty list means
 * "no filter". Dates may be partial (YYYY-MM): an event matches when its period overlaps [from, to]; undated
 * events match only while no date bound is set. Background events (history the article recalls) are left out
 * unless `background` is set.
 */
import type { EventTypeSlug } from './event-types';
import type { ExplorerEvent, ExplorerRoute } from '../explorer-data/types';

/** The fields the filters read; ExplorerEvent and MapEvent both have them. */
export type FilterableEvent = Pick<ExplorerEvent, 'actorIds' | 'typeSlug' | 'date' | 'lngLat' | 'background'> & {
  /** the event's id (`event:<article>:<n>:<n>`): the map page's events name their article only through it */
  id?: string;
  article?: string;
};

export interface EventFilter {
  actors: readonly string[];
  types: readonly EventTypeSlug[];
  from: string | null;
  to: string | null;
  /** include background events (history the article recalls); hidden when false or unset */
  background?: boolean;
  /** only events and routes of this article; null or unset = all articles */
  article?: string | null;
}

/** [west, south, east, north] in degrees. */
export type Bounds = readonly [number, number, number, number];

/**
 * Events passing every filter, in input order (inputs are not mutated).
 * @example filterEvents(events, { actors: ['isis'], types: [], from: '2017-10-01', to: null })
 */
export function filterEvents(events: readonly ExplorerEvent[], filter: EventFilter): ExplorerEvent[] {
  const match = compile(filter);
  return events.filter((e) => match(e, null));
}

/** Routes passing the actor and date filters (a route has no event type). */
export function filterRoutes(routes: readonly ExplorerRoute[], filter: EventFilter): ExplorerRoute[] {
  const actors = new Set(filter.actors);
  const article = filter.article ?? null;
  return routes.filter(
    (r) =>
      (article === null || r.article === article) &&
      (actors.size === 0 || r.actorIds.some((a) => actors.has(a))) &&
      dateMatches(r.date, filter.from, filter.to),
  );
}

/**
 * Facet counts: for each actor, the events that would show if it were ticked given the OTHER filters; same for
 * types. So a count never drops to zero just because its own facet excludes it.
 * @example facetCounts(events, filter).types.get('battles') // 4
 */
export function facetCounts(
  events: readonly FilterableEvent[],
  filter: EventFilter,
): { actors: Map<string, number>; types: Map<EventTypeSlug, number> } {
  const match = compile(filter);
  const actors = new Map<string, number>();
  const types = new Map<EventTypeSlug, number>();
  for (const event of events) {
    if (match(event, 'actor')) {
      for (const id of new Set(event.actorIds)) actors.set(id, (actors.get(id) ?? 0) + 1);
    }
    if (match(event, 'type')) types.set(event.typeSlug, (types.get(event.typeSlug) ?? 0) + 1);
  }
  return { actors, types };
}

/** Events whose point lies inside `bounds` (a bounds crossing the antimeridian has west > east). */
export function eventsInBounds<E extends FilterableEvent>(events: readonly E[], bounds: Bounds): E[] {
  const inside = pointInBounds(bounds);
  return events.filter((e) => inside(e.lngLat));
}

/**
 * A test for points inside `bounds` (a bounds crossing the antimeridian has west > east).
 * @example pointInBounds([30, 30, 45, 40])([38.9, 35.9]) // true
 */
export function pointInBounds(bounds: Bounds): (lngLat: readonly [number, number]) => boolean {
  const [west, south, east, north] = bounds;
  if (east - west >= 360) return ([, lat]) => lat >= south && lat <= north;
  const w = wrap(west);
  const e = wrap(east);
  return ([lng, lat]) => {
    if (lat < south || lat > north) return false;
    return w <= e ? lng >= w && lng <= e : lng >= w || lng <= e;
  };
}

/**
 * True when a (possibly partial) date overlaps [from, to]; a null date matches only when both bounds are null.
 * @example dateMatches('2017-10', '2017-10-12', null) // true: October 2017 overlaps "from the 12th"
 */
export function dateMatches(date: string | null, from: string | null, to: string | null): boolean {
  if (from === null && to === null) return true;
  if (date === null) return false;
  if (from !== null && periodEnd(date) < periodStart(from)) return false;
  if (to !== null && periodStart(date) > periodEnd(to)) return false;
  return true;
}

// --- private helpers ---

type Facet = 'actor' | 'type' | null;

function compile(filter: EventFilter): (event: FilterableEvent, skip: Facet) => boolean {
  const actors = new Set(filter.actors);
  const types = new Set<string>(filter.types);
  const background = filter.background === true;
  const article = filter.article ?? null;
  return (event, skip) =>
    (background || !event.background) &&
    (article === null || event.article === article) &&
    (skip === 'actor' || actors.size === 0 || event.actorIds.some((a) => actors.has(a))) &&
    (skip === 'type' || types.size === 0 || types.has(event.typeSlug)) &&
    dateMatches(event.date, filter.from, filter.to);
}

/** First day of a YYYY / YYYY-MM / YYYY-MM-DD period, as a comparable string. */
export function periodStart(date: string): string {
  if (date.length === 4) return `${date}-01-01`;
  if (date.length === 7) return `${date}-01`;
  return date;
}

/** Last day (or an upper bound that compares correctly) of the period. */
export function periodEnd(date: string): string {
  if (date.length === 4) return `${date}-12-31`;
  if (date.length === 7) return `${date}-31`;
  return date;
}

/**
 * The article an event belongs to: its `article` field, else read from its id (`event:<article>:<n>:<n>`; an
 * article id may itself hold ':', the two numbers at the end never belong to it).
 * @example eventArticle({ id: 'event:2017/raqqa:120:0' }) // '2017/raqqa'
 */
export function eventArticle(event: { id?: string; article?: string }): string | null {
  if (event.article !== undefined) return event.article;
  const match = event.id === undefined ? null : /^event:(.+):\d+:\d+$/.exec(event.id);
  return match?.[1] ?? null;
}

function wrap(lng: number): number {
  return ((((lng + 180) % 360) + 360) % 360) - 180;
}
