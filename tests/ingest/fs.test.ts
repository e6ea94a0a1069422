import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { atomicWriteFile } from '@/lib/fs/atomic-write';
import { MAX_ARTICLE_BYTES, decodeArticleBytes, readArticleFile } from '@/lib/fs/read-article-file';
import { collectInputs } from '@/lib/fs/walk';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'ingest-fs-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

function write(relative: string, content: string | Uint8Array): string {
  const full = path.join(dir, relative);
  mkdirSync(path.dirname(full), { recursive: true });
  writeFileSync(full, content);
  return full;
}

describe('collectInputs', () => {
  it('finds every .txt and .md file recursively, sorted, and ignores other extensions and hidden entries', () => {
    write('b.txt', 'b');
    write('a.md', 'a');
    write('sub/c.TXT', 'c');
    write('sub/deeper/d.txt', 'd');
    write('notes.json', '{}');
    write('.hidden.txt', 'h');
    write('.git/e.txt', 'e');
    const { files, problems } = collectInputs([dir]);
    expect(problems).toEqual([]);
    expect(files.map((f) => f.id)).toEqual(['a', 'b', 'sub/c', 'sub/deeper/d']);
  });

  it('names an article after its file, without the extension, when the file is given directly', () => {
    const file = write('x/raqqa-2017.txt', 'Raqqa');
    expect(collectInputs([file]).files).toEqual([{ path: file, id: 'raqqa-2017' }]);
  });

  it('reports a path that does not exist', () => {
    const missing = path.join(dir, 'nope');
    expect(collectInputs([missing]).problems).toEqual([{ path: missing, reason: 'no such file or folder' }]);
  });

  it('reports a dangling symbolic link inside a folder instead of failing the walk', () => {
    write('good.txt', 'ok');
    symlinkSync(path.join(dir, 'gone.txt'), path.join(dir, 'dangling.txt'));
    const { files, problems } = collectInputs([dir]);
    expect(files.map((f) => f.id)).toEqual(['good']);
    expect(problems).toEqual([{ path: path.join(dir, 'dangling.txt'), reason: 'broken symbolic link' }]);
  });

  it('reports a named pipe with an article extension instead of blocking on it', () => {
    execFileSync('mkfifo', [path.join(dir, 'pipe.txt')]);
    const { files, problems } = collectInputs([dir]);
    expect(files).toEqual([]);
    expect(problems[0]?.reason).toMatch(/named pipe/);
  });

  it('does not loop on a symbolic link back up the tree', () => {
    write('sub/a.txt', 'a');
    symlinkSync(dir, path.join(dir, 'sub', 'loop-to-root'));
    symlinkSync(path.join(dir, 'sub'), path.join(dir, 'sub', 'loop-to-self'));
    expect(collectInputs([dir]).files.map((f) => f.id)).toEqual(['sub/a']);
  });

  it('follows a symbolic link to a folder outside the tree', () => {
    const outside = mkdtempSync(path.join(tmpdir(), 'ingest-outside-'));
    try {
      writeFileSync(path.join(outside, 'x.txt'), 'x');
      symlinkSync(outside, path.join(dir, 'linked'));
      expect(collectInputs([dir]).files.map((f) => f.id)).toEqual(['linked/x']);
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });

  it('reports a second file that would get the same article id', () => {
    write('same.txt', 'one');
    write('same.md', 'two');
    const { files, problems } = collectInputs([dir]);
    expect(files.map((f) => path.basename(f.path))).toEqual(['same.md']);
    expect(problems[0]?.reason).toMatch(/duplicate article id "same"/);
  });
});

describe('readArticleFile', () => {
  it('reads UTF-8 text exactly as stored', () => {
    const text = '\uFEFFRaqqa — الرقة\r\nDeir el-Zour\n';
    expect(readArticleFile(write('a.txt', text))).toEqual({ ok: true, text });
  });

  it('refuses an empty file', () => {
    expect(readArticleFile(write('e.txt', ''))).toEqual({ ok: false, reason: 'empty file' });
  });

  it('refuses a file of only whitespace', () => {
    expect(readArticleFile(write('w.txt', ' \n\t\n'))).toMatchObject({ ok: false, reason: /empty/ });
  });

  it('refuses a binary file with NUL bytes', () => {
    expect(readArticleFile(write('b.txt', new Uint8Array([0x52, 0x00, 0x41, 0xff])))).toMatchObject({
      ok: false,
      reason: /binary/,
    });
  });

  it('refuses invalid UTF-8 and says at which byte', () => {
    expect(decodeArticleBytes(new Uint8Array([0x52, 0x61, 0xc3, 0x28]))).toEqual({
      ok: false,
      reason: 'invalid UTF-8 at byte 2',
    });
  });

  it('refuses a file over the size limit without reading it whole', () => {
    const big = write('big.txt', 'x'.repeat(MAX_ARTICLE_BYTES + 1));
    expect(readArticleFile(big)).toMatchObject({ ok: false, reason: /too large: 2\.0 MB is over the 2\.0 MB/ });
  });

  it.skipIf(process.geteuid?.() === 0)('refuses a file it may not read (skipped as root, where chmod 000 is readable)', () => {
    const locked = write('locked.txt', 'secret');
    chmodSync(locked, 0o000);
    expect(readArticleFile(locked)).toEqual({ ok: false, reason: 'permission denied' });
  });

  it('refuses a folder given as a file', () => {
    mkdirSync(path.join(dir, 'folder.txt'));
    expect(readArticleFile(path.join(dir, 'folder.txt'))).toMatchObject({ ok: false });
  });
});

describe('atomicWriteFile', () => {
  it('replaces the file with the complete new content', () => {
    const target = write('out.geojson', 'old');
    atomicWriteFile(target, ['{"a":', '1}']);
    expect(readFileSync(target, 'utf8')).toBe('{"a":1}');
  });

  it('keeps the previous file and leaves no temp file when the content producer throws midway', () => {
    const target = write('out.geojson', 'previous complete output');
    function* failing(): Generator<string> {
      yield '{"type":"FeatureCollection",';
      throw new Error('crash while serialising');
    }
    expect(() => atomicWriteFile(target, failing())).toThrow('crash while serialising');
    expect(readFileSync(target, 'utf8')).toBe('previous complete output');
    expect(readdirSync(dir)).toEqual(['out.geojson']);
  });

  it('creates a missing parent folder', () => {
    const target = path.join(dir, 'new', 'deeper', 'out.geojson');
    atomicWriteFile(target, 'x');
    expect(readFileSync(target, 'utf8')).toBe('x');
  });

  it('throws, leaving nothing behind, when the parent path is a file', () => {
    write('blocker', 'a file, not a folder');
    expect(() => atomicWriteFile(path.join(dir, 'blocker', 'out.geojson'), 'x')).toThrow(
      expect.objectContaining({ code: 'ENOTDIR' }),
    );
    expect(readdirSync(dir)).toEqual(['blocker']);
  });
});
