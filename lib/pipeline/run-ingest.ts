/**
 * The body of `npm run ingest`: list the inputs, read and check each file, run the pipeline, build and validate the
 * collection, write it atomically. Every problem is one line on stderr naming the file; the good files still come
 * out. Streams and the gazetteer loader are injected so the whole run is testable in-process.
 */
import path from 'node:path';
import { atomicWriteFile } from '../fs/atomic-write';
import { readArticleFile } from '../fs/read-article-file';
import { collectInputs, describeFsError, type InputFile } from '../fs/walk';
import type { Gazetteer } from '../gazetteer/types';
import { buildCollection } from '../geojson/build';
import { eventCollectionSchema } from '../geojson/schema';
import { serializeCollection } from '../geojson/serialize';
import { parseArticleKeepingText } from '../text/article';
import { splitCollection } from '../store/bundle';
import { asyncStore, type AsyncEventStore, type EventStore } from '../store/types';
import { processArticle } from './index';
import { parallelProcessor, sequentialProcessor, type ArticleOutcome, type ArticleProcessor, type ParallelOptions } from './parallel';
import { createProgress } from './progress';
import { inShare, type Share } from './share';
import { createStoreBatcher, DEFAULT_STORE_BATCH, type StoreBatchOptions, type StoreItem } from './store-batch';
import { createWriteQueue } from './write-queue';
import type { ProgressSink } from './progress';
import type { Article } from '../text/types';
import type { ArticleResult } from './types';

export const EXIT_OK = 0;
export const EXIT_FAILED = 1;
export const EXIT_USAGE = 2;

const MS_PER_SECOND = 1000;
const MICROSECONDS_PER_MS = 1000;

export interface IngestOptions {
  paths: readonly string[];
  /** the GeoJSON file to write, null for none */
  out: string | null;
  /** the event store to write article by article; absent = no store */
  store?: {
    /** how the store is named in messages */
    path: string;
    /**
     * opens it; throws (or rejects with) StoreOpenError, one line, when it cannot be used. A synchronous store
     * (SQLite) is written as each article is done; an async one (PostgreSQL) through a queue the run waits for.
     */
    open: () => EventStore | Promise<AsyncEventStore>;
    /** the folder the stored articles' file paths are relative to; default the store file's folder */
    fileBase?: string;
    /** how many finished articles are written a call, and how long they wait for it (default DEFAULT_STORE_BATCH) */
    batch?: StoreBatchOptions;
  };
  /** article ids to remove from the store before ingesting */
  remove?: readonly string[];
  loadGazetteer: () => Gazetteer | Promise<Gazetteer>;
  stderr: ProgressSink;
  /** print one `INGEST_TIMINGS {json}` line on stderr at the end */
  timings?: boolean;
  /** print stack traces of unexpected errors (INGEST_DEBUG=1) */
  debug?: boolean;
  /** worker threads for large inputs (the CLI); without it everything runs on the calling thread */
  parallel?: ParallelOptions;
  /** only this share of the input files (--share K/N, a worker process's part); input problems are said by share 1 */
  share?: Share | null;
}

export interface IngestSummary {
  exitCode: number;
  articles: number;
  failed: number;
  places: number;
  events: number;
  routes: number;
  written: boolean;
}

/**
 * Runs a whole ingest and returns its summary; never throws for bad input, only reports it.
 * @example await runIngest({ paths: ['seeds'], out: 'geodata/events.geojson', loadGazetteer, stderr: process.stderr })
 */
export async function runIngest(options: IngestOptions): Promise<IngestSummary> {
  const { stderr } = options;
  const startedMs = performance.now();
  const say = (line: string): void => void stderr.write(`ingest: ${line}\n`);
  const sayError = (error: unknown): string =>
    options.debug && error instanceof Error && error.stack ? error.stack : oneLine(error);

  let store: OpenStore | undefined;
  if (options.store !== undefined) {
    try {
      const opened = options.store.open();
      store = opened instanceof Promise ? { kind: 'async', store: await opened } : { kind: 'sync', store: opened };
    } catch (error) {
      say(`${oneLine(error)}; nothing written`);
      return { exitCode: EXIT_FAILED, articles: 0, failed: 1, places: 0, events: 0, routes: 0, written: false };
    }
  }
  try {
    return await ingestInto(options, store, say, sayError, startedMs);
  } finally {
    if (store?.kind === 'sync') store.store.close();
    else if (store?.kind === 'async') await store.store.close();
  }
}

