/**
 * `npm run ingest -- [--out FILE] [PATH ...]`: articles → geodata/events.geojson. See lib/pipeline/args.ts for the
 * usage text and lib/pipeline/run-ingest.ts for what happens to each file.
 */
import { INGEST_USAGE, parseIngestArgs } from '../pipeline/args';
import { availableParallelism, loadavg } from 'node:os';
import path from 'node:path';
import { RELAUNCHED_ENV, isBundleFresh, manifestRoot, relaunchFresh } from '../pipeline/bundle';
import type { ParallelOptions } from '../pipeline/parallel';
import { DEFAULT_STORE_BATCH, type StoreBatchOptions } from '../pipeline/store-batch';
import { isPipelineWorker } from '../pipeline/worker-protocol';

/** Replaced by esbuild in the prebuilt bundle (lib/pipeline/bundle.ts); undeclared when run with tsx. */
declare const INGEST_BUNDLE_MANIFEST: string | undefined;

const EXIT_OK = 0;
const EXIT_FAILED = 1;
const EXIT_USAGE = 2;
/**
 * Below this many input files, one thread. Measured on the 817 dev-corpus articles: a worker costs ~2.5 s of extra
 * CPU (its own module start-up, gazetteer, chrono's first-use regex compiling and a cold JIT), about as much as
 * it takes over, so only much larger inputs gain.
 */
const PARALLEL_MIN_ARTICLES = 1000;
/** worker threads at most, next to the main thread; each holds a gazetteer (~60 MB resident) */
const MAX_WORKERS = 3;

async function main(argv: readonly string[]): Promise<number> {
  // The prebuilt bundle checks it was built from the current sources; if not, a fresh build (or tsx) runs instead.
  const manifest = typeof INGEST_BUNDLE_MANIFEST === 'string' ? INGEST_BUNDLE_MANIFEST : undefined;
  if (manifest !== undefined && process.env[RELAUNCHED_ENV] !== '1' && !isBundleFresh(manifest)) {
    const root = manifestRoot(manifest);
    if (root !== undefined) return relaunchFresh(root, argv);
  }
  const args = parseIngestArgs(argv);
  if (args.kind === 'help') {
    process.stdout.write(`${INGEST_USAGE}\n`);
    return EXIT_OK;
  }
  if (args.kind === 'usage-error') {
    process.stderr.write(`ingest: ${args.message}\n\n${INGEST_USAGE}\n`);
    return EXIT_USAGE;
  }
  if (args.workers !== null && args.workers > 1) {
    // the parent only starts the workers: it loads no gazetteer and opens no store
    const { runWorkerProcesses } = await import('../pipeline/worker-processes');
    const script = process.argv[1] ?? '';
    const result = await runWorkerProcesses({
      workers: args.workers,
      command: [process.execPath, ...process.execArgv, script],
      argsFor: (share) => ['--share', `${share.index}/${share.of}`, ...(args.store === null ? [] : ['--store', args.store]), '--', ...args.paths],
      env: process.env,
      stderr: process.stderr,
      timings: process.env.INGEST_TIMINGS === '1',
    });
    return result.exitCode;
  }
  // a worker of `--workers N` stops with its parent, and tells it its figures at the end
  const worker = args.share !== null && process.send !== undefined ? await import('../pipeline/worker-processes') : null;
  const stopWatching = worker?.exitWithParent();
  // Imported only now: --help and usage errors answer at once instead of after loading every stage.
  // --out alone writes only that file, as before the store existed (tests and one-off exports stay out of it)
  // DATABASE_URL=postgres://… names a PostgreSQL store (lib/store/postgres); --store FILE still picks an SQLite file
  const databaseUrl = (process.env.DATABASE_URL ?? '').trim();
  const usePostgres = databaseUrl !== '' && args.store === null;
  const useStore = usePostgres || args.store !== null || (process.env.STORE_PATH ?? '').trim() !== '' || !args.outGiven;
  if (args.remove.length > 0 && !useStore) {
    process.stderr.write('ingest: --remove needs the store: drop --out, or name it with --store or STORE_PATH\n');
    return EXIT_USAGE;
  }
  const [{ runIngest }, { loadWorldGazetteer }, { resolveStorePath }] = await Promise.all([
    import('../pipeline/run-ingest'),
    import('../gazetteer/world'),
    import('../store/path'),
  ]);
  const storePath = resolveStorePath(args.store, process.env, process.cwd());
  // the native SQLite module is loaded only by runs that use the store
  const { openSqliteStore } = useStore && !usePostgres ? await import('../store/sqlite/index') : { openSqliteStore: null };
  const postgres = usePostgres ? await import('../store/postgres/index') : null;
  const batch = storeBatch(process.env.INGEST_STORE_BATCH);
  const summary = await runIngest({
    paths: args.paths,
    out: args.out,
    ...(openSqliteStore !== null ? { store: { path: shownPath(storePath), open: () => openSqliteStore(storePath), batch } } : {}),
    // article files relative to the folder the default store file would be in, as the SQLite store has them
    ...(postgres !== null
      ? { store: { path: postgres.describeUrl(databaseUrl), open: () => postgres.openPostgresStore(databaseUrl), fileBase: path.dirname(storePath), batch } }
      : {}),
    remove: args.remove,
    loadGazetteer: loadWorldGazetteer,
    stderr: process.stderr,
    timings: process.env.INGEST_TIMINGS === '1',
    debug: process.env.INGEST_DEBUG === '1',
    // --workers or --share: processes share the work, no threads beside them
    parallel: parallelOptions(manifest !== undefined, args.share !== null || args.workers !== null),
    share: args.share,
  });
  if (worker !== null) {
    stopWatching?.();
    const store = usePostgres ? postgres?.describeUrl(databaseUrl) ?? '' : shownPath(storePath);
    await worker.reportToParent({ kind: 'ingest-worker-summary', exitCode: summary.exitCode, articles: summary.articles, failed: summary.failed, store });
  }
  return summary.exitCode;
}

