/**
 * Geoparsing: place names in an article with exact offsets, each resolved to a gazetteer place, with the pass that
 * decided it and a confidence. Recognition (recognize.ts) then resolution (resolve.ts).
 */
import type { Article } from '../text/types';
import type { Gazetteer } from '../gazetteer/types';
import { NO_CONTEXT, type ResolveContext, type ResolvedMention } from './types';
import { recognize } from './recognize';
import { resolveCandidates } from './resolve';

export { recognize } from './recognize';
export { resolveCandidates } from './resolve';

/**
 * Finds and resolves the places of `article`, sorted by start offset.
 * @example geoparse(parseArticle('a', 'Clashes in Raqqa, Syria.'), gazetteer).map((m) => m.place.name) // ['Ar Raqqah', 'Syria']
 */
export function geoparse(article: Article, gazetteer: Gazetteer, context: ResolveContext = NO_CONTEXT): ResolvedMention[] {
  return resolveCandidates(recognize(article, gazetteer), gazetteer, article.text, context);
}
