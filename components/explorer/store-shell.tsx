/** The page frame in store mode (server component): the header with the store's counts, and the store explorer. */
import type { StorePage } from '@/lib/store/page-data';
import { AddArticles } from '@/components/articles/add-articles';
import { StoreExplorerLoader } from './store-explorer-loader';

export function StoreShell({ page, pinnedPlace }: { page: StorePage; pinnedPlace: string | null }) {
  const { events, routes, articles } = page.counts;
  return (
    <div className="page">
      <header className="page-header">
        <h1>
          <a href="/">Event explorer</a>
        </h1>
        <p className="page-summary">
          {events.toLocaleString('en')} events · {routes.toLocaleString('en')} routes · {articles.toLocaleString('en')} articles
        </p>
        <AddArticles />
      </header>
      <StoreExplorerLoader actors={page.actors} eventTotal={events} initialState={page.state} pinnedPlace={pinnedPlace} />
    </div>
  );
}
