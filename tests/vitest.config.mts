import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  resolve: { alias: { '@': fileURLToPath(new URL('..', import.meta.url)) } },
  test: {
    include: ['tests/**/*.test.ts'],
    // Names the run; the browser tests start one shared app server lazily and this tears it down.
    globalSetup: ['tests/e2e/global-setup.ts'],
    // Browser tests start a server and Chromium; give them room, unit tests stay fast.
    testTimeout: 30_000,
    hookTimeout: 180_000,
    pool: 'forks',
    fileParallelism: true,
  },
});
