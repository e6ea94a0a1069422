/**
 * The ACLED branch of `npm run eval`: runs every coded note through the pipeline and prints the scores. The CSV is
 * read and checked by the caller (run.ts) before this loads the gazetteer, so a bad file fails fast.
 */
import { noteArticle } from './acled-corpus';
import { formatAcledJson, formatAcledMisses, formatAcledSummary } from './acled-report';
import { scoreAcled } from './acled-score';
import type { AcledNote, NoteOutput, NotePipeline } from './acled-types';
import { EXIT_OK, EXIT_PIPELINE, errorMessage } from './errors';

export interface AcledRunOptions {
  /** the CSV's path, as the user gave it (for the report) */
  path: string;
  verbose: boolean;
  json: boolean;
  /** score only the first N notes; null for all */
  limit: number | null;
}

export interface AcledRunDeps {
  /** builds the pipeline (gazetteer load included); timed as "gazetteer load" */
  loadPipeline: () => Promise<NotePipeline>;
  /** a monotonic clock in ms */
  now: () => number;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

/**
 * Scores the pipeline on coded notes and prints the result; returns the exit code (0 scored, 1 no pipeline).
 * @example await runAcledEval(readAcledCsv(text), { path, verbose: false, json: false, limit: 100 }, deps) // 0
 */
export async function runAcledEval(notes: readonly AcledNote[], options: AcledRunOptions, deps: AcledRunDeps): Promise<number> {
  const scored = options.limit === null ? notes : notes.slice(0, options.limit);

  const loadStart = deps.now();
  let pipeline: NotePipeline;
  try {
    pipeline = await deps.loadPipeline();
  } catch (error) {
    deps.stderr(`eval: cannot set up the pipeline: ${errorMessage(error)}\n`);
    return EXIT_PIPELINE;
  }
  const loadMs = deps.now() - loadStart;

  const outputs = new Map<string, NoteOutput>();
  let pipelineMs = 0;
  let pipelineErrors = 0;
  for (const note of scored) {
    const start = deps.now();
    try {
      outputs.set(note.id, pipeline(noteArticle(note)));
    } catch (error) {
      if (pipelineErrors === 0) deps.stderr(`eval: the pipeline threw on note ${note.id}: ${errorMessage(error)}\n`);
      pipelineErrors++;
    }
    pipelineMs += deps.now() - start;
  }

  const result = scoreAcled(scored, outputs);
  const info = { corpusPath: options.path, loadMs, pipelineMs, pipelineErrors };
  if (options.json) {
    deps.stdout(`${formatAcledJson(result, info, options.verbose)}\n`);
  } else {
    if (options.verbose) deps.stdout(`${formatAcledMisses(result)}\n\n`);
    deps.stdout(`${formatAcledSummary(result, info, options.verbose)}\n`);
  }
  return EXIT_OK;
}
