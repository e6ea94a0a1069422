/**
 * `npm run bench:store [-- --count N --runs N --store FILE|postgres --writers N --batch N --keep]`: the event store
 * under a large corpus. Loads N synthetic events (lib/cli/synth-events.ts, the corpus bench:map serves) into a new
 * store article by article, one transaction each (`--batch N`: N a transaction through `upsertArticles`, as the
 * ingest writes; `--from FILE.geojson`: the articles of an ingest's output instead), then times what the map
 * endpoints ask (medians of --runs, each query warmed once). `--store FILE` with an existing SQLite store skips the
 * load. `--store postgres` uses the PostgreSQL database DATABASE_URL names, loading it only when it holds no article (so a loaded database is reused: empty it,
 * or name a new one, to measure a load); `--writers N` loads it through N connections at once, as N ingest workers
 * would. A benchmark, not a test: it prints figures.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { eventCollectionSchema } from '../geojson/schema';
import { splitCollection } from '../store/bundle';
import { describeUrl, openPostgresStore } from '../store/postgres/index';
import { openSqliteStore } from '../store/sqlite/index';
import { NO_FILTER, asyncStore, type ArticleBundle, type AsyncEventStore, type Bounds, type StoreFilter } from '../store/types';
import { DEFAULT_SYNTH_OPTIONS, synthesizeBundles } from './synth-events';

const DEFAULT_COUNT = 1_000_000;
const DEFAULT_RUNS = 5;
const BYTES_PER_MB = 1024 * 1024;
const MS_PER_S = 1000;
const PROGRESS_EVERY = 5000; // articles between progress lines while loading
const POSTGRES = 'postgres'; // --store postgres: the database DATABASE_URL names

/** The articles a load writes: the synthetic corpus, or `--from FILE.geojson` (an ingest's output) cut by article. */
let corpus = (count: number): Iterable<ArticleBundle> => synthesizeBundles({ ...DEFAULT_SYNTH_OPTIONS, count });

const WORLD: Bounds = [-180, -85, 180, 85];
const SYRIA: Bounds = [35.5, 32.3, 42.4, 37.4]; // the densest synthetic region
const PAGE_WORLD: Bounds = [-92.8125, -74.49641, 128.67188, 79.23719]; // bench:map's page at zoom 2, 1280 × 800 px
const CITY: Bounds = [39.55, 35.35, 39.65, 35.45]; // a zoom-12 window inside it
const ACTOR: StoreFilter = { ...NO_FILTER, actors: ['isis'] };

interface Query {
  name: string;
  run: (store: AsyncEventStore) => Promise<unknown>;
}

