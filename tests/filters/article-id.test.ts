import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { articlePath, isArticleId } from '@/lib/explorer-data/article-id';
import { readArticleText } from '@/lib/explorer-data/article-text';

describe('article ids of the explorer', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'article-id-'));
  const corpus = path.join(root, 'corpus');
  mkdirSync(path.join(corpus, '2017', 'october'), { recursive: true });
  writeFileSync(path.join(corpus, '2017', 'october', 'raqqa falls.txt'), 'Raqqa fell on Tuesday.');
  writeFileSync(path.join(root, 'secret.txt'), 'outside the corpus');
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('reads an article ingested from a subfolder by its path-like id', async () => {
    expect(isArticleId('2017/october/raqqa falls')).toBe(true);
    expect(await readArticleText('2017/october/raqqa falls', [corpus])).toBe('Raqqa fell on Tuesday.');
  });

  it('refuses ids that climb out of the folder, name hidden files or carry separators of another system', async () => {
    for (const id of ['../secret', '2017/../../secret', '/etc/passwd', '.env', '2017/.hidden', 'a\\..\\b', 'a//b', '', 'a\u0000b']) {
      expect(isArticleId(id), JSON.stringify(id)).toBe(false);
      expect(await readArticleText(id, [corpus]), JSON.stringify(id)).toBeNull();
    }
  });

  it('builds the article URL with each folder as its own path segment', () => {
    expect(articlePath('2017/october/raqqa falls')).toBe('/api/articles/2017/october/raqqa%20falls');
    expect(articlePath('raqqa-2017')).toBe('/api/articles/raqqa-2017');
    expect(articlePath('a?b#c')).toBe('/api/articles/a%3Fb%23c');
  });
});
