/**
 * `npx tsx lib/cli/bench-add.ts [--runs N] [--words N] [--article FILE] [--reuse-build]`: paste → events on the map.
 * Serves the production build on a copy of the seeds' events, then in Chromium, each run in a fresh page: paste an
 * article of about 1,000 words into "Add articles", click Add, and time from the click to the moment the side list
 * and the map show the new article's events (the page then sits on ?article=<id>). Each run starts once the page
 * has finished loading (basemap drawn, network idle). The first run after the
 * server starts also starts the pipeline thread and loads the gazetteer; it is reported apart from the others.
 * The default article is ACLED's coded notes of one country (../shared/eval/acled-2020-dev.csv) joined as
 * paragraphs up to the word count: conflict reporting, dense in places and events. A benchmark, not a test.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { spawnSync } from 'node:child_process';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../e2e/browser';
import { readAcledCsv } from '../eval/acled-corpus';
import { buildStaleReason, ensureBuilt, PROJECT_ROOT, startServer } from '../serve/next-app';

const DEFAULT_RUNS = 7;
const DEFAULT_WORDS = 1000;
const DEFAULT_COUNTRY = 'Yemen'; // the dev set's notes of one country read like one running report
const ACLED_CSV = path.resolve(PROJECT_ROOT, '..', 'shared', 'eval', 'acled-2020-dev.csv');
const MAPPED_TIMEOUT_MS = 60_000;
const DEFAULT_FILES = 50; // the batch of the responsiveness run
const NOTES_PER_FILE = 5; // ACLED notes in each file of that batch (~200 words)
/** Records every long task (> 50 ms) the page runs, from its first script on. */
const LONG_TASK_SCRIPT = `(() => {
  window.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
})();`;

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      runs: { type: 'string' },
      words: { type: 'string' },
      files: { type: 'string' },
      article: { type: 'string' },
      'reuse-build': { type: 'boolean' },
    },
  });
  const runs = Number(values.runs ?? DEFAULT_RUNS);
  const words = Number(values.words ?? DEFAULT_WORDS);
  if (!Number.isInteger(runs) || runs < 2) throw new Error(`--runs must be an integer ≥ 2, got ${values.runs}`);
  const files = Number(values.files ?? DEFAULT_FILES);
  const text = values.article ? readFileSync(values.article, 'utf8') : acledArticle(words);
  say(`bench:add: article of ${text.split(/\s+/).filter(Boolean).length} words`);

  if (!values['reuse-build'] || buildStaleReason() === 'missing') await ensureBuilt({ log: say });
  const dir = mkdtempSync(path.join(tmpdir(), 'bench-add-'));
  const articles = path.join(dir, 'articles');
  mkdirSync(articles);
  copyFileSync(path.join(PROJECT_ROOT, 'seeds', 'raqqa-2017.txt'), path.join(articles, 'raqqa-2017.txt'));
  const eventsPath = path.join(dir, 'events.geojson');
  const ingest = spawnSync(process.execPath, ['--import', 'tsx', 'lib/cli/ingest.ts', '--out', eventsPath, articles], { cwd: PROJECT_ROOT, stdio: 'ignore' });
  if (ingest.status !== 0) throw new Error('ingest of the seeds failed');

  const server = await startServer({ eventsPath });
  const browser = await launchChromium();
  const times: number[] = [];
  let batch: BatchResult | null = null;
  try {
    for (let run = 1; run <= runs; run++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      const page = await context.newPage();
      await page.goto(`${server.url}/`, { waitUntil: 'load' });
      // A person pastes into a page that has finished loading: the basemap drawn, no request in flight.
      await page.locator('.leaflet-container[data-basemap="drawn"]').waitFor({ timeout: MAPPED_TIMEOUT_MS });
      await page.waitForLoadState('networkidle');
      await page.getByRole('button', { name: 'Add articles' }).click();
      const dialog = page.getByRole('dialog', { name: 'Add articles' });
      const add = dialog.getByRole('button', { name: 'Add', exact: true });
      await add.waitFor();
      while (!(await add.isEnabled())) await page.waitForTimeout(20);
      await dialog.getByLabel('Article text').fill(text);
      await dialog.getByLabel('Title').fill(`Bench run ${run}`);
      await page.evaluate(() => {
        const button = [...document.querySelectorAll('dialog button')].find((b) => b.textContent === 'Add');
        button?.addEventListener('click', () => ((window as unknown as { __addAt: number }).__addAt = performance.now()), { once: true });
      });
      await add.click();
      const prefix = `event:bench-run-${run}:`;
      const handle = await page.waitForFunction(
        (p) => {
          const first = document.querySelector('[data-testid="event-item"]')?.getAttribute('data-event-id') ?? '';
          const markers = document.querySelectorAll('.leaflet-marker-pane [data-event-id], .leaflet-marker-pane .event-cluster').length;
          return first.startsWith(p) && markers > 0 ? performance.now() - (window as unknown as { __addAt: number }).__addAt : false;
        },
        prefix,
        { timeout: MAPPED_TIMEOUT_MS, polling: 'raf' },
      );
      const ms = Number(await handle.jsonValue());
      if (process.env.BENCH_ADD_TRACE === '1') {
        const trace = await page.evaluate(() => {
          const at = (window as unknown as { __addAt: number }).__addAt;
          return performance
            .getEntriesByType('resource')
            .filter((e) => e.startTime >= at)
            .map((e) => e as PerformanceResourceTiming)
            .map((e) => `${Math.round(e.startTime - at)}–${Math.round(e.responseEnd - at)} ${e.name.replace(location.origin, '').slice(0, 60)}`);
        });
        say(trace.join('\n'));
      }
      times.push(ms);
      say(`run ${run}: ${Math.round(ms)} ms${run === 1 ? ' (cold: starts the pipeline thread)' : ''}`);
      await context.close();
    }
    batch = files > 0 ? await batchRun(browser, server.url, files) : null;
  } finally {
    await browser.close();
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
  const warm = times.slice(1).toSorted((a, b) => a - b);
  const median = warm.length % 2 === 1 ? (warm[(warm.length - 1) / 2] as number) : ((warm[warm.length / 2 - 1] as number) + (warm[warm.length / 2] as number)) / 2;
  process.stdout.write(
    `paste → events on the map, ${words}-word article: cold ${Math.round(times[0] ?? NaN)} ms; ` +
      `warm median ${Math.round(median)} ms (min ${Math.round(warm[0] ?? NaN)}, max ${Math.round(warm.at(-1) ?? NaN)}, ${warm.length} runs)\n`,
  );
  if (batch !== null) {
    process.stdout.write(
      `${files} files dropped at once: all mapped ${Math.round(batch.mappedMs)} ms after the click; longest task while they ingested ` +
        `${Math.round(batch.longestWhileIngestingMs)} ms (${batch.longTasksWhileIngesting} over 50 ms); ` +
        `longest task while the map took the new data ${Math.round(batch.longestAfterMs)} ms ` +
        `(during the page's own load, for comparison: ${Math.round(batch.longestBeforeMs)} ms)\n`,
    );
  }
  return 0;
}

