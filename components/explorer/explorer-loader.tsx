'use client';
/** Loads the explorer in the browser only: Leaflet touches `window` at import time. */
import dynamic from 'next/dynamic';
import type { ExplorerProps } from './explorer';

const Explorer = dynamic(() => import('./explorer'), {
  ssr: false,
  loading: () => (
    <div className="explorer-loading" role="status">
      Loading map…
    </div>
  ),
});

export function ExplorerLoader(props: ExplorerProps) {
  return <Explorer {...props} />;
}
