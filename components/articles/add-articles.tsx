'use client';
/**
 * "Add articles": a dialog to paste an article (with optional title, date and source) or drop .txt/.md/.html
 * files. Sends them to POST /api/articles, shows each one's progress (queued, reading, mapped with N events, or
 * the reason it failed), then opens the map on the new article (`?article=<id>`): the page's data is fetched
 * again, so the new events appear, alone and fitted, without a reload. All text is rendered as text.
 */
import { useCallback, useEffect, useRef, useState, type DragEvent, type FormEvent } from 'react';
import { useRouter } from 'next/navigation';
import type { WriteMode } from '@/lib/articles/guard';
import type { JobStatus } from '@/lib/articles/queue';
import { articlePagePath } from '@/lib/url/article-path';

// Types only: erased from the browser bundle.
type Job = JobStatus;

const RETRY_MS = 500; // after a failed poll; polls themselves are long polls the server answers at each change
const ACCEPT = '.txt,.md,.html,.htm';
const TOKEN_KEY = 'explorer-write-token'; // sessionStorage: the token lives as long as the tab

export function AddArticles() {
  const router = useRouter();
  const dialogRef = useRef<HTMLDialogElement | null>(null);
  const [mode, setMode] = useState<WriteMode | null>(null);
  const [files, setFiles] = useState<File[]>([]);
  const [jobs, setJobs] = useState<Job[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [dragging, setDragging] = useState(false);
  const [token, setToken] = useState('');

  const open = useCallback(() => {
    dialogRef.current?.showModal();
    setToken(sessionStorage.getItem(TOKEN_KEY) ?? '');
    fetch('/api/articles', { cache: 'no-store' })
      .then(async (response) => setMode(((await response.json()) as { mode: WriteMode }).mode))
      .catch(() => setMode('disabled'));
  }, []);
  const close = useCallback(() => dialogRef.current?.close(), []);

  // Poll while any job is unfinished; when all are done, open the map on the first mapped article.
  const pending = jobs.filter((j) => j.state === 'queued' || j.state === 'reading').map((j) => j.id);
  const pendingKey = pending.join(',');
  useEffect(() => {
    if (pendingKey === '') return;
    const controller = new AbortController();
    let retry: number | undefined;
    fetch(`/api/ingest-jobs?ids=${pendingKey}&wait=1`, { cache: 'no-store', signal: controller.signal })
      .then(async (response) => {
        const { jobs: updates } = (await response.json()) as { jobs: Job[] };
        const byId = new Map(updates.map((u) => [u.id, u]));
        setJobs((current) => current.map((j) => byId.get(j.id) ?? j));
      })
      .catch(() => {
        // aborted, or a missed poll: asked again shortly (a new array re-runs this effect)
        if (!controller.signal.aborted) retry = window.setTimeout(() => setJobs((current) => [...current]), RETRY_MS);
      });
    return () => {
      controller.abort();
      window.clearTimeout(retry);
    };
  }, [pendingKey, jobs]);

  const finished = jobs.length > 0 && pending.length === 0;
  const navigated = useRef<string | null>(null);
  useEffect(() => {
    if (!finished) return;
    const mapped = jobs.find((j) => j.state === 'mapped' && j.articleId !== null);
    const batch = jobs.map((j) => j.id).join(',');
    if (mapped?.articleId == null || navigated.current === batch) return;
    navigated.current = batch;
    setBusy(false);
    if (jobs.every((j) => j.state === 'mapped')) close();
    router.push(`/?article=${encodeURIComponent(mapped.articleId).replace(/%2F/gi, '/')}`);
  }, [finished, jobs, router, close]);
  useEffect(() => {
    if (finished) setBusy(false);
  }, [finished]);

  const submit = useCallback(
    async (event: FormEvent<HTMLFormElement>) => {
      event.preventDefault();
      const form = new FormData(event.currentTarget);
      form.delete('files');
      for (const file of files) form.append('files', file);
      const text = form.get('text');
      if ((typeof text !== 'string' || text.trim() === '') && files.length === 0) {
        setError('Paste an article’s text or choose files first.');
        return;
      }
      setError(null);
      setBusy(true);
      const headers: Record<string, string> = {};
      if (mode === 'token' && token !== '') {
        headers.Authorization = `Bearer ${token}`;
        sessionStorage.setItem(TOKEN_KEY, token);
      }
      try {
        const response = await fetch('/api/articles', { method: 'POST', body: form, headers });
        const body = (await response.json()) as { jobs?: Job[]; error?: string };
        if (!response.ok || body.jobs === undefined) {
          setError(body.error ?? `The server answered ${response.status}.`);
          setBusy(false);
          return;
        }
        setJobs(body.jobs);
        setFiles([]);
        if (body.jobs.every((j) => j.state === 'failed')) setBusy(false);
      } catch (e) {
        setError(`The articles could not be sent (${e instanceof Error ? e.message : String(e)}).`);
        setBusy(false);
      }
    },
    [files, mode, token],
  );

  const addFiles = (list: FileList | null): void => {
    if (list !== null) setFiles((current) => [...current, ...Array.from(list)]);
  };
  const onDrop = (event: DragEvent<HTMLDivElement>): void => {
    event.preventDefault();
    setDragging(false);
    addFiles(event.dataTransfer.files);
  };

  const disabled = mode === 'disabled';
  return (
    <>
      <button type="button" className="secondary-button" onClick={open}>
        Add articles
      </button>
      <dialog ref={dialogRef} className="add-articles" aria-labelledby="add-articles-title">
        <form onSubmit={submit}>
          <h2 id="add-articles-title">Add articles</h2>
          {disabled ? (
            <p className="add-articles-error" role="alert">
              Adding articles is disabled: this server accepts articles from its own machine only, or with a write
              token (EXPLORER_WRITE_TOKEN) that it does not have.
            </p>
          ) : null}
          <label className="add-articles-field add-articles-text">
            Article text
            <textarea name="text" rows={10} disabled={disabled} />
          </label>
          <div className="add-articles-row">
            <label className="add-articles-field">
              Title
              <input name="title" type="text" disabled={disabled} />
            </label>
            <label className="add-articles-field">
              Date
              <input name="date" type="date" disabled={disabled} />
            </label>
            <label className="add-articles-field">
              Source
              <input name="source" type="text" inputMode="url" placeholder="https://…" disabled={disabled} />
            </label>
          </div>
          <div
            className={`add-articles-drop${dragging ? ' is-dragging' : ''}`}
            data-testid="drop-zone"
            onDragOver={(e) => {
              e.preventDefault();
              setDragging(true);
            }}
            onDragLeave={() => setDragging(false)}
            onDrop={onDrop}
          >
            <label>
              Drop .txt, .md or .html files here, or choose files
              <input type="file" name="files" multiple accept={ACCEPT} disabled={disabled} onChange={(e) => addFiles(e.currentTarget.files)} />
            </label>
            {files.length > 0 ? <p>{files.map((f) => f.name).join(', ')}</p> : null}
          </div>
          {mode === 'token' ? (
            <label className="add-articles-field">
              Write token
              <input type="password" autoComplete="off" value={token} onChange={(e) => setToken(e.currentTarget.value)} />
            </label>
          ) : null}
          {error !== null ? (
            <p className="add-articles-error" role="alert">
              {error}
            </p>
          ) : null}
          {jobs.length > 0 ? (
            <ul className="add-articles-jobs" aria-label="Progress" aria-live="polite">
              {jobs.map((job) => (
                <li key={job.id} data-state={job.state}>
                  <span className="add-articles-name">{job.name}</span>: {describe(job)}
                  {job.state === 'mapped' && job.articleId !== null ? (
                    <>
                      {' '}
                      <a href={articlePagePath(job.articleId)}>article page</a>
                    </>
                  ) : null}
                </li>
              ))}
            </ul>
          ) : null}
          <div className="add-articles-actions">
            <button type="submit" className="primary-button" disabled={disabled || busy || mode === null}>
              Add
            </button>
            <button type="button" className="secondary-button" onClick={close}>
              Close
            </button>
          </div>
        </form>
      </dialog>
    </>
  );
}

function describe(job: Job): string {
  switch (job.state) {
    case 'queued':
      return 'queued';
    case 'reading':
      return 'reading…';
    case 'mapped':
      return `mapped, ${job.events ?? 0} ${job.events === 1 ? 'event' : 'events'}${job.routes ? `, ${job.routes} ${job.routes === 1 ? 'route' : 'routes'}` : ''}`;
    case 'failed':
      return `error: ${job.error ?? 'unknown'}`;
  }
}
