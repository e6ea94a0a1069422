/**
 * The ingest's batched writes to the store (lib/pipeline/store-batch.ts), against a real SQLite store: a full batch
 * is one call, a lone article still lands after the time bound, and a failing batch is written again article by
 * article so the good ones land and the bad one is named.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_SYNTH_OPTIONS, synthesizeBundles } from '@/lib/cli/synth-events';
import { createStoreBatcher, type StoreItem } from '@/lib/pipeline/store-batch';
import { createWriteQueue } from '@/lib/pipeline/write-queue';
import { openSqliteStore } from '@/lib/store/sqlite/index';
import { asyncStore, type ArticleBundle, type AsyncEventStore, type EventStore } from '@/lib/store/types';

const dir = mkdtempSync(path.join(tmpdir(), 'store-batch-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const opened: EventStore[] = [];
afterEach(() => {
  for (const store of opened.splice(0)) store.close();
});

const ARTICLES = [...synthesizeBundles({ ...DEFAULT_SYNTH_OPTIONS, count: 400 })];
const items = (bundles: readonly ArticleBundle[]): StoreItem[] => bundles.map((b) => ({ file: `${b.article.id}.txt`, bundles: [b] }));

/** A new SQLite store seen as the ingest sees it, with the size of every `upsertArticles` call it was given. */
function storeWithCalls(name: string): { store: EventStore; seen: AsyncEventStore; calls: number[] } {
  const store = openSqliteStore(path.join(dir, `${name}.sqlite`));
  opened.push(store);
  const calls: number[] = [];
  const wrapped = asyncStore(store);
  const seen: AsyncEventStore = {
    ...wrapped,
    upsertArticles: (bundles) => {
      calls.push(bundles.length);
      return wrapped.upsertArticles(bundles);
    },
  };
  return { store, seen, calls };
}

function sinks() {
  const written: string[] = [];
  const failed: string[] = [];
  return { written, failed, sinks: { written: (i: StoreItem) => void written.push(i.file), failed: (i: StoreItem, e: unknown) => void failed.push(`${i.file}: ${String(e)}`) } };
}

describe('the ingest writes finished articles to the store in batches', () => {
  it('writes a full batch in one call and what is left at the end in another', async () => {
    const { store, seen, calls } = storeWithCalls('full');
    const log = sinks();
    const batcher = createStoreBatcher(seen, createWriteQueue(1), { maxArticles: 8, maxWaitMs: 60_000 }, log.sinks);
    const articles = ARTICLES.slice(0, 19);
    for (const item of items(articles)) batcher.add(item);
    await batcher.idle();
    expect(calls).toEqual([8, 8]);
    expect(store.counts().articles).toBe(16);
    await batcher.finish();
    expect(calls).toEqual([8, 8, 3]);
    expect(store.counts().articles).toBe(19);
    expect(log.written).toEqual(articles.map((a) => `${a.article.id}.txt`));
    expect(log.failed).toEqual([]);
  });

  it('writes a lone article once it has waited the time bound, with no other article coming', async () => {
    const { store, seen } = storeWithCalls('slow');
    const batcher = createStoreBatcher(seen, createWriteQueue(1), { maxArticles: 64, maxWaitMs: 30 }, sinks().sinks);
    for (const item of items(ARTICLES.slice(0, 1))) batcher.add(item);
    expect(store.counts().articles).toBe(0);
    const deadline = Date.now() + 5_000;
    while (store.counts().articles === 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 10));
    expect(store.counts().articles).toBe(1);
    await batcher.finish();
  });

  it('writes the good articles of a failing batch one by one and names the file that failed', async () => {
    const { store, seen, calls } = storeWithCalls('failing');
    const log = sinks();
    const batcher = createStoreBatcher(seen, createWriteQueue(1), { maxArticles: 5, maxWaitMs: 60_000 }, log.sinks);
    const [a, b, c, d, e] = ARTICLES.slice(0, 5) as [ArticleBundle, ArticleBundle, ArticleBundle, ArticleBundle, ArticleBundle];
    const [first, ...rest] = c.events;
    if (first === undefined) throw new Error('no event');
    const broken = { ...c, events: [{ ...first, properties: { ...first.properties, placeId: 'place:nowhere' } }, ...rest] };
    for (const item of items([a, b, broken, d, e])) batcher.add(item);
    await batcher.finish();
    expect(calls).toEqual([5, 1, 1, 1, 1, 1]);
    expect(log.failed).toEqual([expect.stringMatching(new RegExp(`^${c.article.id}\\.txt: .*place:nowhere`))]);
    expect(log.written).toEqual([a, b, d, e].map((x) => `${x.article.id}.txt`));
    expect(store.counts().articles).toBe(4);
    expect(store.article(c.article.id)).toBeNull();
  });
});
