/**
 * Rows of the SQLite store back into the output contract's features, property for property in the order
 * lib/geojson/build.ts writes them, so an export round-trips byte for byte.
 */
import type { EventTypeSlug } from '../../filters/event-types';
import type { Actor, AreaRef, ArticleMeta, EventFeature, Mention, PlaceFeature, RouteFeature } from '../../geojson/schema';
import type { ListItem, ViewMarker } from '../types';

/** The columns the SELECTs below ask for events; `actors` is a JSON array of [id, name, acledName, inter, side]. */
export const EVENT_COLUMNS = `e.key, e.id, e.event_type, e.sub_event_type, e.lng, e.lat, e.precision, e.date, e.date_precision,
  e.fatalities, e.background, e.sentence, e.start, e."end", e.confidence, p.id AS place_id, p.name AS place_name,
  ar.id AS article_id,
  (SELECT json_group_array(json_array(a.id, a.name, a.acled_name, a.inter, ea.side) ORDER BY ea.pos)
     FROM event_actors ea JOIN actors a ON a.key = ea.actor_key WHERE ea.event_key = e.key) AS actors`;

/** FROM clause matching EVENT_COLUMNS. */
export const EVENT_FROM = 'events e JOIN places p ON p.key = e.place_key JOIN articles ar ON ar.key = e.article_key';

export interface EventRow {
  key: number;
  id: string;
  event_type: EventFeature['properties']['eventType'];
  sub_event_type: string | null;
  lng: number;
  lat: number;
  precision: 1 | 2 | 3;
  date: string | null;
  date_precision: EventFeature['properties']['datePrecision'];
  fatalities: number | null;
  background: number;
  sentence: string;
  start: number;
  end: number;
  confidence: number;
  place_id: string;
  place_name: string;
  article_id: string;
  actors: string;
}

export const ROUTE_COLUMNS = `r.key, r.id, r.coordinates, r.date, r.sentence, r.start, r."end", ar.id AS article_id,
  pf.id AS from_id, pt.id AS to_id,
  (SELECT json_group_array(json_array(a.id, a.name, a.acled_name, a.inter, ra.side) ORDER BY ra.pos)
     FROM route_actors ra JOIN actors a ON a.key = ra.actor_key WHERE ra.route_key = r.key) AS actors`;

export const ROUTE_FROM = `routes r JOIN articles ar ON ar.key = r.article_key
  JOIN places pf ON pf.key = r.from_place_key JOIN places pt ON pt.key = r.to_place_key`;

export interface RouteRow {
  key: number;
  id: string;
  coordinates: string;
  date: string | null;
  sentence: string;
  start: number;
  end: number;
  article_id: string;
  from_id: string;
  to_id: string;
  actors: string;
}

export interface PlaceRow {
  key: number;
  id: string;
  gazetteer_id: string;
  name: string;
  place_type: PlaceFeature['properties']['placeType'];
  country_code: string | null;
  precision: 1 | 2 | 3;
  feature: string | null;
  area: string | null;
  lng: number;
  lat: number;
}

export interface MentionRow {
  place_key: number;
  article_id: string;
  start: number;
  end: number;
  text: string;
  demonym: number | null;
  resolved_by: string;
}

export interface ArticleRow {
  id: string;
  title: string | null;
  date: string | null;
  source: string | null;
  file: string | null;
}

export function eventFeature(row: EventRow): EventFeature {
  return {
    type: 'Feature',
    id: row.id,
    geometry: { type: 'Point', coordinates: [row.lng, row.lat] },
    properties: {
      kind: 'event',
      eventType: row.event_type,
      subEventType: row.sub_event_type,
      actors: parseActors(row.actors),
      placeId: row.place_id,
      precision: row.precision,
      date: row.date,
      datePrecision: row.date_precision,
      fatalities: row.fatalities,
      background: row.background === 1,
      article: row.article_id,
      sentence: row.sentence,
      start: row.start,
      end: row.end,
      confidence: row.confidence,
    },
  };
}

export function routeFeature(row: RouteRow): RouteFeature {
  return {
    type: 'Feature',
    id: row.id,
    geometry: { type: 'LineString', coordinates: JSON.parse(row.coordinates) as [number, number][] },
    properties: {
      kind: 'route',
      fromPlaceId: row.from_id,
      toPlaceId: row.to_id,
      actors: parseActors(row.actors),
      date: row.date,
      article: row.article_id,
      sentence: row.sentence,
      start: row.start,
      end: row.end,
    },
  };
}

export function placeFeature(row: PlaceRow, mentions: readonly MentionRow[]): PlaceFeature {
  return {
    type: 'Feature',
    id: row.id,
    geometry: { type: 'Point', coordinates: [row.lng, row.lat] },
    properties: {
      kind: 'place',
      name: row.name,
      placeType: row.place_type,
      countryCode: row.country_code,
      gazetteerId: row.gazetteer_id,
      precision: row.precision,
      ...(row.feature === null ? {} : { feature: row.feature }),
      area: row.area === null ? null : (JSON.parse(row.area) as AreaRef),
      mentions: mentions.map(mention),
    },
  };
}

export function articleMeta(row: ArticleRow): ArticleMeta {
  return { id: row.id, title: row.title, date: row.date, source: row.source, ...(row.file === null ? {} : { file: row.file }) };
}

/** Actor ids in order from the JSON column, without building whole actor objects (markers and the list). */
export function actorIdsOf(json: string): string[] {
  return (JSON.parse(json) as unknown[][]).map((a) => String(a[0]));
}

/** A marker from an event row with its type slug (any engine's rows of EVENT_COLUMNS' shape). */
export function marker(r: EventRow & { type_slug: EventTypeSlug }): ViewMarker {
  return {
    id: r.id,
    lngLat: [r.lng, r.lat],
    typeSlug: r.type_slug,
    actorIds: actorIdsOf(r.actors),
    precision: r.precision,
    placeId: r.place_id,
    date: r.date,
    background: r.background === 1,
  };
}

/** A row of the side list from an event row with its type slug. */
export function listItem(r: EventRow & { type_slug: EventTypeSlug }): ListItem {
  return {
    id: r.id,
    eventType: r.event_type,
    typeSlug: r.type_slug,
    actorIds: actorIdsOf(r.actors),
    placeId: r.place_id,
    placeName: r.place_name,
    lngLat: [r.lng, r.lat],
    date: r.date,
    fatalities: r.fatalities,
    background: r.background === 1,
    article: r.article_id,
    sentence: r.sentence,
  };
}

// --- private helpers ---

function mention(row: MentionRow): Mention {
  return {
    article: row.article_id,
    start: row.start,
    end: row.end,
    text: row.text,
    demonym: row.demonym === null ? undefined : row.demonym === 1,
    resolvedBy: row.resolved_by,
  };
}

function parseActors(json: string): Actor[] {
  return (JSON.parse(json) as [string, string, string, number, 1 | 2 | null][]).map(([id, name, acledName, inter, side]) => ({
    id,
    name,
    acledName,
    inter,
    ...(side === null ? {} : { side }),
  }));
}
