/**
 * The ingest's writes to an asynchronous store (PostgreSQL): jobs start in the order they came, at most
 * `concurrency` at once, each on a connection of its own. An article's write is one transaction, so two articles
 * written at once never see each other half-done; several in flight hide the round trips a single connection
 * spends waiting for the server.
 */

export interface WriteQueue {
  /** queues a job; it must not reject (the caller reports its own failures) */
  push(job: () => Promise<void>): void;
  /** jobs queued or running */
  pending(): number;
  /** resolves once every job pushed so far has finished */
  idle(): Promise<void>;
}

/**
 * A queue running at most `concurrency` jobs at once.
 * @example const q = createWriteQueue(4); q.push(() => store.upsertArticle(bundle)); await q.idle();
 */
export function createWriteQueue(concurrency: number): WriteQueue {
  if (!Number.isInteger(concurrency) || concurrency < 1) throw new Error(`Unexpected concurrency: ${concurrency}`);
  const waiting: (() => Promise<void>)[] = [];
  let running = 0;
  let idleWaiters: (() => void)[] = [];
  const pump = (): void => {
    while (running < concurrency) {
      const job = waiting.shift();
      if (job === undefined) break;
      running += 1;
      void job().finally(() => {
        running -= 1;
        pump();
        if (running === 0 && waiting.length === 0) {
          const waiters = idleWaiters;
          idleWaiters = [];
          for (const resolve of waiters) resolve();
        }
      });
    }
  };
  return {
    push(job) {
      waiting.push(job);
      pump();
    },
    pending: () => running + waiting.length,
    idle: () => (running === 0 && waiting.length === 0 ? Promise.resolve() : new Promise((resolve) => idleWaiters.push(resolve))),
  };
}
