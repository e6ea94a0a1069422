/**
 * HTML article → plain text: Mozilla's Readability (Firefox's reader view) finds the article in the page, linkedom
 * gives it a DOM on the server. Nothing of the page is ever rendered or run: scripts, styles and attributes are
 * dropped, only the text of the article's blocks is kept, one paragraph per block.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';

/** Elements whose text becomes one paragraph of the article. */
const BLOCK_SELECTOR = 'p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, td, figcaption';
/** Readability gives up on pages with fewer characters than this in their best candidate; short notes count too. */
const CHAR_THRESHOLD = 100; // characters

export interface ReadableHtml {
  title: string | null;
  /** the article's paragraphs separated by blank lines */
  text: string;
  /** the page's publication time as YYYY-MM-DD, when its metadata has one */
  date: string | null;
}

/**
 * The readable text of an HTML page, or null when the page holds no article text.
 * @example htmlToText('<html><body><article><p>Fighting in Raqqa.</p></article></body></html>')?.text // 'Fighting in Raqqa.'
 */
export function htmlToText(html: string): ReadableHtml | null {
  const { document } = parseHTML(asDocument(html));
  const parsed = new Readability<Element>(document as unknown as Document, {
    charThreshold: CHAR_THRESHOLD,
    serializer: (node) => node as Element,
  }).parse();
  const content = parsed?.content;
  const paragraphs = content ? blockTexts(content) : [];
  // A page Readability cannot score (a bare fragment) still has text: fall back to the body's blocks. Readability
  // changed the document it read, so the fallback reads a fresh copy without its scripts and styles.
  const fallback = paragraphs.length > 0 ? paragraphs : bodyTexts(html);
  if (fallback.length === 0) return null;
  const title = clean(parsed?.title ?? '') || null;
  return { title, text: fallback.join('\n\n'), date: isoDay(parsed?.publishedTime ?? null) };
}

function bodyTexts(html: string): string[] {
  const { document } = parseHTML(asDocument(html));
  for (const node of [...document.querySelectorAll('script, style, noscript, template, nav, header, footer')]) node.remove();
  const body = document.body as unknown as Element | null;
  if (body === null) return [];
  const blocks = blockTexts(body);
  if (blocks.length > 0) return blocks;
  const all = clean(body.textContent ?? '');
  return all === '' ? [] : [all];
}

/** linkedom builds no body for a bare fragment; give it one. */
function asDocument(html: string): string {
  return /<(html|body)[\s>]/i.test(html) ? html : `<!doctype html><html><head></head><body>${html}</body></html>`;
}

/** Texts of the outermost block elements under `root`, in document order; nested blocks are not counted twice. */
function blockTexts(root: Element): string[] {
  const blocks = [...root.querySelectorAll(BLOCK_SELECTOR)];
  const outer = blocks.filter((block) => !blocks.some((other) => other !== block && other.contains(block)));
  return outer.map((block) => clean(block.textContent ?? '')).filter((text) => text !== '');
}

function clean(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function isoDay(value: string | null): string | null {
  const match = value === null ? null : /^(\d{4}-\d{2}-\d{2})/.exec(value.trim());
  return match?.[1] ?? null;
}
