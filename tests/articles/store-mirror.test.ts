import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fileCorpus } from '@/lib/articles/corpus';
import { mirroredCorpus } from '@/lib/articles/store-mirror';
import { fixtureGazetteer } from '@/lib/gazetteer/fixture';
import { processArticle } from '@/lib/pipeline/index';
import { openSqliteStore } from '@/lib/store/sqlite/index';
import { asyncStore } from '@/lib/store/types';
import { parseArticle } from '@/lib/text/article';

const SEED = readFileSync(path.resolve(import.meta.dirname, '..', '..', 'seeds', 'raqqa-2017.txt'), 'utf8');
const dir = mkdtempSync(path.join(tmpdir(), 'store-mirror-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('an article added from the browser reaches the event store', () => {
  const store = openSqliteStore(path.join(dir, 'store.sqlite'));
  const corpus = mirroredCorpus(fileCorpus(path.join(dir, 'events.geojson')), async () => asyncStore(store), (id) => `articles/${id}.txt`);
  const result = processArticle(parseArticle('raqqa-2017', SEED), fixtureGazetteer());

  it('writes the article into the store beside the events file, and its events are searchable', async () => {
    const summary = await corpus.upsertArticle(SEED, result);
    expect(summary.events).toBeGreaterThan(0);
    expect(store.counts().articles).toBe(1);
    expect(store.counts().events).toBe(summary.events);
    expect(store.search('Raqqa', 5).length).toBeGreaterThan(0);
  });

  it('takes it out of both when removed', async () => {
    expect(await corpus.removeArticle('raqqa-2017')).toBe(true);
    expect(store.counts()).toMatchObject({ articles: 0, events: 0 });
  });

  it('keeps working with no store to follow', async () => {
    const alone = mirroredCorpus(fileCorpus(path.join(dir, 'other.geojson')), async () => null, (id) => `articles/${id}.txt`);
    expect((await alone.upsertArticle(SEED, result)).events).toBeGreaterThan(0);
  });
});
