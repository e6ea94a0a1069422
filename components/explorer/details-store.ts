'use client';
/**
 * Event details (sentence, offsets, confidence) fetched on demand: the rows on screen, the selected event, or all
 * of them for an export. Requests made in the same tick are batched; answers are kept for the page's life.
 */
import { useEffect, useState, useSyncExternalStore } from 'react';
import { detailsResponseSchema, detailsUrl, MAX_DETAIL_INDEXES, mentionsResponseSchema, mentionsUrl } from '@/lib/explorer-data/details';
import type { Span } from '@/lib/explorer-data/segments';
import type { EventDetails } from '@/lib/explorer-data/types';

export class DetailsStore {
  private readonly known = new Map<number, EventDetails>();
  private readonly requested = new Set<number>();
  private queue: number[] = [];
  private readonly listeners = new Set<() => void>();
  private revision = 0;

  constructor(readonly version: string) {}

  get(index: number): EventDetails | undefined {
    return this.known.get(index);
  }

  /** Asks for the details of `indexes` not known or asked for yet. */
  want(indexes: readonly number[]): void {
    const fresh = indexes.filter((i) => !this.known.has(i) && !this.requested.has(i));
    if (fresh.length === 0) return;
    for (const i of fresh) this.requested.add(i);
    if (this.queue.length === 0) queueMicrotask(() => this.flush());
    this.queue.push(...fresh);
  }

  /** Every event's details (one request), e.g. for an export. */
  async all(): Promise<ReadonlyMap<number, EventDetails>> {
    this.add(await fetchDetails(detailsUrl(this.version, 'all')));
    return this.known;
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  snapshot = (): number => this.revision;

  private flush(): void {
    const batch = this.queue;
    this.queue = [];
    for (let i = 0; i < batch.length; i += MAX_DETAIL_INDEXES) {
      const part = batch.slice(i, i + MAX_DETAIL_INDEXES);
      fetchDetails(detailsUrl(this.version, part)).then(
        (details) => this.add(details),
        () => {
          for (const j of part) this.requested.delete(j); // asked again on the next render that needs them
        },
      );
    }
  }

  private add(details: readonly (readonly [number, EventDetails | null])[]): void {
    for (const [i, d] of details) if (d) this.known.set(i, d);
    this.revision += 1;
    for (const listener of this.listeners) listener();
  }
}

async function fetchDetails(url: string): Promise<readonly (readonly [number, EventDetails | null])[]> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return detailsResponseSchema.parse(await response.json()).details;
}

/**
 * Re-renders when details arrive and asks for those of `indexes`; read them with store.get(i).
 * @example useDetails(store, rows.map((e) => e.index));
 */
export function useDetails(store: DetailsStore, indexes: readonly number[]): void {
  useSyncExternalStore(store.subscribe, store.snapshot, store.snapshot);
  const key = indexes.join(',');
  useEffect(() => {
    store.want(indexes);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [store, key]);
}

/** The place mentions of one article (empty until they arrive or if they cannot be fetched). */
export function useMentions(version: string, article: string | null): readonly Span[] {
  const [loaded, setLoaded] = useState<{ article: string; mentions: readonly Span[] } | null>(null);
  useEffect(() => {
    if (article === null) return;
    const controller = new AbortController();
    fetch(mentionsUrl(version, article), { signal: controller.signal })
      .then(async (response) => {
        const body: unknown = response.ok ? await response.json() : { mentions: [] };
        setLoaded({ article, mentions: mentionsResponseSchema.parse(body).mentions });
      })
      .catch(() => {
        if (!controller.signal.aborted) setLoaded({ article, mentions: [] });
      });
    return () => controller.abort();
  }, [version, article]);
  return loaded?.article === article ? loaded.mentions : [];
}
