/** Article ids as the explorer's URLs carry them; pure, so the browser bundle can use it too. */

// An article id is the file's path under the ingested folder, without extension: posix segments like
// "2017/raqqa". No segment starts with a dot, and no backslash or control character appears, so neither '..'
// nor a hidden file nor another folder can be named.
const ID_SEGMENT = /^[^/\\.\p{Cc}][^/\\\p{Cc}]{0,199}$/u;
const MAX_ID_SEGMENTS = 16; // folder depth an article id may have
const MAX_ID_CHARS = 400;

/**
 * True when `id` can name an article file: '/'-separated segments, none empty, none starting with a dot, no '..',
 * backslash or control character anywhere.
 * @example isArticleId('2017/raqqa') // true; isArticleId('../package') // false
 */
export function isArticleId(id: string): boolean {
  if (id.length === 0 || id.length > MAX_ID_CHARS || id.includes('..')) return false;
  const segments = id.split('/');
  return segments.length <= MAX_ID_SEGMENTS && segments.every((segment) => ID_SEGMENT.test(segment));
}

/**
 * The URL path of article `id` under `base`: each segment percent-encoded on its own, so the '/' between folders
 * stays a path separator (a `%2F` inside one route segment is decoded differently by different Next.js code paths).
 * @example articlePath('2017/raqqa city') // '/api/articles/2017/raqqa%20city'
 * @example articlePath('2017/raqqa', '/api/mentions') // '/api/mentions/2017/raqqa'
 */
export function articlePath(id: string, base = '/api/articles'): string {
  return `${base}/${id.split('/').map(encodeURIComponent).join('/')}`;
}
