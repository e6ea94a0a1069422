/**
 * The Content-Security-Policy of every page: scripts only from our origin or carrying this response's nonce (Next
 * puts the nonce on its own inline bootstrap scripts when it finds it in the request's policy), never inline
 * script from anywhere else; so markup that slipped into an article could not run even if it were ever rendered.
 */

/** Random bytes of a nonce: 128 bits, as CSP3 recommends at least. */
const NONCE_BYTES = 16;

export interface CspOptions {
  nonce: string;
  /** development server: React's dev tools need eval */
  dev: boolean;
  /** origin of an optional tile server (NEXT_PUBLIC_TILE_URL) */
  tileOrigin: string;
}

/**
 * The policy for one page response.
 * @example contentSecurityPolicy({ nonce: 'abc', dev: false, tileOrigin: '' }) // "default-src 'self'; script-src 'self' 'nonce-abc'; …"
 */
export function contentSecurityPolicy({ nonce, dev, tileOrigin }: CspOptions): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}'${dev ? " 'unsafe-eval'" : ''}`,
    // the basemap decoder is a Web Worker from our own bundle
    "worker-src 'self'",
    // Leaflet and React write style attributes; styles cannot run code
    "style-src 'self' 'unsafe-inline'",
    `img-src 'self' data: blob:${tileOrigin ? ` ${tileOrigin}` : ''}`,
    "connect-src 'self'",
    "font-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "frame-ancestors 'none'",
    "form-action 'self'",
  ].join('; ');
}

/** A fresh nonce, base64. */
export function newNonce(): string {
  const bytes = new Uint8Array(NONCE_BYTES);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

/** The origin of a tile URL template, or '' when there is none or it is not a URL. */
export function tileOriginOf(template: string | undefined): string {
  if (!template) return '';
  try {
    return new URL(template.replace(/\{[a-z]\}/g, 'a')).origin;
  } catch {
    return '';
  }
}
