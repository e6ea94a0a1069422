/** The SQLite engine: the store contract on real files in temp folders, then what only a file-backed store has. */
import { mkdtempSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { splitCollection } from '@/lib/store/bundle';
import { openSqliteStore } from '@/lib/store/sqlite/index';
import { openDatabase } from '@/lib/store/sqlite/open';
import { SCHEMA_VERSION } from '@/lib/store/sqlite/schema';
import { NO_FILTER, StoreOpenError, asyncStore } from '@/lib/store/types';
import { runStoreContract } from './contract';
import { storeCorpus } from './fixture';

const dir = mkdtempSync(path.join(tmpdir(), 'store-sqlite-'));
let n = 0;
const freshPath = (): string => path.join(dir, `store-${n++}.sqlite`);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

runStoreContract('SQLite (better-sqlite3)', () => asyncStore(openSqliteStore(freshPath())));

describe('SQLite store file', () => {
  it('keeps what was written after it is closed and opened again', () => {
    const file = freshPath();
    const store = openSqliteStore(file);
    for (const bundle of splitCollection(storeCorpus())) store.upsertArticle(bundle);
    store.close();
    const again = openSqliteStore(file, { mustExist: true });
    expect(again.counts().events).toBe(16);
    expect(JSON.stringify(again.exportCollection({ ...NO_FILTER, background: true }))).toBe(JSON.stringify(storeCorpus()));
    again.close();
  });

  it('migrates a store written at schema version 1 and finds titles afterwards', () => {
    const file = freshPath();
    // a version-1 store has no title index; write to it through raw SQL as version 1's code did
    const old = openDatabase(file, { targetVersion: 1 });
    expect(old.pragma('user_version', { simple: true })).toBe(1);
    old.prepare("INSERT INTO articles (id, title) VALUES ('old-article', 'Refugees reach the camp')").run();
    old.close();
    const store = openSqliteStore(file);
    expect(store.schemaVersion()).toBe(SCHEMA_VERSION);
    expect(SCHEMA_VERSION).toBeGreaterThan(1);
    store.removeArticle('old-article'); // would fail on a title index that missed the old row
    for (const bundle of splitCollection(storeCorpus())) store.upsertArticle(bundle);
    expect(store.search('refugees', 10)).toHaveLength(4);
    store.close();
  });

  it('refuses a store written by a newer version with one line saying so', () => {
    const file = freshPath();
    openSqliteStore(file).close();
    const db = new Database(file);
    db.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    db.close();
    expect(() => openSqliteStore(file)).toThrow(StoreOpenError);
    expect(() => openSqliteStore(file)).toThrow(/written by a newer version .*schema \d+; this one knows up to \d+/);
  });

  it('refuses another program’s SQLite database without touching it', () => {
    const file = freshPath();
    const db = new Database(file);
    db.exec('CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)');
    db.close();
    const before = readFileSync(file);
    expect(() => openSqliteStore(file)).toThrow(/another program, not an event store/);
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it('names a corrupt or foreign file as such, in one line', () => {
    const file = freshPath();
    writeFileSync(file, 'this is not a database, only text that happens to be here\n'.repeat(200));
    const error = catchError(() => openSqliteStore(file));
    expect(error).toBeInstanceOf(StoreOpenError);
    expect(error.message).toMatch(/not an SQLite database/);
    expect(error.message).not.toContain('\n');
  });

  it('names a store whose header survived but whose pages were overwritten as corrupt', () => {
    const file = freshPath();
    const store = openSqliteStore(file);
    for (const bundle of splitCollection(storeCorpus())) store.upsertArticle(bundle);
    store.close();
    const bytes = readFileSync(file);
    bytes.fill(0xff, 4096, bytes.length); // every page after the first
    writeFileSync(file, bytes);
    rmSync(`${file}-wal`, { force: true });
    const error = catchError(() => {
      const broken = openSqliteStore(file);
      try {
        broken.exportCollection(NO_FILTER);
      } finally {
        broken.close();
      }
    });
    expect(error.message).toMatch(/corrupt|not an SQLite database/);
    expect(error.message).not.toContain('\n');
  });

  it('says a missing store must be ingested first when it must exist', () => {
    expect(() => openSqliteStore(path.join(dir, 'missing.sqlite'), { mustExist: true })).toThrow(/does not exist; run `npm run ingest`/);
  });
});

function catchError(run: () => void): Error {
  try {
    run();
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected an error');
}
