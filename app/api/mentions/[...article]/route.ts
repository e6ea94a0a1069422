import { articleMentions } from '@/lib/explorer-data/details';
import { getServedEvents } from '@/lib/explorer-data/server';

/**
 * GET /api/mentions/<article> → { mentions } every place mention in that article (empty for an unknown one).
 * Articles ingested from subfolders have '/' in their ids ("2017/raqqa"), hence the catch-all segment.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ article: string[] }> }): Promise<Response> {
  const article = (await params).article.join('/');
  const served = await getServedEvents();
  if (!served.result.ok) return Response.json({ error: served.result.message }, { status: 404 });
  return Response.json({ mentions: articleMentions(served.result.data, article) }, { headers: { 'Cache-Control': 'no-cache' } });
}
