/**
 * Builds the one FeatureCollection of `npm run ingest` from per-article pipeline results: place features merged
 * per gazetteer place across articles, event points at their place, route lines from → to. Ids are derived from
 * the content only (gazetteer id, article id, character offsets), so the same input always gives the same ids and
 * the same feature order, whatever order the articles came in.
 */
import type { ExtractedEvent, ExtractedRoute } from '../events/types';
import type { GazPlace } from '../gazetteer/types';
import type { ResolvedMention } from '../geoparse/types';
import type { ArticleResult } from '../pipeline/types';
import { geoPrecision } from './precision';
import type {
  ArticleMeta,
  EventCollection,
  EventFeature,
  Mention,
  PlaceFeature,
  RouteFeature,
} from './schema';

/** Decimals kept in output coordinates: 5 decimals ≈ 1 m, finer than any gazetteer point. */
export const COORDINATE_DECIMALS = 5;

/**
 * Merges the results of many articles into the output collection (places, then events, then routes). `files`
 * maps an article id to its file relative to the output's folder, recorded in the article's metadata.
 * @example buildCollection([processArticle(article, gazetteer)]).features[0]?.id // 'place:geonames:170794'
 */
export function buildCollection(results: readonly ArticleResult[], files: ReadonlyMap<string, string> = new Map()): EventCollection {
  const ordered = results.toSorted((a, b) => compareCodeUnits(a.article.id, b.article.id));
  const articles: ArticleMeta[] = ordered.map(({ article }) => ({
    id: article.id,
    title: article.title,
    date: article.date,
    source: article.source,
    ...(files.has(article.id) ? { file: files.get(article.id) } : {}),
  }));
  return {
    type: 'FeatureCollection',
    articles,
    features: [...buildPlaces(ordered), ...ordered.flatMap(buildEvents), ...ordered.flatMap(buildRoutes)],
  };
}

/** The id of the place feature for a gazetteer place; events and routes refer to places by it. */
export function placeFeatureId(place: GazPlace): string {
  return `place:${place.id}`;
}

interface PlaceAccumulator {
  place: GazPlace;
  mentions: Map<string, Mention>;
}

function buildPlaces(results: readonly ArticleResult[]): PlaceFeature[] {
  const byPlace = new Map<string, PlaceAccumulator>();
  const add = (articleId: string, mention: ResolvedMention): void => {
    const entry = byPlace.get(mention.place.id) ?? { place: mention.place, mentions: new Map<string, Mention>() };
    byPlace.set(mention.place.id, entry);
    const key = `${articleId}\u0000${mention.start}\u0000${mention.end}`;
    if (!entry.mentions.has(key)) entry.mentions.set(key, toMention(articleId, mention));
  };
  for (const { article, mentions, events, routes } of results) {
    // Events and routes carry their own mentions; list them too so every placeId has a feature with provenance.
    for (const mention of mentions) add(article.id, mention);
    for (const event of events) add(article.id, event.place);
    for (const route of routes) {
      add(article.id, route.from);
      add(article.id, route.to);
    }
  }
  return [...byPlace.values()]
    .map(({ place, mentions }) => placeFeature(place, [...mentions.values()].toSorted(compareMentions)))
    .toSorted((a, b) => compareCodeUnits(a.id, b.id));
}

function placeFeature(place: GazPlace, mentions: Mention[]): PlaceFeature {
  return {
    type: 'Feature',
    id: placeFeatureId(place),
    geometry: { type: 'Point', coordinates: roundPoint(place.coordinates) },
    properties: {
      kind: 'place',
      name: place.name,
      placeType: place.placeType,
      countryCode: place.countryCode,
      gazetteerId: place.id,
      precision: geoPrecision(place.placeType),
      ...(place.feature === undefined ? {} : { feature: place.feature }),
      area: place.area,
      mentions,
    },
  };
}

