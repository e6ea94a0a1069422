/**
 * The messages between the main thread and the pipeline's worker threads (lib/pipeline/parallel.ts,
 * lib/pipeline/worker.ts). Light on purpose: the CLI reads it on every start to tell a worker from the main thread.
 */
import { workerData, parentPort } from 'node:worker_threads';
import type { Article } from '../text/types';
import type { ArticleResult } from './types';

/** `workerData.kind` of a pipeline worker: the CLI script runs the worker loop instead of main() when it sees it. */
export const PIPELINE_WORKER_KIND = 'ingest-pipeline-worker';

/** main → worker */
export type ToWorker = { kind: 'batch'; id: number; articles: Article[] };
/** the stage results of one article, without the article itself (the main thread has it) */
export type ArticleOutcome = { ok: true; result: Omit<ArticleResult, 'article'> } | { ok: false; message: string; stack?: string };
/** worker → main */
export type FromWorker =
  | { kind: 'ready' }
  | { kind: 'failed'; error: string }
  | { kind: 'done'; id: number; outcomes: ArticleOutcome[] };

/** True inside a thread started by the parallel pipeline. */
export function isPipelineWorker(): boolean {
  return (
    parentPort !== null &&
    typeof workerData === 'object' &&
    workerData !== null &&
    'kind' in workerData &&
    workerData.kind === PIPELINE_WORKER_KIND
  );
}
