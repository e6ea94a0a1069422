/**
 * The URL's filters as an SQL condition on `events e`, with its parameters: fixed fragments with `?` placeholders,
 * never a value spliced into the text. Same semantics as lib/filters/filter-events.ts: actors any-of, types any-of,
 * partial dates overlapping [from, to], undated events only without a bound, background hidden unless asked for.
 */
import { periodEnd, periodStart } from '../../filters/filter-events';
import type { Bounds, StoreFilter } from '../types';
import { ftsQuery } from './fts-query';

export interface Condition {
  sql: string;
  params: unknown[];
}

/** Which facet to leave out of the condition, so its own counts stay visible (see facetCounts). */
export type SkipFacet = 'actor' | 'type' | null;

/**
 * The condition for `filter` (and `bounds`, when given) on events aliased `e`; 'TRUE' when nothing filters.
 * @example eventCondition({ actors: ['isis'], types: [], from: null, to: null }, null)
 */
export function eventCondition(filter: StoreFilter, bounds: Bounds | null, skip: SkipFacet = null, shape: ConditionShape = 'sets'): Condition {
  const parts: string[] = [];
  const params: unknown[] = [];
  // '+' keeps the planner off the (background, type) index for this term: nearly every event matches it, and
  // without statistics the planner took that index for selective views too (a one-town view 0.2 → 105 ms of CPU
  // at a million events). Only the type facet asks for that index, by name.
  if (filter.background !== true) parts.push('+e.background = 0');
  if (skip !== 'type' && filter.types.length > 0) {
    parts.push(`e.type_slug IN (${marks(filter.types.length)})`);
    params.push(...filter.types);
  }
  if (skip !== 'actor' && filter.actors.length > 0) {
    parts.push(shape === 'walk' ? actorTest('e', filter.actors.length) : actorCondition('e', 'event_actors', 'event_key', filter.actors.length));
    params.push(...filter.actors);
  }
  const dates = dateCondition('e', filter);
  parts.push(...dates.sql);
  params.push(...dates.params);
  if (filter.article) {
    parts.push('e.article_key = (SELECT key FROM articles WHERE id = ?)');
    params.push(filter.article);
  }
  const match = ftsQuery(filter.q ?? '');
  if (match !== null) {
    parts.push(
      '(e.key IN (SELECT rowid FROM events_fts WHERE events_fts MATCH ?) OR e.article_key IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?))',
    );
    params.push(match, match);
  }
  if (bounds !== null) {
    const box = boxCondition('events_rtree', 'e', bounds, true, shape === 'walk', shape === 'tree');
    parts.push(box.sql);
    params.push(...box.params);
  }
  return { sql: parts.length === 0 ? 'TRUE' : parts.join(' AND '), params };
}

/**
 * 'sets': the actor and view terms as key sets built up front (an R*Tree search, the actor's events), best when
 * they select few events. 'walk': the same terms tested row by row, for a walk along an index in list order that
 * stops after a page (a set of 300,000 actor events would cost more than the walk). 'tree': as 'sets', with the view
 * searched in the R*Tree however wide it is, for a view the aggregates say holds few events (a wide view of ocean
 * and ice, whose range test scanned every event: 0.9 s at a million).
 */
export type ConditionShape = 'sets' | 'walk' | 'tree';

/** Actor and date filters on routes aliased `r` (a route has no type), and bounds on its box when given. */
export function routeCondition(filter: StoreFilter, bounds: Bounds | null): Condition {
  const parts: string[] = [];
  const params: unknown[] = [];
  if (filter.actors.length > 0) {
    parts.push(actorCondition('r', 'route_actors', 'route_key', filter.actors.length));
    params.push(...filter.actors);
  }
  const dates = dateCondition('r', filter);
  parts.push(...dates.sql);
  params.push(...dates.params);
  if (filter.article) {
    parts.push('r.article_key = (SELECT key FROM articles WHERE id = ?)');
    params.push(filter.article);
  }
  if (bounds !== null) {
    const box = boxCondition('routes_rtree', 'r', bounds, false);
    parts.push(box.sql);
    params.push(...box.params);
  }
  return { sql: parts.length === 0 ? 'TRUE' : parts.join(' AND '), params };
}

/**
 * The longitude ranges [west, east] that `bounds` covers: one, or two when it crosses the antimeridian (west > east).
 * @example lngRanges([170, -30, -170, 0]) // [[170, 180], [-180, -170]]
 */
