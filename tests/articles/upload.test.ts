import { describe, expect, it } from 'vitest';
import { MAX_ARTICLE_BYTES } from '@/lib/fs/read-article-file';
import { htmlToText } from '@/lib/articles/html';
import { newArticleId } from '@/lib/articles/ids';
import { checkUpload } from '@/lib/articles/upload';

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('checking an upload with the CLI’s rules', () => {
  it('turns pasted text with title, date and source into an article with front matter', () => {
    const checked = checkUpload(
      { name: null, bytes: encode('Fighters seized Raqqa on Tuesday.'), title: 'Raqqa: "falls"', date: '2017-10-17', source: 'https://example.org/a' },
      'raqqa',
    );
    expect(checked.ok).toBe(true);
    if (!checked.ok) return;
    expect(checked.article).toMatchObject({ id: 'raqqa', title: 'Raqqa: "falls"', date: '2017-10-17', source: 'https://example.org/a' });
    expect(checked.text.slice(checked.article.bodyStart)).toBe('Fighters seized Raqqa on Tuesday.');
  });

  it.each([
    ['empty text', { name: 'a.txt', bytes: encode('') }, /^empty file/],
    ['whitespace only', { name: 'a.txt', bytes: encode(' \n\t ') }, /only whitespace/],
    ['binary', { name: 'a.txt', bytes: new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x01]) }, /binary file/],
    ['invalid UTF-8', { name: 'a.txt', bytes: new Uint8Array([0x41, 0xff, 0x42]) }, /invalid UTF-8 at byte 1/],
    ['over 2 MB', { name: 'a.txt', bytes: new Uint8Array(0), declaredSize: MAX_ARTICLE_BYTES + 1 }, /too large: 2\.0 MB/],
    ['broken front matter', { name: 'a.md', bytes: encode('---\ntitle: [unclosed\n---\nText.') }, /front matter is not valid YAML/],
    ['unclosed front matter', { name: 'a.md', bytes: encode('---\ntitle: x\nText.') }, /no closing ---/],
    ['a date that does not exist', { name: null, bytes: encode('Text.'), date: '2017-02-30' }, /date does not exist/],
    ['another file type', { name: 'a.exe', bytes: encode('MZ') }, /not a \.txt, \.md or \.html file/],
  ])('refuses %s with a clear reason', (_label, input, reason) => {
    const checked = checkUpload(input, 'a');
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect(checked.reason).toMatch(reason);
  });

  it('refuses title fields next to the text’s own front matter instead of guessing', () => {
    const checked = checkUpload({ name: null, bytes: encode('---\ntitle: a\n---\nText.'), title: 'b' }, 'a');
    expect(checked).toMatchObject({ ok: false, reason: expect.stringMatching(/its own front matter/) });
  });
});

describe('HTML to readable text', () => {
  it('keeps the article’s paragraphs and drops scripts, styles, handlers and navigation', () => {
    const html = `<html><head><title>Raqqa falls</title><meta property="article:published_time" content="2017-10-17T10:00:00Z">
      <script>window.pwned = 1</script><style>p{}</style></head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
      <article><h1>Raqqa falls</h1><p>US-backed fighters seized the stadium in Raqqa on Tuesday, the last stronghold of the group in the city.</p>
      <p><img src=x onerror="alert(1)">Civilians fled toward Ain Issa as the fighting ended after four months of battle in the city.</p></article>
      <footer>© News</footer></body></html>`;
    const readable = htmlToText(html);
    expect(readable?.title).toBe('Raqqa falls');
    expect(readable?.date).toBe('2017-10-17');
    expect(readable?.text).toContain('US-backed fighters seized the stadium in Raqqa on Tuesday');
    expect(readable?.text).toContain('\n\nCivilians fled toward Ain Issa');
    expect(readable?.text).not.toMatch(/pwned|onerror|alert|<img|p\{\}/);
  });

  it('has no text to give for a page without any', () => {
    expect(htmlToText('<html><body><script>alert(1)</script></body></html>')).toBeNull();
  });

  it('reads an .html upload as its text, with its title as front matter', () => {
    const checked = checkUpload({ name: 'page.html', bytes: encode('<p>Shelling hit Aleppo on Monday, residents said.</p>') }, 'page');
    expect(checked).toMatchObject({ ok: true, text: 'Shelling hit Aleppo on Monday, residents said.' });
  });
});

describe('ids for added articles', () => {
  it('slugs the file name and never reuses an id', () => {
    expect(newArticleId('Raqqa Falls.html', new Set())).toBe('raqqa-falls');
    expect(newArticleId('Raqqa Falls.html', new Set(['raqqa-falls', 'raqqa-falls-2']))).toBe('raqqa-falls-3');
    expect(newArticleId('../../etc/passwd', new Set())).toBe('etc-passwd');
    expect(newArticleId(null, new Set(), new Date('2026-12-06T00:00:00Z'))).toBe('pasted-2026-12-06');
  });
});

describe('the pipeline thread', () => {
  it('looks for the ingest bundle where lib/pipeline/bundle.ts writes it', async () => {
    const { INGEST_BUNDLE_PATH } = await import('@/lib/pipeline/bundle');
    const source = (await import('node:fs')).readFileSync(new URL('../../lib/articles/pipeline-runner.ts', import.meta.url), 'utf8');
    expect(source).toContain(`const INGEST_BUNDLE_PATH = '${INGEST_BUNDLE_PATH}';`);
  });
});
