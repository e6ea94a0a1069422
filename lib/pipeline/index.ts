/**
 * The per-article pipeline: sentences → resolved place mentions → events and routes. Pure: same article and
 * gazetteer, same result; the CLI does all the reading and writing around it.
 */
import { actorHints } from '../events/actor-countries';
import { extractEvents } from '../events/index';
import type { Gazetteer } from '../gazetteer/types';
import { geoparse } from '../geoparse/index';
import { splitSentences } from '../text/sentences';
import type { Article } from '../text/types';
import type { ArticleResult } from './types';

export type { ArticleResult } from './types';

/**
 * Runs every stage on one parsed article.
 * @example processArticle(parseArticle('raqqa-2017', text), gazetteer).mentions[0]?.place.name // 'Ar Raqqah'
 */
export function processArticle(article: Article, gazetteer: Gazetteer): ArticleResult {
  // The headline is a sentence too (events often live there); front matter never is.
  const sentences = splitSentences(article.text, article.titleStart ?? article.bodyStart, article.text.length);
  // the armed groups an article names say which country it is likely about ("the Houthis": Yemen)
  const { countries: countryHints, admin1s: admin1Hints } = actorHints(article.text);
  const mentions = geoparse(article, gazetteer, { countryHints, admin1Hints });
  const { events, routes } = extractEvents(article, sentences, mentions, countryHints);
  return { article, mentions, events, routes };
}
