/**
 * The explorer's filters over typed arrays: built once per dataset, then a filter change is one pass over the
 * events with no objects allocated per event. Same answers as filterEvents + facetCounts (./filter-events).
 */
import { EVENT_TYPE_SLUGS, type EventTypeSlug } from './event-types';
import { eventArticle, periodEnd, periodStart, pointInBounds, type Bounds, type EventFilter, type FilterableEvent } from './filter-events';

const UNDATED = -1; // day key of an event without a date

export interface FilterIndex {
  count: number;
  /** index into EVENT_TYPE_SLUGS per event */
  type: Uint8Array;
  /** event i names the actors actorList[actorStart[i] .. actorStart[i + 1]) (indexes into actorIds, no repeats) */
  actorStart: Int32Array;
  actorList: Int32Array;
  actorIds: readonly string[];
  /** first and last day of each event's period as YYYYMMDD numbers (ordered like the ISO strings), or UNDATED */
  dayStart: Int32Array;
  dayEnd: Int32Array;
  /** 1 for a background event (hidden unless the filter asks for them) */
  background: Uint8Array;
  /** index into articleIds per event (-1 when its article is unknown) */
  article: Int32Array;
  articleIds: readonly string[];
}

export interface FilterResult {
  /** positions (in the indexed events) of the events passing every filter, ascending */
  indexes: Int32Array;
  /** per actor: events that would show were it ticked, given the other filters (see facetCounts) */
  actors: Map<string, number>;
  types: Map<EventTypeSlug, number>;
}

/**
 * Indexes events for applyFilter; `actors` fixes the actor numbering (ids not listed are added after them).
 * @example const index = buildFilterIndex(data.events, data.actors);
 */
export function buildFilterIndex(events: readonly FilterableEvent[], actors: readonly { id: string }[]): FilterIndex {
  const actorIds = actors.map((a) => a.id);
  const actorNumber = new Map(actorIds.map((id, i) => [id, i]));
  const typeNumber = new Map<string, number>(EVENT_TYPE_SLUGS.map((slug, i) => [slug, i]));
  const n = events.length;
  const type = new Uint8Array(n);
  const actorStart = new Int32Array(n + 1);
  let capacity = 0;
  for (let i = 0; i < n; i++) capacity += (events[i] as FilterableEvent).actorIds.length;
  const list = new Int32Array(capacity); // sized once: no array growing to 150,000 entries
  let size = 0;
  const dayStart = new Int32Array(n);
  const dayEnd = new Int32Array(n);
  const background = new Uint8Array(n);
  const article = new Int32Array(n);
  const articleNumber = new Map<string, number>();
  const periods = new Map<string, readonly [number, number]>(); // a few thousand distinct dates among 100,000 events
  for (let i = 0; i < n; i++) {
    const e = events[i] as FilterableEvent;
    type[i] = typeNumber.get(e.typeSlug) ?? 0;
    background[i] = e.background ? 1 : 0;
    const articleId = eventArticle(e);
    if (articleId === null) article[i] = -1;
    else {
      let number = articleNumber.get(articleId);
      if (number === undefined) articleNumber.set(articleId, (number = articleNumber.size));
      article[i] = number;
    }
    const start = size;
    actorStart[i] = start;
    for (const id of e.actorIds) {
      let a = actorNumber.get(id);
      if (a === undefined) {
        a = actorIds.length;
        actorIds.push(id);
        actorNumber.set(id, a);
      }
      let seen = false;
      for (let k = start; k < size && !seen; k++) seen = list[k] === a;
      if (!seen) list[size++] = a;
    }
    const days = e.date === null ? null : (periods.get(e.date) ?? periodDays(e.date, periods));
    dayStart[i] = days === null ? UNDATED : days[0];
    dayEnd[i] = days === null ? UNDATED : days[1];
  }
  actorStart[n] = size;
  return { count: n, type, actorStart, actorList: list.slice(0, size), actorIds, dayStart, dayEnd, background, article, articleIds: [...articleNumber.keys()] };
}

/**
 * The events passing `filter` and the facet counts, in one pass.
 * @example applyFilter(index, { actors: ['isis'], types: [], from: null, to: null }).indexes.length
 */
