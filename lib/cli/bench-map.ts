/**
 * `npm run bench:map [-- --runs N --count N --reuse-build --store FILE|postgres --trace DIR]`: the map under load. Writes 100,000 synthetic events to a temp file,
 * serves the production build on it and measures in Chromium, each run in a fresh page (medians of ≥ 5 runs).
 * `--store FILE` serves an SQLite store instead (written by `npm run bench:store -- --count N --store FILE`), with no
 * events file: the page is in store mode when the store holds STORE_MODE_MIN_EVENTS or more. `--store postgres`
 * serves the PostgreSQL database DATABASE_URL names (bench-map-postgres.ts). Measured:
 *   - first render: navigation start → window.__explorerReady (first markers drawn);
 *   - filter: click on an actor checkbox → next map render and the list's count updated;
 *   - timeline: the same checkbox clicked again → the timeline's bars showing the new counts (the map and the list
 *     follow in the next task, see components/timeline/use-after-timeline.ts), and the histogram's own computation
 *     (its performance measures);
 *   - longest task while panning and zooming (PerformanceObserver 'longtask');
 *   - JavaScript the map page loads, gzipped (each script the page fetched, gzip level 6).
 * `--trace DIR` writes a Chrome trace of each run (DIR/run-N.json, devtools.timeline categories) to find where a
 * long task's time goes; tracing slows the page, so a traced run's figures are not the bench's.
 * A benchmark, not a test: it prints a table and says which targets were missed; the exit code is 0 unless it
 * could not measure.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../e2e/browser';
import { longTasksWhilePanning, PROBE_INIT_SCRIPT, timeToFilter, timeToReady, timeToTimeline } from '../e2e/map-probes';
import { buildStaleReason, ensureBuilt, startServer } from '../serve/next-app';
import { openSqliteStore } from '../store/sqlite/index';
import { NO_FILTER } from '../store/types';
import { DEFAULT_SYNTH_OPTIONS, writeSynthEvents } from './synth-events';
import { groupPeakRss } from './process-rss';
import { POSTGRES_STORE, postgresCorpus } from './bench-map-postgres';

const DEFAULT_RUNS = 5;
const FILTER_ACTOR = 'isis'; // a frequent actor: the filter has real work to do
const READY_TIMEOUT_MS = 120_000; // first render of 100k events; past this the run is a failure, not a number
const FILTER_TIMEOUT_MS = 30_000;
const GZIP_LEVEL = 6; // what servers and CDNs typically use
const BYTES_PER_KB = 1000;
const BYTES_PER_MB = 1024 * 1024;
const STDERR_FD = 2;
/** what --trace records: the main thread's tasks, rendering, GC and JavaScript samples */
const TRACE_CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'disabled-by-default-v8.cpu_profiler', 'blink.user_timing'];
const SETTLE_MS = 500; // after the filter measurement, before the timeline one: the page's follow-up work ends

const TARGETS = {
  firstRenderMs: 2000,
  filterMs: 100,
  timelineMs: 50,
  longTaskMs: 50,
  jsGzipKb: 300,
};

