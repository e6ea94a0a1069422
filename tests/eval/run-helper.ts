/** Runs `npm run eval`'s logic in-process with injected dependencies, capturing its output and exit code. */
import { readFile } from 'node:fs/promises';
import { runEval, type EvalDeps } from '@/lib/eval/run';

/** A clock step, ms: every reading of the fake clock is this much later, so timings are deterministic. */
export const CLOCK_STEP_MS = 10;

const unused = (what: string) => async (): Promise<never> => {
  throw new Error(`this test does not expect the ${what} to be loaded`);
};

/**
 * The exit code, stdout and stderr of one evaluation run; files are read from disk unless `readText` is given.
 * @example const { code } = await runCapturing(['corpus.xml'], { loadGeoparser: async () => fake }) // 0
 */
export async function runCapturing(argv: string[], deps: Partial<EvalDeps>) {
  let stdout = '';
  let stderr = '';
  let clock = 0;
  const code = await runEval(argv, {
    loadGeoparser: unused('geoparser'),
    loadPipeline: unused('pipeline'),
    readText: (path) => readFile(path, 'utf8'),
    now: () => (clock += CLOCK_STEP_MS),
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    ...deps,
  });
  return { code, stdout, stderr };
}
