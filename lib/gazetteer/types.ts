/**
 * The one interface the pipeline asks for places (like Mordecai 3's GeonamesService): the world gazetteer built
 * under geodata/ and the small fixture gazetteer of the unit tests both implement it.
 */
import type { AreaRef, PlaceType } from '../geojson/schema';

export interface GazPlace {
  /** e.g. `geonames:170794`, `ne:SYR-142`, `country:SY`, `region:middle-east` */
  id: string;
  /** canonical name, e.g. "Ar Raqqah" */
  name: string;
  placeType: PlaceType;
  /** ISO 3166-1 alpha-2, or null for continents and multi-country regions */
  countryCode: string | null;
  /** GeoNames admin-1 code within the country (e.g. "04"), or null */
  admin1: string | null;
  /** representative point, [lng, lat] */
  coordinates: [number, number];
  /** population, 0 when unknown */
  population: number;
  /** an area the map can outline (admin-1 polygon or country), or null for points */
  area: AreaRef;
  /**
   * what a district or landmark from a GeoNames country file is ("sub-district", "refugee camp", "airbase",
   * geodata/geonames-features.json); absent for every other place
   */
  feature?: string;
  /**
   * true for a populated place only a GeoNames country file lists, of no known population (cities500 holds every
   * place of 500 people or more): it never wins a name from a populated place on priors; absent otherwise
   */
  minor?: true;
}

export interface SearchOptions {
  /** only places of these types */
  types?: readonly PlaceType[];
  /** only places in this country (ISO alpha-2) */
  countryCode?: string;
  /** at most this many candidates, most populous first (default: all) */
  limit?: number;
}

export interface Gazetteer {
  /**
   * All places whose name or alternate name has the same normalised key as `name`, most populous first; places
   * matched only by the loose transliteration key come after every exact-key match.
   */
  search(name: string, options?: SearchOptions): GazPlace[];
  byId(id: string): GazPlace | undefined;
  /** true when some place has this normalised key; cheap, used by recognition to probe n-grams */
  has(name: string): boolean;
  /**
   * false only when no name can begin with this one word, so no n-gram starting with it needs a `has()` probe;
   * optional (true when unknown).
   */
  mayBeginName?(word: string): boolean;
  /**
   * The fallback: places found by the romanisation-variant key (variant.ts) and by neither the strict nor the
   * loose key, most populous first; empty when the variant key is too short to look up. Optional (a gazetteer
   * without a variant index finds none).
   */
  searchVariants?(name: string, options?: SearchOptions): GazPlace[];
  /** true when some place has this name's variant key (and the key is long enough to look up); optional */
  hasVariant?(name: string): boolean;
  /** like `mayBeginName`, for the variant key: false only when no variant key begins with this word's; optional */
  mayBeginVariant?(word: string): boolean;
  /** every namesake with the key that found it, exact matches first (for `gazetteer.ts show`); optional */
  explain?(name: string, options?: SearchOptions): ExplainedPlace[];
}

/** Which key found a place: the strict key, the loose transliteration key, or the romanisation-variant key. */
export type MatchKey = 'exact' | 'loose' | 'variant';

export interface ExplainedPlace {
  place: GazPlace;
  key: MatchKey;
}
