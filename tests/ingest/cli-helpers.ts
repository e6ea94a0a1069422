/** Runs the real ingest CLI as a subprocess and reads what it wrote. */
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { eventCollectionSchema } from '@/lib/geojson/schema';
import type { EventCollection } from '@/lib/geojson/schema';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CLI = path.join(ROOT, 'lib/cli/ingest.ts');
/** One ingest run, milliseconds: generous, the machine is shared. */
const RUN_TIMEOUT_MS = 170_000;

export interface CliRun {
  status: number | null;
  stderr: string;
  stdout: string;
  /** stderr lines that are not progress or summary lines */
  problemLines: string[];
}

/** `node --import tsx lib/cli/ingest.ts ...args` from the project root. */
export function runCli(args: readonly string[], env: Record<string, string> = {}): CliRun {
  const child = spawnSync(process.execPath, ['--import', 'tsx', CLI, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, ...env },
    timeout: RUN_TIMEOUT_MS,
    maxBuffer: 32 * 1024 * 1024,
  });
  const stderr = child.stderr ?? '';
  const problemLines = stderr
    .split('\n')
    .filter((line) => line !== '' && !/^ingest: \d+\/\d+ files/.test(line) && !/^ingest: \d+ articles?\b.* in [\d.]+ s → /.test(line));
  return { status: child.status, stderr, stdout: child.stdout ?? '', problemLines };
}

/** The ingest CLI started in the background, on the main thread only (INGEST_WORKERS=0), with `env` added. */
export function spawnIngest(args: readonly string[], env: Record<string, string> = {}) {
  const child = spawn(process.execPath, ['--import', 'tsx', CLI, ...args], {
    cwd: ROOT,
    env: { ...process.env, INGEST_WORKERS: '0', ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal, stderr })),
  );
  return { child, exited };
}

/** Reads and validates an output file against the contract (throws on any violation). */
export function readOutput(file: string): EventCollection {
  return eventCollectionSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
}

/** Every mention, event and route of the collection cites exactly the characters of its article file. */
export function offsetMismatches(collection: EventCollection, fileOf: (articleId: string) => string): string[] {
  const texts = new Map<string, string>();
  const text = (id: string): string => {
    const cached = texts.get(id);
    if (cached !== undefined) return cached;
    const read = readFileSync(fileOf(id), 'utf8');
    texts.set(id, read);
    return read;
  };
  const bad: string[] = [];
  for (const feature of collection.features) {
    const p = feature.properties;
    if (p.kind === 'place') {
      for (const m of p.mentions) {
        if (text(m.article).slice(m.start, m.end) !== m.text) bad.push(`${feature.id} ${m.article}:${m.start}`);
      }
    } else if (text(p.article).slice(p.start, p.end) !== p.sentence) {
      bad.push(`${feature.id}`);
    }
  }
  return bad;
}
