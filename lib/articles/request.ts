/**
 * The body of POST /api/articles → uploads. Either multipart form data (fields `text`, `title`, `date`, `source`;
 * any number of `files`) or JSON `{ text, title?, date?, source? }`. The request's size is checked before the body is
 * read: at most 50 files of 2 MB and a little room for the form's own bytes.
 */
import { z } from 'zod';
import { MAX_ARTICLE_BYTES } from '../fs/read-article-file';
import { MAX_FILES_PER_REQUEST, type UploadInput } from './upload';

const FORM_OVERHEAD_BYTES = 64 * 1024; // multipart boundaries and the small fields
/** Largest request body read, in bytes. */
export const MAX_REQUEST_BYTES = MAX_FILES_PER_REQUEST * MAX_ARTICLE_BYTES + FORM_OVERHEAD_BYTES;

export type ParsedUploads = { ok: true; uploads: UploadInput[] } | { ok: false; status: 400 | 411 | 413 | 415; error: string };

const jsonBody = z.object({
  text: z.string(),
  title: z.string().nullish(),
  date: z.string().nullish(),
  source: z.string().nullish(),
});

/**
 * Reads the uploads of a POST; never throws for a bad body.
 * @example const parsed = await readUploads(request); if (parsed.ok) await queue.submit(parsed.uploads)
 */
export async function readUploads(request: Request): Promise<ParsedUploads> {
  const length = Number(request.headers.get('content-length') ?? 'NaN');
  // Bodies are read whole (formData), so their size must be known first; browsers always send it.
  if (!Number.isFinite(length)) return { ok: false, status: 411, error: 'The request must say its Content-Length.' };
  if (length > MAX_REQUEST_BYTES) {
    return { ok: false, status: 413, error: `The request is over ${MAX_REQUEST_BYTES} bytes: send at most ${MAX_FILES_PER_REQUEST} files of 2 MB.` };
  }
  const type = request.headers.get('content-type') ?? '';
  try {
    if (type.startsWith('application/json')) return fromJson(await request.text());
    if (type.startsWith('multipart/form-data')) return fromForm(await request.formData());
  } catch {
    return { ok: false, status: 400, error: 'The request body could not be read.' };
  }
  return { ok: false, status: 415, error: 'Send multipart/form-data or application/json.' };
}

function fromJson(body: string): ParsedUploads {
  if (body.length > MAX_ARTICLE_BYTES + FORM_OVERHEAD_BYTES) return { ok: false, status: 413, error: 'The article is over the 2 MB limit.' };
  const parsed = jsonBody.safeParse(safeJson(body));
  if (!parsed.success) return { ok: false, status: 400, error: 'Expected JSON { text, title?, date?, source? }.' };
  const { text, title, date, source } = parsed.data;
  return { ok: true, uploads: [{ name: null, bytes: new TextEncoder().encode(text), title, date, source }] };
}

async function fromForm(form: FormData): Promise<ParsedUploads> {
  const files = form.getAll('files').filter((value): value is File => typeof value !== 'string');
  if (files.length > MAX_FILES_PER_REQUEST) {
    return { ok: false, status: 413, error: `${files.length} files: send at most ${MAX_FILES_PER_REQUEST} at a time.` };
  }
  const uploads: UploadInput[] = [];
  const text = form.get('text');
  if (typeof text === 'string' && text.trim() !== '') {
    const read = (key: string): string | null => {
      const value = form.get(key);
      return typeof value === 'string' ? value : null;
    };
    uploads.push({ name: null, bytes: new TextEncoder().encode(text), title: read('title'), date: read('date'), source: read('source') });
  }
  for (const file of files) {
    // An oversized file is not copied: the upload check refuses it by its size.
    if (file.size > MAX_ARTICLE_BYTES) uploads.push({ name: file.name, bytes: new Uint8Array(0), declaredSize: file.size });
    else uploads.push({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
  }
  if (uploads.length === 0) return { ok: false, status: 400, error: 'Nothing to add: paste a text or choose files.' };
  return { ok: true, uploads };
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
