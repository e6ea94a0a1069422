/**
 * The article page (server component): metadata, the text with each place mention linked to its place page, the
 * events and routes listed and on a small map, and the Remove button. Everything is rendered as text.
 */
import type { ArticleSummary } from '@/lib/explorer-data/article-summary';
import { buildSegments, type Span } from '@/lib/explorer-data/segments';
import { parseArticle } from '@/lib/text/article';
import { placePath } from '@/lib/url';
import { ArticleMapLoader } from './article-map-loader';
import { RemoveArticle } from './remove-article';

export interface ArticleViewProps {
  id: string;
  summary: ArticleSummary;
  text: string | null;
  mentions: readonly Span[];
}

export function ArticleView({ id, summary, text, mentions }: ArticleViewProps) {
  const { meta, events, routes } = summary;
  const segments = text === null ? [] : buildSegments(text, { start: bodyStart(id, text), end: text.length }, { start: 0, end: 0 }, mentions);
  return (
    <div className="article-page">
      <header className="page-header">
        <h1>
          <a href="/">Event explorer</a>
        </h1>
        <a href={`/?article=${encodeURIComponent(id).replace(/%2F/gi, '/')}`}>Open on the map</a>
      </header>
      <main className="article-main">
        <article className="article-body">
          <h2>{summary.title}</h2>
          <dl className="article-meta">
            <dt>Date</dt>
            <dd>{meta.date ?? 'not given'}</dd>
            <dt>Source</dt>
            <dd>{meta.source ?? 'not given'}</dd>
            <dt>Id</dt>
            <dd>{id}</dd>
            <dt>Found</dt>
            <dd>{summary.description}</dd>
          </dl>
          {text === null ? (
            <p className="provenance-note">The article’s text is no longer where it was ingested from.</p>
          ) : (
            <div className="article-text" data-testid="article-text">
              {segments.map((segment, i) =>
                segment.placeId === null ? (
                  <span key={i}>{segment.text}</span>
                ) : (
                  <a key={i} className="mention" href={placePath(segment.placeId)} title={segment.placeName ?? undefined}>
                    {segment.text}
                  </a>
                ),
              )}
            </div>
          )}
          <RemoveArticle id={id} eventCount={events.length} />
        </article>
        <aside className="article-side" aria-label="Events of this article">
          <div className="article-map" data-testid="article-map">
            <ArticleMapLoader events={events.map((e) => ({ id: e.id, lngLat: e.lngLat, label: e.label }))} routes={routes} />
          </div>
          <h3>
            {events.length} {events.length === 1 ? 'event' : 'events'}
          </h3>
          <ol className="article-events">
            {events.map((e) => (
              <li key={e.id}>
                <a href={`/?event=${encodeURIComponent(e.id).replace(/%3A/gi, ':').replace(/%2F/gi, '/')}`}>{e.label}</a>
              </li>
            ))}
          </ol>
          {routes.length > 0 ? (
            <>
              <h3>Routes</h3>
              <ul>
                {routes.map((r) => (
                  <li key={r.id}>
                    {r.fromName} → {r.toName}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </aside>
      </main>
    </div>
  );
}

/** Where the text after the front matter starts (the front matter is shown as metadata); 0 when it cannot be read. */
function bodyStart(id: string, text: string): number {
  try {
    const article = parseArticle(id, text);
    return article.titleStart ?? article.bodyStart;
  } catch {
    return 0;
  }
}
