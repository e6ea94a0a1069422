/**
 * Who may write. Without EXPLORER_WRITE_TOKEN, writes come from this machine only; with it, every write must carry
 * the token (`Authorization: Bearer …`), from anywhere. Behind Next the TCP peer is not visible, only headers: a
 * request is local when its Host names a loopback address and every X-Forwarded-For hop is loopback. A machine that
 * reaches the port directly can forge those, which is why the token, once set, is required of local requests too.
 * Every write must also be same-origin (Origin and Sec-Fetch-Site, when the client sends them) and stay under a
 * per-client rate limit.
 */
import { createHash, timingSafeEqual } from 'node:crypto';

export type WriteMode = 'local' | 'token' | 'disabled';

export type WriteCheck = { ok: true } | { ok: false; status: 403 | 429; error: string };

export interface RateLimit {
  /** requests allowed per window */
  requests: number;
  /** window length in milliseconds */
  windowMs: number;
}

/** Writes per client: a 50-file batch is one request, so this is plenty for a person and little for a script. */
export const DEFAULT_RATE_LIMIT: RateLimit = { requests: 30, windowMs: 60_000 };

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]', '::1']);
const MIN_TOKEN_CHARS = 16; // a shorter token is a typo or a guessable word; writes stay local-only then

/**
 * How writes are allowed for a request with these headers: 'local' (no token needed), 'token' (the request must
 * carry it), 'disabled' (a remote client and no token configured).
 * @example writeMode(new Headers({ host: 'localhost:3000' }), {}) // 'local'
 */
export function writeMode(headers: Headers, env: Readonly<Record<string, string | undefined>>): WriteMode {
  if (configuredToken(env) !== null) return 'token';
  return isLocalRequest(headers) ? 'local' : 'disabled';
}

/**
 * Checks a write request: origin, permission, then the client's rate limit (counted only for permitted requests).
 * @example const check = checkWrite(request, process.env, limiter); if (!check.ok) return Response.json(…, { status: check.status })
 */
export function checkWrite(request: Request, env: Readonly<Record<string, string | undefined>>, limiter: RateLimiter): WriteCheck {
  const { headers } = request;
  const crossSite = crossSiteReason(request);
  if (crossSite !== null) return { ok: false, status: 403, error: crossSite };
  const mode = writeMode(headers, env);
  if (mode === 'disabled') {
    return { ok: false, status: 403, error: 'Adding articles is disabled for other machines: the server has no EXPLORER_WRITE_TOKEN.' };
  }
  if (mode === 'token' && !tokenMatches(headers.get('authorization'), configuredToken(env) ?? '')) {
    return { ok: false, status: 403, error: 'Adding articles needs the write token (EXPLORER_WRITE_TOKEN).' };
  }
  if (!limiter.take(clientKey(headers))) {
    return { ok: false, status: 429, error: 'Too many writes from this client; wait a minute.' };
  }
  return { ok: true };
}

/** A sliding-window counter per client key. */
export interface RateLimiter {
  /** true when the client may make one more request now (and counts it) */
  take(key: string, nowMs?: number): boolean;
}

/**
 * @example const limiter = createRateLimiter({ requests: 2, windowMs: 1000 }); limiter.take('a'); limiter.take('a'); limiter.take('a') // false
 */
export function createRateLimiter(limit: RateLimit = DEFAULT_RATE_LIMIT): RateLimiter {
  const hits = new Map<string, number[]>();
  return {
    take(key, nowMs = Date.now()) {
      const recent = (hits.get(key) ?? []).filter((t) => nowMs - t < limit.windowMs);
      if (recent.length >= limit.requests) {
        hits.set(key, recent);
        return false;
      }
      hits.set(key, [...recent, nowMs]);
      if (hits.size > 10_000) hits.delete(hits.keys().next().value ?? key); // bounded memory under a flood
      return true;
    },
  };
}

/** Why a request comes from another site, or null when it is same-origin (or from a non-browser client). */
export function crossSiteReason(request: Request): string | null {
  const { headers } = request;
  const site = headers.get('sec-fetch-site');
  if (site !== null && site !== 'same-origin' && site !== 'none') return `Cross-site request refused (Sec-Fetch-Site: ${site}).`;
  const origin = headers.get('origin');
  if (origin === null) return null;
  const host = headers.get('x-forwarded-host') ?? headers.get('host');
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    return `Cross-site request refused (Origin: ${origin.slice(0, 100)}).`;
  }
  return originHost === host ? null : `Cross-site request refused (Origin: ${origin.slice(0, 100)}).`;
}

function isLocalRequest(headers: Headers): boolean {
  const host = hostName(headers.get('host') ?? '');
  if (!LOOPBACK_HOSTS.has(host) && !host.startsWith('127.')) return false;
  const hops = [headers.get('x-forwarded-for'), headers.get('x-real-ip')]
    .filter((v): v is string => v !== null)
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter((v) => v !== '');
  if (headers.get('forwarded') !== null) return false; // a proxy in front: not this machine's browser
  return hops.every(isLoopbackAddress);
}

function hostName(host: string): string {
  const lower = host.trim().toLowerCase();
  if (lower.startsWith('[')) return lower.slice(0, lower.indexOf(']') + 1);
  return lower.replace(/:\d+$/, '');
}

function isLoopbackAddress(address: string): boolean {
  const bare = address.replace(/^::ffff:/i, '');
  return bare === '::1' || bare.startsWith('127.');
}

function configuredToken(env: Readonly<Record<string, string | undefined>>): string | null {
  const token = env.EXPLORER_WRITE_TOKEN?.trim() ?? '';
  return token.length >= MIN_TOKEN_CHARS ? token : null;
}

/** Constant-time comparison of the Bearer token (hashed first so lengths never leak). */
function tokenMatches(authorization: string | null, token: string): boolean {
  const match = /^Bearer\s+(\S+)$/i.exec(authorization?.trim() ?? '');
  if (!match?.[1] || token === '') return false;
  const digest = (value: string): Buffer => createHash('sha256').update(value).digest();
  return timingSafeEqual(digest(match[1]), digest(token));
}

function clientKey(headers: Headers): string {
  return headers.get('x-forwarded-for')?.split(',')[0]?.trim() || 'unknown';
}
