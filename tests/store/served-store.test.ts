/** The store the server answers from (lib/store/server.ts): the SQLite file named by STORE_PATH, through the async interface. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { splitCollection } from '@/lib/store/bundle';
import { getServedStore } from '@/lib/store/server';
import { openSqliteStore } from '@/lib/store/sqlite/index';
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
