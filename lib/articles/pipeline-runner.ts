/**
 * Runs the per-article pipeline for the upload queue. On the server it runs on a worker thread of its own (the
 * gazetteer load and the stages never block a request for the map); tests run it in-process on a fixture gazetteer.
 * The thread is the ingest CLI's own worker (lib/pipeline/worker.ts, same messages as `npm run ingest` uses):
 * the prebuilt ingest bundle when there is one, else the TypeScript source under tsx.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Gazetteer } from '../gazetteer/types';
import { processArticle } from '../pipeline/index';
import type { ArticleResult } from '../pipeline/types';
import { PIPELINE_WORKER_KIND, type FromWorker, type ToWorker } from '../pipeline/worker-protocol';
import type { Article } from '../text/types';

/**
 * INGEST_BUNDLE_PATH of lib/pipeline/bundle.ts, repeated: importing that module pulls esbuild into the server bundle.
 */
const INGEST_BUNDLE_PATH = 'node_modules/.cache/geo-event-explorer/ingest.cjs';

export interface PipelineRunner {
  run(article: Article): Promise<ArticleResult>;
  /** ends the thread, if any */
  close(): Promise<void>;
}

/**
 * The pipeline on this thread with the given gazetteer (tests, scripts).
 * @example await localPipeline(fixtureGazetteer()).run(parseArticle('a', 'Fighting in Raqqa.'))
 */
export function localPipeline(gazetteer: Gazetteer): PipelineRunner {
  return {
    run: async (article) => processArticle(article, gazetteer),
    close: async () => undefined,
  };
}

/**
 * The pipeline on a worker thread started on first use from the project at `root`; a thread that dies is started
 * again for the next article.
 * @example const runner = threadPipeline(process.cwd()); await runner.run(article)
 */
export function threadPipeline(root: string): PipelineRunner {
  let thread: ThreadHandle | null = null;
  let nextId = 0;
  const current = (): ThreadHandle => {
    if (thread === null || thread.dead) thread = startThread(root);
    return thread;
  };
  return {
    async run(article) {
      const handle = current();
      await handle.ready;
      const id = nextId++;
      const outcome = await new Promise<FromWorker>((resolve, reject) => {
        handle.pending.set(id, { resolve, reject });
        const message: ToWorker = { kind: 'batch', id, articles: [article] };
        handle.worker.postMessage(message);
      });
      if (outcome.kind !== 'done') throw new Error('the pipeline thread answered out of turn');
      const first = outcome.outcomes[0];
      if (first === undefined) throw new Error('the pipeline thread returned nothing');
      if (!first.ok) throw new Error(`internal error in the pipeline: ${first.message}`);
      return { article, ...first.result };
    },
    async close() {
      if (thread !== null) await thread.worker.terminate();
      thread = null;
    },
  };
}

interface ThreadHandle {
  worker: Worker;
  ready: Promise<void>;
  dead: boolean;
  pending: Map<number, { resolve: (message: FromWorker) => void; reject: (error: Error) => void }>;
}

function startThread(root: string): ThreadHandle {
  const bundle = path.join(root, INGEST_BUNDLE_PATH);
  const source = path.join(root, 'lib', 'pipeline', 'worker.ts');
  // The bundle starts the worker loop itself when it sees PIPELINE_WORKER_KIND; the source needs tsx's require hook.
  // Both as eval code: a bundler would otherwise try to resolve the path of `new Worker(file)` at build time.
  const code = existsSync(bundle)
    ? `require(${JSON.stringify(bundle)});`
    : `require(require.resolve('tsx/cjs', { paths: [${JSON.stringify(root)}] })); require(${JSON.stringify(source)}).runPipelineWorker();`;
  const worker = new Worker(code, { eval: true, workerData: { kind: PIPELINE_WORKER_KIND } });
  worker.unref(); // an idle pipeline thread never keeps the server process alive
  const handle: ThreadHandle = { worker, ready: Promise.resolve(), dead: false, pending: new Map() };
  const failAll = (error: Error): void => {
    handle.dead = true;
    for (const { reject } of handle.pending.values()) reject(error);
    handle.pending.clear();
  };
  handle.ready = new Promise<void>((resolve, reject) => {
    worker.on('message', (message: FromWorker) => {
      if (message.kind === 'ready') resolve();
      else if (message.kind === 'failed') {
        const error = new Error(`the pipeline thread could not start: ${message.error}`);
        reject(error);
        failAll(error);
      } else {
        handle.pending.get(message.id)?.resolve(message);
        handle.pending.delete(message.id);
      }
    });
    worker.on('error', (error) => {
      reject(error);
      failAll(error);
    });
    worker.on('exit', (code) => {
      const error = new Error(`the pipeline thread exited (code ${code})`);
      reject(error);
      failAll(error);
    });
  });
  handle.ready.catch(() => undefined);
  return handle;
}
