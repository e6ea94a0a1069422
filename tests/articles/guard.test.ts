import { describe, expect, it } from 'vitest';
import { checkWrite, createRateLimiter, writeMode } from '@/lib/articles/guard';

const TOKEN = 'a-long-enough-write-token';
const post = (headers: Record<string, string>): Request => new Request('http://x/api/articles', { method: 'POST', headers });

describe('who may write', () => {
  it('lets this machine write without a token, and no one else', () => {
    expect(writeMode(new Headers({ host: 'localhost:3000', 'x-forwarded-for': '127.0.0.1' }), {})).toBe('local');
    expect(writeMode(new Headers({ host: '[::1]:3000', 'x-forwarded-for': '::ffff:127.0.0.1' }), {})).toBe('local');
    expect(writeMode(new Headers({ host: '192.168.1.5:3000', 'x-forwarded-for': '192.168.1.9' }), {})).toBe('disabled');
    expect(writeMode(new Headers({ host: 'localhost:3000', 'x-forwarded-for': '10.0.0.7' }), {})).toBe('disabled');
    expect(writeMode(new Headers({ host: 'localhost:3000', forwarded: 'for=10.0.0.7' }), {})).toBe('disabled');
  });

  it('asks everyone for the token once one is set', () => {
    expect(writeMode(new Headers({ host: 'localhost:3000' }), { EXPLORER_WRITE_TOKEN: TOKEN })).toBe('token');
  });

  it('refuses a remote write without the token, and accepts it with the token', () => {
    const remote = { host: 'explorer.example:3000', 'x-forwarded-for': '203.0.113.9' };
    const limiter = createRateLimiter();
    expect(checkWrite(post(remote), {}, limiter)).toMatchObject({ ok: false, status: 403, error: expect.stringMatching(/disabled/) });
    expect(checkWrite(post(remote), { EXPLORER_WRITE_TOKEN: TOKEN }, limiter)).toMatchObject({ ok: false, status: 403 });
    expect(checkWrite(post({ ...remote, authorization: 'Bearer wrong-token-of-some-length' }), { EXPLORER_WRITE_TOKEN: TOKEN }, limiter).ok).toBe(false);
    expect(checkWrite(post({ ...remote, authorization: `Bearer ${TOKEN}` }), { EXPLORER_WRITE_TOKEN: TOKEN }, limiter).ok).toBe(true);
  });

  it('refuses cross-site writes even from this machine', () => {
    const limiter = createRateLimiter();
    const local = { host: 'localhost:3000', 'x-forwarded-for': '127.0.0.1' };
    expect(checkWrite(post({ ...local, origin: 'https://evil.example' }), {}, limiter)).toMatchObject({ ok: false, status: 403 });
    expect(checkWrite(post({ ...local, 'sec-fetch-site': 'cross-site' }), {}, limiter)).toMatchObject({ ok: false, status: 403 });
    expect(checkWrite(post({ ...local, origin: 'http://localhost:3000', 'sec-fetch-site': 'same-origin' }), {}, limiter).ok).toBe(true);
  });

  it('limits writes per client in a sliding window', () => {
    const limiter = createRateLimiter({ requests: 2, windowMs: 1000 });
    expect([limiter.take('a', 0), limiter.take('a', 10), limiter.take('a', 20), limiter.take('b', 20)]).toEqual([true, true, false, true]);
    expect(limiter.take('a', 1005)).toBe(true);
  });
});
