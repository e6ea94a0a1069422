import { isArticleId } from '@/lib/explorer-data/article-id';
import { articleDirs, readArticleText } from '@/lib/explorer-data/article-text';
import { resolveEventsPath } from '@/lib/explorer-data/load';

/**
 * GET /api/articles/<id> → { id, text } of an article, for the provenance view; 404 for anything else. Ids of
 * articles ingested from subfolders have '/' in them ("2017/raqqa"), hence the catch-all segment.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string[] }> }): Promise<Response> {
  const id = (await params).id.join('/');
  if (!isArticleId(id)) return Response.json({ error: 'bad article id' }, { status: 400 });
  const dirs = articleDirs(process.env, resolveEventsPath(process.env, process.cwd()), process.cwd());
  const text = await readArticleText(id, dirs);
  if (text === null) return Response.json({ error: 'article not found' }, { status: 404 });
  return Response.json({ id, text }, { headers: { 'Cache-Control': 'no-store' } });
}
