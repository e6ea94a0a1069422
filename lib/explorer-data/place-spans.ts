/**
 * The spans the provenance panel marks, from place features: each place's mentions in one article. The store mode
 * names an article's places through the selected event's place (or a route's two ends), one place at a time.
 */
import type { PlaceFeature } from '../geojson/schema';
import type { Span } from './segments';

/**
 * Every mention of the given places in `article`, in text order.
 * @example placeSpans([raqqa], 'raqqa-2017').map((s) => s.placeName) // ['Raqqa', 'Raqqa']
 */
export function placeSpans(places: readonly PlaceFeature[], article: string): Span[] {
  return places
    .flatMap((place) =>
      place.properties.mentions
        .filter((m) => m.article === article)
        .map((m) => ({ start: m.start, end: m.end, placeId: place.id, placeName: place.properties.name })),
    )
    .toSorted((a, b) => a.start - b.start);
}
