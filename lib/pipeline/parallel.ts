/**
 * Runs the per-article pipeline on the main thread and, for large inputs, on worker threads too (each with its own
 * gazetteer). Articles are dealt in small batches: a worker gets a batch whenever it has room, the main thread
 * processes a batch itself whenever none has, so the threads share the work without a fixed split. Outcomes come
 * back tagged with the article's input index; the caller orders by it, so the output never depends on timing.
 */
import { Worker } from 'node:worker_threads';
import type { Article } from '../text/types';
import { PIPELINE_WORKER_KIND, type ArticleOutcome, type FromWorker, type ToWorker } from './worker-protocol';

export type { ArticleOutcome } from './worker-protocol';

/** How the CLI runs in parallel; without it (tests, small runs) everything stays on the calling thread. */
export interface ParallelOptions {
  /** the script worker threads run: the CLI's own file, which starts the worker loop when it sees it is one */
  script: string;
  /** `script` is JavaScript source rather than a file name (a loader line in front of the CLI file under tsx) */
  evalScript?: boolean;
  /** worker threads next to the main thread */
  workers: number;
  /** fewer input files than this run on the main thread only (a worker's start-up would cost more than it saves) */
  minArticles: number;
}

/** Articles per batch: small enough to balance the threads, large enough that messages are a small share. */
export const BATCH_ARTICLES = 8;
/** Batches a worker holds at once, so it never waits for the main thread to come up for air. */
const BATCHES_IN_FLIGHT = 2;

export interface ArticleProcessor {
  /** hands over one article; may process a batch on this thread before it resolves */
  submit(index: number, article: Article): Promise<void>;
  /** processes what is left and resolves once every outcome has been delivered */
  finish(): Promise<void>;
  /** articles answered by worker threads so far */
  workerArticles(): number;
}

interface Job {
  index: number;
  article: Article;
}

interface WorkerSlot {
  worker: Worker;
  ready: boolean;
  dead: boolean;
  inFlight: Map<number, Job[]>;
}

/**
 * A processor that runs `local` on this thread only.
 * @example const p = sequentialProcessor(run, deliver); await p.submit(0, article); await p.finish();
 */
export function sequentialProcessor(
  local: (article: Article) => ArticleOutcome,
  deliver: (index: number, outcome: ArticleOutcome) => void,
): ArticleProcessor {
  return {
    submit(index, article) {
      deliver(index, local(article));
      return Promise.resolve();
    },
    finish: () => Promise.resolve(),
    workerArticles: () => 0,
  };
}

/**
 * A processor that shares the articles between this thread and `options.workers` worker threads; a worker that
 * fails to start or dies hands its batches back to this thread, so a run never loses an article.
 * @example const p = parallelProcessor({ script: process.argv[1], workers: 1, minArticles: 50 }, run, deliver);
 */
export function parallelProcessor(
  options: ParallelOptions,
  local: (article: Article) => ArticleOutcome,
  deliver: (index: number, outcome: ArticleOutcome) => void,
): ArticleProcessor {
  const queue: Job[][] = [];
  let filling: Job[] = [];
  let nextBatchId = 0;
  let fromWorkers = 0;
  let wake: (() => void) | null = null;
  const signal = (): void => {
    const resolve = wake;
    wake = null;
    resolve?.();
  };
  const slots = Array.from({ length: options.workers }, (): WorkerSlot => {
    const worker = new Worker(options.script, { eval: options.evalScript === true, workerData: { kind: PIPELINE_WORKER_KIND } });
    const slot: WorkerSlot = { worker, ready: false, dead: false, inFlight: new Map() };
    const die = (): void => {
      if (slot.dead) return;
      slot.dead = true;
      // its unfinished batches go back to the front of the queue, in their original order
      queue.unshift(...[...slot.inFlight.keys()].toSorted((a, b) => a - b).map((id) => slot.inFlight.get(id) ?? []));
      slot.inFlight.clear();
      signal();
    };
    worker.on('message', (message: FromWorker) => {
      if (message.kind === 'ready') slot.ready = true;
      else if (message.kind === 'failed') die();
      else {
        const jobs = slot.inFlight.get(message.id) ?? [];
        slot.inFlight.delete(message.id);
        fromWorkers += jobs.length;
        jobs.forEach((job, i) => deliver(job.index, message.outcomes[i] ?? { ok: false, message: 'the worker lost this article' }));
      }
      signal();
    });
    worker.on('error', die);
    worker.on('exit', die);
    return slot;
  });

  const assign = (): void => {
    for (const slot of slots) {
      while (slot.ready && !slot.dead && slot.inFlight.size < BATCHES_IN_FLIGHT && queue.length > 0) {
        const jobs = queue.shift() ?? [];
        const id = nextBatchId++;
        slot.inFlight.set(id, jobs);
        const message: ToWorker = { kind: 'batch', id, articles: jobs.map((job) => job.article) };
        slot.worker.postMessage(message);
      }
    }
  };
  const runLocally = (jobs: readonly Job[]): void => {
    for (const job of jobs) deliver(job.index, local(job.article));
  };
  const inFlight = (): number => slots.reduce((sum, slot) => sum + slot.inFlight.size, 0);

  return {
    async submit(index, article) {
      filling.push({ index, article });
      if (filling.length < BATCH_ARTICLES) return;
      queue.push(filling);
      filling = [];
      assign();
      const mine = queue.shift();
      if (mine === undefined) return;
      runLocally(mine);
      // let the workers' answers in (and hand them new batches) before reading on
      await nextTurn();
    },
    async finish() {
      if (filling.length > 0) queue.push(filling);
      filling = [];
      for (;;) {
        assign();
        const mine = queue.shift();
        if (mine !== undefined) {
          runLocally(mine);
          await nextTurn();
        } else if (inFlight() > 0) {
          await new Promise<void>((resolve) => {
            wake = resolve;
          });
        } else {
          break;
        }
      }
      await Promise.all(slots.map((slot) => (slot.dead ? Promise.resolve() : stop(slot))));
    },
    workerArticles: () => fromWorkers,
  };
}

/** Every batch is answered by now: nothing is lost by ending the thread, even mid-way through its start-up. */
async function stop(slot: WorkerSlot): Promise<void> {
  slot.dead = true;
  await slot.worker.terminate();
}

function nextTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
