/**
 * A name followed by the area that holds it: "Kominternove, Donetsk", "Muaja (Ancuabe, Cabo Delgado)". News and
 * conflict reports write a small place this way so the reader can find it; when some namesake of the first name lies
 * in the country (and, for a province, the province) of some namesake of the second, the first is a place even where
 * its spelling alone would not be trusted (a village known to the gazetteer only by a former name).
 */
import type { GazPlace, Gazetteer } from '../gazetteer/types';
import type { PlaceType } from '../geojson/schema';
import type { Candidate } from './types';

/** text between a name and the area after it: a comma, an opening parenthesis, or both around a district name */
const CONTAINER_GAP = /^\s*(?:,|\()\s*$/;
/** namesakes weighed on each side */
const NAMESAKE_LIMIT = 10;
const CONTAINER_TYPES: ReadonlySet<PlaceType> = new Set(['country', 'admin1', 'admin2', 'city', 'town']);

/**
 * True when the candidate right after `candidate` (comma or parenthesis between) names an area holding one of its
 * namesakes.
 * @example isHeldByNextName(gazetteer, 'near Kominternove, Donetsk', kominternove, [kominternove, donetsk]) // true
 */
export function isHeldByNextName(
  gazetteer: Gazetteer,
  text: string,
  candidate: Candidate,
  candidates: readonly Candidate[],
): boolean {
  const next = candidates.find((other) => other.start >= candidate.end);
  if (next === undefined || !CONTAINER_GAP.test(text.slice(candidate.end, next.start))) return false;
  const containers = gazetteer.search(next.lookup, { limit: NAMESAKE_LIMIT }).filter((p) => CONTAINER_TYPES.has(p.placeType));
  if (containers.length === 0) return false;
  return gazetteer.search(candidate.lookup, { limit: NAMESAKE_LIMIT }).some((place) =>
    containers.some((container) => holds(container, place)));
}

/** a country holds its places; a province, district or town the places of its province */
function holds(container: GazPlace, place: GazPlace): boolean {
  if (container.id === place.id || container.countryCode === null || container.countryCode !== place.countryCode) return false;
  return container.placeType === 'country' || (container.admin1 !== null && container.admin1 === place.admin1);
}

/**
 * "in Tijuana Baja California": a name run on, with no comma, into the province that holds it. The first name is a
 * place of its own, not a part of a longer name ("Jordan Smith"). Only a province: a country after a name is as often
 * a firm's ("Reserve America").
 * @example isHeldByRestOfRun(gazetteer, 'Tijuana', 'Baja California') // true
 */
export function isHeldByRestOfRun(gazetteer: Gazetteer, name: string, rest: string): boolean {
  const areas = gazetteer.search(rest, { limit: NAMESAKE_LIMIT, types: RUN_CONTAINER_TYPES });
  if (areas.length === 0) return false;
  return gazetteer.search(name, { limit: NAMESAKE_LIMIT }).some((place) => areas.some((area) => holds(area, place)));
}

/** what may follow a name, comma-less, as its container */
const RUN_CONTAINER_TYPES: PlaceType[] = ['admin1'];