interface BatchResult {
  mappedMs: number;
  longestWhileIngestingMs: number;
  longTasksWhileIngesting: number;
  longestAfterMs: number;
  /** the page's own load, before the click: shows the probe hears long tasks at all */
  longestBeforeMs: number;
}

/**
 * Drops `count` files at once and records the page's long tasks: from the click until the panel shows every file
 * mapped (the ingest), then until the map shows the first new article (the data swap).
 */
async function batchRun(browser: Browser, url: string, count: number): Promise<BatchResult> {
  const notes = readAcledCsv(readFileSync(ACLED_CSV, 'utf8')).filter((n) => n.country === DEFAULT_COUNTRY);
  const files = Array.from({ length: count }, (_, i) => ({
    name: `batch-${String(i + 1).padStart(2, '0')}.txt`,
    text: notes
      .slice((i * NOTES_PER_FILE) % notes.length, ((i * NOTES_PER_FILE) % notes.length) + NOTES_PER_FILE)
      .map((n) => n.notes.replace(/\s*\[[^\]]*\]\s*$/, ''))
      .join('\n\n'),
  }));
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.addInitScript(LONG_TASK_SCRIPT);
  const page = await context.newPage();
  await page.goto(`${url}/`, { waitUntil: 'load' });
  await page.locator('.leaflet-container[data-basemap="drawn"]').waitFor({ timeout: MAPPED_TIMEOUT_MS });
  await page.waitForLoadState('networkidle');
  await page.getByRole('button', { name: 'Add articles' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add articles' });
  const add = dialog.getByRole('button', { name: 'Add', exact: true });
  while (!(await add.isEnabled())) await page.waitForTimeout(20);
  const transfer = await page.evaluateHandle((list) => {
    const dt = new DataTransfer();
    for (const f of list) dt.items.add(new File([f.text], f.name));
    return dt;
  }, files);
  await page.getByTestId('drop-zone').dispatchEvent('drop', { dataTransfer: transfer });
  const clickAt = await page.evaluate(() => performance.now());
  await add.click();
  const mappedAt = Number(
    await (
      await page.waitForFunction(
        (n) => document.querySelectorAll('[aria-label="Progress"] li[data-state="mapped"], [aria-label="Progress"] li[data-state="failed"]').length === n && performance.now(),
        count,
        { timeout: MAPPED_TIMEOUT_MS * 4, polling: 50 },
      )
    ).jsonValue(),
  );
  await page.waitForFunction(() => document.querySelector('[data-testid="event-item"]')?.getAttribute('data-event-id')?.startsWith('event:batch-') === true, null, {
    timeout: MAPPED_TIMEOUT_MS,
  });
  await page.waitForTimeout(500); // long tasks are reported after they end
  const tasks = await page.evaluate(() => (window as unknown as { __longTasks: { start: number; duration: number }[] }).__longTasks);
  await context.close();
  const during = tasks.filter((t) => t.start >= clickAt && t.start < mappedAt);
  const after = tasks.filter((t) => t.start >= mappedAt);
  return {
    mappedMs: mappedAt - clickAt,
    longestWhileIngestingMs: Math.max(0, ...during.map((t) => t.duration)),
    longTasksWhileIngesting: during.length,
    longestAfterMs: Math.max(0, ...after.map((t) => t.duration)),
    longestBeforeMs: Math.max(0, ...tasks.filter((t) => t.start < clickAt).map((t) => t.duration)),
  };
}

/** ACLED's notes of one country, newest first as the file lists them, joined as paragraphs up to `words` words. */
function acledArticle(words: number): string {
  if (!existsSync(ACLED_CSV)) throw new Error(`no ${ACLED_CSV}: pass --article FILE`);
  const notes = readAcledCsv(readFileSync(ACLED_CSV, 'utf8')).filter((n) => n.country === DEFAULT_COUNTRY);
  const paragraphs: string[] = [];
  let count = 0;
  for (const note of notes) {
    if (count >= words) break;
    const clean = note.notes.replace(/\s*\[[^\]]*\]\s*$/, ''); // ACLED's "[size=…]" tags are no news text
    paragraphs.push(clean);
    count += clean.split(/\s+/).length;
  }
  return paragraphs.join('\n\n');
}

function say(line: string): void {
  process.stderr.write(`${line}\n`);
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    say(`bench:add: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
