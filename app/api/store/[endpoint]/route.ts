import { STORE_ENDPOINTS, answerStoreQuery, type StoreEndpoint } from '@/lib/store/http';
import { getServedStore } from '@/lib/store/server';
import { abortable, isAbortError } from '@/lib/store/worker-pool';

const CLIENT_CLOSED = 499; // the client closed the request before it was answered (nginx's code; nobody reads it)

/**
 * GET /api/store/<view|facets|list|routes|histogram|search|ids|event|place|export>?bbox=w,s,e,n&zoom=z&actor=…&type=…&from=…&to=…
 * &background=1&q=…&offset=…&limit=…&format=geojson|csv → the event store's answer as JSON, or for `export` the
 * filtered events as a GeoJSON or CSV file to download (see lib/store/http.ts).
 */
export async function GET(request: Request, { params }: { params: Promise<{ endpoint: string }> }): Promise<Response> {
  const endpoint = (await params).endpoint;
  if (!(STORE_ENDPOINTS as readonly string[]).includes(endpoint)) return Response.json({ error: `no such endpoint: ${endpoint}` }, { status: 404 });
  // The store answers synchronously (SQLite): let the event loop see a client that gave up (the map moved on)
  // first, so a pan's superseded queries are skipped instead of queueing in front of the current one.
  await new Promise<void>((resolve) => setImmediate(resolve));
  if (request.signal.aborted) return new Response(null, { status: CLIENT_CLOSED });
  const started = performance.now();
  const served = await getServedStore();
  // a read still queued for the store's threads when the client gives up is dropped
  const answer = await answerStoreQuery(
    endpoint as StoreEndpoint,
    new URL(request.url).searchParams,
    served.ok ? abortable(served.store, request.signal) : null,
    served.ok ? undefined : served.reason,
  ).catch((error: unknown) => {
    if (isAbortError(error)) return null;
    throw error;
  });
  if (answer === null) return new Response(null, { status: CLIENT_CLOSED });
  // STORE_LOG_MS=1: one line per answer on stderr, to see where a page's wait goes (the benches set it)
  if (process.env.STORE_LOG_MS === '1') console.error(`store ${endpoint} ${(performance.now() - started).toFixed(1)} ms ${new URL(request.url).search}`);
  if (answer.file && typeof answer.body === 'string') {
    const headers = { 'Content-Type': answer.file.type, 'Content-Disposition': `attachment; filename="${answer.file.name}"`, 'Cache-Control': 'no-store' };
    return new Response(answer.body, { status: answer.status, headers });
  }
  return Response.json(answer.body, { status: answer.status, headers: { 'Cache-Control': 'no-store' } });
}
