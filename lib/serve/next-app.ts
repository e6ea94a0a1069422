/**
 * Builds and serves the Next app for `npm start`, the e2e tests and the map benchmark: `next build` only when the
 * build is older than its sources, `next start` in its own process group so one signal ends it and its children.
 */
import { spawn, type ChildProcess, type StdioOptions } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { staleReason } from './freshness';

/** The project root (this file lives in lib/e2e/). */
export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** What a production build depends on; a change to any of them makes .next/BUILD_ID stale. */
export const BUILD_SOURCES = ['app', 'components', 'lib', 'next.config.js', 'package.json', 'tsconfig.json'];

const BUILD_LOCK_POLL_MS = 500; // how often a waiting builder checks the lock
const BUILD_LOCK_STALE_MS = 15 * 60_000; // a lock older than this is from a crashed build
const SERVER_POLL_MS = 200; // how often we knock while the server boots
const SERVER_BOOT_TIMEOUT_MS = 60_000; // `next start` is up in 1–3 s; 60 s means it is broken
const STOP_GRACE_MS = 5_000; // SIGTERM first, SIGKILL after this

/** Absolute path of Next's CLI, run with this Node (no reliance on PATH or npx). */
export function nextBin(root: string = PROJECT_ROOT): string {
  return createRequire(path.join(root, 'package.json')).resolve('next/dist/bin/next');
}

/** Why the production build must be redone, or null when .next/BUILD_ID is newer than every source. */
export function buildStaleReason(root: string = PROJECT_ROOT): string | null {
  return staleReason(
    path.join(root, '.next', 'BUILD_ID'),
    BUILD_SOURCES.map((p) => path.join(root, p)),
  );
}

export interface BuildOptions {
  root?: string;
  /** where `next build` prints: 'inherit' for a terminal, 'ignore' or a pipe for tests */
  stdio?: StdioOptions;
  log?: (line: string) => void;
}

/**
 * Runs `next build` when the build is missing or stale; one builder at a time per checkout (others wait, then reuse).
 * @example await ensureBuilt({ log: (l) => console.error(l) })
 */
export async function ensureBuilt(options: BuildOptions = {}): Promise<'reused' | 'built'> {
  const root = options.root ?? PROJECT_ROOT;
  const log = options.log ?? (() => {});
  const lock = await acquireLock(buildLockPath(root));
  try {
    const reason = buildStaleReason(root);
    if (reason === null) {
      log('build: .next is up to date, reusing it');
      return 'reused';
    }
    log(`build: .next/BUILD_ID is ${reason}, running next build`);
    const code = await runToEnd(process.execPath, [nextBin(root), 'build'], { cwd: root, stdio: options.stdio ?? 'inherit' });
    if (code !== 0) throw new Error(`next build failed with exit code ${code}`);
    return 'built';
  } finally {
    lock.release();
  }
}

/**
 * The environment for `next build` / `next start`: production mode, and Next's anonymous telemetry off — the
 * explorer promises to work with no network, so it must not try to phone home.
 * @example spawn(process.execPath, [nextBin(), 'start'], { env: nextEnv({ PORT: '3000' }) })
 */
export function nextEnv(extra: Readonly<Record<string, string>> = {}): NodeJS.ProcessEnv {
  return { ...process.env, ...extra, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' };
}

export interface ServerOptions {
  root?: string;
  port?: number;
  host?: string;
  /** events file the app reads at request time (EVENTS_PATH) */
  eventsPath?: string;
  /** the event store the /api/store endpoints answer from (STORE_PATH) */
  storePath?: string;
  /** further environment for the server (e.g. STORE_MODE_MIN_EVENTS) */
  env?: Readonly<Record<string, string>>;
  stdio?: StdioOptions;
}

export interface RunningServer {
  url: string;
  child: ChildProcess;
  /** SIGTERM the process group, SIGKILL after a grace period; resolves when the process has exited */
  stop(): Promise<void>;
}

/**
 * Starts `next start` in its own process group and resolves once it answers HTTP.
 * @example const server = await startServer({ eventsPath: 'tests/output/events.geojson' }); await server.stop();
 */
export async function startServer(options: ServerOptions = {}): Promise<RunningServer> {
  const root = options.root ?? PROJECT_ROOT;
  const host = options.host ?? '127.0.0.1';
  const port = options.port ?? (await freePort(host));
  const env = nextEnv({ ...options.env, PORT: String(port) });
  if (options.eventsPath !== undefined) env.EVENTS_PATH = path.resolve(options.eventsPath);
  if (options.storePath !== undefined) env.STORE_PATH = path.resolve(options.storePath);
  const child = spawn(process.execPath, [nextBin(root), 'start', '-p', String(port), '-H', host], {
    cwd: root,
    env,
    stdio: options.stdio ?? 'ignore',
    detached: true,
  });
  const url = `http://${host}:${port}`;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async (): Promise<void> => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    signalGroup(child, 'SIGTERM');
    const timer = setTimeout(() => signalGroup(child, 'SIGKILL'), STOP_GRACE_MS);
    await exited;
    clearTimeout(timer);
  };
  try {
    await waitForHttp(url, child);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, child, stop };
}

/** A TCP port that was free a moment ago on `host`. */
export function freePort(host = '127.0.0.1'): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, host, () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => (port > 0 ? resolve(port) : reject(new Error(`No port from ${String(address)}`))));
    });
  });
}

/** Sends `signal` to the child's whole process group (Next forks workers); ignores an already-gone group. */
export function signalGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    try {
      child.kill(signal);
    } catch {
      // already exited
    }
  }
}

function runToEnd(command: string, args: string[], options: { cwd: string; stdio: StdioOptions }): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { ...options, env: nextEnv() });
    child.once('error', reject);
    child.once('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

async function waitForHttp(url: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + SERVER_BOOT_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start exited with code ${child.exitCode} before answering`);
    try {
      await fetch(url, { method: 'HEAD', signal: AbortSignal.timeout(SERVER_BOOT_TIMEOUT_MS) });
      return;
    } catch {
      await sleep(SERVER_POLL_MS);
    }
  }
  throw new Error(`next start did not answer at ${url} within ${SERVER_BOOT_TIMEOUT_MS} ms`);
}

function buildLockPath(root: string): string {
  const key = createHash('sha1').update(root).digest('hex').slice(0, 12);
  return path.join(tmpdir(), `geo-explorer-build-${key}.lock`);
}

/** A lock folder (mkdir is atomic) holding its owner's pid; a dead owner's or a very old lock is taken over. */
async function acquireLock(dir: string): Promise<{ release(): void }> {
  for (;;) {
    try {
      mkdirSync(dir);
      writeFileSync(path.join(dir, 'pid'), String(process.pid));
      return { release: () => rmSync(dir, { recursive: true, force: true }) };
    } catch {
      if (lockIsAbandoned(dir)) rmSync(dir, { recursive: true, force: true });
      else await sleep(BUILD_LOCK_POLL_MS);
    }
  }
}

function lockIsAbandoned(dir: string): boolean {
  try {
    if (Date.now() - statSync(dir).mtimeMs > BUILD_LOCK_STALE_MS) return true;
    const owner = Number(readFileSync(path.join(dir, 'pid'), 'utf8'));
    if (!Number.isInteger(owner) || owner <= 0) return false; // being written right now
    process.kill(owner, 0);
    return false;
  } catch (error) {
    // ESRCH: the owner is gone; ENOENT: released (or pid not written yet) — retry either way
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
