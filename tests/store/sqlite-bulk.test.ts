/**
 * The SQLite store's bulk load (`npm run bench:store -- --batch N`): the synthetic corpus drawn article by article is
 * the one `bench:map` serves, and many articles written in one transaction leave the store one-a-transaction leaves.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_SYNTH_OPTIONS, synthesizeBundles, synthesizeEvents } from '@/lib/cli/synth-events';
import { splitCollection } from '@/lib/store/bundle';
import { openSqliteStore } from '@/lib/store/sqlite/index';
import { openDatabase } from '@/lib/store/sqlite/open';
import { createWriter } from '@/lib/store/sqlite/write';
import { NO_FILTER } from '@/lib/store/types';

const SMALL = { ...DEFAULT_SYNTH_OPTIONS, count: 1500 };
const dir = mkdtempSync(path.join(tmpdir(), 'store-bulk-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('bulk load', () => {
  it('draws the same synthetic articles one at a time as the whole collection cut by article', () => {
    const streamed = [...synthesizeBundles(SMALL)];
    expect(streamed).toEqual(splitCollection(synthesizeEvents(SMALL)));
    expect(streamed.reduce((n, b) => n + b.events.length, 0)).toBe(SMALL.count);
  });

  it('writes in batches what one article a transaction writes: the same events, list, facets and search', () => {
    const bundles = [...synthesizeBundles(SMALL)];
    const oneFile = path.join(dir, 'one.sqlite');
    const one = openSqliteStore(oneFile);
    for (const bundle of bundles) one.upsertArticle(bundle);
    const batchedFile = path.join(dir, 'batched.sqlite');
    const db = openDatabase(batchedFile);
    const writer = createWriter(db);
    for (let start = 0; start < bundles.length; start += 7) writer.upsertMany(bundles.slice(start, start + 7));
    db.close();
    const batched = openSqliteStore(batchedFile, { mustExist: true });
    expect(batched.counts()).toEqual(one.counts());
    expect(batched.listPage(NO_FILTER, 0, 200)).toEqual(one.listPage(NO_FILTER, 0, 200));
    expect(batched.facets({ ...NO_FILTER, q: 'clashed' })).toEqual(one.facets({ ...NO_FILTER, q: 'clashed' }));
    expect(batched.exportCollection(NO_FILTER)).toEqual(one.exportCollection(NO_FILTER));
    one.close();
    batched.close();
  });

  it('writes none of a batch in which one article fails, and keeps the store open for the next', () => {
    const bundles = [...synthesizeBundles({ ...SMALL, count: 200 })];
    const db = openDatabase(path.join(dir, 'failed.sqlite'));
    const writer = createWriter(db);
    const broken = { ...bundles[1]!, places: [] }; // its events point at places it does not carry
    expect(() => writer.upsertMany([bundles[0]!, broken, bundles[2]!])).toThrow(/Unexpected event place/);
    expect(db.prepare('SELECT count(*) AS n FROM articles').get()).toEqual({ n: 0 });
    writer.upsertMany([bundles[0]!, bundles[2]!]);
    expect(db.prepare('SELECT count(*) AS n FROM articles').get()).toEqual({ n: 2 });
    db.close();
  });
});
