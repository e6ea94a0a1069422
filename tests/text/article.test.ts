import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ArticleError, parseArticle, parseArticleKeepingText } from '@/lib/text/article';

describe('parseArticle', () => {
  it('reads title, date and source from YAML front matter and starts the body after it', () => {
    const text = '---\ntitle: Raqqa falls\ndate: 2017-10-17\nsource: https://example.org/a\n---\n\nFighters took Raqqa.\n';
    const article = parseArticle('a', text);
    expect(article).toMatchObject({ id: 'a', title: 'Raqqa falls', date: '2017-10-17', source: 'https://example.org/a' });
    expect(text.slice(article.bodyStart)).toBe('Fighters took Raqqa.\n');
    expect(article.text).toBe(text);
  });

  it('takes a short first line followed by a blank line as the title when there is no front matter', () => {
    const seed = readFileSync(new URL('../../seeds/raqqa-2017.txt', import.meta.url), 'utf8');
    const article = parseArticle('raqqa-2017', seed);
    expect(article.title).toBe('US-backed fighters seize infamous Raqqa roundabout from ISIS');
    expect(article.titleStart).toBe(0);
    expect(seed.slice(article.bodyStart).startsWith('Ajustar Comentario Impresión')).toBe(true);
    expect(article.date).toBeNull();
  });

  it('takes no title from a one-line lead paragraph that ends like a sentence', () => {
    const article = parseArticle('a', 'Iraqi forces said on Thursday that they had retaken Tal Afar.\n\nThe army said the town was clear.\n');
    expect(article.title).toBeNull();
    expect(parseArticle('b', 'Raqqa falls...\n\nFighters took the city.\n').title).toBe('Raqqa falls...');
  });

  it('has no title when the first paragraph runs on without a blank line', () => {
    const article = parseArticle('b', 'Fighters took Raqqa on Tuesday.\nThe city fell.');
    expect(article.title).toBeNull();
    expect(article.bodyStart).toBe(0);
  });

  it('rejects an impossible date with a one-line ArticleError', () => {
    const parse = () => parseArticle('c', '---\ntitle: x\ndate: 2017-02-30\n---\nbody');
    expect(parse).toThrow(ArticleError);
    expect(parse).toThrow(/date does not exist: 2017-02-30/);
  });

  it('rejects unclosed brackets in front matter', () => {
    expect(() => parseArticle('d', '---\ntitle: [Raqqa\n---\nbody')).toThrow(/front matter is not valid YAML/);
  });

  it('rejects front matter without a closing fence', () => {
    expect(() => parseArticle('e', '---\ntitle: Raqqa\nbody')).toThrow(/no closing --- line/);
  });

  it('rejects a date that is not YYYY-MM-DD', () => {
    expect(() => parseArticle('f', '---\ndate: 17 October 2017\n---\nbody')).toThrow(/not YYYY-MM-DD/);
  });

  it('keeps error messages on one line', () => {
    try {
      parseArticle('g', '---\ntitle: [Raqqa\n---\nbody');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ArticleError);
      expect((error as Error).message).not.toContain('\n');
    }
  });
});

describe('parseArticleKeepingText', () => {
  it('keeps the good fields of broken front matter and names the ignored one', () => {
    const { article, warning } = parseArticleKeepingText('a', '---\ntitle: Raqqa falls\ndate: 17 October 2017\n---\nRaqqa fell.');
    expect(article).toMatchObject({ title: 'Raqqa falls', date: null });
    expect(article.text.slice(article.bodyStart)).toBe('Raqqa fell.');
    expect(warning).toMatch(/^ignored front matter fields: date \(date is not YYYY-MM-DD: "17 October 2017"\); kept the text$/);
  });

  it('ignores every field of front matter that is not YAML, but keeps the body after it', () => {
    const { article, warning } = parseArticleKeepingText('b', '---\ntitle: [Raqqa\n---\nRaqqa fell.');
    expect(article.title).toBeNull();
    expect(article.text.slice(article.bodyStart)).toBe('Raqqa fell.');
    expect(warning).toMatch(/front matter is not valid YAML .*ignored fields: all of them/);
    expect(warning).not.toContain('\n');
  });

  it('reads a file whose front matter never closes as text', () => {
    const { article, warning } = parseArticleKeepingText('c', '---\ntitle: Raqqa\nRaqqa fell.');
    expect(article.bodyStart).toBe(0);
    expect(warning).toMatch(/no closing --- line; read the whole file as text/);
  });

  it('gives no warning for good front matter', () => {
    expect(parseArticleKeepingText('d', '---\ntitle: x\n---\nbody').warning).toBeNull();
  });
});
