import type { Metadata } from 'next';
import { ArticleView } from '@/components/articles/article-view';
import { articleSummary } from '@/lib/explorer-data/article-summary';
import { articleText } from '@/lib/explorer-data/article-text';
import { articleMentions } from '@/lib/explorer-data/details';
import { getServedEvents } from '@/lib/explorer-data/server';
import { articleIdFromSegments } from '@/lib/url/article-path';

type Params = Promise<{ id: string[] }>;

/** Open Graph title and description for a shared article link. */
export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const id = articleIdFromSegments((await params).id);
  const { result } = await getServedEvents();
  const summary = id !== null && result.ok ? articleSummary(result.data, id) : null;
  if (summary === null) return { title: 'Unknown article — Event explorer', openGraph: { title: 'Unknown article' } };
  return {
    title: `${summary.title} — Event explorer`,
    description: summary.description,
    openGraph: { title: summary.title, description: summary.description, type: 'article' },
  };
}

/**
 * /article/<id>: the article's text with every place mention linked to its place, its events and routes on a small
 * map, its metadata, and a Remove button. Ids with folders keep their '/' (/article/2017/raqqa).
 */
export default async function ArticlePage({ params }: { params: Params }) {
  const id = articleIdFromSegments((await params).id);
  const { result } = await getServedEvents();
  const summary = id !== null && result.ok ? articleSummary(result.data, id) : null;
  if (id === null || summary === null || !result.ok) {
    return (
      <main className="empty-state">
        <h2>No such article</h2>
        <p>
          The events file has no article of that id. <a href="/">Back to the map</a>
        </p>
      </main>
    );
  }
  const text = await articleText(result, id, process.env, process.cwd());
  return <ArticleView id={id} summary={summary} text={text} mentions={articleMentions(result.data, id)} />;
}
