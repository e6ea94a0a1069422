/**
 * Identity militias named by their community: "Tiv militias", "Hawadle clan militia", "militias from the Boor
 * clan", "Bobo ethnic militiamen". ACLED names them after the group — "<Name> Clan Militia (<country>)" for a clan,
 * "<Name> Communal Militia" for a village's or community's, "<Name> Ethnic Militia" otherwise — with actor type 4
 * (identity militia). No list of groups: the name is read from the words around "militia".
 */
import { demonymIso } from '../gazetteer/demonyms';
import type { ActorEntry, InterCode } from './actor-registry';

/** a span of the sentence naming an identity militia */
export interface MilitiaHit {
  start: number;
  end: number;
  entry: ActorEntry;
}

const NAME = String.raw`\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+)?`;
const MILITIA_WORD = String.raw`[Mm]ilitia(?:s|men|man| members)?`;
/** "Tiv militias", "Hawadle clan militia", "Bobo ethnic militiamen" */
const NAME_BEFORE = new RegExp(String.raw`\b(${NAME})\s+(?:(clan|ethnic|tribal|communal|community)\s+)?${MILITIA_WORD}\b`, 'gu');
/** "militias from the Boor clan", "militia of the Ichen community" */
const NAME_AFTER = new RegExp(String.raw`\b${MILITIA_WORD}\s+(?:from|of)\s+(?:the\s+)?(${NAME})\s+(clan|community|tribe|ethnic group|village)\b`, 'gu');
/** capitalised words that open a sentence or describe the militia, never a community's name */
const NOT_NAMES = new Set([
  'the', 'a', 'an', 'armed', 'rival', 'local', 'suspected', 'alleged', 'unknown', 'unidentified', 'several', 'some',
  'two', 'three', 'many', 'other', 'allied', 'government', 'pro-government', 'state', 'islamist', 'jihadist',
  'christian', 'muslim', 'ethnic', 'tribal', 'clan', 'community', 'communal', 'youth', 'village', 'vigilante',
  'self-defence', 'self-defense', 'on', 'in', 'at', 'after', 'when', 'while', 'during', 'later', 'meanwhile',
]);
const IDENTITY_MILITIA_INTER = 4;

/**
 * The identity militias a sentence names, with ACLED-style entries (one actor per country).
 * @example identityMilitias('Tiv militias attacked three villages.')[0]?.entry.acled // 'Tiv Ethnic Militia ({country})'
 */
export function identityMilitias(text: string): MilitiaHit[] {
  if (!text.includes('ilitia')) return []; // most sentences name no militia: skip the patterns
  const hits: MilitiaHit[] = [];
  for (const re of [NAME_BEFORE, NAME_AFTER]) {
    for (const m of text.matchAll(re)) {
      const name = m[1] as string;
      if (NOT_NAMES.has(name.toLowerCase()) || name.split(/[ -]/).some((w) => NOT_NAMES.has(w.toLowerCase()))) continue;
      if (demonymIso(name) !== undefined) continue; // "Libyan militias" are a state's allies, not a community's
      const start = m.index ?? 0;
      hits.push({ start, end: start + m[0].length, entry: entryFor(name, m[2]) });
    }
  }
  return hits.toSorted((a, b) => a.start - b.start);
}

function entryFor(name: string, qualifier: string | undefined): ActorEntry {
  const kind = qualifier === 'clan' ? 'Clan' : qualifier === 'community' || qualifier === 'communal' || qualifier === 'village' ? 'Communal' : 'Ethnic';
  return textNamedEntry(`${name} ${kind} Militia`, `${name} ${kind} Militia ({country})`, IDENTITY_MILITIA_INTER, true);
}

/**
 * A registry entry for a non-state group the text names, not the registry ("Tiv Ethnic Militia", "Los Viagras Gang").
 * @example textNamedEntry('Los Viagras Gang', 'Los Viagras Gang', 3, false).id // 'los-viagras-gang'
 */
export function textNamedEntry(label: string, acled: string, inter: InterCode, generic: boolean): ActorEntry {
  return {
    id: label.toLowerCase().replace(/[^a-z0-9]+/g, '-'),
    name: acled,
    kind: 'non-state',
    inter,
    acled,
    generic,
    country: null,
    homes: [],
    areas: [],
    acledByCountry: {},
    acledAbroad: {},
    narrows: null,
  };
}
