/**
 * An article added or removed from the browser reaches the event store too, so the store's search, endpoints and
 * `npm run export` see it like any ingested article. The events file stays the corpus the page loads; the store
 * follows it, and a store that cannot be opened (none built yet) is skipped: the next `npm run ingest` builds it.
 */
import { buildCollection } from '../geojson/build';
import { splitCollection } from '../store/bundle';
import type { AsyncEventStore } from '../store/types';
import type { ArticleCorpus } from './corpus';

/**
 * `corpus` whose writes are repeated into the store `storeOf()` returns (null: no store to follow).
 * @example mirroredCorpus(fileCorpus(eventsPath), async () => { const s = await getServedStore(); return s.ok ? s.store : null; })
 */
export function mirroredCorpus(corpus: ArticleCorpus, storeOf: () => Promise<AsyncEventStore | null>, textPathOf: (id: string) => string): ArticleCorpus {
  return {
    articleIds: () => corpus.articleIds(),
    async upsertArticle(text, result) {
      const summary = await corpus.upsertArticle(text, result);
      const id = result.article.id;
      const bundle = splitCollection(buildCollection([result], new Map([[id, textPathOf(id)]])))[0];
      if (bundle !== undefined) await (await storeOf())?.upsertArticle(bundle);
      return summary;
    },
    async removeArticle(id) {
      const removed = await corpus.removeArticle(id);
      await (await storeOf())?.removeArticle(id);
      return removed;
    },
  };
}
