/**
 * One thread of the served store's reader pool (./worker-pool.ts): its own connection to the SQLite file, answering
 * one read at a time, so a slow query (a zoomed-in timeline, a text search) holds up this thread only, never the
 * server's. Started by the pool with the file in `workerData`; messages are `{ id, method, args }`, answers
 * `{ id, value }` or `{ id, error }`.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { openSqliteStore } from './sqlite/index';
import type { EventStore } from './types';
import { READ_METHODS, type ReadMethod, type WorkerAnswer, type WorkerAsk } from './worker-protocol';

const { file, options } = workerData as { file: string; options: { aggregates?: boolean } };
const port = parentPort;
if (port === null) throw new Error('store-worker.ts runs as a worker thread only');

let store: EventStore | null = null;
try {
  store = openSqliteStore(file, { mustExist: true, ...options });
} catch {
  // the same error is each answer's, below: the pool hears of it where it asked
}
port.on('message', (ask: WorkerAsk) => {
  port.postMessage(answer(ask));
});
port.postMessage({ ready: true });

function answer(ask: WorkerAsk): WorkerAnswer {
  try {
    if (!(READ_METHODS as readonly string[]).includes(ask.method)) throw new Error(`Unexpected store method: ${ask.method}`);
    store ??= openSqliteStore(file, { mustExist: true, ...options });
    const method = store[ask.method as ReadMethod] as (...args: unknown[]) => unknown;
    return { id: ask.id, value: method(...ask.args) };
  } catch (error) {
    const e = error instanceof Error ? error : new Error(String(error));
    return { id: ask.id, error: { name: e.name, message: e.message, path: (e as { path?: unknown }).path as string | undefined } };
  }
}
