/**
 * The SQLite engine's pre-aggregated counts (lib/store/sqlite/aggregates.ts): every answer they give equals the
 * base tables' answer for the same question, on a synthetic store with background, undated, month- and year-dated
 * events and events naming several actors; they stay exact through re-ingests and removals; migration 4 fills them.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSqliteStore } from '@/lib/store/sqlite/index';
import { NO_FILTER, type ArticleBundle, type Bounds, type EventStore, type StoreFilter, type ViewResult } from '@/lib/store/types';
import { openDatabase } from '@/lib/store/sqlite/open';
import { createWriter } from '@/lib/store/sqlite/write';
import { BOUNDS, FILTERS, NORTH_EMPTY, NORTH_SPARSE, PACIFIC, SYRIA, WORLD, aggregateCorpus, retyped } from './aggregate-corpus';

const MEAN_DIGITS = 9; // cluster means agree to this many decimal places (sums taken in another order)

const dir = mkdtempSync(path.join(tmpdir(), 'store-aggregates-'));
let n = 0;
const freshPath = (): string => path.join(dir, `store-${n++}.sqlite`);
afterAll(() => rmSync(dir, { recursive: true, force: true }));


describe('pre-aggregated counts', () => {
  let file = '';
  let fast: EventStore;
  let base: EventStore;
  beforeAll(() => {
    ({ file, fast, base } = storePair(aggregateCorpus()));
  });
  afterAll(() => {
    fast.close();
    base.close();
  });

  it('give the same facet counts as the base tables under every filter and view', () => {
    for (const filter of FILTERS) {
      for (const bounds of BOUNDS) expect(plainFacets(fast, filter, bounds), JSON.stringify({ filter, bounds })).toEqual(plainFacets(base, filter, bounds));
    }
  });

  it('give the same date counts and list pages as the base tables under every filter and view', () => {
    for (const filter of FILTERS) {
      for (const bounds of BOUNDS) {
        const label = JSON.stringify({ filter, bounds });
        expect(fast.dateCounts(filter, bounds), label).toEqual(base.dateCounts(filter, bounds));
        expect(fast.listPage(filter, 0, 100, bounds), label).toEqual(base.listPage(filter, 0, 100, bounds));
        expect(fast.listPage(filter, 150, 50, bounds), label).toEqual(base.listPage(filter, 150, 50, bounds));
      }
    }
  });

  it('give the same clusters as the base tables at every zoom, their means to the ninth decimal', () => {
    for (const filter of FILTERS) {
      for (const bounds of [WORLD, SYRIA, PACIFIC]) {
        for (const zoom of [0, 2, 5, 8]) {
          const label = JSON.stringify({ filter, bounds, zoom });
          const a = sortedView(fast.view(bounds, zoom, filter, { markerLimit: 50 }));
          const b = sortedView(base.view(bounds, zoom, filter, { markerLimit: 50 }));
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

  it('find the markers of a wide view across the antimeridian that holds few events or none as the base tables do', () => {
    expect(base.listPage(NO_FILTER, 0, 0, NORTH_SPARSE).total).toBeGreaterThan(0); // few, not none
    for (const filter of FILTERS) {
      for (const bounds of [NORTH_EMPTY, NORTH_SPARSE]) {
        expect(fast.view(bounds, 2, filter), JSON.stringify({ filter, bounds })).toEqual(base.view(bounds, 2, filter));
      }
    }
    expect(fast.view(NORTH_EMPTY, 2, NO_FILTER)).toEqual({ kind: 'markers', total: 0, markers: [] });
  });

  it('give the same actor list with event counts as the base tables', () => {
    expect(fast.actors()).toEqual(base.actors());
  });

  it('are what the answers are read from when the filter allows (a changed count shows)', () => {
    const db = new Database(file);
    db.prepare('UPDATE agg_dates SET n = n + 1 WHERE actor_key = 0 AND background = 0').run();
    db.close();
    expect(fast.facets(NO_FILTER).total).toBeGreaterThan(base.facets(NO_FILTER).total);
    const repair = new Database(file);
    repair.prepare('UPDATE agg_dates SET n = n - 1 WHERE actor_key = 0 AND background = 0').run();
    repair.close();
    expect(fast.facets(NO_FILTER).total).toBe(base.facets(NO_FILTER).total);
  });
});

describe('pre-aggregated date counts in a view on the 10° and 1° grids', () => {
  // events on grid lines and a hair to either side of them, and views whose edges fall on, beside and between them
  const LINES = [30, 40, 41, 50];
  const HAIR = 1e-9; // degrees: a point this close to a line still falls in the cell the division decides
  const offsets = [-HAIR, 0, HAIR, 0.5];
  const POINTS: [number, number][] = LINES.flatMap((x) => offsets.flatMap((dx) => LINES.map((y, i): [number, number] => [x + dx, y - 10 + (offsets[i] ?? 0)])));
  const VIEWS: Bounds[] = [
    [30, 20, 50, 40], // edges on 10° lines: 10° cells inside, no strip wider than the margin
    [29.5, 19.5, 50.5, 40.5], // 10° cells inside and 1° cells around them
    [30 - HAIR, 20 - HAIR, 41 + HAIR, 31 + HAIR], // edges a hair outside the lines
    [30 + HAIR, 20 + HAIR, 41 - HAIR, 31 - HAIR], // and a hair inside
    [39.2, 29.7, 41.9, 31.3], // 1° cells only
    [40.1, 30.1, 40.9, 30.9], // no whole 1° cell: the base tables answer
  ];
  let fast: EventStore;
  let base: EventStore;
  beforeAll(() => {
    const moved = aggregateCorpus()
      .slice(0, POINTS.length)
      .map((bundle, i) => ({ ...bundle, events: bundle.events.map((e) => ({ ...e, geometry: { type: 'Point' as const, coordinates: POINTS[i] ?? [0, 0] } })) }));
    ({ fast, base } = storePair(moved));
  });
  afterAll(() => {
    fast.close();
    base.close();
  });

  it('count each event once, as the base tables do, whichever side of a grid line or a view edge it lies', () => {
    for (const filter of [NO_FILTER, { ...NO_FILTER, actors: ['isis'] }, { ...NO_FILTER, background: true }]) {
      for (const bounds of VIEWS) {
        const counts = fast.dateCounts(filter, bounds);
        expect(counts, JSON.stringify({ filter, bounds })).toEqual(base.dateCounts(filter, bounds));
      }
    }
    expect(fast.dateCounts(NO_FILTER, VIEWS[1] ?? null).length).toBeGreaterThan(0);
  });
});

describe('pre-aggregated counts through writes', () => {
  it('equal a fresh store’s after articles are re-ingested with other events and removed', () => {
    const bundles = aggregateCorpus();
    const editedFile = freshPath();
    const edited = openSqliteStore(editedFile);
    for (const bundle of bundles) edited.upsertArticle(bundle);
    // every third article again with its events moved to another type and its first actor dropped; every fifth removed
    const final: ArticleBundle[] = [];
    for (const [i, bundle] of bundles.entries()) {
      if (i % 5 === 0) {
        expect(edited.removeArticle(bundle.article.id)).toBe(true);
        continue;
      }
      const next = i % 3 === 0 ? retyped(bundle) : bundle;
      if (next !== bundle) edited.upsertArticle(next);
      final.push(next);
    }
    const freshFile = freshPath();
    const fresh = openSqliteStore(freshFile);
    for (const bundle of final) fresh.upsertArticle(bundle);
    edited.close();
    fresh.close();
    expect(aggregateRows(editedFile)).toEqual(aggregateRows(freshFile));
    expect(aggregateRows(editedFile).dates.length).toBeGreaterThan(0);
  });

  it('equal one-article-a-transaction’s when articles are written many a transaction, some twice in one batch or replaced from an earlier one', () => {
    const bundles = aggregateCorpus();
    // the same final articles, each written once, one a transaction
    const final = bundles.map((b, i) => (i % 3 === 0 ? retyped(b) : b));
    const oneFile = freshPath();
    const one = openSqliteStore(oneFile);
    for (const bundle of final) one.upsertArticle(bundle);
    one.close();
    // batches of 25: every third article first as it was, then retyped — in the same batch or in the next one
    const batchedFile = freshPath();
    const db = openDatabase(batchedFile);
    const writer = createWriter(db);
    const BATCH = 25;
    for (let start = 0; start < bundles.length; start += BATCH) {
      const batch = bundles.slice(start, start + BATCH);
      const again = final.slice(Math.max(0, start - BATCH), start + BATCH).filter((b, i) => b !== bundles[Math.max(0, start - BATCH) + i]);
      writer.upsertMany([...batch, ...again]);
    }
    db.close();
    expect(aggregateRows(batchedFile)).toEqual(aggregateRows(oneFile));
    expect(aggregateRows(oneFile).cells.length).toBeGreaterThan(0);
  });

  it('are filled by migrations 4, 5 and 6 when a store of schema 3 is opened', () => {
    const file = freshPath();
    const old = openSqliteStore(file);
    for (const bundle of aggregateCorpus().slice(0, 40)) old.upsertArticle(bundle);
    old.close();
    const expected = aggregateRows(file);
    const db = new Database(file);
    db.exec('DROP TABLE agg_dates; DROP TABLE agg_points; DROP TABLE agg_cell_dates; DROP TABLE agg_fine_dates; PRAGMA user_version = 3');
    db.close();
    const migrated = openSqliteStore(file, { mustExist: true });
    expect(migrated.schemaVersion()).toBe(6);
    migrated.close();
    expect(aggregateRows(file)).toEqual(expected);
    expect(expected.points.length).toBeGreaterThan(0);
    expect(expected.cells.length).toBeGreaterThan(0);
    expect(expected.fine.length).toBeGreaterThan(0);
  });

  it('are not there in a store opened at schema 3', () => {
    const db = openDatabase(freshPath(), { targetVersion: 3 });
    expect(db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name LIKE 'agg_%'").get()).toEqual({ n: 0 });
    db.close();
  });
});

// --- helpers ---

/** A new store holding `bundles`, opened twice: reading its aggregates (fast) and its base tables only (base). */
function storePair(bundles: readonly ArticleBundle[]): { file: string; fast: EventStore; base: EventStore } {
  const file = freshPath();
  const writer = openSqliteStore(file);
  for (const bundle of bundles) writer.upsertArticle(bundle);
  writer.close();
  return { file, fast: openSqliteStore(file, { mustExist: true }), base: openSqliteStore(file, { mustExist: true, aggregates: false }) };
}

