/**
 * `npm run bench`: end-to-end speed of `npm run ingest` on real-length news articles. The texts of the dev corpora
 * (/work/shared/eval, GPL-3.0, never copied into the project) are written to a temp folder at benchmark time, then
 * the whole ingest process is started several times; medians of throughput, cold start and peak RSS are printed
 * next to their targets. Exit 0 when every target is met, 1 when one is missed, 2 when the corpora are missing.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { readCorpus } from '../eval/corpus';

const DEFAULT_EVAL_DIR = '/work/shared/eval';
const CORPUS_FILES = ['lgl.xml', 'GeoVirus.xml'] as const;
const TIME_BINARY = '/usr/bin/time';
/** npm runs scripts with sh; so does the benchmark */
const SHELL = 'sh';

const options = {
  runs: 5, // measured runs (one extra warm-up run is discarded)
  minArticles: 500, // fewer corpus articles than this is not a meaningful benchmark
  targetArticlesPerSecond: 500, // pipeline throughput, articles per second
  targetColdStartMs: 1500, // process start → gazetteer ready, milliseconds
  targetPeakRssMB: 400, // peak resident set size, megabytes
  runTimeoutMs: 300_000, // one ingest run, milliseconds
};

const KB_PER_MB = 1024;
const MS_PER_SECOND = 1000;

const timingsSchema = z.object({
  coldStartMs: z.number(),
  coldStartCpuMs: z.number(),
  pipelineMs: z.number(),
  pipelineCpuMs: z.number(),
  articles: z.number(),
  articlesPerSecond: z.number().nullable(),
  totalMs: z.number(),
  maxRssMB: z.number(),
});

interface RunFigures {
  articlesPerSecond: number;
  articlesPerCpuSecond: number;
  coldStartMs: number;
  coldStartCpuMs: number;
  peakRssMB: number;
  wallMs: number;
  articles: number;
  exitCode: number;
  /** the ingest's own problem lines (files it could not process) */
  problems: string[];
}

