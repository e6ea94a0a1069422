'use client';
/**
 * Fetches the events (compact JSON from /api/events) and loads the explorer in the browser only — Leaflet touches
 * `window` at import time. Both downloads run in parallel.
 */
import { useEffect, useState } from 'react';
import dynamic from 'next/dynamic';
import { eventsDataUrl, fromCompact } from '@/lib/explorer-data/compact';
import type { MapData } from '@/lib/explorer-data/types';
import type { ViewState } from '@/lib/url';

const loadExplorer = () => import('./explorer');
const Explorer = dynamic(loadExplorer, { ssr: false, loading: () => <Status text="Loading map…" /> });
// In the browser the map's code starts loading with this module, not after hydration: it is then parsed and ready
// while the events are still downloading, instead of after them.
if (typeof window !== 'undefined') void loadExplorer();

export interface ExplorerLoaderProps {
  /** version of the events file; part of the data URL so a changed file is never served stale */
  version: string;
  eventCount: number;
  initialState: ViewState;
  pinnedPlace: string | null;
}

export function ExplorerLoader({ version, eventCount, initialState, pinnedPlace }: ExplorerLoaderProps) {
  // The data with the version it was fetched for: after an article is added the page gets a new version, and the
  // explorer is mounted afresh for the new data only (its first view then fits what the URL filters, e.g. ?article=).
  const [loaded, setLoaded] = useState<{ version: string; data: MapData } | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    const controller = new AbortController();
    fetch(eventsDataUrl(version), { signal: controller.signal })
      .then(async (response) => {
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        setLoaded({ version, data: fromCompact(await response.json()) });
      })
      .catch((e: unknown) => {
        if (!controller.signal.aborted) setError(e instanceof Error ? e.message : String(e));
      });
    return () => controller.abort();
  }, [version]);

  if (error !== null) return <Status text={`The events could not be loaded (${error}). Reload to try again.`} />;
  if (loaded === null) return <Status text={`Loading ${eventCount.toLocaleString('en')} events…`} />;
  return (
    <Explorer key={loaded.version} data={loaded.data} version={loaded.version} initialState={initialState} pinnedPlace={pinnedPlace} />
  );
}

function Status({ text }: { text: string }) {
  return (
    <div className="explorer-loading" role="status">
      {text}
    </div>
  );
}
