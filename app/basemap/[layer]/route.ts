/** GET /basemap/<layer>: one built basemap layer (JSON) from geodata/basemap; unknown names are 404. */
import { readBasemapLayer } from '@/lib/basemap/files';
import { isBasemapLayer } from '@/lib/basemap/schema';

/** The layers change only when the data packages are rebuilt; a day of browser cache plus a week of revalidation. */
const BASEMAP_CACHE_CONTROL = 'public, max-age=86400, stale-while-revalidate=604800';

export async function GET(_request: Request, { params }: { params: Promise<{ layer: string }> }): Promise<Response> {
  const { layer } = await params;
  if (!isBasemapLayer(layer)) return notFound(`Unknown basemap layer: ${layer.slice(0, 40)}`);
  const text = await readBasemapLayer(layer);
  if (text === null) return notFound(`Basemap layer "${layer}" is not built; run npm install`);
  return new Response(text, {
    headers: { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': BASEMAP_CACHE_CONTROL },
  });
}

function notFound(message: string): Response {
  return Response.json({ error: message }, { status: 404 });
}
