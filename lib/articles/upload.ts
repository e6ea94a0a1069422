/**
 * One upload → a checked article, with the CLI's rules (lib/fs/read-article-file.ts, lib/text/article.ts): size
 * limit, binary, strict UTF-8, empty, broken front matter. HTML is reduced to its readable text first. Pasted text
 * with title, date and source fields gets them as YAML front matter, so the stored file describes itself exactly
 * like a file given to `npm run ingest`.
 */
import { stringify } from 'yaml';
import { decodeArticleBytes, MAX_ARTICLE_BYTES } from '../fs/read-article-file';
import { ArticleError, parseArticle } from '../text/article';
import type { Article } from '../text/types';
import { htmlToText } from './html';

/** Extensions an uploaded file may have. */
export const UPLOAD_EXTENSIONS = ['.txt', '.md', '.html', '.htm'] as const;
/** Files accepted in one request. */
export const MAX_FILES_PER_REQUEST = 50;
const MAX_FIELD_CHARS = 2_000; // title and source; longer is not a title
const BYTES_PER_MB = 1024 * 1024;

export interface UploadInput {
  /** the file name as the browser sent it, or null for pasted text */
  name: string | null;
  bytes: Uint8Array;
  /** the size the client declared, when the bytes were not read because it is over the limit */
  declaredSize?: number;
  /** optional fields of the paste form (ignored for files) */
  title?: string | null;
  date?: string | null;
  source?: string | null;
}

export type CheckedUpload = { ok: true; text: string; article: Article } | { ok: false; reason: string };

/**
 * Checks one upload and parses it as an article with id `id`; never throws for bad input.
 * @example checkUpload({ name: null, bytes: new TextEncoder().encode('Raqqa fell.'), title: 'Raqqa' }, 'raqqa')
 */
export function checkUpload(input: UploadInput, id: string): CheckedUpload {
  if (input.name !== null && !hasUploadExtension(input.name)) {
    return { ok: false, reason: `not a .txt, .md or .html file: ${JSON.stringify(input.name)}` };
  }
  const size = input.declaredSize ?? input.bytes.length;
  if (size > MAX_ARTICLE_BYTES) {
    return { ok: false, reason: `too large: ${formatMb(size)} is over the ${formatMb(MAX_ARTICLE_BYTES)} article size limit` };
  }
  const decoded = decodeArticleBytes(input.bytes);
  if (!decoded.ok) return decoded;
  let text = decoded.text;
  if (input.name !== null && isHtmlName(input.name)) {
    const readable = htmlToText(text);
    if (readable === null) return { ok: false, reason: 'the HTML page holds no article text' };
    text = withFrontMatter(readable.text, { title: readable.title, date: readable.date, source: null });
  } else if (input.name === null) {
    const fields = { title: field(input.title), date: field(input.date), source: field(input.source) };
    const tooLong = Object.entries(fields).find(([, value]) => value !== null && value.length > MAX_FIELD_CHARS);
    if (tooLong) return { ok: false, reason: `${tooLong[0]} is over ${MAX_FIELD_CHARS} characters` };
    const given = fields.title !== null || fields.date !== null || fields.source !== null;
    if (given && /^\uFEFF?---[ \t]*\r?$/m.test(text.split('\n', 1)[0] ?? '')) {
      return { ok: false, reason: 'the text has its own front matter: leave Title, Date and Source empty, or remove it' };
    }
    if (given) text = withFrontMatter(text, fields);
  }
  try {
    return { ok: true, text, article: parseArticle(id, text) };
  } catch (error) {
    if (error instanceof ArticleError) return { ok: false, reason: error.message.slice(`${id}: `.length) };
    throw error;
  }
}

/** True for a name ending in one of UPLOAD_EXTENSIONS (any case). */
export function hasUploadExtension(name: string): boolean {
  const lower = name.toLowerCase();
  return UPLOAD_EXTENSIONS.some((ext) => lower.endsWith(ext));
}

function isHtmlName(name: string): boolean {
  return /\.html?$/i.test(name);
}

function field(value: string | null | undefined): string | null {
  const trimmed = value?.trim() ?? '';
  return trimmed === '' ? null : trimmed;
}

/** YAML front matter from the fields that are set; yaml's stringify quotes whatever needs quoting. */
function withFrontMatter(body: string, fields: { title: string | null; date: string | null; source: string | null }): string {
  const set = Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== null));
  if (Object.keys(set).length === 0) return body;
  return `---\n${stringify(set, { lineWidth: 0 })}---\n\n${body}`;
}

function formatMb(bytes: number): string {
  return `${(bytes / BYTES_PER_MB).toFixed(1)} MB`;
}
