import { describe, expect, it } from 'vitest';
import { DEFAULT_OUT, parseIngestArgs } from '@/lib/pipeline/args';
import { LOG_INTERVAL_MS, createProgress } from '@/lib/pipeline/progress';
import { inShare, parseShare } from '@/lib/pipeline/share';

describe('parseIngestArgs', () => {
  it('defaults to seeds/ and geodata/events.geojson', () => {
    expect(parseIngestArgs([])).toEqual({ kind: 'run', out: DEFAULT_OUT, outGiven: false, store: null, remove: [], paths: ['seeds'], workers: null, share: null });
  });

  it('takes --out FILE, --out=FILE and several paths', () => {
    expect(parseIngestArgs(['--out', 'x.geojson', 'a', 'b'])).toMatchObject({ kind: 'run', out: 'x.geojson', outGiven: true, paths: ['a', 'b'] });
    expect(parseIngestArgs(['a', '--out=y.geojson'])).toMatchObject({ kind: 'run', out: 'y.geojson', paths: ['a'] });
  });

  it('treats everything after -- as a path, even if it looks like an option', () => {
    expect(parseIngestArgs(['--', '--weird.txt'])).toMatchObject({ kind: 'run', out: DEFAULT_OUT, paths: ['--weird.txt'] });
  });

  it('takes --store FILE and repeated --remove ID; --remove alone ingests nothing and writes no GeoJSON', () => {
    expect(parseIngestArgs(['--store', 's.sqlite', 'a'])).toMatchObject({ kind: 'run', store: 's.sqlite', out: DEFAULT_OUT, paths: ['a'] });
    expect(parseIngestArgs(['--remove', 'x', '--remove=2017/y'])).toEqual({
      kind: 'run',
      out: null,
      outGiven: false,
      store: null,
      remove: ['x', '2017/y'],
      paths: [],
      workers: null,
      share: null,
    });
    expect(parseIngestArgs(['--remove'])).toMatchObject({ kind: 'usage-error', message: /needs an article id/ });
    expect(parseIngestArgs(['--store', 'a', '--store', 'b'])).toMatchObject({ kind: 'usage-error', message: /twice/ });
  });

  it('reports an unknown option, a missing --out value and a repeated --out as usage errors', () => {
    expect(parseIngestArgs(['--bogus'])).toEqual({ kind: 'usage-error', message: 'unknown option --bogus' });
    expect(parseIngestArgs(['--out'])).toMatchObject({ kind: 'usage-error', message: /needs a file name/ });
    expect(parseIngestArgs(['--out', 'a', '--out', 'b'])).toMatchObject({ kind: 'usage-error', message: /twice/ });
  });
});

describe('--workers and --share', () => {
  it('takes --workers N as worker processes writing only the store, and refuses it beside --out, --share or --remove', () => {
    expect(parseIngestArgs(['--workers', '2', 'a'])).toMatchObject({ kind: 'run', workers: 2, out: null, outGiven: false, paths: ['a'] });
    expect(parseIngestArgs(['--workers=1', 'a'])).toMatchObject({ kind: 'run', workers: 1, out: null });
    expect(parseIngestArgs(['--workers', '1', '--out', 'x.geojson'])).toMatchObject({ kind: 'usage-error', message: /writes only the store/ });
    expect(parseIngestArgs(['--workers', '0'])).toMatchObject({ kind: 'usage-error', message: /--workers needs a whole number from 1 to \d+, got 0/ });
    expect(parseIngestArgs(['--workers', 'two'])).toMatchObject({ kind: 'usage-error', message: /got two/ });
    expect(parseIngestArgs(['--workers', '2', '--out', 'x.geojson'])).toMatchObject({ kind: 'usage-error', message: /writes only the store/ });
    expect(parseIngestArgs(['--workers', '2', '--share', '1/2'])).toMatchObject({ kind: 'usage-error', message: /do not go together/ });
    expect(parseIngestArgs(['--workers', '2', '--remove', 'x'])).toMatchObject({ kind: 'usage-error', message: /--remove/ });
  });

  it('takes --share K/N for one part of the files, writing no GeoJSON unless --out names one', () => {
    expect(parseIngestArgs(['--share', '2/3', 'a'])).toMatchObject({ kind: 'run', share: { index: 2, of: 3 }, out: null });
    expect(parseIngestArgs(['--share=1/2', '--out', 'x.geojson'])).toMatchObject({ kind: 'run', share: { index: 1, of: 2 }, out: 'x.geojson' });
    expect(parseIngestArgs(['--share', '3/2'])).toMatchObject({ kind: 'usage-error', message: /1 ≤ K ≤ N, got 3\/2/ });
    expect([parseShare('0/2'), parseShare('1/0'), parseShare('1-2'), parseShare('')]).toEqual([null, null, null, null]);
  });

  it('deals every N-th item from the K-th, so the N shares hold every item exactly once', () => {
    const items = ['a', 'b', 'c', 'd', 'e'];
    const shares = [1, 2, 3].map((index) => inShare(items, { index, of: 3 }));
    expect(shares).toEqual([['a', 'd'], ['b', 'e'], ['c']]);
    expect(shares.flat().toSorted()).toEqual(items);
    expect(inShare(items, null)).toEqual(items);
  });
});

describe('createProgress', () => {
  function sink(isTTY: boolean) {
    const chunks: string[] = [];
    return { chunks, isTTY, write: (chunk: string) => chunks.push(chunk) };
  }

  it('prints a plain line at most every few seconds when stderr is not a terminal', () => {
    let now = 0;
    const out = sink(false);
    const progress = createProgress(100, out, () => now);
    for (let i = 1; i <= 50; i++) progress.update(i);
    expect(out.chunks).toEqual([]);
    now = LOG_INTERVAL_MS;
    progress.update(51);
    expect(out.chunks).toEqual(['ingest: 51/100 files (51%)\n']);
    progress.update(100);
    progress.finish();
    expect(out.chunks).toHaveLength(1);
  });

  it('redraws a bar on one line and erases it at the end when stderr is a terminal', () => {
    let now = 0;
    const out = sink(true);
    const progress = createProgress(4, out, () => now);
    now = 1000;
    progress.update(2);
    progress.update(4);
    progress.finish();
    expect(out.chunks[0]).toMatch(/^\ringest \[#{15}\.{15}\] 2\/4 50%$/);
    expect(out.chunks[1]).toMatch(/4\/4 100%/);
    expect(out.chunks.at(-1)).toBe('\r\u001b[2K');
    expect(out.chunks.join('')).not.toContain('\n');
  });
});
