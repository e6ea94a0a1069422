/** One article as its page shows it: metadata, events, routes, a one-line description for link previews. */
import type { ArticleMeta } from '../geojson/schema';
import type { ExplorerData, ExplorerRoute, LngLat } from './types';

export interface ArticleEventRow {
  id: string;
  /** "2017-10-17 — Armed clash — SDF, ISIS — Ar Raqqah" */
  label: string;
  lngLat: LngLat;
}

export interface ArticleSummary {
  meta: ArticleMeta;
  title: string;
  description: string;
  events: ArticleEventRow[];
  routes: Pick<ExplorerRoute, 'id' | 'coordinates' | 'fromName' | 'toName'>[];
}

/**
 * The article's page data, or null when the events file has no such article.
 * @example articleSummary(data, 'raqqa-2017')?.description // '12 events from 2017-10-17 … in Ar Raqqah, …'
 */
export function articleSummary(data: ExplorerData, id: string): ArticleSummary | null {
  const meta = data.articles.find((a) => a.id === id);
  if (meta === undefined) return null;
  const actorName = new Map(data.actors.map((a) => [a.id, a.name]));
  const events = data.events.filter((e) => e.article === id);
  const routes = data.routes.filter((r) => r.article === id);
  const places = [...new Set(events.map((e) => e.placeName))];
  const dates = events.flatMap((e) => (e.date ? [e.date] : [])).toSorted();
  const span = dates.length === 0 ? '' : dates[0] === dates.at(-1) ? ` on ${dates[0]}` : ` from ${dates[0]} to ${dates.at(-1)}`;
  const where = places.length === 0 ? '' : ` in ${places.slice(0, 3).join(', ')}${places.length > 3 ? ` and ${places.length - 3} more places` : ''}`;
  const description = `${events.length} ${events.length === 1 ? 'event' : 'events'}${span}${where}${routes.length > 0 ? `, ${routes.length} ${routes.length === 1 ? 'route' : 'routes'}` : ''}.`;
  return {
    meta,
    title: meta.title ?? meta.id,
    description,
    events: events.map((e) => ({
      id: e.id,
      label: `${e.date ?? 'undated'} — ${e.subEventType ?? e.eventType} — ${e.actorIds.map((a) => actorName.get(a) ?? a).join(', ') || 'no actor'} — ${e.placeName}`,
      lngLat: e.lngLat,
    })),
    routes: routes.map(({ id: routeId, coordinates, fromName, toName }) => ({ id: routeId, coordinates, fromName, toName })),
  };
}
