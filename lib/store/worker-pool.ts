/**
 * The served SQLite store with its reads answered by a small pool of worker threads, each with its own connection
 * (./store-worker.ts): better-sqlite3 runs a query to its end on the calling thread, so on the server's own thread
 * a 500 ms query (a zoomed-in timeline, a text search) held up every answer behind it — the map's included. Here
 * one thread never takes the slow reads (SLOW_METHODS), the map's and the list's reads go first, a slow read waits
 * (up to SLOW_DEFER_MS) while a fast one runs, so the two cores are the map's and the list's when a filter changes,
 * a read whose client gave up before a thread took it is dropped, and writes stay on the calling thread's connection (SQLite's
 * WAL lets the readers see each commit). Until a thread is up (they load in a second or two), or if none can
 * start, reads run on the calling thread as before.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { StoreOpenError, asyncStore, type AsyncEventStore, type EventStore } from './types';
import { READ_METHODS, SLOW_METHODS, type ReadMethod, type WorkerAnswer } from './worker-protocol';

export interface ReaderPoolOptions {
  /** reader threads; default: the cores, at least 2 (one of them kept for the fast reads) */
  size?: number;
  /** the project root holding lib/store/store-worker.ts and node_modules (tsx compiles the worker) */
  root?: string;
  /** passed to each thread's openSqliteStore */
  aggregates?: boolean;
}

const MIN_READERS = 2; // one for fast reads only, one for anything
const MAX_FAILED_STARTS = 3; // threads that died before answering: past this the pool stops starting them
/** ms a slow read waits at most for the fast reads running to end: a stream of pans cannot starve the timeline */
const SLOW_DEFER_MS = 500;
const WORKER_ENTRY = path.join('lib', 'store', 'store-worker.ts');
// Run as a script string, so the Next bundler never traces it: tsx (already what `npm start` runs on) compiles
// the worker's TypeScript, and better-sqlite3 is required from the project's node_modules.
const BOOT = `const { createRequire } = require('node:module');
const { workerData } = require('node:worker_threads');
const load = createRequire(workerData.root + '/package.json');
load('tsx/cjs/api').register();
load(workerData.entry);`;

interface Job {
  method: ReadMethod;
  args: unknown[];
  slow: boolean;
  /** performance.now() when it was asked */
  asked: number;
  signal: AbortSignal | null;
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
}

interface Reader {
  worker: Worker;
  ready: boolean;
  job: (Job & { id: number }) | null;
  /** the first thread takes fast reads only */
  fastOnly: boolean;
}

// on the store itself, not in a module's map: Next gives each route bundle its own copy of this module
const CONTROL = Symbol.for('geo-event-explorer.reader-pool');
interface Control {
  withSignal: (signal: AbortSignal) => AsyncEventStore;
  /** starts the threads if they are not yet, and resolves with how many are up once none is still starting */
  ready: () => Promise<number>;
}
type Controlled = { [CONTROL]?: Control };

/**
 * `main` (opened on `file`) with its reads sent to reader threads.
 * @example const store = readerPool(file, openSqliteStore(file, { mustExist: true })); await store.view(bounds, 6, filter)
 */
