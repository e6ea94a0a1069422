/**
 * One `next start` for a whole vitest run, started lazily by the first browser test file that needs it.
 * Test files run in parallel worker processes, so the first caller takes a lock folder, builds if stale, starts
 * the server in its own process group (it outlives that worker) and writes the URL to a state file; the other
 * callers wait for that file. The global teardown kills the process group. A run with no browser test pays nothing.
 */
import { spawnSync } from 'node:child_process';
import {
  closeSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { buildStaleReason, ensureBuilt, PROJECT_ROOT, startServer } from '../serve/next-app';

/**
 * The corpus the browser tests serve: the real pipeline's output for the seed articles plus a hostile article and
 * an article in a subfolder (its id has a '/'), so the page is tested on what `npm run ingest` writes.
 * E2E_EVENTS_PATH serves a ready events file instead. Each entry: the file and its path inside the corpus folder.
 */
const FIXTURE_ARTICLES = path.join(PROJECT_ROOT, 'tests', 'fixtures', 'explorer', 'articles');
const E2E_CORPUS_FILES: readonly { file: string; as: string }[] = [
  ...readdirSync(path.join(PROJECT_ROOT, 'seeds'))
    .filter((name) => /\.(txt|md)$/.test(name))
    .map((name) => ({ file: path.join(PROJECT_ROOT, 'seeds', name), as: name })),
  { file: path.join(FIXTURE_ARTICLES, 'hostile-2017.txt'), as: 'hostile-2017.txt' },
  { file: path.join(FIXTURE_ARTICLES, '2017', 'tal-afar.txt'), as: path.join('2017', 'tal-afar.txt') },
];

const STORE_FILE = 'store.sqlite'; // the e2e corpus's event store, beside its events file
const POLL_MS = 250; // how often a waiting test file looks for the state file
const WAIT_TIMEOUT_MS = 10 * 60_000; // a cold `next build` on a busy 2-core machine fits in this
const STOP_GRACE_MS = 5_000; // SIGTERM, then SIGKILL

const stateSchema = z.object({ baseUrl: z.string().url(), pid: z.number().int().positive(), eventsPath: z.string() });
export type SharedServer = z.infer<typeof stateSchema>;

/**
 * The run's server: starts it on the first call (in any worker), returns the same one afterwards.
 * @example const { baseUrl } = await sharedServer(inject('e2eRunId'));
 */
export async function sharedServer(runId: string): Promise<SharedServer> {
  const dir = runDir(runId);
  mkdirSync(dir, { recursive: true });
  let owner = false;
  try {
    mkdirSync(path.join(dir, 'lock'));
    owner = true;
  } catch {
    // another worker is starting it
  }
  if (owner) {
    try {
      writeState(dir, await boot(dir));
    } catch (error) {
      writeFileSync(path.join(dir, 'error.txt'), error instanceof Error ? error.message : String(error));
      throw error;
    }
  }
  return waitForState(dir);
}

/** Kills the run's server (the whole process group) if one was started; for the global teardown. */
export async function stopSharedServer(runId: string): Promise<void> {
  const dir = runDir(runId);
  const state = readState(dir);
  if (state) {
    signal(-state.pid, 'SIGTERM');
    const deadline = Date.now() + STOP_GRACE_MS;
    while (alive(state.pid) && Date.now() < deadline) await sleep(POLL_MS);
    if (alive(state.pid)) signal(-state.pid, 'SIGKILL');
  }
  rmSync(dir, { recursive: true, force: true });
}

/** Where the server's and the build's output go for this run (printed when something fails). */
export function serverLogPath(runId: string): string {
  return path.join(runDir(runId), 'server.log');
}

async function boot(dir: string): Promise<SharedServer> {
  const log = openSync(path.join(dir, 'server.log'), 'a');
  try {
    // E2E_REUSE_BUILD=1: test the existing .next even if sources changed since (others editing meanwhile).
    const reuse = process.env.E2E_REUSE_BUILD === '1' && buildStaleReason() !== 'missing';
    if (!reuse) await ensureBuilt({ stdio: ['ignore', log, log] });
    const eventsPath = process.env.E2E_EVENTS_PATH ?? ingestCorpus(path.join(dir, 'corpus'), log);
    if (!existsSync(eventsPath)) throw new Error(`No events file for the browser tests at ${eventsPath}`);
    // the ingest below writes the store beside the events file; the /api/store endpoints answer from it
    const storePath = path.join(path.dirname(eventsPath), STORE_FILE);
    const server = await startServer({ eventsPath, ...(existsSync(storePath) ? { storePath } : {}), stdio: ['ignore', log, log] });
    server.child.unref(); // the server outlives this worker; the global teardown ends it
    if (server.child.pid === undefined) throw new Error('next start has no pid');
    return { baseUrl: server.url, pid: server.child.pid, eventsPath };
  } finally {
    closeSync(log);
  }
}

/** Copies the e2e corpus to `dir/articles` and runs the real ingest on it; the app finds article texts there. */
function ingestCorpus(dir: string, log: number): string {
  const articles = path.join(dir, 'articles');
  mkdirSync(articles, { recursive: true });
  for (const { file, as } of E2E_CORPUS_FILES) {
    mkdirSync(path.dirname(path.join(articles, as)), { recursive: true });
    copyFileSync(file, path.join(articles, as));
  }
  const out = path.join(dir, 'events.geojson');
  const store = path.join(dir, STORE_FILE);
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'lib/cli/ingest.ts', '--out', out, '--store', store, articles], {
    cwd: PROJECT_ROOT,
    stdio: ['ignore', log, log],
  });
  if (result.status !== 0) throw new Error(`npm run ingest on the e2e corpus exited with ${result.status}`);
  return out;
}

async function waitForState(dir: string): Promise<SharedServer> {
  const deadline = Date.now() + WAIT_TIMEOUT_MS;
  while (Date.now() < deadline) {
    const state = readState(dir);
    if (state) return state;
    const errorFile = path.join(dir, 'error.txt');
    if (existsSync(errorFile)) throw new Error(`The e2e server did not start: ${readFileSync(errorFile, 'utf8')}`);
    await sleep(POLL_MS);
  }
  throw new Error(`The e2e server did not start within ${WAIT_TIMEOUT_MS} ms (see ${path.join(dir, 'server.log')})`);
}

function writeState(dir: string, state: SharedServer): void {
  const temp = path.join(dir, 'state.json.tmp');
  writeFileSync(temp, JSON.stringify(state));
  renameSync(temp, path.join(dir, 'state.json')); // atomic: readers see no state or the whole state
}

function readState(dir: string): SharedServer | null {
  try {
    const parsed = stateSchema.safeParse(JSON.parse(readFileSync(path.join(dir, 'state.json'), 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

function runDir(runId: string): string {
  if (!/^[A-Za-z0-9-]+$/.test(runId)) throw new Error(`Unexpected run id: ${runId}`);
  return path.join(tmpdir(), 'geo-explorer-e2e', runId);
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function signal(target: number, name: NodeJS.Signals): void {
  try {
    process.kill(target, name);
  } catch {
    // already gone
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
