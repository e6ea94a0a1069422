/**
 * The parallel pipeline's dealing (lib/pipeline/parallel.ts), with stand-in worker threads that follow the message
 * protocol but run no stage: every article comes back exactly once, tagged by whoever processed it, whatever the
 * workers do. The real worker and its byte-identical output are tested through the CLI (bundle and cli tests).
 */
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BATCH_ARTICLES, parallelProcessor, type ArticleOutcome } from '@/lib/pipeline/parallel';
import type { Article } from '@/lib/text/types';
import { ROOT, runCli } from './cli-helpers';

const ARTICLES = 120;
/** the CLI goes parallel from 1000 input files (lib/cli/ingest.ts) */
const CLI_ARTICLES = 1000;
/**
 * Two CLI runs over a thousand seed-sized articles with the real gazetteer: about 30 s alone, but the suite runs
 * it beside `next build` and Chromium on 2 cores, where one full run was seen past 300 s.
 */
const SLOW_MS = 600_000;
/** Main-thread work per article, in milliseconds: long enough that a ready worker gets batches too. */
const LOCAL_WORK_MS = 2;

/** A stand-in worker: says ready, then answers each batch with one outcome per article, tagged "worker". */
const ECHO_WORKER = `
const { parentPort } = require('node:worker_threads');
parentPort.on('message', (m) => parentPort.postMessage({
  kind: 'done', id: m.id, outcomes: m.articles.map((a) => ({ ok: false, message: 'worker:' + a.id })),
}));
parentPort.postMessage({ kind: 'ready' });`;
/** Answers its first batch, then dies mid-way through the second. */
const DYING_WORKER = `
const { parentPort } = require('node:worker_threads');
let batches = 0;
parentPort.on('message', (m) => {
  batches += 1;
  if (batches > 1) process.exit(3);
  parentPort.postMessage({ kind: 'done', id: m.id, outcomes: m.articles.map((a) => ({ ok: false, message: 'worker:' + a.id })) });
});
parentPort.postMessage({ kind: 'ready' });`;
/** Cannot load its gazetteer. */
const FAILING_WORKER = `
require('node:worker_threads').parentPort.postMessage({ kind: 'failed', error: 'no gazetteer' });`;

function article(i: number): Article {
  return { id: `a${i}`, text: `Article ${i}.`, title: null, date: null, source: null, bodyStart: 0 };
}

function busyLocal(a: Article): ArticleOutcome {
  const until = performance.now() + LOCAL_WORK_MS;
  while (performance.now() < until) {
    // simulated stage work on the main thread
  }
  return { ok: false, message: `main:${a.id}` };
}

async function runAll(workerSource: string): Promise<Map<number, string[]>> {
  const delivered = new Map<number, string[]>();
  const processor = parallelProcessor({ script: workerSource, evalScript: true, workers: 1, minArticles: 0 }, busyLocal, (index, outcome) => {
    delivered.set(index, [...(delivered.get(index) ?? []), outcome.ok ? 'ok' : outcome.message]);
  });
  for (let i = 0; i < ARTICLES; i++) await processor.submit(i, article(i));
  await processor.finish();
  return delivered;
}

function expectEachOnce(delivered: Map<number, string[]>): string[] {
  expect([...delivered.keys()].toSorted((a, b) => a - b)).toEqual(Array.from({ length: ARTICLES }, (_, i) => i));
  const tags = [...delivered.entries()].map(([index, outcomes]) => {
    expect(outcomes).toHaveLength(1);
    expect(outcomes[0]).toMatch(new RegExp(`^(main|worker):a${index}$`));
    return outcomes[0] ?? '';
  });
  return tags;
}

describe('sharing articles between the main thread and a worker', () => {
  it('delivers every article exactly once, some from the worker and some from the main thread', async () => {
    const tags = expectEachOnce(await runAll(ECHO_WORKER));
    expect(tags.some((tag) => tag.startsWith('worker:'))).toBe(true);
    expect(tags.some((tag) => tag.startsWith('main:'))).toBe(true);
  });

  it('deals whole batches, so a worker always answers a run of consecutive articles', async () => {
    const delivered = await runAll(ECHO_WORKER);
    const byWorker = [...delivered.entries()].filter(([, o]) => o[0]?.startsWith('worker:')).map(([i]) => i);
    const batchStarts = new Set(byWorker.map((i) => Math.floor(i / BATCH_ARTICLES)));
    expect(byWorker.length).toBe(batchStarts.size * BATCH_ARTICLES);
  });

  it('takes back the batches of a worker that dies and processes them on the main thread', async () => {
    const tags = expectEachOnce(await runAll(DYING_WORKER));
    expect(tags.filter((tag) => tag.startsWith('worker:')).length).toBeLessThanOrEqual(BATCH_ARTICLES);
  });

  it('runs everything on the main thread when the worker cannot load its gazetteer', async () => {
    const tags = expectEachOnce(await runAll(FAILING_WORKER));
    expect(tags.every((tag) => tag.startsWith('main:'))).toBe(true);
  });
});

describe('the CLI with a worker thread', () => {
  let work: string;
  beforeAll(() => {
    work = mkdtempSync(path.join(tmpdir(), 'ingest-parallel-'));
  });
  afterAll(() => {
    rmSync(work, { recursive: true, force: true });
  });

  it(
    'writes byte for byte what the single-threaded run writes',
    () => {
      // a thousand articles, each the seed article with two of its paragraphs repeated in a different pairing:
      // long enough in total that the worker is up before the main thread is through
      const seed = readFileSync(path.join(ROOT, 'seeds/raqqa-2017.txt'), 'utf8');
      const paragraphs = seed.split('\n').filter((line) => line.trim() !== '');
      const folder = path.join(work, 'articles');
      mkdirSync(folder);
      for (let i = 0; i < CLI_ARTICLES; i++) {
        const first = paragraphs[i % paragraphs.length] ?? '';
        const second = paragraphs[(i * 7 + 3) % paragraphs.length] ?? '';
        writeFileSync(path.join(folder, `a${String(i).padStart(4, '0')}.txt`), `${seed}\n${first}\n\n${second}\n`);
      }
      const single = path.join(work, 'single.geojson');
      const parallel = path.join(work, 'parallel.geojson');
      const one = runCli(['--out', single, folder], { INGEST_WORKERS: '0', INGEST_TIMINGS: '1' });
      const two = runCli(['--out', parallel, folder], { INGEST_WORKERS: '1', INGEST_TIMINGS: '1' });
      expect(one.status).toBe(0);
      expect(two.status).toBe(0);
      expect(workerArticles(one.stderr)).toBe(0);
      expect(workerArticles(two.stderr)).toBeGreaterThan(0);
      // a digest, not toEqual on the buffers: vitest's deep equality walks a 20 MB buffer byte by byte (minutes)
      expect(sha256(parallel)).toBe(sha256(single));
    },
    SLOW_MS,
  );
});

function sha256(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

function workerArticles(stderr: string): number {
  const line = stderr.split('\n').find((l) => l.startsWith('INGEST_TIMINGS '));
  const match = /"workerArticles":(\d+)/.exec(line ?? '');
  return match === null ? -1 : Number(match[1]);
}
