/**
 * The SQLite store's bulk load (`npm run bench:store -- --batch N`): the synthetic corpus drawn article by article is
 * the one `bench:map` serves, many articles written in one transaction leave the store one-a-transaction leaves,
 * and a process killed inside a batch's transaction leaves the store as it was before that batch.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_SYNTH_OPTIONS, synthesizeBundles, synthesizeEvents } from '@/lib/cli/synth-events';
import { splitCollection } from '@/lib/store/bundle';
import { openSqliteStore } from '@/lib/store/sqlite/index';
import { openDatabase } from '@/lib/store/sqlite/open';
import { createWriter } from '@/lib/store/sqlite/write';
import { NO_FILTER } from '@/lib/store/types';
import Database from 'better-sqlite3';
import { ROOT } from '../ingest/cli-helpers';

const SMALL = { ...DEFAULT_SYNTH_OPTIONS, count: 1500 };
const KILL_WAIT_MS = 60_000; // the child's start (tsx) and its batch, on a loaded machine
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

  it('leaves the store as it was before a batch when the process is killed inside that batch', async () => {
    const file = path.join(dir, 'killed.sqlite');
    const bundles = [...synthesizeBundles(SMALL)];
    const before = openSqliteStore(file);
    before.upsertArticles(bundles.slice(0, 5));
    const stored = JSON.stringify(before.exportCollection({ ...NO_FILTER, background: true }));
    before.close();
    const inside = path.join(dir, 'killed.inside');
    const script = path.join(dir, 'killed.ts');
    // the 11th article's events are read once ten articles of the batch are written, inside the transaction: it
    // says so, then stalls there until killed
    writeFileSync(
      script,
      `import { writeFileSync } from 'node:fs';
import { synthesizeBundles } from ${JSON.stringify(path.join(ROOT, 'lib/cli/synth-events.ts'))};
import { openSqliteStore } from ${JSON.stringify(path.join(ROOT, 'lib/store/sqlite/index.ts'))};
const bundles = [...synthesizeBundles(${JSON.stringify(SMALL)})].slice(5);
const stall = bundles[10];
const stalled = { ...stall, get events() {
  writeFileSync(${JSON.stringify(inside)}, 'inside');
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0);
  return stall.events;
} };
openSqliteStore(${JSON.stringify(file)}).upsertArticles([...bundles.slice(0, 10), stalled, ...bundles.slice(11)]);
`,
    );
    const child = spawn(process.execPath, ['--import', 'tsx', script], { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
    const deadline = Date.now() + KILL_WAIT_MS;
    while (!existsSync(inside) && child.exitCode === null && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
    expect(existsSync(inside), stderr).toBe(true);
    child.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');
    const check = new Database(file, { readonly: true });
    expect(check.pragma('integrity_check', { simple: true })).toBe('ok');
    check.close();
    const after = openSqliteStore(file);
    expect(after.counts().articles).toBe(5);
    expect(JSON.stringify(after.exportCollection({ ...NO_FILTER, background: true }))).toBe(stored);
    after.upsertArticles(bundles.slice(5, 20));
    expect(after.counts().articles).toBe(20);
    after.close();
  }, KILL_WAIT_MS * 2);
});
