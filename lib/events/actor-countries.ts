/**
 * The countries an article's actors point to: a text that names the Houthis is likely about Yemen, one that names
 * the FARDC about the DR Congo. Resolution takes these as weak evidence of the article's country, beside the places
 * it names ("Al Bayda" in a report on the Houthis is the Yemeni governorate, not the Libyan city). Groups whose war
 * is fought in a few provinces point to those too ("the OSCE SMM observed explosions near Serhiivka": the village
 * of Donetsk Oblast, not its namesakes elsewhere in Ukraine).
 */
import { detectActors } from './actors';

export interface ActorHints {
  /** ISO2 → weight */
  countries: Map<string, number>;
  /** admin-1 key ('UA.05') → weight */
  admin1s: Map<string, number>;
}

/**
 * Each mention of a named actor counts once, shared among the countries it fights in, and once more shared among
 * the provinces its war is fought in. An actor known only by its provinces counts for their countries.
 * @example actorHints('The OSCE SMM observed explosions.').admin1s.get('UA.05') // 0.5
 */
export function actorHints(text: string): ActorHints {
  const countries = new Map<string, number>();
  const admin1s = new Map<string, number>();
  for (const mention of detectActors(text)) {
    const areas = mention.entry?.areas ?? [];
    const homes = mention.entry?.homes.length ? mention.entry.homes : [...new Set(areas.map(countryOfArea))];
    for (const iso of homes) countries.set(iso, (countries.get(iso) ?? 0) + 1 / homes.length);
    for (const area of areas) admin1s.set(area, (admin1s.get(area) ?? 0) + 1 / areas.length);
  }
  return { countries, admin1s };
}

/**
 * Country (ISO2) → weight, as `actorHints` counts it.
 * @example actorCountryHints('Houthi forces shelled Al Bayda.').get('YE') // 1
 */
export function actorCountryHints(text: string): Map<string, number> {
  return actorHints(text).countries;
}

/** 'UA.05' → 'UA' */
function countryOfArea(area: string): string {
  return area.slice(0, 2);
}
