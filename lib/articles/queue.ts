/**
 * The background queue behind "Add articles": each upload is checked at once (a bad one fails with its reason and
 * writes nothing), then waits its turn; one article at a time goes through the pipeline (on the runner's thread)
 * and into the corpus. Callers poll job states by id.
 */
import { randomUUID } from 'node:crypto';
import type { ArticleCorpus } from './corpus';
import { newArticleId } from './ids';
import type { PipelineRunner } from './pipeline-runner';
import { checkUpload, type UploadInput } from './upload';

export type JobState = 'queued' | 'reading' | 'mapped' | 'failed';

/** What the panel shows for one file or paste. */
export interface JobStatus {
  id: string;
  /** the file name, or "pasted text" */
  name: string;
  state: JobState;
  /** the article's id once it has one (checked uploads) */
  articleId: string | null;
  events: number | null;
  routes: number | null;
  /** the reason, for a failed job */
  error: string | null;
}

export interface ArticleQueue {
  /** checks each upload and queues the good ones; the answer lists one job per upload, in order */
  submit(uploads: readonly UploadInput[]): Promise<JobStatus[]>;
  /** the jobs of these ids that are still known (the queue forgets the oldest beyond its limit) */
  status(ids: readonly string[]): JobStatus[];
  /**
   * Resolves at the next change of state of any of these jobs, or after `timeoutMs` (long polling: the panel hears
   * of a mapped article at once instead of at its next poll); at once when none of them is still running.
   */
  changed(ids: readonly string[], timeoutMs: number): Promise<void>;
  /** removes an article from the corpus */
  remove(articleId: string): Promise<boolean>;
  /** resolves when every queued job has finished */
  idle(): Promise<void>;
}

export interface QueueOptions {
  corpus: ArticleCorpus;
  pipeline: PipelineRunner;
  /** finished jobs remembered for polling */
  maxJobsKept?: number;
}

const DEFAULT_JOBS_KEPT = 1_000;
const PASTED = 'pasted text';
const PROVISIONAL_ID = 'upload'; // parsing needs an id; reasons are given without it

/**
 * A queue writing into `corpus`.
 * @example const queue = createArticleQueue({ corpus: fileCorpus(path), pipeline: threadPipeline(root) });
 */
export function createArticleQueue(options: QueueOptions): ArticleQueue {
  const { corpus, pipeline } = options;
  const maxJobs = options.maxJobsKept ?? DEFAULT_JOBS_KEPT;
  const jobs = new Map<string, JobStatus>();
  const reserved = new Set<string>(); // ids given to queued articles not yet in the corpus
  let tail: Promise<void> = Promise.resolve();

  const remember = (job: JobStatus): void => {
    jobs.set(job.id, job);
    while (jobs.size > maxJobs) {
      const oldest = jobs.keys().next().value;
      if (oldest === undefined) break;
      jobs.delete(oldest);
    }
  };
  const listeners = new Set<(id: string) => void>();
  const set = (id: string, change: Partial<JobStatus>): void => {
    const job = jobs.get(id);
    if (job === undefined) return;
    jobs.set(id, { ...job, ...change });
    for (const listener of [...listeners]) listener(id);
  };

  return {
    async submit(uploads) {
      const taken = new Set([...(await corpus.articleIds()), ...reserved]);
      const answers: JobStatus[] = [];
      for (const upload of uploads) {
        const read = checkUpload(upload, PROVISIONAL_ID);
        // the id follows the file name, else the article's title (a field, the front matter or its headline)
        const articleId = newArticleId(upload.name ?? (read.ok ? read.article.title : null), taken);
        const checked = read.ok ? { ...read, article: { ...read.article, id: articleId } } : read;
        const base = { id: randomUUID(), name: upload.name ?? PASTED, events: null, routes: null };
        if (!checked.ok) {
          const failed: JobStatus = { ...base, state: 'failed', articleId: null, error: checked.reason };
          remember(failed);
          answers.push(failed);
          continue;
        }
        taken.add(articleId);
        reserved.add(articleId);
        const job: JobStatus = { ...base, state: 'queued', articleId, error: null };
        remember(job);
        answers.push(job);
        tail = tail.then(async () => {
          set(job.id, { state: 'reading' });
          try {
            const result = await pipeline.run(checked.article);
            const summary = await corpus.upsertArticle(checked.text, result);
            set(job.id, { state: 'mapped', events: summary.events, routes: summary.routes });
          } catch (error) {
            set(job.id, { state: 'failed', error: error instanceof Error ? error.message : String(error) });
          } finally {
            reserved.delete(articleId);
          }
        });
      }
      return answers;
    },
    status(ids) {
      return ids.flatMap((id) => {
        const job = jobs.get(id);
        return job === undefined ? [] : [job];
      });
    },
    changed(ids, timeoutMs) {
      const watched = new Set(ids);
      const running = ids.some((id) => {
        const state = jobs.get(id)?.state;
        return state === 'queued' || state === 'reading';
      });
      if (!running) return Promise.resolve();
      return new Promise<void>((resolve) => {
        const done = (): void => {
          clearTimeout(timer);
          listeners.delete(listener);
          resolve();
        };
        const listener = (id: string): void => {
          if (watched.has(id)) done();
        };
        const timer = setTimeout(done, timeoutMs);
        listeners.add(listener);
      });
    },
    remove(articleId) {
      return corpus.removeArticle(articleId);
    },
    idle() {
      return tail;
    },
  };
}
