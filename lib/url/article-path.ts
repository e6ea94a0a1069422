/** The article page route `/article/<id>`: each segment of the id percent-encoded, '/' kept between folders. */
import { articlePath } from '../explorer-data/article-id';
import { normalizeArticleId } from './view-state';

/**
 * The path of an article's page.
 * @example articlePagePath('2017/raqqa city') // '/article/2017/raqqa%20city'
 */
export function articlePagePath(id: string): string {
  return articlePath(id, '/article');
}

/**
 * The article id from the route's segments (Next hands them decoded), or null when it is no article id.
 * @example articleIdFromSegments(['2017', 'raqqa']) // '2017/raqqa'
 */
export function articleIdFromSegments(segments: readonly string[]): string | null {
  return normalizeArticleId(segments.join('/'));
}
