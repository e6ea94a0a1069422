import { articleService } from '@/lib/articles/service';

const MAX_IDS = 100; // job ids per poll
const JOB_ID = /^[0-9a-f-]{36}$/;
const LONG_POLL_MS = 10_000; // ?wait=1 answers at the next change of state, or after this long

/**
 * GET /api/ingest-jobs?ids=a,b[&wait=1] → { jobs } the states of those upload jobs (unknown ids are left out). With
 * wait=1 the answer waits for the next change of state of one of them (long polling), up to 10 s.
 */
export async function GET(request: Request): Promise<Response> {
  const params = new URL(request.url).searchParams;
  const ids = (params.get('ids') ?? '')
    .split(',')
    .filter((id) => JOB_ID.test(id))
    .slice(0, MAX_IDS);
  const { queue } = articleService();
  if (params.get('wait') === '1') await queue.changed(ids, LONG_POLL_MS);
  return Response.json({ jobs: queue.status(ids) }, { headers: { 'Cache-Control': 'no-store' } });
}
