/**
 * Gangs and cartels named in the text: "Los Viagras gang", "the Tropa del Infierno Gang", "members of the Santa Rosa
 * de Lima Cartel". ACLED names each after itself ("Los Viagras Gang"), a political militia (actor type 3). No list
 * of gangs: the name is read from the capitalised words before "gang" or "cartel"; the registry's own cartels
 * (Sinaloa, CJNG, Gulf, Los Zetas) keep their entries (see actors.ts).
 */
import { textNamedEntry, type MilitiaHit } from './identity-militias';

/** "Los Viagras", "Tropa del Infierno", "El Senoron", "Santa Rosa de Lima" */
const NAME = String.raw`(?:(?:Los|Las|El|La)\s+)?\p{Lu}[\p{L}'’-]+(?:\s+(?:de|del|la|las|los|y|\p{Lu}[\p{L}'’-]+)){0,3}`;
/** the name, then the word saying what it names */
const NAMED_GANG = new RegExp(String.raw`\b(${NAME})\s+(gangs?|Gangs?|cartel|Cartel)\b`, 'gu');
/** capitalised words that describe a gang or open a sentence, never its name */
const NOT_NAMES = new Set([
  'the', 'a', 'an', 'rival', 'local', 'criminal', 'drug', 'street', 'armed', 'powerful', 'notorious', 'unidentified',
  'unknown', 'suspected', 'alleged', 'two', 'three', 'several', 'some', 'members', 'member', 'on', 'in', 'at',
  'after', 'when', 'while', 'during', 'police', 'prison', 'youth', 'motorcycle', 'biker',
]);
const GANG_INTER = 3;

/**
 * The gangs and cartels a sentence names, with ACLED-style entries.
 * @example namedGangs('Members of the Los Viagras gang attacked a patrol.')[0]?.entry.acled // 'Los Viagras Gang'
 */
export function namedGangs(text: string): MilitiaHit[] {
  if (!/gang|cartel/i.test(text)) return []; // most sentences name no gang: skip the pattern
  const hits: MilitiaHit[] = [];
  for (const m of text.matchAll(NAMED_GANG)) {
    const name = m[1] as string;
    const words = name.split(/\s+/);
    if (NOT_NAMES.has((words[0] ?? '').toLowerCase()) || words.some((w) => NOT_NAMES.has(w.toLowerCase()) && /^\p{Lu}/u.test(w) && w !== words[0])) continue;
    const start = m.index ?? 0;
    const kind = /cartel/i.test(m[2] ?? '') ? 'Cartel' : 'Gang';
    hits.push({ start, end: start + m[0].length, entry: textNamedEntry(`${name} ${kind}`, `${name} ${kind}`, GANG_INTER, false) });
  }
  return hits;
}