type OpenStore = { kind: 'sync'; store: EventStore } | { kind: 'async'; store: AsyncEventStore };

/**
 * async store batches written at once: a batch's articles already go at once over the PostgreSQL pool's 4
 * connections, and a second batch keeps them busy while the first one's last articles finish. An embedded store: 1,
 * in input order.
 */
const ASYNC_STORE_WRITERS = 2;
/** store batches queued or running at most before the reading loop waits for them (bounds the memory they hold) */
const MAX_PENDING_BATCHES = 2;

async function ingestInto(
  options: IngestOptions,
  store: OpenStore | undefined,
  say: (line: string) => void,
  sayError: (error: unknown) => string,
  startedMs: number,
): Promise<IngestSummary> {
  const { stderr } = options;
  let removeFailed = 0;
  for (const id of options.remove ?? []) {
    if (store === undefined) break;
    const removed = store.kind === 'sync' ? store.store.removeArticle(id) : await store.store.removeArticle(id);
    if (removed) say(`removed ${id} from ${options.store?.path ?? 'the store'}`);
    else {
      say(`${id}: no such article in ${options.store?.path ?? 'the store'}`);
      removeFailed += 1;
    }
  }
  if (options.paths.length === 0) {
    return { exitCode: removeFailed > 0 ? EXIT_FAILED : EXIT_OK, articles: 0, failed: removeFailed, places: 0, events: 0, routes: 0, written: false };
  }
  const inputs = collectInputs(options.paths);
  const share = options.share ?? null;
  const files = inShare(inputs.files, share);
  // every share lists the same inputs: one of them says what is wrong with them
  const problems = share === null || share.index === 1 ? inputs.problems : [];
  for (const problem of problems) say(`${problem.path}: ${problem.reason}`);
  let failed = problems.length + removeFailed;

  // The gazetteer is loaded at the first readable article: a run where every file is bad stays instant.
  let gazetteer: Gazetteer | undefined;
  let gazetteerReadyMs: number | null = null;
  let gazetteerReadyCpuMs: number | null = null;
  let loopStartMs = 0;
  let gazetteerLoadCpuMs = 0;
  // CPU is sampled around the whole loop, not per article: getrusage per file showed up in profiles. It is the
  // whole process's CPU, worker threads included.
  const loopCpuStart = process.cpuUsage();
  // indexed by input position, whichever thread finished first: the output order never depends on timing
  const byIndex: (ArticleResult | undefined)[] = [];
  const progress = createProgress(files.length, stderr);
  const fail = (line: string): void => {
    progress.finish(); // erase a drawn bar first so the line stands alone
    say(line);
    failed += 1;
  };
  const articles: Article[] = [];
  const storeFiles =
    store === undefined || options.store === undefined ? null : fileOf(options.store.fileBase ?? path.dirname(path.resolve(options.store.path)));
  let storedArticles = 0;
  const batcher =
    store === undefined
      ? null
      : createStoreBatcher(
          store.kind === 'sync' ? asyncStore(store.store) : store.store,
          createWriteQueue(store.kind === 'sync' ? 1 : ASYNC_STORE_WRITERS),
          options.store?.batch ?? DEFAULT_STORE_BATCH,
          {
            written: () => void (storedArticles += 1),
            failed: (item: StoreItem, error: unknown) => fail(`${item.file}: not written to the store: ${sayError(error)}`),
          },
        );
  const deliver = (index: number, outcome: ArticleOutcome): void => {
    const article = articles[index];
    if (article === undefined) return;
    if (outcome.ok) {
      const result = { article, ...outcome.result };
      byIndex[index] = result;
      const file = files[index];
      if (batcher !== null && storeFiles !== null && file !== undefined) {
        batcher.add({ file: file.path, bundles: splitCollection(buildCollection([result], storeFiles(file))) });
      }
    } else fail(`${files[index]?.path ?? article.id}: internal error in the pipeline: ${options.debug && outcome.stack ? outcome.stack : outcome.message}`);
  };
  const runLocally = (article: Article): ArticleOutcome => {
    try {
      if (gazetteer === undefined) throw new Error('the gazetteer is not loaded');
      const { mentions, events, routes } = processArticle(article, gazetteer);
      return { ok: true, result: { mentions, events, routes } };
    } catch (error) {
      return error instanceof Error ? { ok: false, message: oneLine(error), stack: error.stack } : { ok: false, message: String(error) };
    }
  };
  let processor: ArticleProcessor | undefined;
  for (const [index, file] of files.entries()) {
    progress.update(index);
    const read = readArticleFile(file.path);
    if (!read.ok) {
      fail(`${file.path}: ${read.reason}`);
      continue;
    }
    let article: Article;
    try {
      const parsed = parseArticleKeepingText(file.id, read.text);
      article = parsed.article;
      if (parsed.warning !== null) {
        progress.finish();
        say(`${file.path}: warning: ${parsed.warning}`);
      }
    } catch (error) {
      fail(`${file.path}: cannot parse: ${sayError(error)}`);
      continue;
    }
    if (processor === undefined) {
      const loadCpuStart = process.cpuUsage();
      // workers start first, so their gazetteers load while this thread loads its own
      const parallel = options.parallel;
      processor =
        parallel !== undefined && parallel.workers > 0 && files.length >= parallel.minArticles
          ? parallelProcessor(parallel, runLocally, deliver)
          : sequentialProcessor(runLocally, deliver);
      try {
        gazetteer = await options.loadGazetteer();
      } catch (error) {
        progress.finish();
        say(`cannot load the gazetteer: ${sayError(error)}; nothing written`);
        await processor.finish();
        return { exitCode: EXIT_FAILED, articles: 0, failed, places: 0, events: 0, routes: 0, written: false };
      }
      // process.uptime() counts from process start: Node, module loading and the gazetteer, the cold start.
      gazetteerReadyMs = process.uptime() * MS_PER_SECOND;
      gazetteerReadyCpuMs = cpuMs(process.cpuUsage());
      gazetteerLoadCpuMs = cpuMs(process.cpuUsage(loadCpuStart));
      loopStartMs = performance.now();
    }
    articles[index] = article;
    await processor.submit(index, article);
    if (batcher !== null && batcher.pending() >= MAX_PENDING_BATCHES) await batcher.idle();
  }
  await processor?.finish();
  await batcher?.finish();
  progress.update(files.length);
  progress.finish();
  // reading and parsing the files included (they are part of an ingest); the gazetteer load is not
  const pipelineMs = processor === undefined ? 0 : performance.now() - loopStartMs;
  const pipelineCpuMs = cpuMs(process.cpuUsage(loopCpuStart)) - gazetteerLoadCpuMs;
  const results = byIndex.filter((result): result is ArticleResult => result !== undefined);

  const collection = buildCollection(results, articleFiles(files, results, options.out ?? options.store?.path ?? '.'));
  const counts = countFeatures(collection.features);
  const summary = { articles: results.length, failed, ...counts };
  const checked = eventCollectionSchema.safeParse(collection);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    say(`not written: the output breaks the contract at ${issue?.path.join('.') ?? '?'}: ${issue?.message ?? ''}`);
    return { exitCode: EXIT_FAILED, ...summary, written: false };
  }
  const printTimings = (writeStartMs: number, endMs: number): void => {
    const timing = {
      coldStartMs: gazetteerReadyMs === null ? null : round1(gazetteerReadyMs),
      // CPU time (user + system) next to wall time: on a shared machine the wall figures measure the neighbours too.
      coldStartCpuMs: gazetteerReadyCpuMs === null ? null : round1(gazetteerReadyCpuMs),
      pipelineMs: round1(pipelineMs),
      pipelineCpuMs: round1(pipelineCpuMs),
      articles: results.length,
      articlesPerSecond: pipelineMs > 0 ? round1((results.length / pipelineMs) * MS_PER_SECOND) : null,
      workerArticles: processor?.workerArticles() ?? 0,
      writeMs: round1(endMs - writeStartMs),
      totalMs: round1(process.uptime() * MS_PER_SECOND),
      maxRssMB: round1(process.resourceUsage().maxRSS / 1024),
    };
    stderr.write(`INGEST_TIMINGS ${JSON.stringify(timing)}\n`);
  };
  if (options.out === null) {
    say(`${plural(storedArticles, 'article')}${failed > 0 ? ` (${failed} failed)` : ''} → ${options.store?.path ?? 'the store'}`);
    if (options.timings) printTimings(performance.now(), performance.now());
    return { exitCode: failed > 0 ? EXIT_FAILED : EXIT_OK, ...summary, written: storedArticles > 0 };
  }
  // Keep the previous output when this run read nothing usable: an all-failed run must not erase good data.
  if (results.length === 0 && failed > 0) {
    say(`not written: no article could be read; ${options.out} is left as it was`);
    return { exitCode: EXIT_FAILED, ...summary, written: false };
  }
  const writeStartMs = performance.now();
  try {
    atomicWriteFile(options.out, serializeCollection(collection));
  } catch (error) {
    say(`cannot write ${options.out}: ${describeFsError(error)}; the previous file is left as it was`);
    return { exitCode: EXIT_FAILED, ...summary, written: false };
  }
  const endMs = performance.now();

  const seconds = ((endMs - startedMs) / MS_PER_SECOND).toFixed(2);
  say(
    `${plural(results.length, 'article')}${failed > 0 ? ` (${failed} failed)` : ''}, ${plural(counts.places, 'place')}, ` +
      `${plural(counts.events, 'event')}, ${plural(counts.routes, 'route')} in ${seconds} s → ${options.out}` +
      (options.store === undefined ? '' : ` and ${plural(storedArticles, 'article')} → ${options.store.path}`),
  );
  if (options.timings) printTimings(writeStartMs, endMs);
  return { exitCode: failed > 0 ? EXIT_FAILED : EXIT_OK, ...summary, written: true };
}

