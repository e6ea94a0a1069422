/**
 * `npm install` (postinstall) step: prebuilds the ingest CLI into one file (lib/pipeline/bundle.ts) so
 * `npm run ingest` starts with plain node. Never fails the install: without a bundle, ingest runs with tsx.
 */
import { buildIngestBundle } from '../pipeline/bundle';

const MS_PER_S = 1000;

async function main(): Promise<void> {
  const started = Date.now();
  const built = await buildIngestBundle(process.cwd());
  const seconds = ((Date.now() - started) / MS_PER_S).toFixed(1);
  process.stdout.write(
    built.ok
      ? `ingest bundle: built in ${seconds} s (${built.inputs} inputs, ${(built.bytes / 1e6).toFixed(1)} MB) → ${built.file}\n`
      : `ingest bundle: not built (${built.reason}); npm run ingest will use tsx\n`,
  );
}

void main();
