/**
 * The output contract of `npm run ingest`: one RFC 7946 FeatureCollection of places, events and routes.
 * The map, the export and the evaluation depend on it exactly; the README documents it property by property.
 */
import { z } from 'zod';
import { DATE_PRECISIONS, EVENT_TYPES, PLACE_TYPES } from './constants';
import { areaRefSchema, articleMetaSchema, isoDate } from './wire';

export { PLACE_TYPES, EVENT_TYPES, DATE_PRECISIONS } from './constants';
export type { PlaceType, EventType, DatePrecision } from './constants';
export { areaRefSchema, articleMetaSchema } from './wire';
export type { AreaRef, ArticleMeta } from './wire';

const lngLat = z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]);

export const mentionSchema = z.object({
  article: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string().min(1),
  /** true when the mention is an adjectival form ("Syrian") standing for its country */
  demonym: z.boolean().optional(),
  /** name of the disambiguation pass that chose the place for this mention */
  resolvedBy: z.string(),
});

export const actorSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  name: z.string(),
  /** the actor's name in ACLED's conventions, e.g. "Military Forces of Ukraine", "Protesters (Chile)" */
  acledName: z.string(),
  /** ACLED's actor type: 1 state forces, 2 rebel groups, 3 political militias, 4 identity militias, 5 rioters,
   * 6 protesters, 7 civilians, 8 external/other forces (incl. state forces outside their own country) */
  inter: z.number().int().min(1).max(8),
  /** on events: ACLED's side — 1 for actor1 and its associates, 2 for actor2 and its associates */
  side: z.union([z.literal(1), z.literal(2)]).optional(),
});

export const placePropsSchema = z.object({
  kind: z.literal('place'),
  name: z.string(),
  placeType: z.enum(PLACE_TYPES),
  countryCode: z.string().length(2).nullable(),
  gazetteerId: z.string(),
  precision: z.union([z.literal(1), z.literal(2), z.literal(3)]),
  /** for a landmark, what it is ("refugee camp", "airbase", "border crossing"; GeoNames' feature code in words) */
  feature: z.string().optional(),
  area: areaRefSchema,
  mentions: z.array(mentionSchema).min(1),
});

export const eventPropsSchema = z.object({
  kind: z.literal('event'),
  eventType: z.enum(EVENT_TYPES),
  subEventType: z.string().nullable(),
  actors: z.array(actorSchema),
  placeId: z.string(),
  /** ACLED geo_precision of the event's location: 1 the place itself, 2 near it or part of a region, 3 a region */
  precision: z.union([z.literal(1), z.literal(2), z.literal(3)]),
  date: z.nullable(isoDate),
  datePrecision: z.enum(DATE_PRECISIONS).nullable(),
  /** deaths the article reports for the event; 0 when it says none died, null when it does not say */
  fatalities: z.number().int().nonnegative().nullable(),
  /** true for an event the article dates well before its own publication (history, not news) */
  background: z.boolean(),
  article: z.string(),
  sentence: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  confidence: z.number().min(0).max(1),
});

export const routePropsSchema = z.object({
  kind: z.literal('route'),
  fromPlaceId: z.string(),
  toPlaceId: z.string(),
  actors: z.array(actorSchema),
  date: z.nullable(isoDate),
  article: z.string(),
  sentence: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});

const pointGeometry = z.object({ type: z.literal('Point'), coordinates: lngLat });
const lineGeometry = z.object({ type: z.literal('LineString'), coordinates: z.array(lngLat).min(2) });

export const placeFeatureSchema = z.object({
  type: z.literal('Feature'),
  id: z.string(),
  geometry: pointGeometry,
  properties: placePropsSchema,
});
export const eventFeatureSchema = z.object({
  type: z.literal('Feature'),
  id: z.string(),
  geometry: pointGeometry,
  properties: eventPropsSchema,
});
export const routeFeatureSchema = z.object({
  type: z.literal('Feature'),
  id: z.string(),
  geometry: lineGeometry,
  properties: routePropsSchema,
});

export const eventCollectionSchema = z.object({
  type: z.literal('FeatureCollection'),
  articles: z.array(articleMetaSchema),
  features: z.array(z.union([placeFeatureSchema, eventFeatureSchema, routeFeatureSchema])),
});

export type Mention = z.infer<typeof mentionSchema>;
export type Actor = z.infer<typeof actorSchema>;
export type PlaceProps = z.infer<typeof placePropsSchema>;
export type EventProps = z.infer<typeof eventPropsSchema>;
export type RouteProps = z.infer<typeof routePropsSchema>;
export type PlaceFeature = z.infer<typeof placeFeatureSchema>;
export type EventFeature = z.infer<typeof eventFeatureSchema>;
export type RouteFeature = z.infer<typeof routeFeatureSchema>;
export type EventCollection = z.infer<typeof eventCollectionSchema>;
