/**
 * A person's search words as an FTS5 query: every word must occur (implicit AND), each quoted as an FTS5 string
 * so that operators, column filters and quotes in the input are plain text, never query syntax.
 */

/** words kept from one query; more is abuse, not a search */
export const MAX_QUERY_WORDS = 16;
const WORD = /[\p{L}\p{N}]+/gu;

/**
 * The FTS5 MATCH expression for `q`, or null when it holds no word (then there is no text filter).
 * @example ftsQuery('chlorine convoy') // '"chlorine" "convoy"'
 * @example ftsQuery('NEAR(a b) OR "x') // '"NEAR" "a" "b" "OR" "x"'
 */
export function ftsQuery(q: string): string | null {
  const words = queryWords(q);
  return words.length === 0 ? null : words.map((word) => `"${word}"`).join(' ');
}

/**
 * The words of a search, letters and digits only, at most MAX_QUERY_WORDS (every engine reads `q` this way).
 * @example queryWords('"chlorine" OR NEAR(x') // ['chlorine', 'OR', 'NEAR', 'x']
 */
export function queryWords(q: string): string[] {
  return (q.match(WORD) ?? []).slice(0, MAX_QUERY_WORDS);
}
