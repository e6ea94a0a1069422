import { articleService } from '@/lib/articles/service';

const MAX_IDS = 100; // job ids per poll
const JOB_ID = /^[0-9a-f-]{36}$/;

/** GET /api/ingest-jobs?ids=a,b → { jobs } the states of those upload jobs (unknown ids are left out). */
export async function GET(request: Request): Promise<Response> {
  const ids = (new URL(request.url).searchParams.get('ids') ?? '')
    .split(',')
    .filter((id) => JOB_ID.test(id))
    .slice(0, MAX_IDS);
  return Response.json({ jobs: articleService().queue.status(ids) }, { headers: { 'Cache-Control': 'no-store' } });
}
