/** Finds an article's text on disk for the provenance view, without ever leaving the configured folders. */
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { isArticleId } from './article-id';
import { resolveEventsPath } from './load';
import type { ExplorerData, LoadResult } from './types';

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

/**
 * Where ingest read article `id` and one of its sentences, from the loaded events file; null when the file does
 * not say (written before ingest recorded files) or nothing of the article is left to check the text against.
 * @example ingestedArticle(data, '2017/tal-afar')?.file // '../corpus/2017/tal-afar.txt'
 */
export function ingestedArticle(data: ExplorerData, id: string): IngestedArticle | null {
  const file = data.articles.find((a) => a.id === id)?.file;
  if (file === undefined || file === null) return null;
  const told = data.events.find((e) => e.article === id) ?? data.routes.find((r) => r.article === id);
  return told === undefined ? null : { file, sentence: { text: told.sentence, start: told.start, end: told.end } };
}

/** What the explorer knows of an article from the events file: where ingest read it, and a sentence of it. */
export interface IngestedArticle {
  /** the file as ingested, relative to the events file's folder (ArticleMeta.file) */
  file: string;
  /** one sentence of the article at its offsets: the file must still hold it there */
  sentence: { text: string; start: number; end: number };
}

/**
 * The text of an article from the file ingest recorded, or null. The events file names the path, so the text is
 * only returned when it still holds a sentence of that article at its offsets (a doctored events file cannot
 * make the server read out other files) and has an article's extension and size.
 * @example await readIngestedArticle({ file: '../corpus/a.txt', sentence }, '/srv/geodata/events.geojson')
 */
export async function readIngestedArticle(article: IngestedArticle, eventsPath: string): Promise<string | null> {
  const file = path.resolve(path.dirname(path.resolve(eventsPath)), article.file);
  if (!ARTICLE_EXTENSIONS.some((ext) => file.endsWith(ext))) return null;
  try {
    const info = await stat(file);
    if (!info.isFile() || info.size > MAX_ARTICLE_BYTES * 4) return null; // UTF-8: at most 4 bytes a character
    const text = await readFile(file, 'utf8');
    const { sentence } = article;
    if (text.length > MAX_ARTICLE_BYTES || text.slice(sentence.start, sentence.end) !== sentence.text) return null;
    return text;
  } catch {
    return null;
  }
}

/**
 * The text of article `id` as the explorer shows it: from the file ingest recorded in the served events file, else
 * from the article folders; null when neither has it.
 * @example await articleText(served.result, '2017/raqqa', process.env, process.cwd())
 */
export async function articleText(
  result: LoadResult,
  id: string,
  env: Readonly<Record<string, string | undefined>>,
  cwd: string,
): Promise<string | null> {
  if (!isArticleId(id)) return null;
  const ingested = result.ok ? ingestedArticle(result.data, id) : null;
  return (
    (ingested === null ? null : await readIngestedArticle(ingested, result.path)) ??
    (await readArticleText(id, articleDirs(env, resolveEventsPath(env, cwd), cwd)))
  );
}
