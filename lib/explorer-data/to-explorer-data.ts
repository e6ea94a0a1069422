/** Flattens a validated events FeatureCollection into the explorer's plain data (see ./types). */
import type { EventCollection, EventFeature, PlaceFeature, RouteFeature } from '../geojson/schema';
import { eventTypeSlug } from '../filters/event-types';
import { ACTOR_PALETTE } from './palette';
import type { ExplorerActor, ExplorerData, ExplorerEvent, ExplorerPlace, ExplorerRoute, LngLat } from './types';

/**
 * Builds ExplorerData: events sorted by date (undated last), actors ranked by frequency with stable colours.
 * @example toExplorerData(eventCollectionSchema.parse(json)).events[0].placeName // 'Raqqa'
 */
export function toExplorerData(collection: EventCollection): ExplorerData {
  const placeFeatures: PlaceFeature[] = [];
  const eventFeatures: EventFeature[] = [];
  const routeFeatures: RouteFeature[] = [];
  for (const feature of collection.features) {
    if (feature.properties.kind === 'place') placeFeatures.push(feature as PlaceFeature);
    else if (feature.properties.kind === 'event') eventFeatures.push(feature as EventFeature);
    else routeFeatures.push(feature as RouteFeature);
  }
  const places = placeFeatures.map(toPlace);
  const placeById = new Map(places.map((p) => [p.id, p]));
  const events = eventFeatures.map((f) => toEvent(f, placeById)).toSorted(compareEvents);
  const routes = routeFeatures.map((f) => explorerRoute(f, placeById));
  const actors = rankActors(eventFeatures, routeFeatures);
  return { events, places, routes, actors, articles: collection.articles };
}

/** Date ascending, undated last, then id — the list's order. */
export function compareEvents(a: ExplorerEvent, b: ExplorerEvent): number {
  if (a.date !== b.date) {
    if (a.date === null) return 1;
    if (b.date === null) return -1;
    return a.date < b.date ? -1 : 1;
  }
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

function toPlace(feature: PlaceFeature): ExplorerPlace {
  const p = feature.properties;
  return {
    id: feature.id,
    name: p.name,
    placeType: p.placeType,
    countryCode: p.countryCode,
    lngLat: lngLat(feature.geometry.coordinates),
    precision: p.precision,
    feature: p.feature ?? null,
    area: p.area,
    mentions: p.mentions.map((m) => ({ article: m.article, start: m.start, end: m.end, text: m.text })),
  };
}

function toEvent(feature: EventFeature, placeById: ReadonlyMap<string, ExplorerPlace>): ExplorerEvent {
  const p = feature.properties;
  const place = placeById.get(p.placeId);
  return {
    id: feature.id,
    eventType: p.eventType,
    typeSlug: eventTypeSlug(p.eventType),
    subEventType: p.subEventType,
    actorIds: p.actors.map((a) => a.id),
    sideSplit: sideSplit(p.actors),
    placeId: p.placeId,
    placeName: place?.name ?? p.placeId,
    lngLat: lngLat(feature.geometry.coordinates),
    precision: p.precision,
    date: p.date,
    datePrecision: p.datePrecision,
    fatalities: p.fatalities,
    background: p.background,
    article: p.article,
    sentence: p.sentence,
    start: p.start,
    end: p.end,
    confidence: p.confidence,
  };
}

/**
 * A route feature as the map draws it; its ends are named from `placeById` (their ids when a place is not in it).
 * @example explorerRoute(feature, new Map()).fromName // 'geonames:163345'
 */
export function explorerRoute(feature: RouteFeature, placeById: ReadonlyMap<string, Pick<ExplorerPlace, 'name'>>): ExplorerRoute {
  const p = feature.properties;
  return {
    id: feature.id,
    fromPlaceId: p.fromPlaceId,
    toPlaceId: p.toPlaceId,
    fromName: placeById.get(p.fromPlaceId)?.name ?? p.fromPlaceId,
    toName: placeById.get(p.toPlaceId)?.name ?? p.toPlaceId,
    coordinates: feature.geometry.coordinates.map(lngLat),
    actorIds: p.actors.map((a) => a.id),
    date: p.date,
    article: p.article,
    sentence: p.sentence,
    start: p.start,
    end: p.end,
  };
}

/** Actors by event count (ties by id), so colours depend on the data, never on the current filter. */
function rankActors(events: readonly EventFeature[], routes: readonly RouteFeature[]): ExplorerActor[] {
  const byId = new Map<string, { name: string; acledName: string; inter: number; eventCount: number }>();
  for (const feature of [...events, ...routes]) {
    for (const actor of feature.properties.actors) {
      const entry = byId.get(actor.id) ?? { name: actor.name, acledName: actor.acledName, inter: actor.inter, eventCount: 0 };
      if (feature.properties.kind === 'event') entry.eventCount += 1;
      byId.set(actor.id, entry);
    }
  }
  return [...byId.entries()]
    .map(([id, actor]) => ({ id, ...actor }))
    .toSorted((a, b) => b.eventCount - a.eventCount || (a.id < b.id ? -1 : 1))
    .map(withPaletteColor);
}

/**
 * An actor ranked `rank` (0 = most events) with its palette colour: the first ones get one each, the rest none.
 * @example ranked.map(withPaletteColor)
 */
export function withPaletteColor<A extends object>(actor: A, rank: number): A & { colorIndex: number } {
  return { ...actor, colorIndex: rank < ACTOR_PALETTE.length ? rank : -1 };
}

/** The pipeline writes side 1 first; an actor without a side counts with side 1 until the first side-2 actor. */
function sideSplit(actors: readonly { side?: 1 | 2 }[]): number {
  const first2 = actors.findIndex((a) => a.side === 2);
  return first2 === -1 ? actors.length : first2;
}

function lngLat(coordinates: readonly number[]): LngLat {
  return [coordinates[0] ?? 0, coordinates[1] ?? 0];
}