/**
 * The synthetic corpus with what it lacks: every 7th event in the background, every 11th undated, every 13th dated
 * to its month and every 17th to its year, every 19th naming its first actor twice; plus the store fixture.
 */

function plainFacets(store: EventStore, filter: StoreFilter, bounds: Bounds | null) {
  const f = store.facets(filter, bounds);
  return { total: f.total, actors: [...f.actors].sort(), types: [...f.types].sort() };
}

function sortedView(result: ViewResult) {
  if (result.kind === 'markers') return { kind: result.kind, counts: result.markers.map((m) => m.id), means: [] as (readonly [number, number])[] };
  const clusters = result.clusters.toSorted((a, b) => a.lngLat[0] - b.lngLat[0] || a.lngLat[1] - b.lngLat[1]);
  return { kind: result.kind, counts: [result.total, ...clusters.map((c) => c.count)], means: clusters.map((c) => c.lngLat) };
}

/** The aggregate tables' rows, actors by id (keys differ between stores written in another order). */
function aggregateRows(file: string) {
  const db = new Database(file, { readonly: true });
  const actor = "CASE g.actor_key WHEN 0 THEN '*' ELSE (SELECT id FROM actors WHERE key = g.actor_key) END";
  const dates = db
    .prepare(`SELECT ${actor} AS actor, g.background, g.type_slug, g.date, g.date_start, g.date_end, g.n FROM agg_dates g ORDER BY 1, 2, 3, 4`)
    .all();
  const points = db.prepare(`SELECT ${actor} AS actor, g.background, g.type_slug, g.lng, g.lat, g.mx, g.my, g.n FROM agg_points g ORDER BY 1, 2, 3, 4, 5`).all();
  const cells = db.prepare(`SELECT ${actor} AS actor, g.background, g.type_slug, g.cx, g.cy, g.date, g.n FROM agg_cell_dates g ORDER BY 1, 2, 3, 4, 5, 6`).all();
  const fine = db
    .prepare(`SELECT ${actor} AS actor, g.background, g.type_slug, g.fx, g.fy, g.cx, g.cy, g.date, g.n FROM agg_fine_dates g ORDER BY 1, 2, 3, 4, 5, 6, 7, 8`)
    .all();
  db.close();
  return { dates, points, cells, fine };
}
