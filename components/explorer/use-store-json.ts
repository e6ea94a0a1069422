'use client';
/**
 * One store endpoint's JSON for a URL that changes with the view and the filters: the answer for the latest URL
 * only (an older request still in flight is aborted), the last answer kept on screen while the next one loads.
 */
import { useEffect, useState } from 'react';

export interface StoreJson<T> {
  data: T | null;
  /** the URL `data` answers */
  url: string | null;
  loading: boolean;
  error: string | null;
}

/** `url` null: nothing is asked (the map has not reported its view yet). */
export function useStoreJson<T>(url: string | null): StoreJson<T> {
  const [answer, setAnswer] = useState<{ data: T | null; url: string | null; error: string | null }>({ data: null, url: null, error: null });
  useEffect(() => {
    if (url === null) return;
    const controller = new AbortController();
    fetch(url, { signal: controller.signal })
      .then(async (response) => {
        const body: unknown = await response.json();
        if (!response.ok) throw new Error(errorOf(body) ?? `HTTP ${response.status}`);
        setAnswer({ data: body as T, url, error: null });
      })
      .catch((e: unknown) => {
        if (!controller.signal.aborted) setAnswer((previous) => ({ ...previous, url, error: e instanceof Error ? e.message : String(e) }));
      });
    return () => controller.abort();
  }, [url]);
  return { ...answer, loading: url !== null && answer.url !== url };
}

function errorOf(body: unknown): string | null {
  return typeof body === 'object' && body !== null && 'error' in body && typeof body.error === 'string' ? body.error : null;
}
