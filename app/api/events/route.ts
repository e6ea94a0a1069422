import { getServedEvents } from '@/lib/explorer-data/server';

/** GET /api/events → the events file in the explorer's compact JSON (see lib/explorer-data/compact.ts). */
export async function GET(request: Request): Promise<Response> {
  const served = await getServedEvents();
  if (!served.result.ok) return Response.json({ error: served.result.message }, { status: 404 });
  const etag = `"${served.version}"`;
  const headers = { ETag: etag, 'Cache-Control': 'no-cache' };
  if (request.headers.get('if-none-match') === etag) return new Response(null, { status: 304, headers });
  return new Response(served.compactJson(), { headers: { ...headers, 'Content-Type': 'application/json' } });
}