const QUERIES: readonly Query[] = [
  { name: 'view: world, zoom 2, no filter (clusters)', run: async (s) => s.view(WORLD, 2, NO_FILTER) },
  { name: 'view: world, zoom 2, actor isis (clusters)', run: async (s) => s.view(WORLD, 2, ACTOR) },
  { name: 'view: Syria, zoom 7, no filter', run: async (s) => s.view(SYRIA, 7, NO_FILTER) },
  { name: 'view: Syria, zoom 7, actor isis', run: async (s) => s.view(SYRIA, 7, ACTOR) },
  { name: 'view: one town, zoom 12', run: async (s) => s.view(CITY, 12, NO_FILTER) },
  { name: 'facets: no filter', run: async (s) => s.facets(NO_FILTER) },
  { name: 'facets: actor isis', run: async (s) => s.facets(ACTOR) },
  { name: 'timeline date counts: actor isis', run: async (s) => s.dateCounts(ACTOR) },
  { name: "timeline date counts: bench:map's world view, actor isis", run: async (s) => s.dateCounts(ACTOR, PAGE_WORLD) },
  { name: 'timeline date counts: Syria view, actor isis', run: async (s) => s.dateCounts(ACTOR, SYRIA) },
  { name: 'list: first 100, no filter', run: async (s) => s.listPage(NO_FILTER, 0, 100) },
  { name: 'list: 100 at offset 10,000, actor isis', run: async (s) => s.listPage(ACTOR, 10_000, 100) },
  { name: 'list: first 100 in Syria view, actor isis', run: async (s) => s.listPage(ACTOR, 0, 100, SYRIA) },
  { name: 'routes in Syria view', run: async (s) => s.routesInView(SYRIA, NO_FILTER) },
  { name: 'search "clashed" (list page of hits)', run: async (s) => s.listPage({ ...NO_FILTER, q: 'clashed' }, 0, 100) },
  { name: 'search "clashed" + actor isis, facets', run: async (s) => s.facets({ ...ACTOR, q: 'clashed' }) },
];

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      count: { type: 'string' },
      runs: { type: 'string' },
      store: { type: 'string' },
      writers: { type: 'string' },
      batch: { type: 'string' },
      from: { type: 'string' },
      keep: { type: 'boolean' },
    },
  });
  const count = values.count === undefined ? DEFAULT_COUNT : Number(values.count);
  const runs = values.runs === undefined ? DEFAULT_RUNS : Number(values.runs);
  const writers = values.writers === undefined ? 1 : Number(values.writers);
  const batch = values.batch === undefined ? 1 : Number(values.batch);
  if (!Number.isInteger(count) || count < 1) throw new Error(`--count must be a positive integer, got ${values.count}`);
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs must be a positive integer, got ${values.runs}`);
  if (!Number.isInteger(writers) || writers < 1) throw new Error(`--writers must be a positive integer, got ${values.writers}`);
  if (!Number.isInteger(batch) || batch < 1) throw new Error(`--batch must be a positive integer, got ${values.batch}`);
  if (values.store === POSTGRES) return benchPostgres(count, runs, writers);
  if (values.from !== undefined) corpus = () => splitCollection(eventCollectionSchema.parse(JSON.parse(readFileSync(values.from ?? '', 'utf8'))));
  const dir = values.store === undefined ? mkdtempSync(path.join(tmpdir(), 'bench-store-')) : null;
  const file = values.store ?? path.join(dir ?? '.', 'store.sqlite');
  try {
    if (!existsSync(file) && batch > 1) loadBatched(file, count, batch);
    else if (!existsSync(file)) {
      const loading = asyncStore(openSqliteStore(file));
      await load(loading, count, 1);
      await loading.close();
      say(`bench:store: store ${(storeSize(file) / BYTES_PER_MB).toFixed(0)} MB`);
    } else say(`bench:store: using the existing store ${file} (no load)`);
    const openStart = performance.now();
    const store = asyncStore(openSqliteStore(file, { mustExist: true }));
    say(`bench:store: open ${(performance.now() - openStart).toFixed(1)} ms; ${JSON.stringify(await store.counts())}`);
    await timeQueries(store, runs);
    await store.close();
    say(`bench:store: peak RSS of this process ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
    return 0;
  } finally {
    if (dir !== null && !values.keep) rmSync(dir, { recursive: true, force: true });
    else say(`bench:store: store kept at ${file}`);
  }
}

/** `--store postgres`: the database DATABASE_URL names, loaded when empty, kept afterwards. */
async function benchPostgres(count: number, runs: number, writers: number): Promise<number> {
  const url = (process.env.DATABASE_URL ?? '').trim();
  if (url === '') {
    say('bench:store: --store postgres needs DATABASE_URL=postgres://… (a database the benchmark may fill)');
    return 2;
  }
  const openStart = performance.now();
  const store = await openPostgresStore(url, { maxConnections: Math.max(writers, 1) });
  try {
    say(`bench:store: PostgreSQL ${describeUrl(url)}, open ${(performance.now() - openStart).toFixed(1)} ms`);
    if ((await store.counts()).articles === 0) await load(store, count, writers);
    else say('bench:store: the database holds articles already (no load)');
    say(`bench:store: ${JSON.stringify(await store.counts())}`);
    await timeQueries(store, runs);
    say(`bench:store: peak RSS of this process ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB (the server's not counted)`);
    return 0;
  } finally {
    await store.close();
  }
}

