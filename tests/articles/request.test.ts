import { describe, expect, it } from 'vitest';
import { MAX_REQUEST_BYTES, readUploads } from '@/lib/articles/request';

const post = (body: BodyInit, headers: Record<string, string>): Request =>
  new Request('http://localhost/api/articles', { method: 'POST', body, headers });

describe('reading an upload request', () => {
  it('reads pasted text with its fields from a form, and files', async () => {
    const form = new FormData();
    form.set('text', 'Fighting in Raqqa.');
    form.set('title', 'Raqqa');
    form.append('files', new File(['Shelling in Aleppo.'], 'aleppo.txt'));
    const request = new Request('http://localhost/api/articles', { method: 'POST', body: form });
    const body = await request.arrayBuffer();
    const parsed = await readUploads(post(body, { 'content-type': request.headers.get('content-type') ?? '', 'content-length': String(body.byteLength) }));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.uploads.map((u) => [u.name, new TextDecoder().decode(u.bytes), u.title ?? null])).toEqual([
      [null, 'Fighting in Raqqa.', 'Raqqa'],
      ['aleppo.txt', 'Shelling in Aleppo.', null],
    ]);
  });

  it('refuses a body over the limit before reading it, and one of unknown length', async () => {
    expect(await readUploads(post('{}', { 'content-type': 'application/json', 'content-length': String(MAX_REQUEST_BYTES + 1) }))).toMatchObject({ ok: false, status: 413 });
    const stream = new ReadableStream({ start: (c) => c.close() });
    const chunked = new Request('http://localhost/api/articles', { method: 'POST', body: stream, duplex: 'half', headers: { 'content-type': 'application/json' } } as RequestInit);
    expect(await readUploads(chunked)).toMatchObject({ ok: false, status: 411 });
  });

  it('refuses more than 50 files and other content types', async () => {
    const form = new FormData();
    for (let i = 0; i < 51; i++) form.append('files', new File(['x'], `${i}.txt`));
    const request = new Request('http://localhost/api/articles', { method: 'POST', body: form });
    const body = await request.arrayBuffer();
    expect(await readUploads(post(body, { 'content-type': request.headers.get('content-type') ?? '', 'content-length': String(body.byteLength) }))).toMatchObject({ ok: false, status: 413 });
    expect(await readUploads(post('text=x', { 'content-type': 'application/x-www-form-urlencoded', 'content-length': '6' }))).toMatchObject({ ok: false, status: 415 });
  });
});
