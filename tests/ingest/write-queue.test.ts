import { describe, expect, it } from 'vitest';
import { createWriteQueue } from '@/lib/pipeline/write-queue';

/** A job that records when it starts and finishes when `release` is called. */
function gate(log: string[], name: string) {
  let release = (): void => undefined;
  const done = new Promise<void>((resolve) => {
    release = resolve;
  });
  return {
    job: async (): Promise<void> => {
      log.push(`start ${name}`);
      await done;
      log.push(`end ${name}`);
    },
    release: () => release(),
  };
}

describe('createWriteQueue', () => {
  it('runs at most `concurrency` jobs at once, starting them in the order they came', async () => {
    const log: string[] = [];
    const queue = createWriteQueue(2);
    const jobs = ['a', 'b', 'c'].map((name) => gate(log, name));
    for (const { job } of jobs) queue.push(job);
    expect(log).toEqual(['start a', 'start b']);
    expect(queue.pending()).toBe(3);
    jobs[1]?.release();
    await new Promise((resolve) => setImmediate(resolve));
    expect(log).toEqual(['start a', 'start b', 'end b', 'start c']);
    jobs[0]?.release();
    jobs[2]?.release();
    await queue.idle();
    expect(queue.pending()).toBe(0);
    expect(log.filter((line) => line.startsWith('end'))).toHaveLength(3);
  });

  it('is idle at once when nothing was pushed, and refuses a concurrency below one', async () => {
    await expect(createWriteQueue(1).idle()).resolves.toBeUndefined();
    expect(() => createWriteQueue(0)).toThrow('Unexpected concurrency: 0');
  });
});