/** Each article's file relative to the output's folder (posix), so the explorer can find the text next to it. */
function articleFiles(files: readonly InputFile[], results: readonly ArticleResult[], out: string): Map<string, string> {
  const written = new Set(results.map((result) => result.article.id));
  const outDir = path.dirname(path.resolve(out));
  return new Map(
    files
      .filter((file) => written.has(file.id))
      .map((file) => [file.id, path.relative(outDir, path.resolve(file.path)).split(path.sep).join('/')]),
  );
}

function countFeatures(features: readonly { properties: { kind: string } }[]): {
  places: number;
  events: number;
  routes: number;
} {
  let places = 0;
  let events = 0;
  let routes = 0;
  for (const feature of features) {
    if (feature.properties.kind === 'place') places += 1;
    else if (feature.properties.kind === 'event') events += 1;
    else routes += 1;
  }
  return { places, events, routes };
}

/** For the store: an article's file relative to the store's folder, as `articleFiles` does for the GeoJSON. */
function fileOf(dir: string): (file: InputFile) => Map<string, string> {
  return (file) => new Map([[file.id, path.relative(dir, path.resolve(file.path)).split(path.sep).join('/')]]);
}

function oneLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0] ?? message;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function cpuMs(usage: NodeJS.CpuUsage): number {
  return (usage.user + usage.system) / MICROSECONDS_PER_MS;
}

function round1(value: number): number {
  return Math.round(value * 10) / 10;
}
