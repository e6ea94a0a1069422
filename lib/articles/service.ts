/**
 * The server's one upload queue and rate limiter, shared by every route handler. Next compiles route handlers into
 * separate bundles with their own module state, so, like the events cache (lib/explorer-data/server.ts), the
 * instance lives on globalThis. Swap `fileCorpus` for another ArticleCorpus here to change where articles go.
 */
import { resolveEventsPath } from '../explorer-data/load';
import { ADDED_ARTICLES_DIR, fileCorpus } from './corpus';
import { mirroredCorpus } from './store-mirror';
import { getServedStore } from '../store/server';
import type { AsyncEventStore } from '../store/types';
import { createRateLimiter, type RateLimiter } from './guard';
import { threadPipeline } from './pipeline-runner';
import { createArticleQueue, type ArticleQueue } from './queue';

export interface ArticleService {
  queue: ArticleQueue;
  limiter: RateLimiter;
}

const SERVICE_KEY = Symbol.for('geo-event-explorer.article-service');
type ServiceHolder = { [SERVICE_KEY]?: ArticleService };
const holder = globalThis as ServiceHolder;

/**
 * The process's article service, made on first use for the events file the explorer serves.
 * @example const { queue } = articleService(); await queue.submit(uploads)
 */
export function articleService(): ArticleService {
  holder[SERVICE_KEY] ??= {
    queue: createArticleQueue({
      // the events file the page loads, followed by the event store (search, endpoints, export)
      corpus: mirroredCorpus(fileCorpus(resolveEventsPath(process.env, process.cwd())), servedStoreOrNull, (id) => `${ADDED_ARTICLES_DIR}/${id}.txt`),
      pipeline: threadPipeline(process.cwd()),
    }),
    limiter: createRateLimiter(),
  };
  return holder[SERVICE_KEY];
}

async function servedStoreOrNull(): Promise<AsyncEventStore | null> {
  const served = await getServedStore();
  return served.ok ? served.store : null;
}
