/**
 * The store the server answers from (lib/store/server.ts): the SQLite file named by STORE_PATH, through the async
 * interface, its reads on a pool of threads (lib/store/worker-pool.ts).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { splitCollection } from '@/lib/store/bundle';
import { getServedStore } from '@/lib/store/server';
import { openSqliteStore } from '@/lib/store/sqlite/index';
import { NO_FILTER, type ArticleBundle, type Bounds } from '@/lib/store/types';
import { abortable, isAbortError, readerPool, readersReady } from '@/lib/store/worker-pool';
import { DEFAULT_SYNTH_OPTIONS, synthesizeEvents } from '@/lib/cli/synth-events';
import { storeCorpus } from './fixture';

const dir = mkdtempSync(path.join(tmpdir(), 'served-store-'));
const saved = { STORE_PATH: process.env.STORE_PATH, DATABASE_URL: process.env.DATABASE_URL };
afterAll(async () => {
  const served = await getServedStore();
  if (served.ok) await served.store.close();
  Object.assign(process.env, saved);
  for (const [key, value] of Object.entries(saved)) if (value === undefined) delete process.env[key];
  rmSync(dir, { recursive: true, force: true });
});

describe('the served store', () => {
  it('says in one line why a missing store cannot be served, then serves it once written, opened once', async () => {
    delete process.env.DATABASE_URL;
    process.env.STORE_PATH = path.join(dir, 'store.sqlite');
    const missing = await getServedStore();
    expect(missing).toEqual({ ok: false, reason: expect.stringContaining('cannot open the event store') });
    const writer = openSqliteStore(process.env.STORE_PATH);
    for (const bundle of splitCollection(storeCorpus())) writer.upsertArticle(bundle);
    writer.close();
    const served = await getServedStore();
    if (!served.ok) throw new Error(served.reason);
    expect(await served.store.counts()).toMatchObject({ articles: 2, events: 16 });
    const again = await getServedStore();
    expect(again.ok && again.store).toBe(served.store); // opened once per path, not once per request
  });
});

describe('the reader pool', () => {
  const SLOW_EVENTS = 8_000; // enough that exporting them all takes far longer than one town's markers
  const TOWN: Bounds = [36.1, 36.1, 36.3, 36.3]; // degrees: a small view, markers
  /** A new store of SLOW_EVENTS synthetic events served by a pool of two threads, both up. */
  const synthPool = async (name: string) => {
    const file = path.join(dir, name);
    const writer = openSqliteStore(file);
    for (const bundle of splitCollection(synthesizeEvents({ ...DEFAULT_SYNTH_OPTIONS, count: SLOW_EVENTS }))) writer.upsertArticle(bundle);
    const store = readerPool(file, writer, { size: 2 });
    expect(await readersReady(store)).toBe(2);
    return store;
  };

  it('answers the map while slow reads run on another thread, and sees what the main connection writes', async () => {
    const store = await synthPool('pool.sqlite');
    try {
      const order: string[] = [];
      const slow = [1, 2, 3].map((i) => store.exportCollection(NO_FILTER).then(() => order.push(`export ${i}`)));
      const fast = store.view(TOWN, 12, NO_FILTER).then(() => order.push('view'));
      await Promise.all([...slow, fast]);
      expect(order[0]).toBe('view');
      const before = (await store.counts()).articles;
      await store.upsertArticle(splitCollection(storeCorpus())[0] as ArticleBundle);
      expect((await store.counts()).articles).toBe(before + 1);
    } finally {
      await store.close();
    }
  });

  it('holds a slow read back while a fast one runs, so the map and the list have the cores', async () => {
    const store = await synthPool('hold.sqlite');
    try {
      const order: string[] = [];
      // a list page deep in a text search's hits (a fast read, tens of ms) and the actor list (a slow read, < 1 ms)
      const list = store.listPage({ ...NO_FILTER, q: 'clashed' }, SLOW_EVENTS / 4, 500).then(() => order.push('list'));
      const actors = store.actors().then(() => order.push('actors'));
      await Promise.all([list, actors]);
      expect(order).toEqual(['list', 'actors']);
    } finally {
      await store.close();
    }
  });

  it('drops a read whose client gave up before a thread took it', async () => {
    const file = path.join(dir, 'abort.sqlite');
    const writer = openSqliteStore(file);
    for (const bundle of splitCollection(storeCorpus())) writer.upsertArticle(bundle);
    const store = readerPool(file, writer, { size: 2 });
    try {
      await readersReady(store);
      await expect(abortable(store, AbortSignal.abort()).counts()).rejects.toSatisfy(isAbortError);
      expect(await abortable(store, new AbortController().signal).counts()).toMatchObject({ articles: 2 });
    } finally {
      await store.close();
    }
  });
});
