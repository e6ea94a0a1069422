/**
 * Vitest global setup shared by every test folder. It stays cheap: it only names this run; the first browser test
 * file starts the app (lib/e2e/shared-server.ts) and the teardown here stops it, if it was started.
 */
import { randomBytes } from 'node:crypto';
import type { TestProject } from 'vitest/node';
import { stopSharedServer } from '../../lib/e2e/shared-server';

declare module 'vitest' {
  export interface ProvidedContext {
    e2eRunId: string;
  }
}

const RUN_ID_BYTES = 6;

export default function setup(project: TestProject): () => Promise<void> {
  const runId = `${process.pid}-${randomBytes(RUN_ID_BYTES).toString('hex')}`;
  project.provide('e2eRunId', runId);
  return () => stopSharedServer(runId);
}
