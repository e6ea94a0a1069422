/**
 * The server's one upload queue and rate limiter, shared by every route handler. Next compiles route handlers into
 * separate bundles with their own module state, so, like the events cache (lib/explorer-data/server.ts), the
 * instance lives on globalThis. Swap `fileCorpus` for another ArticleCorpus here to change where articles go.
 */
import { resolveEventsPath } from '../explorer-data/load';
import { fileCorpus } from './corpus';
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
      corpus: fileCorpus(resolveEventsPath(process.env, process.cwd())),
      pipeline: threadPipeline(process.cwd()),
    }),
    limiter: createRateLimiter(),
  };
  return holder[SERVICE_KEY];
}
