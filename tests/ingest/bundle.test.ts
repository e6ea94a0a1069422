/**
 * The prebuilt ingest bundle (lib/pipeline/bundle.ts): it writes the same bytes as the tsx run, it knows when its
 * sources changed, and a stale bundle never runs its old code.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RELAUNCHED_ENV, buildIngestBundle, isBundleFresh } from '@/lib/pipeline/bundle';
import { ROOT, runCli } from './cli-helpers';

const SEED = path.join(ROOT, 'seeds/raqqa-2017.txt');
/** esbuild plus two subprocess runs with the real gazetteer: minutes on a shared 2-core machine. */
const SLOW_MS = 180_000;
/** rebuilds when sources changed mid-test */
const MAX_ATTEMPTS = 3;

let work: string;
beforeAll(() => {
  work = mkdtempSync(path.join(tmpdir(), 'ingest-bundle-'));
});
afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

/** The manifest text buildIngestBundle embedded (a JSON string literal inside the code). */
function embeddedManifest(file: string): string {
  const literal = /"\{\\"root\\":.*?\]\]\}"/.exec(readFileSync(file, 'utf8'))?.[0];
  return literal === undefined ? '' : String(JSON.parse(literal));
}

function runBundle(bundle: string, out: string, env: Record<string, string> = {}) {
  return spawnSync(process.execPath, [bundle, '--out', out, SEED], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, ...env },
    timeout: SLOW_MS,
  });
}

describe('the prebuilt ingest bundle', () => {
  let bundle: string;
  beforeAll(async () => {
    const built = await buildIngestBundle(ROOT, path.join(work, 'ingest.cjs'));
    if (!built.ok) throw new Error(`bundle not built: ${built.reason}`);
    bundle = built.file;
  }, SLOW_MS);

  it(
    'writes byte for byte what the tsx run writes',
    async () => {
      const viaTsx = path.join(work, 'tsx.geojson');
      const viaBundle = path.join(work, 'bundle.geojson');
      // Others edit the sources while this runs: a bundle that went stale in between is rebuilt and compared again.
      for (let attempt = 0; ; attempt++) {
        expect(runCli(['--out', viaTsx, SEED]).status).toBe(0);
        const run = runBundle(bundle, viaBundle, { [RELAUNCHED_ENV]: '1' });
        expect(run.stderr).toMatch(/1 article, \d+ places/);
        expect(run.status).toBe(0);
        const same = readFileSync(viaBundle, 'utf8') === readFileSync(viaTsx, 'utf8');
        if (same || isBundleFresh(embeddedManifest(bundle)) || attempt >= MAX_ATTEMPTS) {
          expect(readFileSync(viaBundle, 'utf8')).toBe(readFileSync(viaTsx, 'utf8'));
          return;
        }
        const rebuilt = await buildIngestBundle(ROOT, bundle);
        if (!rebuilt.ok) throw new Error(`bundle not rebuilt: ${rebuilt.reason}`);
      }
    },
    SLOW_MS * 2,
  );

  it(
    'rebuilds and hands the run over when its embedded input list no longer matches the sources',
    () => {
      // Pretend the bundle was built from a different lib/cli/ingest.ts: one byte longer than the real one.
      const size = readFileSync(path.join(ROOT, 'lib/cli/ingest.ts')).length;
      const text = readFileSync(bundle, 'utf8');
      const stale = text.replace(/(\\"lib\/cli\/ingest\.ts\\",)(\d+)/, (_, prefix: string) => `${prefix}${size + 1}`);
      expect(stale).not.toBe(text);
      // The rewritten copy still exits early with a usage error when it runs itself...
      const staleBundle = path.join(work, 'stale.cjs');
      writeFileSync(staleBundle, stale.replace('unknown option ', 'STALE unknown option '));
      const direct = spawnSync(process.execPath, [staleBundle, '--bogus'], {
        cwd: ROOT,
        encoding: 'utf8',
        env: { ...process.env, [RELAUNCHED_ENV]: '1' },
      });
      expect(direct.stderr).toMatch(/STALE unknown option --bogus/);
      // ...but unprompted it notices its inputs changed and the fresh build answers instead.
      const relaunched = spawnSync(process.execPath, [staleBundle, '--bogus'], { cwd: ROOT, encoding: 'utf8', timeout: SLOW_MS });
      expect(relaunched.status).toBe(2);
      expect(relaunched.stderr).toMatch(/^ingest: unknown option --bogus/);
    },
    SLOW_MS,
  );
});

describe('bundle freshness', () => {
  const manifestFor = (file: string, size: number, mtimeMs: number): string =>
    JSON.stringify({ root: path.dirname(file), inputs: [[path.basename(file), size, mtimeMs]] });

  it('is fresh while every input keeps its size and mtime, stale once one is touched', () => {
    const file = path.join(work, 'input.ts');
    writeFileSync(file, 'export const a = 1;\n');
    utimesSync(file, new Date('2024-01-01T00:00:00Z'), new Date('2024-01-01T00:00:00Z'));
    const mtimeMs = Date.parse('2024-01-01T00:00:00Z');
    expect(isBundleFresh(manifestFor(file, 20, mtimeMs))).toBe(true);
    utimesSync(file, new Date('2024-01-02T00:00:00Z'), new Date('2024-01-02T00:00:00Z'));
    expect(isBundleFresh(manifestFor(file, 20, mtimeMs))).toBe(false);
  });

  it('is stale when an input is gone or the manifest is unreadable', () => {
    expect(isBundleFresh(manifestFor(path.join(work, 'missing.ts'), 1, 1))).toBe(false);
    expect(isBundleFresh('not json')).toBe(false);
    expect(isBundleFresh(JSON.stringify({ root: work, inputs: [['a.ts', '1', 2]] }))).toBe(false);
  });
});
