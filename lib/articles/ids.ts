/** Ids for added articles: readable slugs of the file name or title, never one already taken. */
import { isArticleId } from '../explorer-data/article-id';

const MAX_SLUG_CHARS = 60;

/**
 * A new article id from `hint` (a file name or a title) that is not in `taken`.
 * @example newArticleId('Raqqa falls.html', new Set(['raqqa-falls'])) // 'raqqa-falls-2'
 */
export function newArticleId(hint: string | null, taken: ReadonlySet<string>, now: Date = new Date()): string {
  const base = slug(hint ?? '') || `pasted-${now.toISOString().slice(0, 10)}`;
  for (let n = 1; ; n++) {
    const id = n === 1 ? base : `${base}-${n}`;
    if (!taken.has(id) && isArticleId(id)) return id;
  }
}

function slug(value: string): string {
  return value
    .replace(/\.(txt|md|html?)$/i, '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX_SLUG_CHARS)
    .replace(/-+$/, '');
}
