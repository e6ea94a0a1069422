/**
 * A prebuilt single-file bundle of the ingest CLI, so `npm run ingest` starts with plain node instead of tsx:
 * tsx's loader thread, per-file transpiling and module resolution cost about a second of CPU before the first
 * article. The bundle lives in a gitignored cache folder and carries the list of its inputs (size and mtime of every
 * source, data and package file esbuild read); when any input changed, the bundle rebuilds itself and hands the run
 * to the fresh copy, or to tsx when the sources do not build. `npm install` builds it (lib/cli/bundle-ingest.ts).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { atomicWriteFile } from '../fs/atomic-write';

/** Where the bundle is written, relative to the project root (inside node_modules: never committed, never shipped). */
export const INGEST_BUNDLE_PATH = 'node_modules/.cache/geo-event-explorer/ingest.cjs';
/** The CLI source the bundle is built from, relative to the project root. */
export const INGEST_ENTRY = 'lib/cli/ingest.ts';
/** Set in the environment of a relaunched run, so a bundle that still looks stale can never relaunch in a loop. */
export const RELAUNCHED_ENV = 'INGEST_BUNDLE_RELAUNCHED';
/** esbuild replaces this global with the manifest string; see `bundleManifest` in lib/cli/ingest.ts. */
export const MANIFEST_GLOBAL = 'INGEST_BUNDLE_MANIFEST';
/** joined at run time so the bundle's own copy of this module never contains the text it replaces */
const MANIFEST_PLACEHOLDER = ['', 'INGEST', 'BUNDLE', 'MANIFEST', 'PLACEHOLDER', ''].join('__');
const NODE_TARGET = 'node20';

/** What the bundle knows about its own build: the project root and every input with its size and mtime. */
export interface BundleManifest {
  root: string;
  /** [path relative to root, size in bytes, mtime in milliseconds] */
  inputs: [string, number, number][];
}


export type BundleBuild = { ok: true; file: string; inputs: number; bytes: number } | { ok: false; reason: string };

/**
 * Bundles lib/cli/ingest.ts and everything it imports into one CommonJS file with its input manifest; never throws.
 * Warnings count as failures (an `import.meta` the bundle cannot honour, say): a doubtful bundle is worse than tsx.
 * @example buildIngestBundle(process.cwd()) // { ok: true, file: '…/ingest.cjs', inputs: 412, bytes: 1973075 }
 */
export async function buildIngestBundle(root: string, outFile: string = path.join(root, INGEST_BUNDLE_PATH)): Promise<BundleBuild> {
  try {
    const esbuild = await import('esbuild');
    const startedMs = Date.now();
    const result = await esbuild.build({
      absWorkingDir: root,
      entryPoints: [INGEST_ENTRY],
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: NODE_TARGET,
      // pg stays a package: its optional native binding (pg-native) is not installed
      external: ['esbuild', 'better-sqlite3', 'pg', 'pg-native'],
      define: { [MANIFEST_GLOBAL]: JSON.stringify(MANIFEST_PLACEHOLDER) },
      metafile: true,
      write: false,
      logLevel: 'silent',
    });
    const warning = result.warnings[0];
    if (warning !== undefined) return { ok: false, reason: `esbuild warning: ${warning.text}` };
    const output = result.outputFiles[0];
    if (output === undefined) return { ok: false, reason: 'esbuild wrote no output' };
    const manifest: BundleManifest = { root, inputs: Object.keys(result.metafile.inputs).map((input) => inputStamp(root, input, startedMs)) };
    const code = output.text.split(JSON.stringify(MANIFEST_PLACEHOLDER));
    if (code.length < 2) return { ok: false, reason: `the bundle does not read ${MANIFEST_GLOBAL}` };
    atomicWriteFile(outFile, code.join(JSON.stringify(JSON.stringify(manifest))));
    return { ok: true, file: outFile, inputs: manifest.inputs.length, bytes: output.contents.length };
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? (error.message.split('\n')[0] ?? error.message) : String(error) };
  }
}

/**
 * True when every input of the bundle still has the size and mtime it had at build time.
 * @example isBundleFresh(manifestText) // false after any source file was saved
 */
export function isBundleFresh(manifestText: string): boolean {
  const manifest = parseManifest(manifestText);
  if (manifest === undefined) return false;
  for (const [input, size, mtimeMs] of manifest.inputs) {
    const stats = statSync(path.join(manifest.root, input), { throwIfNoEntry: false });
    if (stats === undefined || stats.size !== size || stats.mtimeMs !== mtimeMs) return false;
  }
  return true;
}

/** The project root a manifest was built in, or undefined when the text is not a manifest. */
export function manifestRoot(manifestText: string): string | undefined {
  return parseManifest(manifestText)?.root;
}

/**
 * Runs the same command line with a fresh bundle (rebuilt now) or, when the sources do not build, with tsx; output
 * goes straight to this process's streams. Returns the exit code of that run.
 * @example process.exitCode = await relaunchFresh('/work/main', process.argv.slice(2))
 */
export async function relaunchFresh(root: string, argv: readonly string[]): Promise<number> {
  const built = await buildIngestBundle(root);
  const debug = process.env.INGEST_DEBUG === '1';
  if (!built.ok && debug) process.stderr.write(`ingest: bundle not rebuilt (${built.reason}); running with tsx\n`);
  const args = built.ok ? [built.file, ...argv] : ['--import', 'tsx', path.join(root, INGEST_ENTRY), ...argv];
  const child = spawnSync(process.execPath, args, {
    stdio: 'inherit',
    env: { ...process.env, [RELAUNCHED_ENV]: '1' },
  });
  if (child.error) {
    process.stderr.write(`ingest: cannot start ${process.execPath}: ${child.error.message}\n`);
    return 1;
  }
  return child.status ?? 1;
}

/** [path relative to root, size, mtime]; a file changed while esbuild read it gets mtime 0, so it counts as stale. */
function inputStamp(root: string, input: string, startedMs: number): [string, number, number] {
  const file = path.join(root, input);
  if (!existsSync(file)) return [input, -1, 0];
  const stats = statSync(file);
  return [input, stats.size, stats.mtimeMs > startedMs ? 0 : stats.mtimeMs];
}

/**
 * The manifest is our own build output, embedded by buildIngestBundle: a shape check is enough, and zod stays off
 * the start path of every run.
 */
function parseManifest(text: string): BundleManifest | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null || !('root' in value) || !('inputs' in value)) return undefined;
  const { root, inputs } = value;
  if (typeof root !== 'string' || !Array.isArray(inputs)) return undefined;
  const stamps: [string, number, number][] = [];
  for (const entry of inputs) {
    if (!Array.isArray(entry) || entry.length !== 3) return undefined;
    const [input, size, mtimeMs]: unknown[] = entry;
    if (typeof input !== 'string' || typeof size !== 'number' || typeof mtimeMs !== 'number') return undefined;
    stamps.push([input, size, mtimeMs]);
  }
  return { root, inputs: stamps };
}
