/** GeoJSON export: the filtered events as RFC 7946 event features, in the output contract's own shape. */
import type { Feature, FeatureCollection, Point } from 'geojson';
import type { EventProps } from '../geojson/schema';
import type { ExplorerActor, ExplorerEvent } from '../explorer-data/types';

/** an actor the export was not told about: ACLED's "other" */
const NO_INTER = 8;

/**
 * A FeatureCollection of the events, each feature valid against `eventFeatureSchema`.
 * @example eventsToGeoJson(events, actors).features[0].properties.kind // 'event'
 */
export function eventsToGeoJson(
  events: readonly ExplorerEvent[],
  actors: readonly ExplorerActor[],
): FeatureCollection<Point, EventProps> {
  const actorById = new Map(actors.map((a) => [a.id, a]));
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
          actors: event.actorIds.map((id, i) => {
            const actor = actorById.get(id);
            const side = i < event.sideSplit ? 1 : 2;
            return { id, name: actor?.name ?? id, acledName: actor?.acledName ?? id, inter: actor?.inter ?? NO_INTER, side };
          }),
          placeId: event.placeId,
          precision: event.precision,
          date: event.date,
          datePrecision: event.datePrecision,
          fatalities: event.fatalities,
          background: event.background,
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
