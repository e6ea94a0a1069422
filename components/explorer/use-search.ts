'use client';
/**
 * ?q= on the page: the ids of the events whose sentence or article title holds the search words, asked of the
 * event store (GET /api/store/ids). The page intersects its own filtered events with them.
 */
import { useEffect, useState } from 'react';
import * as z from 'zod/mini'; // not zod: its chained API cannot be left out of the page's bundle

export type SearchState =
  | { status: 'off' }
  | { status: 'loading'; q: string }
  | { status: 'ready'; q: string; ids: ReadonlySet<string> }
  | { status: 'error'; q: string; message: string };

const idsSchema = z.object({ ids: z.array(z.string()), complete: z.boolean() });
const errorSchema = z.object({ error: z.string() });

/** The search for `q` (null = no search); background=1 so the page's own background filter decides. */
export function useSearch(q: string | null): SearchState {
  const [state, setState] = useState<SearchState>({ status: 'off' });
  useEffect(() => {
    if (q === null) {
      setState({ status: 'off' });
      return;
    }
    const controller = new AbortController();
    setState({ status: 'loading', q });
    fetch(`/api/store/ids?background=1&q=${encodeURIComponent(q)}`, { signal: controller.signal })
      .then(async (response) => {
        const json: unknown = await response.json();
        const ok = idsSchema.safeParse(json);
        if (response.ok && ok.success) setState({ status: 'ready', q, ids: new Set(ok.data.ids) });
        else setState({ status: 'error', q, message: errorSchema.safeParse(json).data?.error ?? `the search answered ${response.status}` });
      })
      .catch((error: unknown) => {
        if (!controller.signal.aborted) setState({ status: 'error', q, message: error instanceof Error ? error.message : String(error) });
      });
    return () => controller.abort();
  }, [q]);
  return state;
}
