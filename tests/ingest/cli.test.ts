import { execFileSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, offsetMismatches, readOutput, runCli } from './cli-helpers';
import type { CliRun } from './cli-helpers';

const SEED = path.join(ROOT, 'seeds/raqqa-2017.txt');
const SEED_TEXT = readFileSync(SEED, 'utf8');
const BIG_FILE_BYTES = 20 * 1024 * 1024;
const MANY_FILES = 10_000;
/** Subprocess tests load the real gazetteer each time: allow minutes on a shared 2-core machine. */
const SLOW_MS = 180_000;
const isRoot = process.getuid?.() === 0;

let work: string;
beforeAll(() => {
  work = mkdtempSync(path.join(tmpdir(), 'ingest-cli-'));
});
afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

describe('ingest on a folder of bad and good inputs', () => {
  let folder: string;
  let out: string;
  let run: CliRun;
  const bad: Record<string, string> = {};

  beforeAll(() => {
    folder = path.join(work, 'messy');
    mkdirSync(path.join(folder, 'nested'), { recursive: true });
    out = path.join(work, 'messy.geojson');
    copyFileSync(SEED, path.join(folder, 'raqqa.txt'));
    writeFileSync(
      path.join(folder, 'nested', 'front.md'),
      `---\ntitle: Convoy leaves Raqqa\ndate: 2017-10-15\nsource: https://example.org/a\n---\n${SEED_TEXT}`,
    );
    writeFileSync(
      path.join(folder, 'html.txt'),
      'Raqqa update\n\n<p>Fighting near <b>Raqqa</b>, Syria.</p><script>alert("Iraq")</script> Air strikes hit Mosul, Iraq.\n',
    );
    const put = (name: string, content: string | Uint8Array, expected: string): void => {
      writeFileSync(path.join(folder, name), content);
      bad[name] = expected;
    };
    put('empty.txt', '', 'empty file');
    put('binary.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x1a, 0x0a]), 'binary file');
    put('latin1.txt', Buffer.from('Caf\u00e9 in Damascus', 'latin1'), 'invalid UTF-8 at byte 3');
    put('huge.txt', Buffer.alloc(BIG_FILE_BYTES, 'Raqqa is in Syria. '), 'too large: 20.0 MB is over the 2.0 MB');
    put('broken.md', '---\ntitle: never closed\nRaqqa fell.\n', 'front matter has no closing --- line');
    put('bad-yaml.md', '---\ntitle: [unclosed\n---\nRaqqa fell.\n', 'front matter is not valid YAML');
    symlinkSync(path.join(folder, 'gone.txt'), path.join(folder, 'dangling.txt'));
    bad['dangling.txt'] = 'broken symbolic link';
    execFileSync('mkfifo', [path.join(folder, 'pipe.txt')]);
    bad['pipe.txt'] = 'not a regular file (a named pipe)';
    run = runCli(['--out', out, folder]);
  }, SLOW_MS);

  it('exits with 1 because some files failed', () => {
    expect(run.status).toBe(1);
  });

  it('prints exactly one line per bad file, naming the file and the reason', () => {
    for (const [name, reason] of Object.entries(bad)) {
      const lines = run.problemLines.filter((line) => line.includes(path.join(folder, name)));
      expect(lines, name).toHaveLength(1);
      expect(lines[0], name).toContain(reason);
    }
    expect(run.problemLines).toHaveLength(Object.keys(bad).length);
  });

  it('never prints a stack trace', () => {
    expect(run.stderr).not.toMatch(/^\s+at /m);
    expect(run.stderr).not.toMatch(/Error:/);
  });

  it('still writes the good files, HTML and script tags processed as text; broken front matter keeps its article', () => {
    const collection = readOutput(out);
    expect(collection.articles.map((a) => a.id)).toEqual(['bad-yaml', 'broken', 'html', 'nested/front', 'raqqa']);
    expect(run.stderr).toMatch(/bad-yaml\.md: warning: front matter is not valid YAML .*ignored fields: all of them/);
    const html = collection.features.flatMap((f) =>
      f.properties.kind === 'place' ? f.properties.mentions.filter((m) => m.article === 'html') : [],
    );
    expect(html.map((m) => m.text)).toContain('Raqqa');
  });

  it('reads title, date and source from front matter into the articles member, with the file relative to the output', () => {
    const front = readOutput(out).articles.find((a) => a.id === 'nested/front');
    expect(front).toEqual({
      id: 'nested/front',
      title: 'Convoy leaves Raqqa',
      date: '2017-10-15',
      source: 'https://example.org/a',
      file: 'messy/nested/front.md',
    });
  });

  it('cites for every mention, event and route exactly the characters of the file', () => {
    const markdown = new Set(['nested/front', 'broken', 'bad-yaml']);
    const fileOf = (id: string): string => path.join(folder, markdown.has(id) ? `${id}.md` : `${id}.txt`);
    expect(offsetMismatches(readOutput(out), fileOf)).toEqual([]);
  });

  // Root reads chmod 000 files, so there the dangling symlink and the FIFO above are the unreadable entries.
  it.skipIf(isRoot)('reports a file it may not read (chmod 000) in one line', () => {
    const locked = path.join(work, 'locked.txt');
    writeFileSync(locked, 'Raqqa');
    chmodSync(locked, 0o000);
    const run2 = runCli(['--out', path.join(work, 'locked.geojson'), locked, SEED]);
    expect(run2.status).toBe(1);
    expect(run2.problemLines).toEqual([`ingest: ${locked}: permission denied`]);
  }, SLOW_MS);
});

describe('ingest arguments and paths', () => {
  it('reports a path that does not exist, exits 1 and writes nothing', () => {
    const out = path.join(work, 'missing.geojson');
    const run = runCli(['--out', out, path.join(work, 'no-such-folder')]);
    expect(run.status).toBe(1);
    expect(run.problemLines[0]).toBe(`ingest: ${path.join(work, 'no-such-folder')}: no such file or folder`);
    expect(readdirSync(work)).not.toContain('missing.geojson');
  }, SLOW_MS);

  it('exits with 2 and the usage on an unknown option, before loading anything', () => {
    const run = runCli(['--frobnicate']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('ingest: unknown option --frobnicate');
    expect(run.stderr).toContain('Usage: npm run ingest');
  }, SLOW_MS);

  it('exits with 2 when --out has no value', () => {
    expect(runCli(['--out']).status).toBe(2);
  }, SLOW_MS);
});

describe('ingest output', () => {
  let first: string;
  let firstRun: CliRun;
  let second: string;

  beforeAll(() => {
    first = path.join(work, 'first.geojson');
    second = path.join(work, 'second.geojson');
    firstRun = runCli(['--out', first, SEED], { INGEST_TIMINGS: '1' });
    runCli(['--out', second, SEED]);
  }, SLOW_MS);

  it('exits 0 with nothing but the summary when every file is good', () => {
    expect(firstRun.status).toBe(0);
    expect(firstRun.problemLines.filter((l) => !l.startsWith('INGEST_TIMINGS '))).toEqual([]);
  });

  it('gives the same bytes, hence the same ids, when run twice on the same input', () => {
    expect(readFileSync(second, 'utf8')).toBe(readFileSync(first, 'utf8'));
    const ids = readOutput(first).features.map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('cites for every mention, event and route of the seed exactly the characters of the file', () => {
    expect(offsetMismatches(readOutput(first), () => SEED)).toEqual([]);
  });

  it('ends with a summary of articles, places, events, routes and seconds', () => {
    expect(firstRun.stderr).toMatch(/ingest: 1 article, \d+ places?, \d+ events?, \d+ routes? in \d+\.\d\d s → /);
  });

  it('prints a machine-readable timing line when INGEST_TIMINGS=1', () => {
    const line = firstRun.stderr.split('\n').find((l) => l.startsWith('INGEST_TIMINGS '));
    const timing: unknown = JSON.parse(line?.slice('INGEST_TIMINGS '.length) ?? 'null');
    expect(timing).toMatchObject({ articles: 1, coldStartMs: expect.any(Number), maxRssMB: expect.any(Number) });
  });

  it('keeps the previous output when a run reads no article at all', () => {
    const out = path.join(work, 'kept.geojson');
    copyFileSync(first, out);
    const before = readFileSync(out, 'utf8');
    const emptyFile = path.join(work, 'only-empty.txt');
    writeFileSync(emptyFile, '');
    const run = runCli(['--out', out, emptyFile]);
    expect(run.status).toBe(1);
    expect(run.problemLines).toEqual([
      `ingest: ${emptyFile}: empty file`,
      `ingest: not written: no article could be read; ${out} is left as it was`,
    ]);
    expect(readFileSync(out, 'utf8')).toBe(before);
  }, SLOW_MS);

  it('reports an unwritable output path in one line, exits 1 and leaves no temp file', () => {
    const blocker = path.join(work, 'blocker');
    writeFileSync(blocker, 'a file where a folder should be');
    const run = runCli(['--out', path.join(blocker, 'events.geojson'), SEED]);
    expect(run.status).toBe(1);
    expect(run.problemLines).toEqual([
      `ingest: cannot write ${path.join(blocker, 'events.geojson')}: a part of the path is not a folder; the previous file is left as it was`,
    ]);
    expect(readdirSync(work).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  }, SLOW_MS);
});

describe('ingest on a folder of 10,000 small files', () => {
  it('processes all of them and writes one article entry each', () => {
    const folder = path.join(work, 'many');
    for (let i = 0; i < MANY_FILES; i++) {
      const sub = path.join(folder, String(i % 100).padStart(2, '0'));
      if (i < 100) mkdirSync(sub, { recursive: true });
      writeFileSync(path.join(sub, `n${String(i).padStart(5, '0')}.txt`), `Note ${i}: a convoy left Raqqa for Aleppo.\n`);
    }
    const out = path.join(work, 'many.geojson');
    const run = runCli(['--out', out, folder]);
    expect(run.problemLines).toEqual([]);
    expect(run.status).toBe(0);
    expect(readOutput(out).articles).toHaveLength(MANY_FILES);
  }, SLOW_MS);
});
