/**
 * Abbreviations an article defines: "the Kahda District Commissioner (DC)", "Awami League (AL)". Once a text spells
 * an initialism out, the initialism means what it spells — "the DC's family" is the commissioner's, not Washington's.
 */

/** capitalised words (with "of", "and", "the" between them) followed by an initialism in brackets */
const DEFINITION = /((?:\p{Lu}[\p{L}'’-]*\s+(?:(?:of|and|the|for|de|du|des|la)\s+)*){1,7})\((\p{Lu}{2,6})\)/gu;
/** words an initialism usually skips */
const SKIPPED = new Set(['of', 'and', 'the', 'for', 'de', 'du', 'des', 'la']);

/**
 * Initialisms the text defines, with the words they stand for.
 * @example definedAcronyms('the District Commissioner (DC) said').get('DC') // 'District Commissioner'
 */
export function definedAcronyms(text: string): Map<string, string> {
  const out = new Map<string, string>();
  if (!text.includes('(')) return out;
  for (const m of text.matchAll(DEFINITION)) {
    const acronym = m[2] as string;
    const words = (m[1] as string).trim().split(/\s+/).filter((w) => !SKIPPED.has(w.toLowerCase()));
    // the initialism's letters are the initials of the last words before it
    const spelled = words.slice(-acronym.length);
    if (spelled.length !== acronym.length) continue;
    if (spelled.map((w) => w[0]).join('').toUpperCase() !== acronym) continue;
    const first = (m[1] as string).lastIndexOf(spelled[0] as string);
    out.set(acronym, (m[1] as string).slice(first).trim());
  }
  return out;
}
