/**
 * `npm run ingest -- --workers N`: this process lists nothing and loads nothing; it starts N copies of the ingest
 * CLI, the K-th with `--share K/N`, each of which reads its share of the files, runs the pipeline and writes each
 * article into the same store in a transaction of its own. Their problem lines are passed on as they come, their
 * summaries (sent over the IPC channel) are added up into one line. Processes rather than threads: each worker then
 * holds its own database connection and dies alone, and it is the same program that runs on several machines with
 * `--share K/N` by hand. A worker whose parent dies stops at once (its open transaction is rolled back by the
 * server), so killing the run leaves no worker behind.
 */
import { spawn } from 'node:child_process';
import type { Share } from './share';
import type { ProgressSink } from './progress';

export interface WorkerProcessesOptions {
  workers: number;
  /** the program and the arguments before a worker's own: node, its flags (tsx's loader), the CLI script */
  command: readonly string[];
  /** a worker's arguments, given its share */
  argsFor: (share: Share) => string[];
  env: NodeJS.ProcessEnv;
  stderr: ProgressSink;
  /** print one `INGEST_TIMINGS {json}` line on stderr at the end */
  timings?: boolean;
}

/** What a worker sends its parent once its share is done. */
export interface WorkerSummary {
  kind: 'ingest-worker-summary';
  exitCode: number;
  articles: number;
  failed: number;
  /** the store as its summary line names it */
  store: string;
}

export interface WorkersResult {
  exitCode: number;
  articles: number;
  failed: number;
}

const EXIT_FAILED = 1;
const MS_PER_SECOND = 1000;
/** a worker's own progress and summary lines: the parent's line replaces them */
const QUIET_LINE = /^ingest: (\d+\/\d+ files \(\d+%\)|\d+ articles?\b.* → )/;

/**
 * Runs the workers to the end and returns the whole run's figures; never throws.
 * @example await runWorkerProcesses({ workers: 2, command: [process.execPath, script], argsFor, env, stderr })
 */
export async function runWorkerProcesses(options: WorkerProcessesOptions): Promise<WorkersResult> {
  const started = performance.now();
  const [program, ...before] = options.command;
  if (program === undefined) throw new Error('runWorkerProcesses needs a command');
  const shares = Array.from({ length: options.workers }, (_, i): Share => ({ index: i + 1, of: options.workers }));
  const outcomes = await Promise.all(shares.map((share) => runOne(program, [...before, ...options.argsFor(share)], share, options)));
  const articles = outcomes.reduce((sum, o) => sum + o.articles, 0);
  const failed = outcomes.reduce((sum, o) => sum + o.failed, 0);
  const exitCode = outcomes.some((o) => o.exitCode !== 0) ? EXIT_FAILED : 0;
  const wallMs = performance.now() - started;
  const store = outcomes.find((o) => o.store !== '')?.store ?? 'the store';
  options.stderr.write(
    `ingest: ${articles} article${articles === 1 ? '' : 's'}${failed > 0 ? ` (${failed} failed)` : ''} → ${store} ` +
      `by ${options.workers} workers in ${(wallMs / MS_PER_SECOND).toFixed(2)} s\n`,
  );
  if (options.timings) {
    const timing = { workers: options.workers, articles, failed, wallMs: Math.round(wallMs), articlesPerSecond: Math.round((articles / wallMs) * MS_PER_SECOND * 10) / 10 };
    options.stderr.write(`INGEST_TIMINGS ${JSON.stringify(timing)}\n`);
  }
  return { exitCode, articles, failed };
}

/**
 * In a worker: sends its summary to the parent, then lets go of the channel so the process can end.
 * @example await reportToParent({ kind: 'ingest-worker-summary', exitCode: 0, articles: 10, failed: 0, store })
 */
export function reportToParent(summary: WorkerSummary): Promise<void> {
  const send = process.send?.bind(process);
  if (send === undefined) return Promise.resolve();
  return new Promise((resolve) => {
    send(summary, undefined, {}, () => {
      process.disconnect();
      resolve();
    });
  });
}

/**
 * In a worker: ends the process when the parent goes away (killed, say), rather than ingesting on alone.
 * Returns the function that stops watching, for the worker's own orderly end.
 * @example const stopWatching = exitWithParent(); …; stopWatching();
 */
export function exitWithParent(): () => void {
  const onDisconnect = (): void => {
    process.stderr.write('ingest: the parent process ended; this worker stops (its current article is rolled back)\n');
    process.exit(EXIT_FAILED);
  };
  process.once('disconnect', onDisconnect);
  return () => void process.off('disconnect', onDisconnect);
}

// --- private helpers ---

interface Outcome {
  exitCode: number;
  articles: number;
  failed: number;
  store: string;
}

function runOne(program: string, args: string[], share: Share, options: WorkerProcessesOptions): Promise<Outcome> {
  return new Promise((resolve) => {
    // the worker runs its pipeline on its own thread: N processes on N cores, no threads beside them
    const child = spawn(program, args, { env: { ...options.env, INGEST_WORKERS: '0', INGEST_TIMINGS: '0' }, stdio: ['ignore', 'inherit', 'pipe', 'ipc'] });
    let summary: WorkerSummary | undefined;
    child.on('message', (message: unknown) => {
      if (isWorkerSummary(message)) summary = message;
    });
    let pending = '';
    child.stderr?.on('data', (chunk: Buffer) => {
      pending += chunk.toString();
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) if (!QUIET_LINE.test(line)) options.stderr.write(`${line}\n`);
    });
    const name = `worker ${share.index}/${share.of}`;
    child.on('error', (error) => {
      options.stderr.write(`ingest: ${name} could not start: ${error.message}\n`);
      resolve({ exitCode: EXIT_FAILED, articles: 0, failed: 1, store: '' });
    });
    child.on('close', (code, signal) => {
      if (pending !== '' && !QUIET_LINE.test(pending)) options.stderr.write(`${pending}\n`);
      if (summary !== undefined) {
        resolve({ exitCode: code ?? EXIT_FAILED, articles: summary.articles, failed: summary.failed, store: summary.store });
        return;
      }
      options.stderr.write(`ingest: ${name} ended (${signal ?? `exit ${String(code)}`}) before its share was done; the articles it wrote are whole, the rest of its share is not in the store\n`);
      resolve({ exitCode: EXIT_FAILED, articles: 0, failed: 1, store: '' });
    });
  });
}

function isWorkerSummary(message: unknown): message is WorkerSummary {
  return typeof message === 'object' && message !== null && 'kind' in message && message.kind === 'ingest-worker-summary';
}
