import type { GazPlace } from '../gazetteer/types';

/** A place name found in text, before resolution. */
export interface Candidate {
  start: number;
  end: number;
  /** the surface text, `text.slice(start, end)` */
  text: string;
  /** the name to look up (e.g. "Deir el-Zour" for "Deir el-Zour province"; "Syria" for "Syrian") */
  lookup: string;
  /** true when the surface form is an adjective for a country ("Syrian") */
  demonym: boolean;
  /** a hint from the words around it: "province", "governorate", "state" → an admin area; "city", "town" → a settlement */
  typeHint: 'area' | 'settlement' | null;
}

/** A candidate with the place chosen for it. */
export interface ResolvedMention extends Candidate {
  place: GazPlace;
  /** the name of the disambiguation pass that decided (e.g. "containing-place", "country-focus", "population") */
  resolvedBy: string;
  /** 0–1 */
  confidence: number;
}

/** What resolution may know of an article beyond its place names. */
export interface ResolveContext {
  /**
   * Countries (ISO2) the article's other words point to, with weights: the homes of the armed groups it names
   * ("the Houthis" → Yemen). Weak evidence, counted beside the places the article names.
   */
  countryHints: ReadonlyMap<string, number>;
  /** First-level divisions (admin-1 keys, 'UA.05') the same words point to: where the groups' wars are fought. */
  admin1Hints?: ReadonlyMap<string, number>;
}

/** No evidence beyond the place names. */
export const NO_CONTEXT: ResolveContext = { countryHints: new Map() };
