/**
 * The ingest's writes to the store, several articles a call: one SQLite transaction (one commit, one pass over the
 * pre-aggregated counts) for a batch instead of one per article, which was most of what the store cost the ingest.
 * A batch is written when it holds `maxArticles`, or once its first article has waited `maxWaitMs`, so a slow feed
 * still lands promptly; whatever is left is written at the end of the run. Each article stays whole or absent: a
 * process killed mid-batch leaves the store as it was before that batch. When a batch fails, its articles are
 * written again one by one, so the good ones still land and each failure names its file.
 */
import type { ArticleBundle, AsyncEventStore } from '../store/types';
import type { WriteQueue } from './write-queue';

export interface StoreBatchOptions {
  maxArticles: number; // articles written in one call at most
  maxWaitMs: number; // milliseconds a finished article waits at most for its batch to fill
}

/** 64 articles: past a few dozen a batch saves little more CPU (README, issue 11), and holds the write lock longer. */
export const DEFAULT_STORE_BATCH: StoreBatchOptions = { maxArticles: 64, maxWaitMs: 1000 };

/** One finished article on its way to the store: what it produced, and the input file messages name. */
export interface StoreItem {
  file: string;
  bundles: readonly ArticleBundle[];
}

export interface StoreBatcher {
  /** queues one finished article; writes the batch when it is full or its first article has waited long enough */
  add(item: StoreItem): void;
  /** writes what is queued (the run's end) and resolves once every write has ended */
  finish(): Promise<void>;
  /** write jobs queued or running: the reading loop waits when there are too many (they hold their articles) */
  pending(): number;
  /** resolves once the writes queued so far have ended (the batch being filled stays) */
  idle(): Promise<void>;
}

export interface StoreBatcherSinks {
  written: (item: StoreItem) => void;
  failed: (item: StoreItem, error: unknown) => void;
}

/**
 * Batches finished articles into `store.upsertArticles` calls, run as jobs of `queue` (concurrency 1 keeps an
 * embedded store's writes in input order).
 * @example const b = createStoreBatcher(asyncStore(sqlite), createWriteQueue(1), DEFAULT_STORE_BATCH, sinks); b.add(item); await b.finish();
 */
export function createStoreBatcher(store: AsyncEventStore, queue: WriteQueue, options: StoreBatchOptions, sinks: StoreBatcherSinks): StoreBatcher {
  if (!Number.isInteger(options.maxArticles) || options.maxArticles < 1) throw new Error(`Unexpected maxArticles: ${options.maxArticles}`);
  if (!(options.maxWaitMs >= 0)) throw new Error(`Unexpected maxWaitMs: ${options.maxWaitMs}`);
  let batch: StoreItem[] = [];
  let firstAddedMs = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const flush = (): void => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    if (batch.length === 0) return;
    const items = batch;
    batch = [];
    queue.push(() => writeBatch(store, items, sinks));
  };
  return {
    add(item) {
      if (batch.length === 0) {
        firstAddedMs = performance.now();
        // while the loop waits on worker threads no article comes to check the clock: the timer does
        timer = setTimeout(flush, options.maxWaitMs);
        timer.unref(); // a run that ends early must not wait for it (nor write after closing the store)
      }
      batch.push(item);
      if (batch.length >= options.maxArticles || performance.now() - firstAddedMs >= options.maxWaitMs) flush();
    },
    async finish() {
      flush();
      await queue.idle();
    },
    pending: () => queue.pending(),
    idle: () => queue.idle(),
  };
}

// --- private helpers ---

/** One call for the batch; when it fails, one call per article, so each failure is told against its own file. */
async function writeBatch(store: AsyncEventStore, items: readonly StoreItem[], sinks: StoreBatcherSinks): Promise<void> {
  try {
    await store.upsertArticles(items.flatMap((item) => item.bundles));
    for (const item of items) sinks.written(item);
    return;
  } catch (error) {
    if (items.length === 1 && items[0] !== undefined) {
      sinks.failed(items[0], error);
      return;
    }
  }
  for (const item of items) {
    try {
      await store.upsertArticles(item.bundles);
      sinks.written(item);
    } catch (error) {
      sinks.failed(item, error);
    }
  }
}
