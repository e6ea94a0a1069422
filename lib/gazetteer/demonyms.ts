/**
 * Country adjectives ("Syrian", "Iraqi", "British") → the country, from the curated geodata/demonyms.json.
 */
import { z } from 'zod';
import demonymsJson from '../../geodata/demonyms.json';
import type { GazPlace, Gazetteer } from './types';

const demonymsSchema = z.object({ demonyms: z.record(z.string(), z.string().length(2)) });

/** lowercase demonym → ISO2 */
const DEMONYMS: ReadonlyMap<string, string> = new Map(
  Object.entries(demonymsSchema.parse(demonymsJson).demonyms).map(([word, iso]) => [word.toLowerCase(), iso]),
);

/**
 * The ISO 3166-1 alpha-2 code a country adjective stands for, or undefined. Case-insensitive; a plural noun
 * ("Syrians") falls back to its singular.
 * @example demonymIso('Syrian') // "SY"
 */
export function demonymIso(word: string): string | undefined {
  const key = word.trim().toLowerCase().replace(/\u2019/g, "'");
  return DEMONYMS.get(key) ?? (key.endsWith('s') ? DEMONYMS.get(key.slice(0, -1)) : undefined);
}

/**
 * The country place a demonym stands for, looked up in `gazetteer` as `country:<ISO2>`.
 * @example demonymCountry(gazetteer, 'Iraqi')?.id // "country:IQ"
 */
export function demonymCountry(gazetteer: Gazetteer, word: string): GazPlace | undefined {
  const iso = demonymIso(word);
  return iso === undefined ? undefined : gazetteer.byId(`country:${iso}`);
}
