import { NextResponse, type NextRequest } from 'next/server';
import { contentSecurityPolicy, newNonce, tileOriginOf } from '@/lib/security/csp';

/**
 * Every page gets a Content-Security-Policy with a fresh script nonce. The policy goes on the request too: Next reads
 * the nonce from it and puts it on its own scripts (pages are rendered per request; the root layout reads headers).
 */
export function proxy(request: NextRequest): NextResponse {
  const policy = contentSecurityPolicy({
    nonce: newNonce(),
    dev: process.env.NODE_ENV === 'development',
    tileOrigin: tileOriginOf(process.env.NEXT_PUBLIC_TILE_URL),
  });
  const headers = new Headers(request.headers);
  headers.set('Content-Security-Policy', policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set('Content-Security-Policy', policy);
  return response;
}

export const config = {
  // Pages only: API bodies (uploads of up to 100 MB) must not pass through the proxy, and static files need no policy.
  matcher: [
    {
      source: '/((?!api/|basemap/|_next/static|_next/image|favicon.ico|icon.svg).*)',
      missing: [
        { type: 'header', key: 'next-router-prefetch' },
        { type: 'header', key: 'purpose', value: 'prefetch' },
      ],
    },
  ],
};
