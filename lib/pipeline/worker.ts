/**
 * The worker side of the parallel pipeline (lib/pipeline/parallel.ts): loads its own world gazetteer, then answers
 * each batch of articles with the stage results of each, in the same order. Runs inside a worker thread started
 * from the CLI's own script (the prebuilt bundle or lib/cli/ingest.ts under tsx). Static imports only: a worker
 * thread under tsx has tsx's require hook but not its import() hook.
 */
import { parentPort } from 'node:worker_threads';
import { loadWorldGazetteer } from '../gazetteer/world';
import type { Gazetteer } from '../gazetteer/types';
import type { Article } from '../text/types';
import { processArticle } from './index';
import type { ArticleOutcome, FromWorker, ToWorker } from './worker-protocol';

/**
 * The worker loop: answers batches until the main thread terminates the thread.
 * @example if (isPipelineWorker()) runPipelineWorker();
 */
export function runPipelineWorker(): void {
  const port = parentPort;
  if (port === null) throw new Error('runPipelineWorker runs only in a worker thread');
  const post = (message: FromWorker): void => port.postMessage(message);
  let gazetteer: Gazetteer;
  try {
    gazetteer = loadWorldGazetteer();
  } catch (error) {
    post({ kind: 'failed', error: error instanceof Error ? error.message : String(error) });
    port.close();
    return;
  }
  const loaded = gazetteer;
  port.on('message', (message: ToWorker) => {
    const outcomes = message.articles.map((article): ArticleOutcome => {
      try {
        const { mentions, events, routes } = processArticle(article, loaded);
        return { ok: true, result: { mentions, events, routes } };
      } catch (error) {
        return error instanceof Error ? { ok: false, message: error.message, stack: error.stack } : { ok: false, message: String(error) };
      }
    });
    post({ kind: 'done', id: message.id, outcomes });
  });
  post({ kind: 'ready' });
}
