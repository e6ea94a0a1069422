// @ts-check
// Pages get their Content-Security-Policy, with a per-request script nonce, from proxy.ts. Everything else (API JSON,
// basemap data, static files) gets this one: nothing it serves may run or embed anything.
const dataCsp = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

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
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'Referrer-Policy', value: 'no-referrer' },
        ],
      },
      { source: '/api/:path*', headers: [{ key: 'Content-Security-Policy', value: dataCsp }] },
      { source: '/basemap/:path*', headers: [{ key: 'Content-Security-Policy', value: dataCsp }] },
    ];
  },
};
