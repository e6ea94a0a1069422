/** GeoJSON export: the filtered events as RFC 7946 event features, in the output contract's own shape. */
import type { Feature, FeatureCollection, Point } from 'geojson';
import type { EventProps } from '../geojson/schema';
import type { ExplorerActor, ExplorerEvent } from '../explorer-data/types';

/**
 * A FeatureCollection of the events, each feature valid against `eventFeatureSchema`.
 * @example eventsToGeoJson(events, actors).features[0].properties.kind // 'event'
 */
export function eventsToGeoJson(
  events: readonly ExplorerEvent[],
  actors: readonly ExplorerActor[],
): FeatureCollection<Point, EventProps> {
  const actorName = new Map(actors.map((a) => [a.id, a.name]));
  return {
    type: 'FeatureCollection',
    features: events.map(
      (event): Feature<Point, EventProps> => ({
        type: 'Feature',
        id: event.id,
        geometry: { type: 'Point', coordinates: [event.lngLat[0], event.lngLat[1]] },
        properties: {
          kind: 'event',
          eventType: event.eventType,
          subEventType: event.subEventType,
          actors: event.actorIds.map((id) => ({ id, name: actorName.get(id) ?? id })),
          placeId: event.placeId,
          date: event.date,
          datePrecision: event.datePrecision,
          article: event.article,
          sentence: event.sentence,
          start: event.start,
          end: event.end,
          confidence: event.confidence,
        },
      }),
    ),
  };
}

/** The export as pretty-enough JSON text (one feature per line keeps diffs and greps readable). */
export function stringifyGeoJson(collection: FeatureCollection): string {
  const features = collection.features.map((f) => JSON.stringify(f)).join(',\n');
  return `{"type":"FeatureCollection","features":[\n${features}\n]}\n`;
}