export function lngRanges(bounds: Bounds): [number, number][] {
  const [west, , east] = bounds;
  if (east - west >= FULL_TURN_DEG) return [[-HALF_TURN_DEG, HALF_TURN_DEG]];
  const w = wrapLng(west);
  const e = wrapLng(east);
  return w <= e ? [[w, e]] : [[w, HALF_TURN_DEG], [-HALF_TURN_DEG, e]];
}

// --- private helpers ---

/** Rows naming any of `count` actor ids (the parameters that follow). */
function actorCondition(alias: string, linkTable: string, linkKey: string, count: number): string {
  return `${alias}.key IN (SELECT l.${linkKey} FROM ${linkTable} l JOIN actors a ON a.key = l.actor_key WHERE a.id IN (${marks(count)}))`;
}

/** The event row `alias` names any of `count` actor ids (the parameters that follow), looked up by its key. */
function actorTest(alias: string, count: number): string {
  return `EXISTS (SELECT 1 FROM event_actors l WHERE l.event_key = ${alias}.key AND l.actor_key IN (SELECT key FROM actors WHERE id IN (${marks(count)})))`;
}

function dateCondition(alias: string, filter: StoreFilter): { sql: string[]; params: unknown[] } {
  const sql: string[] = [];
  const params: unknown[] = [];
  // A NULL date_end / date_start compares as unknown, so undated rows drop out as soon as a bound is set.
  if (filter.from !== null) {
    sql.push(`${alias}.date_end >= ?`);
    params.push(periodStart(filter.from));
  }
  if (filter.to !== null) {
    sql.push(`${alias}.date_start <= ?`);
    params.push(periodEnd(filter.to));
  }
  return { sql, params };
}

/**
 * Rows whose R*Tree box meets `bounds`; points also get an exact check (the R*Tree stores 32-bit floats, rounded
 * outward). Bounds crossing the antimeridian (west > east) become two boxes.
 */
function boxCondition(tree: string, alias: string, bounds: Bounds, exactPoint = true, rangesOnly = false, treeAlways = false): Condition {
  const [, south, , north] = bounds;
  const boxes = lngRanges(bounds);
  const sql: string[] = [];
  const params: unknown[] = [];
  for (const [w, e] of boxes) {
    // A wide view holds most events: the R*Tree would hand over most keys as an IN set (a million at world view,
    // about a second to build), where a plain range test on the scan costs nothing.
    if (exactPoint && (rangesOnly || (!treeAlways && (e - w) * (north - south) >= WIDE_VIEW_DEG2))) {
      sql.push(`(${alias}.lng BETWEEN ? AND ? AND ${alias}.lat BETWEEN ? AND ?)`);
      params.push(w, e, south, north);
      continue;
    }
    const exact = exactPoint ? ` AND ${alias}.lng BETWEEN ? AND ? AND ${alias}.lat BETWEEN ? AND ?` : '';
    sql.push(`(${alias}.key IN (SELECT key FROM ${tree} WHERE min_x <= ? AND max_x >= ? AND min_y <= ? AND max_y >= ?)${exact})`);
    params.push(e, w, north, south);
    if (exactPoint) params.push(w, e, south, north);
  }
  return { sql: sql.length === 1 ? (sql[0] ?? 'TRUE') : `(${sql.join(' OR ')})`, params };
}

/** Whether some longitude range of `bounds` is wide enough that the default shape tests points instead of the R*Tree. */
export function isWideView(bounds: Bounds): boolean {
  const [, south, , north] = bounds;
  return lngRanges(bounds).some(([w, e]) => (e - w) * (north - south) >= WIDE_VIEW_DEG2);
}

const FULL_TURN_DEG = 360;
/** square degrees from which a view skips the R*Tree (about a continent: 60° × 50°) */
const WIDE_VIEW_DEG2 = 3000;
const HALF_TURN_DEG = 180;

function wrapLng(lng: number): number {
  if (lng >= -HALF_TURN_DEG && lng <= HALF_TURN_DEG) return lng;
  return ((((lng + HALF_TURN_DEG) % FULL_TURN_DEG) + FULL_TURN_DEG) % FULL_TURN_DEG) - HALF_TURN_DEG;
}

function marks(n: number): string {
  return Array.from({ length: n }, () => '?').join(', ');
}
