/** The page frame (server component): header, and either the explorer or a clear empty state. */
import path from 'node:path';
import { eventsDataUrl } from '@/lib/explorer-data/compact';
import type { LoadResult } from '@/lib/explorer-data/types';
import { restrictToKnown, knownIds } from '@/lib/filters/known';
import type { ViewState } from '@/lib/url';
import { AddArticles } from '@/components/articles/add-articles';
import { ArticleFilterNote } from '@/components/articles/article-filter-note';
import { ExplorerLoader } from './explorer-loader';

export interface ExplorerShellProps {
  result: LoadResult;
  version: string;
  state: ViewState;
  pinnedPlace: string | null;
  notice?: string | null;
}

export function ExplorerShell({ result, version, state, pinnedPlace, notice = null }: ExplorerShellProps) {
  return (
    <div className="page">
      {/* Starts the events download as the HTML arrives, while the scripts still load. A <link> in the markup, not
          react-dom's preload(): from a server component that became a hint in the RSC payload, acted on only once
          the scripts ran (~0.6 s later). Same URL, mode and credentials as the loader's fetch, so it is reused. */}
      {result.ok ? <link rel="preload" href={eventsDataUrl(version)} as="fetch" crossOrigin="anonymous" /> : null}
      <header className="page-header">
        <h1>
          <a href="/">Event explorer</a>
        </h1>
        {result.ok ? (
          <p className="page-summary">
            {counted(result.data.events.length, 'event')} · {counted(result.data.routes.length, 'route')} ·{' '}
            {counted(result.data.articles.length, 'article')}
          </p>
        ) : null}
        <AddArticles />
        {result.ok && state.article !== null ? <ArticleFilterNote data={result.data} articleId={state.article} /> : null}
        {notice ? (
          <p className="page-notice" role="status">
            {notice}
          </p>
        ) : null}
      </header>
      {result.ok ? (
        <ExplorerLoader
          version={version}
          eventCount={result.data.events.length}
          initialState={restrictToKnown(state, knownIds(result.data))}
          pinnedPlace={pinnedPlace}
        />
      ) : (
        <main className="empty-state">
          <h2>{result.reason === 'missing' ? 'No events yet' : 'The events file cannot be shown'}</h2>
          <p>{result.message}</p>
          <p>
            File: <code>{path.relative(process.cwd(), result.path) || result.path}</code>
          </p>
          <p>
            Run <code>npm run ingest</code> to build it, or start the server with <code>EVENTS_PATH</code> pointing to an
            events file.
          </p>
        </main>
      )}
    </div>
  );
}

/** "1 article", "12 events" */
function counted(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
