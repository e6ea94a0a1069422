import { eventDetails, parseIndexes } from '@/lib/explorer-data/details';
import { getServedEvents } from '@/lib/explorer-data/server';

/**
 * GET /api/events/details?v=<version>&i=3,17,22 → sentence, offsets and confidence of those events (positions in
 * the file's order); i=all answers for every event (exports). 409 when the file changed since the page loaded.
 */
export async function GET(request: Request): Promise<Response> {
  const params = new URL(request.url).searchParams;
  const served = await getServedEvents();
  if (!served.result.ok) return Response.json({ error: served.result.message }, { status: 404 });
  if (params.get('v') !== served.version) return Response.json({ error: 'the events file changed; reload' }, { status: 409 });
  const all = params.get('i') === 'all';
  const indexes = all ? served.result.data.events.map((_, i) => i) : parseIndexes(params.get('i'));
  if (indexes === null) return Response.json({ error: 'i must be a list of event indexes or "all"' }, { status: 400 });
  return Response.json(eventDetails(served.result.data, indexes), { headers: { 'Cache-Control': 'private, max-age=3600' } });
}
