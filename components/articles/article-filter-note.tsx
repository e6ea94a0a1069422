/** The header line while the map shows one article (`?article=<id>`): which one, its page, and the way back. */
import type { ExplorerData } from '@/lib/explorer-data/types';
import { articlePagePath } from '@/lib/url/article-path';

export function ArticleFilterNote({ data, articleId }: { data: ExplorerData; articleId: string }) {
  const meta = data.articles.find((a) => a.id === articleId);
  if (meta === undefined) return null;
  const events = data.events.filter((e) => e.article === articleId).length;
  return (
    <p className="page-notice page-article-filter" role="status" data-testid="article-filter">
      Showing the {events} {events === 1 ? 'event' : 'events'} of “{meta.title ?? meta.id}” ·{' '}
      <a href={articlePagePath(articleId)}>article page</a> · <a href="/">show all articles</a>
    </p>
  );
}
