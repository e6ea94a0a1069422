/** `npm start` and the e2e setup rebuild only what is stale: the mtime rule they share. */
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { newestMtimeMs, staleReason } from '../../lib/serve/freshness';

const OLD = new Date('2020-01-01T00:00:00Z');
const NEW = new Date('2024-01-01T00:00:00Z');

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function fixture(): { target: string; sources: string; nested: string } {
  dir = mkdtempSync(path.join(tmpdir(), 'freshness-'));
  const sources = path.join(dir, 'seeds');
  mkdirSync(path.join(sources, 'deep'), { recursive: true });
  const nested = path.join(sources, 'deep', 'a.txt');
  const target = path.join(dir, 'events.geojson');
  writeFileSync(nested, 'x');
  writeFileSync(target, '{}');
  return { target, sources, nested };
}

describe('staleReason', () => {
  it('calls a missing output missing', () => {
    const { sources } = fixture();
    expect(staleReason(path.join(dir, 'nope.geojson'), [sources])).toBe('missing');
  });

  it('calls an output older than a file deep inside a source folder stale', () => {
    const { target, sources, nested } = fixture();
    utimesSync(target, OLD, OLD);
    utimesSync(nested, NEW, NEW);
    expect(staleReason(target, [sources])).toBe('older than its sources');
  });

  it('calls an output newer than every source up to date', () => {
    const { target, sources, nested } = fixture();
    utimesSync(nested, OLD, OLD);
    utimesSync(target, NEW, NEW);
    expect(staleReason(target, [sources])).toBeNull();
  });

  it('ignores node_modules and .next when looking for the newest source', () => {
    const { sources, nested } = fixture();
    utimesSync(nested, OLD, OLD);
    const ignored = path.join(sources, 'node_modules', 'pkg.js');
    mkdirSync(path.dirname(ignored), { recursive: true });
    writeFileSync(ignored, '');
    utimesSync(ignored, NEW, NEW);
    expect(newestMtimeMs([sources])).toBe(OLD.getTime());
  });
});