interface RunResult {
  firstRenderMs: number;
  filterMs: number;
  timelineRedrawMs: number;
  histogramMs: number;
  longestTaskMs: number;
  longTasks: number;
  jsGzipBytes: number;
  jsRawBytes: number;
  documentBytes: number;
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      runs: { type: 'string' },
      count: { type: 'string' },
      'reuse-build': { type: 'boolean' },
      store: { type: 'string' },
      trace: { type: 'string' },
    },
  });
  const runs = values.runs === undefined ? DEFAULT_RUNS : Number(values.runs);
  const count = values.count === undefined ? DEFAULT_SYNTH_OPTIONS.count : Number(values.count);
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs must be a positive integer, got ${values.runs}`);
  if (!Number.isInteger(count) || count < 1) throw new Error(`--count must be a positive integer, got ${values.count}`);

  const postgres = values.store === POSTGRES_STORE ? await postgresCorpus(FILTER_ACTOR) : null;
  if (postgres instanceof Error) throw postgres;
  const dir = mkdtempSync(path.join(tmpdir(), 'bench-map-'));
  const eventsPath = path.join(dir, 'events.geojson');
  const storePath = values.store === undefined || postgres !== null ? undefined : path.resolve(values.store);
  let expectedCount: number;
  if (postgres !== null) {
    expectedCount = postgres.filtered;
    say(`bench:map: serving PostgreSQL ${postgres.where} (${postgres.events} events), no events file`);
  } else if (storePath !== undefined) {
    const store = openSqliteStore(storePath, { mustExist: true });
    const counted = store.counts().events;
    expectedCount = store.facets({ ...NO_FILTER, actors: [FILTER_ACTOR] }).total;
    store.close();
    say(`bench:map: serving the store ${storePath} (${counted} events), no events file`);
  } else {
    say(`bench:map: generating ${count} synthetic events → ${eventsPath}`);
    expectedCount = writeSynthEvents(eventsPath, { ...DEFAULT_SYNTH_OPTIONS, count }).features.filter(
      (f) => f.properties.kind === 'event' && f.properties.actors.some((a) => a.id === FILTER_ACTOR),
    ).length;
  }

  // --reuse-build: measure the existing .next even if sources changed since (others editing while we measure).
  if (values['reuse-build'] && buildStaleReason() !== 'missing') say('build: --reuse-build, using .next as it is');
  else await ensureBuilt({ log: say, stdio: ['ignore', STDERR_FD, STDERR_FD] }); // build chatter stays off stdout
  // without --store, a store path that does not exist: a large geodata/store.sqlite must not put the page in store mode
  const server = await startServer({ eventsPath, storePath: storePath ?? path.join(dir, 'no-store.sqlite'), stdio: ['ignore', 'ignore', 'inherit'] });
  say(`bench:map: serving on ${server.url}; ${runs} runs, each in a fresh page`);
  let browser: Browser | null = null;
  try {
    browser = await launchChromium();
    const results: RunResult[] = [];
    for (let i = 0; i < runs; i++) {
      const tracePath = values.trace === undefined ? null : path.join(path.resolve(values.trace), `run-${i + 1}.json`);
      const result = await measureOnce(browser, server.url, tracePath);
      say(
        `bench:map: run ${i + 1}: first render ${ms(result.firstRenderMs)}, filter ${ms(result.filterMs)}, ` +
          `timeline ${ms1(result.histogramMs)} computed / ${ms(result.timelineRedrawMs)} redrawn, ` +
          `longest task ${ms(result.longestTaskMs)} (${result.longTasks} long tasks), JS ${kb(result.jsGzipBytes)} gz`,
      );
      results.push(result);
    }
    printTable(results, count, expectedCount);
    const rss = server.child.pid === undefined ? null : groupPeakRss(server.child.pid);
    process.stdout.write(`bench:map: server peak RSS (its process group, summed) ${rss === null ? 'unknown' : `${Math.round(rss / BYTES_PER_MB)} MB`}\n`);
    return 0;
  } finally {
    await browser?.close();
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function measureOnce(browser: Browser, baseUrl: string, tracePath: string | null): Promise<RunResult> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    await context.addInitScript(PROBE_INIT_SCRIPT);
    const page = await context.newPage();
    if (tracePath !== null) {
      mkdirSync(path.dirname(tracePath), { recursive: true });
      await browser.startTracing(page, { path: tracePath, categories: TRACE_CATEGORIES });
    }
    const scripts = new Map<string, Promise<Buffer | null>>(); // by URL: each script counted once
    const documents: Promise<Buffer | null>[] = [];
    page.on('response', (response) => {
      const type = response.request().resourceType();
      const body = () => response.body().catch(() => null);
      if (type === 'script' && !scripts.has(response.url())) scripts.set(response.url(), body());
      if (type === 'document' || type === 'fetch' || type === 'xhr') documents.push(body());
    });
    await page.goto(baseUrl + '/', { waitUntil: 'commit', timeout: READY_TIMEOUT_MS });
    const firstRenderMs = await timeToReady(page, READY_TIMEOUT_MS);
    await page.waitForLoadState('load');
    const tasks = await longTasksWhilePanning(page);
    const filterMs = await timeToFilter(page, `input[name="actor"][value="${FILTER_ACTOR}"]`, FILTER_TIMEOUT_MS);
    await page.waitForTimeout(SETTLE_MS);
    // in store mode the timeline's chart arrives with the store's answer, after the map's and the list's
    await page.waitForSelector('[data-testid="timeline-chart"]', { timeout: FILTER_TIMEOUT_MS });
    // The same checkbox again (the filter off): the timeline follows every filter change.
    const timeline = await timeToTimeline(page, `input[name="actor"][value="${FILTER_ACTOR}"]`, FILTER_TIMEOUT_MS);
    if (tracePath !== null) await browser.stopTracing();
    const js = (await Promise.all(scripts.values())).filter((b): b is Buffer => b !== null);
    const html = (await Promise.all(documents)).filter((b): b is Buffer => b !== null);
    return {
      firstRenderMs,
      filterMs,
      timelineRedrawMs: timeline.redrawMs,
      histogramMs: timeline.computeMs,
      longestTaskMs: Math.max(0, ...tasks),
      longTasks: tasks.filter((t) => t > TARGETS.longTaskMs).length,
      jsRawBytes: js.reduce((sum, b) => sum + b.length, 0),
      jsGzipBytes: js.reduce((sum, b) => sum + gzipSync(b, { level: GZIP_LEVEL }).length, 0),
      documentBytes: html.reduce((sum, b) => sum + b.length, 0),
    };
  } finally {
    await context.close();
  }
}

function printTable(results: readonly RunResult[], count: number, filtered: number): void {
  const column = (pick: (r: RunResult) => number) => results.map(pick);
  const rows = [
    row('first render (nav → markers)', column((r) => r.firstRenderMs), ms, `≤ ${TARGETS.firstRenderMs} ms`, (m) => m <= TARGETS.firstRenderMs),
    row(`filter actor=${FILTER_ACTOR} (${filtered} events)`, column((r) => r.filterMs), ms, `≤ ${TARGETS.filterMs} ms`, (m) => m <= TARGETS.filterMs),
    row('timeline histogram computed (filter change)', column((r) => r.histogramMs), ms1, `≤ ${TARGETS.timelineMs} ms`, (m) => m <= TARGETS.timelineMs),
    row('filter click → timeline redrawn', column((r) => r.timelineRedrawMs), ms, `≤ ${TARGETS.timelineMs} ms`, (m) => m <= TARGETS.timelineMs),
    row('longest task, pan + zoom', column((r) => r.longestTaskMs), ms, `≤ ${TARGETS.longTaskMs} ms`, (m) => m <= TARGETS.longTaskMs),
    row('JS loaded by the map page (gzip)', column((r) => r.jsGzipBytes), kb, `≤ ${TARGETS.jsGzipKb} kB`, (m) => m <= TARGETS.jsGzipKb * BYTES_PER_KB),
    row('JS loaded (raw)', column((r) => r.jsRawBytes), kb, '—', () => true),
    row('HTML + fetched data (raw)', column((r) => r.documentBytes), kb, '—', () => true),
  ];
  const header = ['metric', 'median', 'min', 'max', 'target', 'ok'];
  const table = [header, ...rows.map((r) => [r.name, r.median, r.min, r.max, r.target, r.ok])];
  const widths = header.map((_, c) => Math.max(...table.map((line) => (line[c] ?? '').length)));
  process.stdout.write(`\nbench:map: ${count} synthetic events, ${results.length} runs, Chromium headless\n`);
  for (const line of table) process.stdout.write(`| ${line.map((cell, c) => cell.padEnd(widths[c] ?? 0)).join(' | ')} |\n`);
  const missed = rows.filter((r) => r.ok === 'MISSED').map((r) => r.name);
  process.stdout.write(missed.length > 0 ? `bench:map: targets missed: ${missed.join('; ')}\n` : 'bench:map: all targets met\n');
}

function row(name: string, values: readonly number[], show: (n: number) => string, target: string, meets: (m: number) => boolean) {
  const med = median(values);
  const ok = target === '—' ? '' : meets(med) ? 'yes' : 'MISSED';
  return { name, median: show(med), min: show(Math.min(...values)), max: show(Math.max(...values)), target, ok };
}

function median(values: readonly number[]): number {
  const sorted = values.toSorted((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] ?? NaN) : ((sorted[mid - 1] ?? NaN) + (sorted[mid] ?? NaN)) / 2;
}

function ms(value: number): string {
  return `${Math.round(value)} ms`;
}

/** Milliseconds to a tenth: the histogram takes a few. */
function ms1(value: number): string {
  return `${value.toFixed(1)} ms`;
}

function kb(bytes: number): string {
  return `${(bytes / BYTES_PER_KB).toFixed(1)} kB`;
}

function say(line: string): void {
  process.stderr.write(`${line}\n`);
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    say(`bench:map: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
