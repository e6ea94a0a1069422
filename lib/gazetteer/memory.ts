/**
 * An in-memory Gazetteer over a handful of places, with the same normalisation and ranking as the world
 * gazetteer: what unit tests inject instead of the built world data.
 */
import type { GazPlace, Gazetteer } from './types';
import { buildKeyIndexes, createIndexedGazetteer, type PlaceTable } from './indexed';
import { rankPlaces } from './rank';
import { isVariantCountry } from './variant';

/**
 * A Gazetteer over `places`, each findable by its name and by `altNames[place.id]`.
 * @example createMemoryGazetteer([raqqa], { 'geonames:172955': ['Raqqa'] }).search('Raqqa')
 */
export function createMemoryGazetteer(
  places: readonly GazPlace[],
  altNames: Readonly<Record<string, readonly string[]>> = {},
): Gazetteer {
  const ranked = rankPlaces(places.map((place) => ({ place, names: [] }))).map((entry) => entry.place);
  const positions = new Map<string, number>();
  ranked.forEach((place, index) => {
    if (positions.has(place.id)) throw new Error(`Duplicate gazetteer id: ${place.id}`);
    positions.set(place.id, index);
  });
  const table: PlaceTable = {
    size: ranked.length,
    get(index: number): GazPlace {
      const place = ranked[index];
      if (place === undefined) throw new Error(`No place number ${index}`);
      return place;
    },
    indexOf: (id: string) => positions.get(id),
  };
  const { strict, loose, variant } = buildKeyIndexes(
    ranked.map((place) => [place.name, ...(altNames[place.id] ?? [])]),
    (index) => isVariantCountry(ranked[index]?.countryCode ?? null),
  );
  return createIndexedGazetteer(table, strict, loose, variant);
}
