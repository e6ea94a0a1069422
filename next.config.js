// @ts-check
/** Content-Security-Policy: no inline scripts from article text can run; the map needs only our own origin. */
const isDev = process.env.NODE_ENV !== 'production';
const tileOrigin = (() => {
  const template = process.env.NEXT_PUBLIC_TILE_URL;
  if (!template) return '';
  try {
    return new URL(template.replace(/\{[a-z]\}/g, 'a')).origin;
  } catch {
    return '';
  }
})();
const csp = [
  "default-src 'self'",
  // Next's runtime bootstraps with inline scripts; eval only in dev for fast refresh.
  `script-src 'self' 'unsafe-inline'${isDev ? " 'unsafe-eval'" : ''}`,
  "style-src 'self' 'unsafe-inline'",
  `img-src 'self' data: blob:${tileOrigin ? ' ' + tileOrigin : ''}`,
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "frame-ancestors 'none'",
  "form-action 'self'",
].join('; ');

/** @type {import('next').NextConfig} */
module.exports = {
  reactStrictMode: true,
  poweredByHeader: false,
  outputFileTracingIncludes: { '/**': ['./geodata/**/*'] },
  async headers() {
    return [
      {
        source: '/:path*',
        headers: [
          { key: 'Content-Security-Policy', value: csp },
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'Referrer-Policy', value: 'no-referrer' },
        ],
      },
    ];
  },
};
