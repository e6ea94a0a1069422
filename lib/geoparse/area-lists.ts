/**
 * Lists of areas under one plural area word: "Barrow, Jackson and Madison counties", "Clarke and Oconee counties",
 * "Avoyelles and Rapides parishes". Each name of such a list is the county (or parish) of that name, so recognition
 * looks up "Barrow County" rather than the town of Barrow, and finds "Oconee" although no place is called that.
 */
import type { Lexicon } from './lexicon';
import type { Token } from './tokens';

/** tokens read ahead of a name for the plural area word that closes its list */
const MAX_LIST_TOKENS = 16;
/** what separates two names of a list: ", ", " and ", ", and ", " or ", " & " */
const LIST_GAP = /^(?:, ?| )$/;
const LIST_JOINS: ReadonlySet<string> = new Set(['and', 'or', '&']);

/**
 * The singular area word ("County", "Parish") when the name run ending before `runEnd` belongs to a list closed
 * by a plural area word ("… and Madison counties"); null otherwise.
 * @example areaListSuffix(tokenize('Clarke and Oconee counties', 0, 26), 1, lexicon) // 'County'
 */
export function areaListSuffix(tokens: readonly Token[], runEnd: number, lexicon: Lexicon): string | null {
  for (let index = runEnd; index < tokens.length && index < runEnd + MAX_LIST_TOKENS; index += 1) {
    const token = tokens[index];
    if (token === undefined || !LIST_GAP.test(token.gapBefore)) return null;
    const word = token.text.toLowerCase();
    const singular = lexicon.pluralAreaWords.get(word);
    if (singular !== undefined) return index > runEnd || token.gapBefore === ' ' ? singular : null;
    if (!token.capitalised && !LIST_JOINS.has(word)) return null;
  }
  return null;
}
