import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readIngestedArticle } from '@/lib/explorer-data/article-text';
import { toCompact, toMapData } from '@/lib/explorer-data/compact';
import { loadEventsFile } from '@/lib/explorer-data/load';

const TEXT = 'Iraqi forces retook Tal Afar on Thursday.\n\nEngineers cleared the road to Mosul.';
const SENTENCE = { text: 'Iraqi forces retook Tal Afar on Thursday.', start: 0, end: 41 };

describe('article text from the file ingest recorded', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'ingested-'));
  mkdirSync(path.join(root, 'corpus', '2017'), { recursive: true });
  mkdirSync(path.join(root, 'out'));
  writeFileSync(path.join(root, 'corpus', '2017', 'tal-afar.txt'), TEXT);
  writeFileSync(path.join(root, 'secret.txt'), 'nothing to do with any article');
  writeFileSync(path.join(root, 'corpus', 'notes.json'), TEXT);
  const eventsPath = path.join(root, 'out', 'events.geojson');
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('reads the article from its path relative to the events file', async () => {
    expect(await readIngestedArticle({ file: '../corpus/2017/tal-afar.txt', sentence: SENTENCE }, eventsPath)).toBe(TEXT);
  });

  it('refuses a file that does not hold the article’s sentence at its offsets (a doctored events file)', async () => {
    expect(await readIngestedArticle({ file: '../secret.txt', sentence: SENTENCE }, eventsPath)).toBeNull();
    expect(await readIngestedArticle({ file: '../corpus/2017/tal-afar.txt', sentence: { ...SENTENCE, start: 1, end: 42 } }, eventsPath)).toBeNull();
  });

  it('refuses files that are not articles and files that are gone', async () => {
    expect(await readIngestedArticle({ file: '../corpus/notes.json', sentence: SENTENCE }, eventsPath)).toBeNull();
    expect(await readIngestedArticle({ file: '../corpus/gone.txt', sentence: SENTENCE }, eventsPath)).toBeNull();
  });

  it('keeps the recorded paths on the server: the page’s data carries none', async () => {
    const loaded = await loadEventsFile('tests/fixtures/explorer/events.geojson');
    if (!loaded.ok) throw new Error(loaded.message);
    const data = { ...loaded.data, articles: loaded.data.articles.map((a) => ({ ...a, file: `../corpus/${a.id}.txt` })) };
    expect(JSON.stringify(toCompact(data))).not.toContain('../corpus/');
    expect(JSON.stringify(toMapData(data))).not.toContain('../corpus/');
  });
});
