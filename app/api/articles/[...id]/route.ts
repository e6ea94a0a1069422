import { checkWrite } from '@/lib/articles/guard';
import { articleService } from '@/lib/articles/service';
import { isArticleId } from '@/lib/explorer-data/article-id';
import { articleText } from '@/lib/explorer-data/article-text';
import { getServedEvents } from '@/lib/explorer-data/server';

/**
 * GET /api/articles/<id> → { id, text } of an article, for the provenance view; 404 for anything else. The text
 * comes from the file ingest recorded in the events file, else from the article folders. Ids of articles
 * ingested from subfolders have '/' in them ("2017/raqqa"), hence the catch-all segment.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string[] }> }): Promise<Response> {
  const id = (await params).id.join('/');
  if (!isArticleId(id)) return Response.json({ error: 'bad article id' }, { status: 400 });
  const served = await getServedEvents();
  const text = await articleText(served.result, id, process.env, process.cwd());
  if (text === null) return Response.json({ error: 'article not found' }, { status: 404 });
  return Response.json({ id, text }, { headers: { 'Cache-Control': 'no-store' } });
}

/** DELETE /api/articles/<id> → removes the article and its events and routes (same write rules as adding). */
export async function DELETE(request: Request, { params }: { params: Promise<{ id: string[] }> }): Promise<Response> {
  const id = (await params).id.join('/');
  if (!isArticleId(id)) return Response.json({ error: 'bad article id' }, { status: 400 });
  const { queue, limiter } = articleService();
  const check = checkWrite(request, process.env, limiter);
  if (!check.ok) return Response.json({ error: check.error }, { status: check.status });
  const removed = await queue.remove(id);
  return removed ? Response.json({ removed: id }) : Response.json({ error: 'article not found' }, { status: 404 });
}
