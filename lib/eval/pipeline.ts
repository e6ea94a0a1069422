/**
 * The real system under test: the project's geoparser over the world gazetteer, adapted to the `Geoparser`
 * shape the scorer wants. Kept apart from the CLI so the CLI can load it lazily (after the corpus is read).
 */
import type { GazPlace } from '../gazetteer/types';
import { loadWorldGazetteer } from '../gazetteer/world';
import { geoparse } from '../geoparse/index';
import { parseArticle } from '../text/article';
import type { Geoparser, Prediction } from './types';

/**
 * Loads the world gazetteer and returns the article → predictions function.
 * @example const parse = await loadProjectGeoparser(); parse('a1', 'Floods hit Dhaka.')[0]?.text // 'Dhaka'
 */
export async function loadProjectGeoparser(): Promise<Geoparser> {
  const gazetteer = await loadWorldGazetteer();
  return (id, text) =>
    geoparse(parseArticle(id, text), gazetteer).map(
      (m): Prediction => ({
        start: m.start,
        end: m.end,
        text: m.text,
        coordinates: m.place.coordinates,
        resolvedBy: m.resolvedBy,
        placeLabel: placeLabel(m.place),
        demonym: m.demonym,
      }),
    );
}

/**
 * A gazetteer place as failure reports name it: canonical name, type and country.
 * @example placeLabel(gazetteer.byId('geonames:172955')) // 'Ar Raqqah (city, SY)'
 */
export function placeLabel(place: GazPlace): string {
  return `${place.name} (${place.placeType}${place.countryCode ? `, ${place.countryCode}` : ''})`;
}