/**
 * INGEST_STORE_BATCH=n: articles written to the store a call at most (1: one transaction per article, as before
 * batching, for comparing); unset or not a positive integer: the default.
 */
function storeBatch(fromEnv: string | undefined): StoreBatchOptions | undefined {
  if (fromEnv === undefined || !/^[1-9]\d*$/.test(fromEnv)) return undefined;
  return { ...DEFAULT_STORE_BATCH, maxArticles: Number(fromEnv) };
}

/** A path as the user would write it: relative when inside the working folder, else absolute. */
function shownPath(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative === '' || relative.startsWith('..') || path.isAbsolute(relative) ? file : relative;
}

/**
 * One worker per idle core beyond the first: none when the load average says the cores are taken already (an extra
 * thread then only adds its start-up cost). INGEST_WORKERS overrides; 0 keeps everything on the main thread.
 */
function workerCount(): number {
  const fromEnv = process.env.INGEST_WORKERS;
  if (fromEnv !== undefined && /^\d+$/.test(fromEnv)) return Number(fromEnv);
  const idleCores = Math.floor(availableParallelism() - (loadavg()[0] ?? 0));
  return Math.min(MAX_WORKERS, Math.max(0, idleCores - 1));
}

/**
 * Worker threads run this same script: the bundle as it is; under tsx through tsx's require hook, the one tsx hook
 * a worker thread can register for itself.
 */
function parallelOptions(bundled: boolean, noThreads: boolean): ParallelOptions {
  const script = process.argv[1] ?? '';
  const workers = noThreads ? 0 : workerCount();
  if (bundled) return { script, workers, minArticles: PARALLEL_MIN_ARTICLES };
  const tsxHook = `require(require.resolve('tsx/cjs', { paths: [${JSON.stringify(script)}] }))`;
  return { script: `${tsxHook}; require(${JSON.stringify(script)});`, evalScript: true, workers, minArticles: PARALLEL_MIN_ARTICLES };
}

if (isPipelineWorker()) {
  // require, not import(): see parallelOptions. Loaded only in worker threads, so the main thread starts lighter.
  (require('../pipeline/worker') as typeof import('../pipeline/worker')).runPipelineWorker();
} else {
  runMain();
}

function runMain(): void {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      // Last resort: runIngest reports bad input itself, so this is a bug; still one line unless debugging.
      const detail = process.env.INGEST_DEBUG === '1' && error instanceof Error ? error.stack : String(error);
      process.stderr.write(`ingest: unexpected error: ${detail}\n`);
      process.exitCode = EXIT_FAILED;
    },
  );
}