export function applyFilter(index: FilterIndex, filter: EventFilter): FilterResult {
  const { count, type, actorStart, actorList, dayStart, dayEnd, actorIds, background, article, articleIds } = index;
  const withBackground = filter.background === true;
  // -2 matches no event: an article the data does not have shows nothing
  const articleOn = filter.article == null ? -1 : articleIds.includes(filter.article) ? articleIds.indexOf(filter.article) : -2;
  const actorOn = new Uint8Array(actorIds.length);
  let anyActor = false;
  const wanted = new Set(filter.actors);
  actorIds.forEach((id, a) => {
    if (wanted.has(id)) {
      actorOn[a] = 1;
      anyActor = true;
    }
  });
  // An actor ticked in the URL but absent from the data still filters: nothing names it.
  if (!anyActor && wanted.size > 0) anyActor = true;
  const typeOn = new Uint8Array(EVENT_TYPE_SLUGS.length);
  for (const slug of filter.types) typeOn[EVENT_TYPE_SLUGS.indexOf(slug)] = 1;
  const anyType = filter.types.length > 0;
  const dated = filter.from !== null || filter.to !== null;
  const from = filter.from === null ? -Infinity : dayKey(periodStart(filter.from));
  const to = filter.to === null ? Infinity : dayKey(periodEnd(filter.to));

  const out = new Int32Array(count);
  const actorCounts = new Int32Array(actorIds.length);
  const typeCounts = new Int32Array(EVENT_TYPE_SLUGS.length);
  let m = 0;
  for (let i = 0; i < count; i++) {
    if (!withBackground && background[i] === 1) continue;
    if (articleOn !== -1 && article[i] !== articleOn) continue;
    if (dated && (dayStart[i] === UNDATED || (dayEnd[i] as number) < from || (dayStart[i] as number) > to)) continue;
    const t = type[i] as number;
    const typeOk = !anyType || typeOn[t] === 1;
    const lo = actorStart[i] as number;
    const hi = actorStart[i + 1] as number;
    let actorOk = !anyActor;
    for (let k = lo; k < hi && !actorOk; k++) actorOk = actorOn[actorList[k] as number] === 1;
    if (actorOk) typeCounts[t] = (typeCounts[t] as number) + 1;
    if (typeOk) for (let k = lo; k < hi; k++) {
      const a = actorList[k] as number;
      actorCounts[a] = (actorCounts[a] as number) + 1;
    }
    if (actorOk && typeOk) out[m++] = i;
  }
  const actors = new Map<string, number>();
  actorIds.forEach((id, a) => {
    if ((actorCounts[a] as number) > 0) actors.set(id, actorCounts[a] as number);
  });
  const types = new Map<EventTypeSlug, number>();
  EVENT_TYPE_SLUGS.forEach((slug, t) => {
    if ((typeCounts[t] as number) > 0) types.set(slug, typeCounts[t] as number);
  });
  return { indexes: out.slice(0, m), actors, types };
}

/** The distinct points of some events (by identity: the map page's events share their place's point). */
export interface Locations {
  points: readonly (readonly [number, number])[];
  /** per event (same order as the events): index into points */
  of: Int32Array;
}

/**
 * Groups events by point once per filter, so a map move tests thousands of points instead of every event.
 * @example eventsInView(events, groupLocations(events), bounds)
 */
export function groupLocations(events: readonly FilterableEvent[]): Locations {
  const byPoint = new Map<readonly [number, number], number>();
  const points: (readonly [number, number])[] = [];
  const of = new Int32Array(events.length);
  for (let k = 0; k < events.length; k++) {
    const point = (events[k] as FilterableEvent).lngLat;
    let id = byPoint.get(point);
    if (id === undefined) {
      id = points.length;
      points.push(point);
      byPoint.set(point, id);
    }
    of[k] = id;
  }
  return { points, of };
}

/**
 * The events whose point lies inside `bounds`, in their order: same answer as eventsInBounds. With `subset`
 * (ascending positions in `events`, e.g. applyFilter's indexes) only those events are considered, so the points
 * can be grouped once per dataset instead of once per filter.
 * @example eventsInView(data.events, groupLocations(data.events), [30, 30, 45, 40], applyFilter(index, filter).indexes)
 */
export function eventsInView<E>(events: readonly E[], locations: Locations, bounds: Bounds, subset?: Int32Array): E[] {
  const inside = pointInBounds(bounds);
  const flags = new Uint8Array(locations.points.length);
  locations.points.forEach((p, i) => {
    flags[i] = inside(p) ? 1 : 0;
  });
  const of = locations.of;
  const total = subset ? subset.length : events.length;
  const at = subset ? (k: number) => subset[k] as number : (k: number) => k;
  // Count, then fill an array of the right size: growing one by push to 100,000 items costs more than both passes.
  let count = 0;
  for (let k = 0; k < total; k++) count += flags[of[at(k)] as number] as number;
  const out = new Array<E>(count);
  let m = 0;
  for (let k = 0; k < total && m < count; k++) {
    const i = at(k);
    if (flags[of[i] as number] === 1) out[m++] = events[i] as E;
  }
  return out;
}

/** First and last day keys of a date's period, remembered in `memo`. */
function periodDays(date: string, memo: Map<string, readonly [number, number]>): readonly [number, number] {
  const days = [dayKey(periodStart(date)), dayKey(periodEnd(date))] as const;
  memo.set(date, days);
  return days;
}

/** "2017-10-31" → 20171031: numbers that order like the (well-formed) ISO strings they come from. */
function dayKey(day: string): number {
  return Number(day.slice(0, 4)) * 10_000 + Number(day.slice(5, 7)) * 100 + Number(day.slice(8, 10));
}