function main(): number {
  const argv = process.argv.slice(2);
  // --store: each run also writes an event store, new for each run (ingest into the store vs the GeoJSON alone)
  const withStore = argv.includes('--store');
  const runs = readRuns(argv.filter((arg) => arg !== '--store'));
  if (runs === undefined) {
    process.stderr.write('Usage: npm run bench -- [--runs N] [--store]   (N ≥ 1, default 5)\n');
    return 2;
  }
  const evalDir = process.env.BENCH_EVAL_DIR ?? DEFAULT_EVAL_DIR;
  const missing = CORPUS_FILES.filter((name) => !existsSync(path.join(evalDir, name)));
  if (missing.length > 0) {
    process.stderr.write(`bench: the dev corpora are missing: ${missing.map((m) => path.join(evalDir, m)).join(', ')}\n`);
    return 2;
  }

  const work = mkdtempSync(path.join(tmpdir(), 'bench-ingest-'));
  try {
    const inputDir = path.join(work, 'articles');
    const count = writeArticles(evalDir, inputDir);
    if (count < options.minArticles) {
      process.stderr.write(`bench: only ${count} articles in the corpora, need ${options.minArticles}\n`);
      return 2;
    }
    const out = path.join(work, 'events.geojson');
    // Exactly what `npm run ingest` runs (the prebuilt bundle when fresh, else tsx), minus npm's own start-up.
    const script = ingestScript();
    const store = path.join(work, 'store.sqlite');
    const storeArgs = withStore ? ['--store', store] : [];
    const args = ['-c', `${script} "$@"`, 'ingest', '--out', out, ...storeArgs, inputDir];
    const useTime = existsSync(TIME_BINARY);
    const command = `INGEST_TIMINGS=1 ${useTime ? `${TIME_BINARY} -v ` : ''}npm run ingest -- --out ${out} ${storeArgs.join(' ')} ${inputDir} (script: ${script})`;
    process.stdout.write(
      `bench: ${count} articles from ${CORPUS_FILES.join(' + ')}, ${runs} runs + 1 warm-up, ` +
        `${cpus().length} CPUs, load average ${loadAverage()} at start\n`,
    );
    process.stdout.write(`bench: command: ${command}\n`);

    const figures: RunFigures[] = [];
    for (let i = 0; i <= runs; i++) {
      for (const file of [store, `${store}-wal`, `${store}-shm`]) rmSync(file, { force: true }); // each run into a new store
      const run = runIngestOnce(args, useTime);
      if (typeof run === 'string') {
        process.stderr.write(`bench: run ${i} failed: ${run}\n`);
        return 1;
      }
      // A run where files failed measured a different workload (a stage broken mid-edit, say): show why, skip it.
      if (run.problems.length > 0) {
        process.stdout.write(`bench: run ${i} not counted, ${run.problems.length} files failed, e.g. ${run.problems.slice(0, 2).join(' | ')}\n`);
      } else if (i > 0) {
        figures.push(run);
      }
      process.stdout.write(
        `bench: run ${i}${i === 0 ? ' (warm-up)' : ''}: ${run.articles} articles, ${run.articlesPerSecond} art/s ` +
          `(${run.articlesPerCpuSecond} per CPU-s), cold start ${run.coldStartMs} ms (CPU ${run.coldStartCpuMs} ms), ` +
          `peak RSS ${run.peakRssMB} MB, wall ${run.wallMs} ms, exit ${run.exitCode}, load ${loadAverage()}\n`,
      );
    }
    if (figures.length === 0) {
      process.stderr.write('bench: no clean run to report\n');
      return 1;
    }
    return printTable(figures);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** Writes each corpus article as its own .txt file; returns how many. */
function writeArticles(evalDir: string, inputDir: string): number {
  mkdirSync(inputDir, { recursive: true });
  let count = 0;
  for (const name of CORPUS_FILES) {
    const corpus = readCorpus(readFileSync(path.join(evalDir, name), 'utf8'));
    const prefix = corpus.schema;
    for (const article of corpus.articles) {
      const safeId = article.id.replace(/[^A-Za-z0-9-]/g, '_');
      writeFileSync(path.join(inputDir, `${prefix}-${safeId}.txt`), article.text);
      count += 1;
    }
  }
  return count;
}

function runIngestOnce(args: readonly string[], useTime: boolean): RunFigures | string {
  const started = performance.now();
  const child = useTime
    ? spawnSync(TIME_BINARY, ['-v', SHELL, ...args], spawnOptions())
    : spawnSync(SHELL, [...args], spawnOptions());
  const wallMs = Math.round(performance.now() - started);
  if (child.error) return child.error.message;
  const stderr = child.stderr;
  const timingLine = stderr.split('\n').find((line) => line.startsWith('INGEST_TIMINGS '));
  if (child.status === null || child.status > 1 || timingLine === undefined) {
    const said = stderr.split('\n').filter((line) => line.startsWith('ingest: '));
    return `exit ${String(child.status)}; ${said.slice(-5).join(' | ') || stderr.slice(-500)}`;
  }
  const timings = timingsSchema.parse(JSON.parse(timingLine.slice('INGEST_TIMINGS '.length)));
  const timeRss = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr)?.[1];
  return {
    articles: timings.articles,
    articlesPerSecond: timings.articlesPerSecond ?? 0,
    articlesPerCpuSecond:
      timings.pipelineCpuMs > 0 ? Math.round((timings.articles / timings.pipelineCpuMs) * MS_PER_SECOND) : 0,
    coldStartMs: timings.coldStartMs,
    coldStartCpuMs: timings.coldStartCpuMs,
    peakRssMB: timeRss === undefined ? timings.maxRssMB : Math.round((Number(timeRss) / KB_PER_MB) * 10) / 10,
    wallMs,
    exitCode: child.status,
    problems: stderr
      .split('\n')
      .filter((line) => line.startsWith('ingest: ') && !/ files \(\d+%\)$/.test(line) && !/ in [\d.]+ s → /.test(line)),
  };
}

/** The `ingest` script of package.json. */
function ingestScript(): string {
  const manifest = z.object({ scripts: z.object({ ingest: z.string() }) }).parse(JSON.parse(readFileSync('package.json', 'utf8')));
  return manifest.scripts.ingest;
}

function spawnOptions() {
  return {
    encoding: 'utf8' as const,
    // node_modules/.bin first, as under npm, so the tsx fallback of the script resolves
    env: { ...process.env, INGEST_TIMINGS: '1', PATH: `${path.resolve('node_modules/.bin')}${path.delimiter}${process.env.PATH ?? ''}` },
    timeout: options.runTimeoutMs,
    maxBuffer: 64 * 1024 * 1024,
  };
}

function printTable(figures: readonly RunFigures[]): number {
  const rows = [
    row('pipeline throughput (articles/s)', figures.map((f) => f.articlesPerSecond), `≥ ${options.targetArticlesPerSecond}`, (m) => m >= options.targetArticlesPerSecond),
    row('cold start to gazetteer ready (ms)', figures.map((f) => f.coldStartMs), `≤ ${options.targetColdStartMs}`, (m) => m <= options.targetColdStartMs),
    row('peak RSS (MB)', figures.map((f) => f.peakRssMB), `≤ ${options.targetPeakRssMB}`, (m) => m <= options.targetPeakRssMB),
    row('whole process, wall (ms)', figures.map((f) => f.wallMs), '—', () => true),
    // Informational: CPU time is what the code costs; wall time also measures whoever else shares the 2 cores.
    row('pipeline articles per CPU-second', figures.map((f) => f.articlesPerCpuSecond), '(info)', () => true),
    row('cold start CPU time (ms)', figures.map((f) => f.coldStartCpuMs), '(info)', () => true),
  ];
  const header = ['metric', 'median', 'min', 'max', 'target', 'ok'];
  const table = [header, ...rows.map((r) => [r.name, r.median, r.min, r.max, r.target, r.ok ? 'yes' : 'MISSED'])];
  const widths = header.map((_, c) => Math.max(...table.map((line) => (line[c] ?? '').length)));
  for (const line of table) {
    process.stdout.write(`| ${line.map((cell, c) => cell.padEnd(widths[c] ?? 0)).join(' | ')} |\n`);
  }
  const missed = rows.filter((r) => !r.ok).map((r) => r.name);
  if (missed.length > 0) process.stdout.write(`bench: target missed: ${missed.join(', ')}\n`);
  return missed.length > 0 ? 1 : 0;
}

function row(name: string, values: readonly number[], target: string, meets: (median: number) => boolean) {
  const med = median(values);
  return {
    name,
    median: String(med),
    min: String(Math.min(...values)),
    max: String(Math.max(...values)),
    target,
    ok: meets(med),
  };
}

function loadAverage(): string {
  return loadavg()
    .map((n) => n.toFixed(1))
    .join(' ');
}

function median(values: readonly number[]): number {
  const sorted = values.toSorted((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const upper = sorted[mid] ?? 0;
  return sorted.length % 2 === 1 ? upper : Math.round((((sorted[mid - 1] ?? 0) + upper) / 2) * 10) / 10;
}

function readRuns(argv: readonly string[]): number | undefined {
  if (argv.length === 0) return options.runs;
  if (argv.length === 2 && argv[0] === '--runs') {
    const n = Number(argv[1]);
    return Number.isInteger(n) && n >= 1 ? n : undefined;
  }
  return undefined;
}

process.exitCode = main();