function toMention(articleId: string, mention: ResolvedMention): Mention {
  return {
    article: articleId,
    start: mention.start,
    end: mention.end,
    text: mention.text,
    demonym: mention.demonym,
    resolvedBy: mention.resolvedBy,
  };
}

function buildEvents({ article, events }: ArticleResult): EventFeature[] {
  const ordered = events.toSorted(compareEvents);
  const ids = new OrdinalIds();
  return ordered.map((event) => ({
    type: 'Feature',
    id: ids.next(`event:${article.id}:${event.sentence.start}`),
    geometry: { type: 'Point', coordinates: roundPoint(event.place.place.coordinates) },
    properties: {
      kind: 'event',
      eventType: event.eventType,
      subEventType: event.subEventType,
      actors: event.actors,
      placeId: placeFeatureId(event.place.place),
      precision: event.precision,
      date: event.date?.date ?? null,
      datePrecision: event.date?.precision ?? null,
      fatalities: event.fatalities,
      background: event.background,
      article: article.id,
      sentence: event.sentence.text,
      start: event.sentence.start,
      end: event.sentence.end,
      confidence: event.confidence,
    },
  }));
}

function buildRoutes({ article, routes }: ArticleResult): RouteFeature[] {
  // A "route" from a place to itself is no movement the map could draw; the stage should not emit one, but a
  // zero-length line would only confuse the map.
  const ordered = routes.filter((route) => route.from.place.id !== route.to.place.id).toSorted(compareRoutes);
  const ids = new OrdinalIds();
  return ordered.map((route) => ({
    type: 'Feature',
    id: ids.next(`route:${article.id}:${route.sentence.start}`),
    geometry: {
      type: 'LineString',
      coordinates: [roundPoint(route.from.place.coordinates), roundPoint(route.to.place.coordinates)],
    },
    properties: {
      kind: 'route',
      fromPlaceId: placeFeatureId(route.from.place),
      toPlaceId: placeFeatureId(route.to.place),
      actors: route.actors,
      date: route.date?.date ?? null,
      article: article.id,
      sentence: route.sentence.text,
      start: route.sentence.start,
      end: route.sentence.end,
    },
  }));
}

/**
 * `<base>:0`, `<base>:1`, … in call order. The base names the sentence that reports the event or route (stable
 * when a later pass changes which place it is pinned to); one sentence can report several.
 */
class OrdinalIds {
  private readonly counts = new Map<string, number>();

  next(base: string): string {
    const n = this.counts.get(base) ?? 0;
    this.counts.set(base, n + 1);
    return `${base}:${n}`;
  }
}

function roundPoint([lng, lat]: readonly [number, number]): [number, number] {
  return [round(lng), round(lat)];
}

function round(value: number): number {
  const factor = 10 ** COORDINATE_DECIMALS;
  const rounded = Math.round(value * factor) / factor;
  return Object.is(rounded, -0) ? 0 : rounded;
}

function compareMentions(a: Mention, b: Mention): number {
  return compareCodeUnits(a.article, b.article) || a.start - b.start || a.end - b.end;
}

function compareEvents(a: ExtractedEvent, b: ExtractedEvent): number {
  return (
    a.sentence.start - b.sentence.start ||
    a.place.start - b.place.start ||
    a.place.end - b.place.end ||
    compareCodeUnits(a.eventType, b.eventType) ||
    compareCodeUnits(a.subEventType ?? '', b.subEventType ?? '') ||
    compareCodeUnits(actorKey(a), actorKey(b))
  );
}

function compareRoutes(a: ExtractedRoute, b: ExtractedRoute): number {
  return (
    a.sentence.start - b.sentence.start ||
    a.from.start - b.from.start ||
    a.to.start - b.to.start ||
    compareCodeUnits(actorKey(a), actorKey(b))
  );
}

function actorKey(item: { actors: readonly { id: string }[] }): string {
  return item.actors.map((actor) => actor.id).join(',');
}

function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
