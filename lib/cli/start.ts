/**
 * `npm start`: make the data and the build current, then serve. Each step prints one line on stderr.
 *   1. ingest seeds/ → geodata/events.geojson when the file is missing or older than any seed (skipped when
 *      EVENTS_PATH points elsewhere: the caller brings its own data);
 *   2. `next build` when .next/BUILD_ID is missing or older than app/, components/, lib/, next.config.js,
 *      package.json;
 *   3. `next start` on PORT (default 3000), forwarding SIGINT/SIGTERM/SIGHUP and exiting with its exit code.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { constants } from 'node:os';
import path from 'node:path';
import { ADDED_ARTICLES_DIR } from '../articles/paths';
import { staleReason } from '../serve/freshness';
import { ensureBuilt, nextBin, nextEnv, PROJECT_ROOT } from '../serve/next-app';

const DEFAULT_PORT = 3000;
const DEFAULT_EVENTS = path.join('geodata', 'events.geojson');
const SEEDS_DIR = 'seeds';
const FORWARDED_SIGNALS: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];
const SIGNAL_EXIT_BASE = 128; // shell convention: killed by signal N → exit code 128 + N

async function main(): Promise<number> {
  const port = parsePort(process.env.PORT);
  if (!(await ensureEvents())) return 1;
  try {
    await ensureBuilt({ log: say });
  } catch (error) {
    say(`build: ${(error as Error).message}`);
    return 1;
  }
  say(`serve: next start on http://localhost:${port}`);
  return serve(port);
}

/** Runs the ingest when the default events file is missing or stale; false when it failed. */
async function ensureEvents(): Promise<boolean> {
  if (process.env.EVENTS_PATH) {
    say(`ingest: skipped, EVENTS_PATH=${process.env.EVENTS_PATH}`);
    return true;
  }
  const target = path.join(PROJECT_ROOT, DEFAULT_EVENTS);
  const reason = staleReason(target, [path.join(PROJECT_ROOT, SEEDS_DIR)]);
  if (reason === null) {
    say(`ingest: ${DEFAULT_EVENTS} is up to date`);
    return true;
  }
  // Articles added from the browser live in geodata/articles/ (lib/articles/corpus.ts); a re-ingest keeps them.
  const added = path.join(path.dirname(DEFAULT_EVENTS), ADDED_ARTICLES_DIR);
  const inputs = existsSync(path.join(PROJECT_ROOT, added)) ? [SEEDS_DIR, added] : [SEEDS_DIR];
  say(`ingest: ${DEFAULT_EVENTS} is ${reason}, running npm run ingest -- ${inputs.join(' ')}`);
  const code = await exitCodeOf(spawn('npm', ['run', '--silent', 'ingest', '--', ...inputs], { cwd: PROJECT_ROOT, stdio: 'inherit' }));
  if (code !== 0) say(`ingest: failed with exit code ${code}`);
  return code === 0;
}

function serve(port: number): Promise<number> {
  const child = spawn(process.execPath, [nextBin(), 'start', '-p', String(port)], {
    cwd: PROJECT_ROOT,
    stdio: 'inherit',
    env: nextEnv({ PORT: String(port) }),
  });
  for (const signal of FORWARDED_SIGNALS) process.on(signal, () => child.kill(signal));
  return exitCodeOf(child);
}

function exitCodeOf(child: ReturnType<typeof spawn>): Promise<number> {
  return new Promise((resolve) => {
    child.once('error', (error) => {
      say(`${String(child.spawnfile)}: ${error.message}`);
      resolve(1);
    });
    child.once('exit', (code, signal) => {
      if (code !== null) resolve(code);
      else resolve(SIGNAL_EXIT_BASE + (signal ? constants.signals[signal] : 0));
    });
  });
}

function parsePort(raw: string | undefined): number {
  if (raw === undefined || raw === '') return DEFAULT_PORT;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    say(`start: PORT must be an integer 1–65535, got ${JSON.stringify(raw)}`);
    process.exit(2);
  }
  return port;
}

function say(line: string): void {
  process.stderr.write(`${line}\n`);
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    say(`start: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
