/**
 * The countries an article's actors point to: a text that names the Houthis is likely about Yemen, one that names
 * the FARDC about the DR Congo. Resolution takes these as weak evidence of the article's country, beside the places
 * it names ("Al Bayda" in a report on the Houthis is the Yemeni governorate, not the Libyan city).
 */
import { detectActors } from './actors';

/**
 * Country (ISO2) → weight: each mention of a named actor counts once, shared among the countries it fights in.
 * @example actorCountryHints('Houthi forces shelled Al Bayda.').get('YE') // 1
 */
export function actorCountryHints(text: string): Map<string, number> {
  const hints = new Map<string, number>();
  for (const mention of detectActors(text)) {
    const homes = mention.entry?.homes ?? [];
    for (const iso of homes) hints.set(iso, (hints.get(iso) ?? 0) + 1 / homes.length);
  }
  return hints;
}
