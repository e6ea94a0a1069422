/**
 * The PostgreSQL + PostGIS engine against a real server (TEST_DATABASE_URL; `.ci/run` starts a throwaway cluster
 * with .ci/pg-cluster.sh). Each store opened here gets a schema of its own, dropped at the end.
 * Without TEST_DATABASE_URL the suite is skipped with one line saying how to run it.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { splitCollection } from '@/lib/store/bundle';
import { openPostgresStore } from '@/lib/store/postgres/index';
import { PG_SCHEMA_VERSION } from '@/lib/store/postgres/schema';
import { NO_FILTER, StoreOpenError, type AsyncEventStore } from '@/lib/store/types';
import { ROOT, spawnIngest } from '../ingest/cli-helpers';
import { runStoreContract } from './contract';
import { storeCorpus } from './fixture';
import { testDatabaseUrl } from './test-database';

const url = testDatabaseUrl('postgres store tests');
const EVERYTHING = { ...NO_FILTER, background: true };

if (url !== undefined) {
  const databaseUrl = url;
  const schemas: string[] = [];
  const freshSchema = (): string => {
    const name = `store_test_${process.pid}_${schemas.length}`;
    schemas.push(name);
    return name;
  };
  afterAll(async () => {
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    for (const schema of schemas) await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await client.end();
  });

  runStoreContract('PostgreSQL + PostGIS', () => openPostgresStore(databaseUrl, { schema: freshSchema() }));

  describe('PostgreSQL store', () => {
    it('leaves one copy when two writers upsert the same articles at once', async () => {
      const schema = freshSchema();
      const first = await openPostgresStore(databaseUrl, { schema });
      const second = await openPostgresStore(databaseUrl, { schema });
      try {
        const bundles = splitCollection(storeCorpus());
        await Promise.all(
          [first, second, first, second].map(async (store: AsyncEventStore) => {
            for (const bundle of bundles) await store.upsertArticle(bundle);
          }),
        );
        expect(await first.counts()).toEqual({ articles: 2, places: 13, events: 16, routes: 3 });
        expect(JSON.stringify(await second.exportCollection(EVERYTHING))).toBe(JSON.stringify(storeCorpus()));
      } finally {
        await first.close();
        await second.close();
      }
    });

    it('migrates once when two processes open a new database at once, and keeps what was written', async () => {
      const schema = freshSchema();
      const [a, b] = await Promise.all([openPostgresStore(databaseUrl, { schema }), openPostgresStore(databaseUrl, { schema })]);
      expect(await a.schemaVersion()).toBe(PG_SCHEMA_VERSION);
      for (const bundle of splitCollection(storeCorpus())) await a.upsertArticle(bundle);
      await a.close();
      await b.close();
      const again = await openPostgresStore(databaseUrl, { schema });
      expect((await again.counts()).events).toBe(16);
      await again.close();
    });

    it('refuses a store written by a newer version with one line saying so', async () => {
      const schema = freshSchema();
      await (await openPostgresStore(databaseUrl, { schema })).close();
      const client = new pg.Client({ connectionString: databaseUrl });
      await client.connect();
      await client.query(`INSERT INTO ${schema}.store_migrations (version, describe) VALUES ($1, 'from the future')`, [PG_SCHEMA_VERSION + 1]);
      await client.end();
      const opening = openPostgresStore(databaseUrl, { schema });
      await expect(opening).rejects.toThrow(StoreOpenError);
      await expect(openPostgresStore(databaseUrl, { schema })).rejects.toThrow(/written by a newer version .*schema \d+; this one knows up to \d+/);
    });

    it('takes two `npm run ingest` processes on overlapping folders at once (DATABASE_URL): one copy of each article', async () => {
      const database = `ingest_test_${process.pid}`;
      const admin = new pg.Client({ connectionString: databaseUrl });
      await admin.connect();
      await admin.query(`DROP DATABASE IF EXISTS ${database}`);
      await admin.query(`CREATE DATABASE ${database}`);
      const target = new URL(databaseUrl);
      target.pathname = `/${database}`;
      const work = mkdtempSync(path.join(tmpdir(), 'store-pg-ingest-'));
      try {
        const seed = readFileSync(path.join(ROOT, 'seeds/raqqa-2017.txt'), 'utf8');
        // a: articles 0..59, b: 40..99 — 20 articles both processes write
        const folder = (name: string, from: number, to: number): string => {
          const dir = path.join(work, name);
          mkdirSync(dir);
          for (let i = from; i < to; i++) writeFileSync(path.join(dir, `r${String(i).padStart(3, '0')}.txt`), seed);
          return dir;
        };
        const env = { DATABASE_URL: target.toString() };
        const a = spawnIngest(['--out', path.join(work, 'a.geojson'), folder('a', 0, 60)], env);
        const b = spawnIngest(['--out', path.join(work, 'b.geojson'), folder('b', 40, 100)], env);
        const [ra, rb] = await Promise.all([a.exited, b.exited]);
        expect([ra.code, rb.code, ra.stderr.match(/not written/), rb.stderr.match(/not written/)]).toEqual([0, 0, null, null]);
        const store = await openPostgresStore(target.toString());
        try {
          expect(await store.counts()).toEqual({ articles: 100, places: 10, events: 1200, routes: 200 });
          expect((await store.article('r050'))?.file).toMatch(/r050\.txt$/);
        } finally {
          await store.close();
        }
      } finally {
        rmSync(work, { recursive: true, force: true });
        await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
        await admin.end();
      }
    }, 240_000);

    it('names an unreachable server in one line, without the password', async () => {
      const error = await openPostgresStore('postgres://someone:secret@127.0.0.1:1/nowhere').catch((e: unknown) => e as Error);
      expect(error).toBeInstanceOf(StoreOpenError);
      expect((error as Error).message).not.toContain('secret');
      expect((error as Error).message).not.toContain('\n');
    });
  });
}