export function readerPool(file: string, main: EventStore, options: ReaderPoolOptions = {}): AsyncEventStore {
  const size = Math.max(MIN_READERS, options.size ?? availableParallelism());
  const root = options.root ?? process.cwd();
  const entry = path.join(root, WORKER_ENTRY);
  const onMain = asyncStore(main);
  const readers: Reader[] = [];
  const queue: Job[] = [];
  let nextId = 1;
  let failedStarts = 0;
  let closed = false;
  let deferTimer: NodeJS.Timeout | null = null;
  const waiting: (() => void)[] = [];

  const start = (fastOnly: boolean): void => {
    const worker = new Worker(BOOT, { eval: true, workerData: { root, entry, file, options: { aggregates: options.aggregates } } });
    const reader: Reader = { worker, ready: false, job: null, fastOnly };
    worker.unref(); // an idle pool does not keep the process alive
    worker.on('message', (message: WorkerAnswer | { ready: true }) => {
      if ('ready' in message) {
        reader.ready = true;
        settle();
        return dispatch();
      }
      const job = reader.job;
      if (job === null || job.id !== message.id) return;
      reader.job = null;
      if ('error' in message) job.reject(errorFrom(message.error));
      else job.resolve(message.value);
      dispatch();
    });
    const fail = (error: Error): void => {
      if (!readers.includes(reader)) return;
      readers.splice(readers.indexOf(reader), 1);
      if (!reader.ready) failedStarts++;
      if (reader.job) reader.job.reject(error);
      void worker.terminate();
      if (!closed && failedStarts < MAX_FAILED_STARTS) start(fastOnly);
      settle();
      dispatch();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`a store reader thread stopped (exit code ${code})`)));
    readers.push(reader);
  };

  const startAll = (): void => {
    // threads start on the first read, not at open: a process that only writes never starts them
    if (readers.length === 0 && failedStarts < MAX_FAILED_STARTS && !closed) for (let i = 0; i < size; i++) start(i === 0);
  };
  const settle = (): void => {
    if (readers.some((r) => !r.ready)) return;
    for (const resolve of waiting.splice(0)) resolve();
  };

  const dispatch = (): void => {
    for (let i = queue.length - 1; i >= 0; i--) {
      const job = queue[i] as Job;
      if (job.signal?.aborted) {
        queue.splice(i, 1);
        job.reject(abortError());
      }
    }
    const up = readers.filter((r) => r.ready);
    if (up.length === 0) {
      // no thread is up yet (or none can start): answer here, as an unpooled store would
      for (const job of queue.splice(0)) run(onMain, job);
      return;
    }
    let held: Job | undefined; // a slow read a free thread could take, held back while a fast read runs
    for (const reader of up) {
      if (reader.job !== null) continue;
      // fast reads first, in arrival order; the fast-only thread never takes a slow one, and the others take one
      // while a fast read runs only once it has waited SLOW_DEFER_MS
      const fastRunning = readers.some((r) => r.job !== null && !r.job.slow);
      const fastOnly = reader.fastOnly && up.length > 1;
      const index = pick(queue, fastOnly, fastRunning ? performance.now() - SLOW_DEFER_MS : null);
      if (index < 0) {
        if (!fastOnly) held = queue[0];
        continue;
      }
      const [job] = queue.splice(index, 1) as [Job];
      const id = nextId++;
      reader.job = { ...job, id };
      reader.worker.postMessage({ id, method: job.method, args: job.args });
    }
    // a held slow read goes when the fast reads end (their answers dispatch again) or its wait is over
    if (held !== undefined && deferTimer === null && !closed) {
      deferTimer = setTimeout(() => {
        deferTimer = null;
        dispatch();
      }, held.asked + SLOW_DEFER_MS - performance.now());
      deferTimer.unref();
    }
  };

  const ask = (signal: AbortSignal | null) => (method: ReadMethod) => (...args: unknown[]) =>
    new Promise<unknown>((resolve, reject) => {
      if (closed) return reject(new Error('the store is closed'));
      startAll();
      queue.push({ method, args, slow: SLOW_METHODS.has(method), asked: performance.now(), signal, resolve, reject });
      dispatch();
    });

  const build = (signal: AbortSignal | null): AsyncEventStore => {
    const reads = Object.fromEntries(READ_METHODS.map((m) => [m, ask(signal)(m)]));
    return {
      ...onMain,
      ...reads,
      close: async () => {
        closed = true;
        if (deferTimer !== null) clearTimeout(deferTimer);
        for (const job of queue.splice(0)) job.reject(new Error('the store is closed'));
        await Promise.all(readers.splice(0).map((r) => r.worker.terminate()));
        main.close();
      },
    } as AsyncEventStore;
  };
  const store = build(null);
  if (!existsSync(entry)) failedStarts = MAX_FAILED_STARTS; // no sources to run the threads from: reads stay here
  const control: Control = {
    withSignal: (signal) => build(signal),
    ready: () => {
      startAll();
      return new Promise<void>((resolve) => {
        waiting.push(resolve);
        settle();
      }).then(() => readers.filter((r) => r.ready).length);
    },
  };
  Object.defineProperty(store, CONTROL, { value: control, enumerable: false });
  return store;
}

/**
 * The same store, its reads not yet taken by a thread dropped (rejected with an AbortError) once `signal` aborts:
 * a client that moved on no longer costs a query. Any other store is returned as it is.
 * @example const store = abortable(served.store, request.signal)
 */
export function abortable(store: AsyncEventStore, signal: AbortSignal): AsyncEventStore {
  return (store as Controlled)[CONTROL]?.withSignal(signal) ?? store;
}

/**
 * How many reader threads answer `store` once they have started (starting them if need be); 0 for a store with no
 * pool, or whose threads could not start.
 * @example await readersReady(store) // 2
 */
export async function readersReady(store: AsyncEventStore): Promise<number> {
  return (await (store as Controlled)[CONTROL]?.ready()) ?? 0;
}

/** True for the error a dropped read is rejected with. */
export function isAbortError(error: unknown): boolean {
  return error instanceof Error && error.name === 'AbortError';
}

// --- private helpers ---

/** The next job for a free thread: the first fast one, else (unless `fastOnly`) the first slow one asked before `slowBefore` (any when null). */
function pick(queue: readonly Job[], fastOnly: boolean, slowBefore: number | null): number {
  const fast = queue.findIndex((j) => !j.slow);
  if (fast >= 0 || fastOnly) return fast;
  const first = queue[0];
  if (first === undefined) return -1;
  return slowBefore === null || first.asked <= slowBefore ? 0 : -1;
}

function run(store: AsyncEventStore, job: Job): void {
  const method = store[job.method] as (...args: unknown[]) => Promise<unknown>;
  method(...job.args).then(job.resolve, job.reject);
}

function errorFrom(e: { name: string; message: string; path?: string }): Error {
  if (e.name === 'StoreOpenError' && e.path !== undefined) {
    // the thread's message already names the file: keep it whole
    const error = new StoreOpenError(e.path, '');
    error.message = e.message;
    return error;
  }
  const error = new Error(e.message);
  error.name = e.name;
  return error;
}

function abortError(): Error {
  const error = new Error('the client gave up before the store answered');
  error.name = 'AbortError';
  return error;
}
