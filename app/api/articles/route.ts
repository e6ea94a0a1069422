import { checkWrite, writeMode } from '@/lib/articles/guard';
import { readUploads } from '@/lib/articles/request';
import { articleService } from '@/lib/articles/service';

/**
 * POST /api/articles → { jobs } one job per pasted text or file (queued, or failed with its reason). Multipart
 * (`text`, `title`, `date`, `source`, `files`) or JSON; see lib/articles/request.ts. 403 when writes are not allowed
 * for this client, 413 over the size limits, 429 over the rate limit. Poll /api/ingest-jobs for progress.
 */
export async function POST(request: Request): Promise<Response> {
  const { queue, limiter } = articleService();
  const check = checkWrite(request, process.env, limiter);
  if (!check.ok) return Response.json({ error: check.error }, { status: check.status });
  const parsed = await readUploads(request);
  if (!parsed.ok) return Response.json({ error: parsed.error }, { status: parsed.status });
  const jobs = await queue.submit(parsed.uploads);
  return Response.json({ jobs }, { status: 202, headers: { 'Cache-Control': 'no-store' } });
}

/** GET /api/articles → { mode } how this client may add articles: 'local', 'token' (send it) or 'disabled'. */
export async function GET(request: Request): Promise<Response> {
  return Response.json({ mode: writeMode(request.headers, process.env) }, { headers: { 'Cache-Control': 'no-store' } });
}
