/**
 * `npm run ingest` runs the prebuilt bundle only while it is newer than every source it was built from; after a
 * pull that changed lib/ or the curated data, it runs the sources with tsx instead of yesterday's code.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const script = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: { ingest: string } }).scripts.ingest;
let root: string;

beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'bundle-fresh-'));
  mkdirSync(path.join(root, 'node_modules/.cache/geo-event-explorer'), { recursive: true });
  mkdirSync(path.join(root, 'lib/cli'), { recursive: true });
  mkdirSync(path.join(root, 'geodata'), { recursive: true });
  mkdirSync(path.join(root, 'bin'));
  writeFileSync(path.join(root, 'node_modules/.cache/geo-event-explorer/ingest.cjs'), "console.log('bundle')\n");
  writeFileSync(path.join(root, 'lib/cli/ingest.ts'), '');
  writeFileSync(path.join(root, 'geodata/actors.json'), '{}');
  // a stand-in for tsx on PATH: says that it ran
  writeFileSync(path.join(root, 'bin/tsx'), '#!/bin/sh\necho tsx\n');
  chmodSync(path.join(root, 'bin/tsx'), 0o755);
});

afterEach(() => rmSync(root, { recursive: true, force: true }));

function run(): string {
  const env = { ...process.env, PATH: `${path.join(root, 'bin')}:${process.env.PATH ?? ''}` };
  return spawnSync('sh', ['-c', script], { cwd: root, env, encoding: 'utf8' }).stdout.trim();
}

function age(file: string, secondsAgo: number): void {
  const t = Date.now() / 1000 - secondsAgo;
  utimesSync(path.join(root, file), t, t);
}

describe('npm run ingest', () => {
  it('runs the bundle when it is newer than lib/ and the curated data', () => {
    age('lib/cli/ingest.ts', 100);
    age('geodata/actors.json', 100);
    expect(run()).toBe('bundle');
  });

  it('runs the sources with tsx when a source changed after the bundle was built', () => {
    age('node_modules/.cache/geo-event-explorer/ingest.cjs', 100);
    age('geodata/actors.json', 200);
    expect(run()).toBe('tsx');
  });

  it('runs the sources with tsx when curated data changed after the bundle was built', () => {
    age('node_modules/.cache/geo-event-explorer/ingest.cjs', 100);
    age('lib/cli/ingest.ts', 200);
    expect(run()).toBe('tsx');
  });
});
