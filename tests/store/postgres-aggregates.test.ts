/**
 * The PostgreSQL engine's pre-aggregated counts (lib/store/postgres/aggregates.ts) against a real server
 * (TEST_DATABASE_URL): every answer they give equals the base tables' answer for the same question, on the synthetic
 * store of tests/store/aggregates.test.ts; they stay exact through re-ingests, removals and two writers at once;
 * migrations 2 and 3 fill them from the events already there. Skipped with one line without TEST_DATABASE_URL.
 */
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPostgresStore } from '@/lib/store/postgres/index';
import { PG_SCHEMA_VERSION } from '@/lib/store/postgres/schema';
import { NO_FILTER, type ArticleBundle, type AsyncEventStore, type Bounds, type StoreFilter, type ViewResult } from '@/lib/store/types';
import { BOUNDS, FILTERS, PACIFIC, SYRIA, WORLD, aggregateCorpus, retyped } from './aggregate-corpus';
import { testDatabaseUrl } from './test-database';

const MEAN_DIGITS = 9; // cluster means agree to this many decimal places (sums taken in another order)

const url = testDatabaseUrl('postgres aggregate tests');

if (url !== undefined) {
  const databaseUrl = url;
  const schemas: string[] = [];
  const freshSchema = (): string => {
    const name = `agg_test_${process.pid}_${schemas.length}`;
    schemas.push(name);
    return name;
  };
  const sql = async <T extends pg.QueryResultRow>(text: string): Promise<T[]> => {
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    try {
      return (await client.query<T>(text)).rows;
    } finally {
      await client.end();
    }
  };
  afterAll(async () => {
    for (const schema of schemas) await sql(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  });

  describe('PostgreSQL pre-aggregated counts', () => {
    let schema = '';
    let fast: AsyncEventStore;
    let base: AsyncEventStore;
    beforeAll(async () => {
      schema = freshSchema();
      const writer = await openPostgresStore(databaseUrl, { schema });
      for (const bundle of aggregateCorpus()) await writer.upsertArticle(bundle);
      await writer.close();
      fast = await openPostgresStore(databaseUrl, { schema });
      base = await openPostgresStore(databaseUrl, { schema, aggregates: false });
    }, 120_000);
    afterAll(async () => {
      await fast.close();
      await base.close();
    });

    it('give the same facet counts as the base tables under every filter and view', async () => {
      for (const filter of FILTERS) {
        for (const bounds of BOUNDS) {
          expect(await plainFacets(fast, filter, bounds), JSON.stringify({ filter, bounds })).toEqual(await plainFacets(base, filter, bounds));
        }
      }
    });

    it('give the same date counts and list pages as the base tables under every filter and view', async () => {
      for (const filter of FILTERS) {
        for (const bounds of BOUNDS) {
          const label = JSON.stringify({ filter, bounds });
          expect(await fast.dateCounts(filter, bounds), label).toEqual(await base.dateCounts(filter, bounds));
          expect(await fast.listPage(filter, 0, 100, bounds), label).toEqual(await base.listPage(filter, 0, 100, bounds));
          expect(await fast.listPage(filter, 150, 50, bounds), label).toEqual(await base.listPage(filter, 150, 50, bounds));
        }
      }
    });

    it('give the same clusters as the base tables at every zoom, their means to the ninth decimal', async () => {
      for (const filter of FILTERS) {
        for (const bounds of [WORLD, SYRIA, PACIFIC]) {
          for (const zoom of [0, 2, 5, 8]) {
            const label = JSON.stringify({ filter, bounds, zoom });
            const a = sortedView(await fast.view(bounds, zoom, filter, { markerLimit: 50 }));
            const b = sortedView(await base.view(bounds, zoom, filter, { markerLimit: 50 }));
            expect(a.kind, label).toBe(b.kind);
            expect(a.counts, label).toEqual(b.counts);
            for (const [i, [lng, lat]] of a.means.entries()) {
              expect(lng, label).toBeCloseTo(b.means[i]?.[0] ?? Number.NaN, MEAN_DIGITS);
              expect(lat, label).toBeCloseTo(b.means[i]?.[1] ?? Number.NaN, MEAN_DIGITS);
            }
          }
        }
      }
    });

    it('give the same actor list with event counts, and the same store counts, as the base tables', async () => {
      expect(await fast.actors()).toEqual(await base.actors());
      expect(await fast.counts()).toEqual(await base.counts());
    });

    it('are what the answers are read from when the filter allows (a changed count shows)', async () => {
      const bump = (table: string, by: number) => sql(`UPDATE ${schema}.${table} SET n = n + ${by} WHERE actor_key = 0 AND NOT background`);
      const dated: StoreFilter = { ...NO_FILTER, from: '2000' };
      await bump('agg_types', 1);
      expect((await fast.facets(NO_FILTER)).total).toBeGreaterThan((await base.facets(NO_FILTER)).total);
      await bump('agg_types', -1);
      await bump('agg_dates', 1);
      expect((await fast.facets(dated)).total).toBeGreaterThan((await base.facets(dated)).total);
      await bump('agg_dates', -1);
      expect((await fast.facets(NO_FILTER)).total).toBe((await base.facets(NO_FILTER)).total);
      expect((await fast.facets(dated)).total).toBe((await base.facets(dated)).total);
    });
  });

  describe('PostgreSQL pre-aggregated counts through writes', () => {
    it('equal a fresh store’s after articles are re-ingested with other events and removed', async () => {
      const bundles = aggregateCorpus();
      const editedSchema = freshSchema();
      const edited = await openPostgresStore(databaseUrl, { schema: editedSchema });
      for (const bundle of bundles) await edited.upsertArticle(bundle);
      // every third article again with its events moved to another type and its first actor dropped; every fifth removed
      const final: ArticleBundle[] = [];
      for (const [i, bundle] of bundles.entries()) {
        if (i % 5 === 0) {
          expect(await edited.removeArticle(bundle.article.id)).toBe(true);
          continue;
        }
        const next = i % 3 === 0 ? retyped(bundle) : bundle;
        if (next !== bundle) await edited.upsertArticle(next);
        final.push(next);
      }
      await edited.close();
      const freshSchemaName = await storeOf(final);
      const rows = await aggregateRows(editedSchema);
      expect(rows).toEqual(await aggregateRows(freshSchemaName));
      expect(rows.dates.length).toBeGreaterThan(0);
    }, 120_000);

    it('equal a fresh store’s after two writers ingest, re-ingest and remove the same articles at once', async () => {
      const bundles = aggregateCorpus();
      const schema = freshSchema();
      const [a, b] = [await openPostgresStore(databaseUrl, { schema }), await openPostgresStore(databaseUrl, { schema })];
      try {
        // both write every article, one front to back and one back to front, then each re-ingests every third
        // article retyped and removes every fifth: day rows and actor rows shared by both at every step
        const work = async (store: AsyncEventStore, order: readonly ArticleBundle[]) => {
          for (const bundle of order) await store.upsertArticle(bundle);
          for (const [i, bundle] of order.entries()) if (i % 3 === 0) await store.upsertArticle(retyped(bundle));
        };
        await Promise.all([work(a, bundles), work(b, bundles.toReversed())]);
        const removed = bundles.filter((_, i) => i % 5 === 0);
        await Promise.all([a, b].map(async (store) => Promise.all(removed.map((bundle) => store.removeArticle(bundle.article.id)))));
      } finally {
        await a.close();
        await b.close();
      }
      // whichever writer wrote an article last, its rows are what the store holds now: counted afresh, the same
      const expected = await recount(schema);
      expect(await aggregateRows(schema)).toEqual(expected);
      expect(expected.dates.length).toBeGreaterThan(0);
    }, 240_000);

    it('are filled by migrations 2 and 3 when a store of schema 1 is opened', async () => {
      const schema = await storeOf(aggregateCorpus().slice(0, 40));
      const expected = await aggregateRows(schema);
      await sql(`DROP TABLE ${schema}.agg_dates, ${schema}.agg_points, ${schema}.agg_cell_dates, ${schema}.agg_types;
        DELETE FROM ${schema}.store_migrations WHERE version >= 2`);
      const migrated = await openPostgresStore(databaseUrl, { schema });
      expect(await migrated.schemaVersion()).toBe(PG_SCHEMA_VERSION);
      await migrated.close();
      expect(await aggregateRows(schema)).toEqual(expected);
      expect(expected.points.length).toBeGreaterThan(0);
      expect(expected.cells.length).toBeGreaterThan(0);
      expect(expected.types.length).toBeGreaterThan(0);
    }, 120_000);
  });

  /** A new schema holding `bundles`, written in order by one writer. */
  const storeOf = async (bundles: readonly ArticleBundle[]): Promise<string> => {
    const schema = freshSchema();
    const store = await openPostgresStore(databaseUrl, { schema });
    for (const bundle of bundles) await store.upsertArticle(bundle);
    await store.close();
    return schema;
  };

  /** The aggregate tables' rows, actors by id (keys differ between stores written in another order). */
  const aggregateRows = async (schema: string) => {
    const actor = `CASE g.actor_key WHEN 0 THEN '*' ELSE (SELECT id FROM ${schema}.actors WHERE key = g.actor_key) END`;
    const [dates, points, cells, types] = await Promise.all([
      sql(`SELECT ${actor} AS actor, g.background, g.type_slug, g.date, g.date_start, g.date_end, g.n FROM ${schema}.agg_dates g ORDER BY 1, 2, 3, 4`),
      sql(`SELECT ${actor} AS actor, g.background, g.type_slug, g.lng, g.lat, g.mx, g.my, g.n FROM ${schema}.agg_points g ORDER BY 1, 2, 3, 4, 5`),
      sql(`SELECT ${actor} AS actor, g.background, g.type_slug, g.cx, g.cy, g.date, g.n FROM ${schema}.agg_cell_dates g ORDER BY 1, 2, 3, 4, 5, 6`),
      sql(`SELECT ${actor} AS actor, g.background, g.type_slug, g.n FROM ${schema}.agg_types g ORDER BY 1, 2, 3`),
    ]);
    return { dates, points, cells, types };
  };

  /** The rows the aggregate tables of `schema` should hold, counted from its events by migrations 2 and 3 in a copy. */
  const recount = async (schema: string) => {
    const copy = freshSchema();
    await sql(`CREATE SCHEMA ${copy}`);
    for (const table of ['articles', 'places', 'mentions', 'actors', 'events', 'event_actors', 'routes', 'route_actors', 'store_migrations']) {
      await sql(`CREATE TABLE ${copy}.${table} (LIKE ${schema}.${table} INCLUDING ALL); INSERT INTO ${copy}.${table} SELECT * FROM ${schema}.${table}`);
    }
    await sql(`DELETE FROM ${copy}.store_migrations WHERE version >= 2`);
    await (await openPostgresStore(databaseUrl, { schema: copy })).close();
    return aggregateRows(copy);
  };
}

// --- helpers ---

async function plainFacets(store: AsyncEventStore, filter: StoreFilter, bounds: Bounds | null) {
  const f = await store.facets(filter, bounds);
  return { total: f.total, actors: [...f.actors].sort(), types: [...f.types].sort() };
}

function sortedView(result: ViewResult) {
  if (result.kind === 'markers') return { kind: result.kind, counts: result.markers.map((m) => m.id), means: [] as (readonly [number, number])[] };
  const clusters = result.clusters.toSorted((a, b) => a.lngLat[0] - b.lngLat[0] || a.lngLat[1] - b.lngLat[1]);
  return { kind: result.kind, counts: [result.total, ...clusters.map((c) => c.count)], means: clusters.map((c) => c.lngLat) };
}
