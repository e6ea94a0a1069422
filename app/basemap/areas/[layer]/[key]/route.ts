/** GET /basemap/areas/<admin1|country>/<key>: the outline of one area as a GeoJSON Feature, or 404. */
import { areaFeature, isAreaKey, isAreaLayer } from '@/lib/basemap/areas';
import { readBasemapLayer } from '@/lib/basemap/files';
import { topologySchema } from '@/lib/basemap/schema';
import type { Topo } from '@/lib/basemap/schema';

const CACHE_CONTROL = 'public, max-age=86400, stale-while-revalidate=604800'; // as the layers

export async function GET(_request: Request, { params }: { params: Promise<{ layer: string; key: string }> }): Promise<Response> {
  const { layer, key } = await params;
  if (!isAreaLayer(layer)) return notFound(`Unknown area layer: ${layer.slice(0, 40)}`);
  if (!isAreaKey(key)) return notFound(`Malformed area key: ${key.slice(0, 40)}`);
  const text = await readBasemapLayer('admin');
  if (text === null) return notFound('The admin layer is not built; run npm install');
  const topology = topologySchema.parse(JSON.parse(text)) as unknown as Topo;
  const area = areaFeature(topology, layer, key);
  if (!area) return notFound(`No ${layer} area "${key}"`);
  return Response.json(area, { headers: { 'Cache-Control': CACHE_CONTROL } });
}

function notFound(message: string): Response {
  return Response.json({ error: message }, { status: 404 });
}
