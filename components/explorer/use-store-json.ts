'use client';
/**
 * One store endpoint's JSON for a URL that changes with the view and the filters: the answer for the latest URL
 * only (an older request still in flight is aborted), the last answer kept on screen while the next one loads.
 *
 * The request starts while the component renders for the new URL, not in an effect after the commit: a filter
 * click re-renders the filter panel, the timeline and the list first (60–90 ms at a million events in store mode),
 * and the map's and the list's requests waited that long before they left. A render finds the request of its URL
 * if one started; each commit aborts those of every other URL (a render React discarded, the URL shown before).
 */
import { useEffect, useRef, useState } from 'react';

export interface StoreJson<T> {
  data: T | null;
  /** the URL `data` answers */
  url: string | null;
  loading: boolean;
  error: string | null;
}

interface Request {
  url: string;
  controller: AbortController;
  /** the parsed body, or the error to show; never rejects */
  answer: Promise<{ data: unknown } | { error: string } | null>;
}

/** `url` null: nothing is asked (the map has not reported its view yet). */
export function useStoreJson<T>(url: string | null): StoreJson<T> {
  const [answer, setAnswer] = useState<{ data: T | null; url: string | null; error: string | null }>({ data: null, url: null, error: null });
  // requests by URL: the one of the committed URL, and any a render started for a URL not (yet) committed
  const requests = useRef(new Map<string, Request>());
  if (url !== null && !requests.current.has(url)) requests.current.set(url, start(url));
  useEffect(() => {
    if (url === null) {
      for (const request of requests.current.values()) request.controller.abort(); // nothing is asked now
      requests.current.clear();
      return;
    }
    let current = requests.current.get(url);
    // (aborted: the unmount cleanup of React's development double mount ran; the page is still here)
    if (current === undefined || current.controller.signal.aborted) {
      current = start(url);
      requests.current.set(url, current);
    }
    for (const [other, request] of requests.current) {
      if (other === url) continue;
      request.controller.abort(); // the answer for a URL no longer shown is not waited for
      requests.current.delete(other);
    }
    let live = true;
    void current.answer.then((got) => {
      if (!live || got === null) return;
      if ('data' in got) setAnswer({ data: got.data as T, url, error: null });
      else setAnswer((previous) => ({ ...previous, url, error: got.error }));
    });
    return () => {
      live = false;
    };
  }, [url]);
  useEffect(() => {
    const all = requests.current;
    return () => {
      for (const request of all.values()) request.controller.abort(); // unmounted: nothing is waited for
    };
  }, []);
  return { ...answer, loading: url !== null && answer.url !== url };
}

function start(url: string): Request {
  const controller = new AbortController();
  const answer = fetch(url, { signal: controller.signal })
    .then(async (response) => {
      const body: unknown = await response.json();
      if (!response.ok) throw new Error(errorOf(body) ?? `HTTP ${response.status}`);
      return { data: body };
    })
    .catch((e: unknown) => (controller.signal.aborted ? null : { error: e instanceof Error ? e.message : String(e) }));
  return { url, controller, answer };
}

function errorOf(body: unknown): string | null {
  return typeof body === 'object' && body !== null && 'error' in body && typeof body.error === 'string' ? body.error : null;
}