async function timeQueries(store: AsyncEventStore, runs: number): Promise<void> {
  // CPU time beside wall time: on a shared machine the wall figures measure the neighbours too (for PostgreSQL it
  // is this process's CPU only: the server's work is in the wall time)
  process.stdout.write(`\n| query | median | min – max | median CPU |\n| --- | --- | --- | --- |\n`);
  for (const query of QUERIES) {
    await query.run(store); // warm: the first call prepares statements and reads pages from disk
    const times: number[] = [];
    const cpuTimes: number[] = [];
    for (let i = 0; i < runs; i++) {
      const start = performance.now();
      const cpuStart = process.cpuUsage();
      await query.run(store);
      const cpu = process.cpuUsage(cpuStart);
      times.push(performance.now() - start);
      cpuTimes.push((cpu.user + cpu.system) / MS_PER_S);
    }
    const sorted = times.toSorted((a, b) => a - b);
    const cpuMedian = median(cpuTimes.toSorted((a, b) => a - b));
    process.stdout.write(`| ${query.name} | ${ms(median(sorted))} | ${ms(sorted[0] ?? 0)} – ${ms(sorted.at(-1) ?? 0)} | ${ms(cpuMedian)} |\n`);
  }
}

/**
 * Writes the synthetic corpus article by article through `writers` loops at once, drawing each article as a writer
 * asks for it (the corpus is never held whole: 10,000,000 events would not fit in memory).
 */
async function load(store: AsyncEventStore, count: number, writers: number): Promise<void> {
  const bundles = corpus(count)[Symbol.iterator]();
  const start = performance.now();
  const cpuStart = process.cpuUsage();
  let written = 0;
  let events = 0;
  const writer = async (): Promise<void> => {
    for (let next = bundles.next(); next.done !== true; next = bundles.next()) {
      await store.upsertArticle(next.value);
      written += 1;
      events += next.value.events.length;
      if (written % PROGRESS_EVERY === 0) say(`bench:store: ${written} articles, ${seconds(performance.now() - start)}`);
    }
  };
  await Promise.all(Array.from({ length: writers }, writer));
  const how = `one a transaction, ${writers} writer${writers === 1 ? '' : 's'}`;
  reportLoad(events, written, how, performance.now() - start, process.cpuUsage(cpuStart));
}

/** `--batch N`: N articles a call of the store's `upsertArticles`, one SQLite transaction each (as `npm run ingest` writes). */
function loadBatched(file: string, count: number, batch: number): void {
  const store = openSqliteStore(file);
  const start = performance.now();
  const cpuStart = process.cpuUsage();
  let written = 0;
  let events = 0;
  let pending: ArticleBundle[] = [];
  const flush = (): void => {
    store.upsertArticles(pending);
    written += pending.length;
    pending = [];
    if (Math.floor(written / PROGRESS_EVERY) !== Math.floor((written - batch) / PROGRESS_EVERY)) {
      say(`bench:store: ${written} articles, ${seconds(performance.now() - start)}`);
    }
  };
  for (const bundle of corpus(count)) {
    pending.push(bundle);
    events += bundle.events.length;
    if (pending.length === batch) flush();
  }
  if (pending.length > 0) flush();
  store.close();
  reportLoad(events, written, `${batch} articles a transaction`, performance.now() - start, process.cpuUsage(cpuStart));
  say(`bench:store: store ${(storeSize(file) / BYTES_PER_MB).toFixed(0)} MB`);
}

function reportLoad(events: number, articles: number, how: string, wallMs: number, cpu: NodeJS.CpuUsage): void {
  say(
    `bench:store: loaded ${events} events, ${articles} articles (${how}) in ${seconds(wallMs)} wall, ` +
      `${seconds((cpu.user + cpu.system) / MS_PER_S)} CPU here: ${Math.round((events / wallMs) * MS_PER_S)} events/s, ` +
      `${Math.round((articles / wallMs) * MS_PER_S)} articles/s; peak RSS so far ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`,
  );
}

function storeSize(file: string): number {
  return ['', '-wal'].reduce((sum, suffix) => sum + (existsSync(file + suffix) ? statSync(file + suffix).size : 0), 0);
}

function median(sorted: readonly number[]): number {
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

function ms(value: number): string {
  return value >= MS_PER_S ? `${(value / MS_PER_S).toFixed(2)} s` : `${value.toFixed(1)} ms`;
}

function seconds(valueMs: number): string {
  return `${(valueMs / MS_PER_S).toFixed(1)} s`;
}

function say(line: string): void {
  process.stderr.write(`${line}\n`);
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    say(`bench:store: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  },
);
