/** Finds an article's text on disk for the provenance view, without ever leaving the configured folders. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { isArticleId } from './article-id';

const ARTICLE_EXTENSIONS = ['.txt', '.md'] as const;
export const MAX_ARTICLE_BYTES = 2_000_000; // an article longer than this is not an article

/**
 * Folders searched for `<id>.txt`/`<id>.md`, in order: ARTICLES_DIR, `articles/` next to the events file, seeds/.
 * @example articleDirs({ ARTICLES_DIR: 'corpus' }, '/srv/geodata/events.geojson', '/srv')
 */
export function articleDirs(env: Readonly<Record<string, string | undefined>>, eventsPath: string, cwd: string): string[] {
  const dirs = [
    env.ARTICLES_DIR?.trim() ? path.resolve(cwd, env.ARTICLES_DIR.trim()) : null,
    path.join(path.dirname(eventsPath), 'articles'),
    path.resolve(cwd, 'seeds'),
  ];
  return [...new Set(dirs.filter((d): d is string => d !== null))];
}

/**
 * The text of article `id` from the first folder that has it, or null (bad id, not found, too large).
 * @example await readArticleText('raqqa-2017', ['/srv/seeds'])
 */
export async function readArticleText(id: string, dirs: readonly string[]): Promise<string | null> {
  if (!isArticleId(id)) return null;
  for (const dir of dirs) {
    const root = path.resolve(dir);
    for (const ext of ARTICLE_EXTENSIONS) {
      const file = path.resolve(root, id + ext);
      if (!isInside(root, file)) continue; // belt and braces against traversal
      try {
        const text = await readFile(file, 'utf8');
        return text.length > MAX_ARTICLE_BYTES ? null : text;
      } catch {
        // not in this folder; try the next
      }
    }
  }
  return null;
}

function isInside(root: string, file: string): boolean {
  const relative = path.relative(root, file);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
}
