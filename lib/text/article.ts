/**
 * Reading one article file: optional YAML front matter (title, date, source), else a short first line taken as the
 * title. Every offset indexes the full file text, front matter included, so later stages can cite exact spans.
 */
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import type { Article } from './types';

/** A first line longer than this is a paragraph, not a headline. */
const TITLE_MAX_CHARS = 200;
/** a full stop at the end (not an ellipsis): headlines do not end so, lead sentences do */
const SENTENCE_END = /[^.]\.["'\u201d\u2019)]?$/;
const FENCE = /^---[ \t]*$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Thrown when an article file cannot be read as an article; the message is one line naming the reason. */
export class ArticleError extends Error {
  constructor(
    readonly articleId: string,
    reason: string,
  ) {
    super(`${articleId}: ${reason}`);
    this.name = 'ArticleError';
  }
}

const frontMatterSchema = z
  .object({
    title: z.union([z.string(), z.number()]).optional(),
    date: z.union([z.string(), z.date()]).optional(),
    source: z.string().optional(),
    url: z.string().optional(),
  })
  .passthrough();

/**
 * Parses an article file into its metadata and the offset where its body starts.
 * @example parseArticle('raqqa', '---\ntitle: Raqqa falls\ndate: 2017-10-17\n---\nRaqqa…').date // '2017-10-17'
 */
export function parseArticle(id: string, text: string): Article {
  return assemble(id, text, readFrontMatter(id, text));
}

/**
 * Like parseArticle, but broken front matter costs only its broken fields, never the article: the text is kept,
 * the fields that could not be read are left null, and `warning` names them in one line (null when all was well).
 * @example parseArticleKeepingText('a', '---\ndate: soon\n---\nRaqqa fell.').warning // 'front matter field date ignored (…)'
 */
export function parseArticleKeepingText(id: string, text: string): { article: Article; warning: string | null } {
  try {
    return { article: parseArticle(id, text), warning: null };
  } catch (error) {
    if (!(error instanceof ArticleError)) throw error;
  }
  const start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const fence = closingFence(text, start);
  if (fence === null) {
    // no closing fence: nothing tells front matter from body, so all of it is body
    return { article: assemble(id, text, null), warning: 'front matter has no closing --- line; read the whole file as text, no fields taken' };
  }
  let raw: unknown;
  try {
    raw = parseYaml(fence.yamlText);
  } catch (error) {
    const reason = firstLine(error instanceof Error ? error.message : String(error));
    return {
      article: assemble(id, text, { title: null, date: null, source: null, end: fence.end }),
      warning: `front matter is not valid YAML (${reason}); ignored fields: all of them (title, date, source); kept the text`,
    };
  }
  const fields = typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
  const ignored: string[] = [];
  const pick = <T>(name: string, read: (value: unknown) => T | null): T | null => {
    const value = fields[name];
    if (value == null) return null;
    try {
      const result = read(value);
      if (result === null) ignored.push(`${name} (not text)`);
      return result;
    } catch (error) {
      ignored.push(`${name} (${error instanceof ArticleError ? error.message.slice(id.length + 2) : String(error)})`);
      return null;
    }
  };
  const title = pick('title', (v) => (typeof v === 'string' || typeof v === 'number' ? String(v).trim() || null : null));
  const date = pick('date', (v) => (typeof v === 'string' || v instanceof Date ? checkDate(id, v) : null));
  const source = pick('source', (v) => (typeof v === 'string' ? v : null)) ?? pick('url', (v) => (typeof v === 'string' ? v : null));
  const what = Array.isArray(raw) || (typeof raw !== 'object' && raw != null) ? 'front matter is not a mapping; ignored fields: all of them' : `ignored front matter fields: ${ignored.join(', ')}`;
  return { article: assemble(id, text, { title, date, source, end: fence.end }), warning: `${what}; kept the text` };
}

function assemble(id: string, text: string, front: FrontMatter | null): Article {
  const afterFront = front?.end ?? 0;
  const headline = front?.title == null ? findTitleLine(text, afterFront) : null;
  return {
    id,
    text,
    title: front?.title ?? headline?.title ?? null,
    date: front?.date ?? null,
    source: front?.source ?? null,
    bodyStart: headline?.bodyStart ?? skipBlank(text, afterFront),
    titleStart: headline?.start ?? null,
  };
}

interface FrontMatter {
  title: string | null;
  date: string | null;
  source: string | null;
  /** offset just after the closing fence line */
  end: number;
}

/** The YAML between the fences and the offset after the closing one; null when the fence never closes. */
function closingFence(text: string, start: number): { yamlText: string; end: number } | null {
  const firstLineEnd = lineEnd(text, start);
  let cursor = nextLine(text, firstLineEnd);
  while (cursor < text.length) {
    const end = lineEnd(text, cursor);
    if (FENCE.test(text.slice(cursor, end).replace(/\r$/, ''))) {
      return { yamlText: text.slice(nextLine(text, firstLineEnd), cursor), end: nextLine(text, end) };
    }
    cursor = nextLine(text, end);
  }
  return null;
}

function readFrontMatter(id: string, text: string): FrontMatter | null {
  const start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const firstLineEnd = lineEnd(text, start);
  if (!FENCE.test(text.slice(start, firstLineEnd).replace(/\r$/, ''))) return null;
  const fence = closingFence(text, start);
  if (fence === null) throw new ArticleError(id, 'front matter has no closing --- line');
  return { ...readYaml(id, fence.yamlText), end: fence.end };
}

function readYaml(id: string, yamlText: string): Omit<FrontMatter, 'end'> {
  let raw: unknown;
  try {
    raw = parseYaml(yamlText);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new ArticleError(id, `front matter is not valid YAML: ${firstLine(message)}`);
  }
  if (raw == null) return { title: null, date: null, source: null };
  const parsed = frontMatterSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.join('.') || 'front matter';
    throw new ArticleError(id, `front matter field ${where} is invalid: ${issue?.message ?? 'not a mapping'}`);
  }
  const { title, date, source, url } = parsed.data;
  return {
    title: title == null ? null : String(title).trim() || null,
    date: date == null ? null : checkDate(id, date),
    source: source ?? url ?? null,
  };
}

