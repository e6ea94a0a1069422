/**
 * The URL's filters as a PostgreSQL condition on `events e` (or `routes r`), with numbered parameters: fixed
 * fragments, never a value spliced into the text. The semantics are the SQLite engine's (../sqlite/where.ts) and
 * lib/filters': actors any-of, types any-of, partial dates overlapping [from, to], undated events only without a
 * bound, background hidden unless asked for; bounds through the GiST index (`&&` with ST_MakeEnvelope).
 */
import { periodEnd, periodStart } from '../../filters/filter-events';
import type { Bounds, StoreFilter } from '../types';
import { queryWords } from '../sqlite/fts-query';
import { lngRanges } from '../sqlite/where';

/** Parameters of one statement: `add(value)` returns its placeholder ($1, $2, …). */
export class Params {
  readonly values: unknown[] = [];
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

/** Which facet to leave out of the condition, so its own counts stay visible (see facetCounts). */
export type SkipFacet = 'actor' | 'type' | null;

/**
 * The condition for `filter` (and `bounds`, when given) on events aliased `e`; 'TRUE' when nothing filters.
 * @example const p = new Params(); eventCondition(p, { ...NO_FILTER, actors: ['isis'] }, null)
 */
export function eventCondition(p: Params, filter: StoreFilter, bounds: Bounds | null, skip: SkipFacet = null): string {
  const parts: string[] = [];
  if (filter.background !== true) parts.push('NOT e.background');
  if (skip !== 'type' && filter.types.length > 0) parts.push(`e.type_slug = ANY(${p.add(filter.types)}::text[])`);
  if (skip !== 'actor' && filter.actors.length > 0) parts.push(actorCondition(p, 'e', 'event_actors', 'event_key', filter.actors));
  parts.push(...dateCondition(p, 'e', filter));
  if (filter.article) parts.push(`e.article_key = (SELECT key FROM articles WHERE id = ${p.add(filter.article)})`);
  const words = tsWords(filter.q ?? '');
  if (words !== null) {
    const query = `plainto_tsquery('simple', unaccent(${p.add(words)}))`;
    parts.push(`(e.sentence_tsv @@ ${query} OR e.article_key IN (SELECT key FROM articles WHERE title_tsv @@ ${query}))`);
  }
  if (bounds !== null) parts.push(boxCondition(p, 'e', bounds));
  return parts.length === 0 ? 'TRUE' : parts.join(' AND ');
}

/** Actor and date filters on routes aliased `r` (a route has no type), and bounds on its line when given. */
export function routeCondition(p: Params, filter: StoreFilter, bounds: Bounds | null): string {
  const parts: string[] = [];
  if (filter.actors.length > 0) parts.push(actorCondition(p, 'r', 'route_actors', 'route_key', filter.actors));
  parts.push(...dateCondition(p, 'r', filter));
  if (filter.article) parts.push(`r.article_key = (SELECT key FROM articles WHERE id = ${p.add(filter.article)})`);
  if (bounds !== null) parts.push(boxCondition(p, 'r', bounds));
  return parts.length === 0 ? 'TRUE' : parts.join(' AND ');
}

/**
 * Whether event `alias` names one of `actors`, looked up for that row alone (a scalar subquery, which the planner
 * never turns into a join): for a few rows found another way first. 'TRUE' without actors.
 */
export function eventActorCheck(p: Params, alias: string, actors: readonly string[]): string {
  if (actors.length === 0) return 'TRUE';
  return `coalesce((SELECT true FROM event_actors l JOIN actors a ON a.key = l.actor_key
    WHERE l.event_key = ${alias}.key AND a.id = ANY(${p.add(actors)}::text[]) LIMIT 1), false)`;
}

/**
 * The search words as one string for plainto_tsquery (which ANDs them and reads no operator), or null without any.
 * @example tsWords('"chlorine" OR NEAR(x') // 'chlorine OR NEAR x' (four plain words, all required)
 */
export function tsWords(q: string): string | null {
  const words = queryWords(q);
  return words.length === 0 ? null : words.join(' ');
}

// --- private helpers ---

function actorCondition(p: Params, alias: string, linkTable: string, linkKey: string, actors: readonly string[]): string {
  return `${alias}.key IN (SELECT l.${linkKey} FROM ${linkTable} l JOIN actors a ON a.key = l.actor_key WHERE a.id = ANY(${p.add(actors)}::text[]))`;
}

function dateCondition(p: Params, alias: string, filter: StoreFilter): string[] {
  const sql: string[] = [];
  // A NULL date_end / date_start compares as unknown, so undated rows drop out as soon as a bound is set.
  if (filter.from !== null) sql.push(`${alias}.date_end >= ${p.add(periodStart(filter.from))}`);
  if (filter.to !== null) sql.push(`${alias}.date_start <= ${p.add(periodEnd(filter.to))}`);
  return sql;
}

/** Rows whose geometry's box meets `bounds` (exact for points); two boxes across the antimeridian. */
function boxCondition(p: Params, alias: string, bounds: Bounds): string {
  const [, south, , north] = bounds;
  const boxes = lngRanges(bounds).map(
    ([w, e]) => `${alias}.geom && ST_MakeEnvelope(${p.add(w)}, ${p.add(south)}, ${p.add(e)}, ${p.add(north)}, 4326)`,
  );
  return boxes.length === 1 ? (boxes[0] ?? 'TRUE') : `(${boxes.join(' OR ')})`;
}