function checkDate(id: string, value: string | Date): string {
  const iso = value instanceof Date ? value.toISOString().slice(0, 10) : value.trim();
  const match = ISO_DATE.exec(iso);
  if (!match) throw new ArticleError(id, `date is not YYYY-MM-DD: ${JSON.stringify(iso)}`);
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCFullYear() !== year || probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) {
    throw new ArticleError(id, `date does not exist: ${iso}`);
  }
  return iso;
}

/** A short first line followed by a blank line is a headline, unless it ends like a sentence (a lead paragraph). */
function findTitleLine(text: string, from: number): { title: string; start: number; bodyStart: number } | null {
  const start = skipBlank(text, from);
  const end = lineEnd(text, start);
  const line = text.slice(start, end).trim();
  if (line === '' || line.length > TITLE_MAX_CHARS || SENTENCE_END.test(line)) return null;
  const following = nextLine(text, end);
  const followingEnd = lineEnd(text, following);
  if (following >= text.length || text.slice(following, followingEnd).trim() !== '') return null;
  return { title: line, start, bodyStart: skipBlank(text, following) };
}

function skipBlank(text: string, from: number): number {
  let cursor = from;
  while (cursor < text.length && /\s/.test(text.charAt(cursor))) cursor += 1;
  return cursor;
}

function lineEnd(text: string, from: number): number {
  const newline = text.indexOf('\n', from);
  return newline === -1 ? text.length : newline;
}

function nextLine(text: string, end: number): number {
  return Math.min(text.length, end + 1);
}

function firstLine(message: string): string {
  return message.split('\n')[0] ?? message;
}
