'use client';
/** Loads the store-mode explorer in the browser only (Leaflet touches `window` at import time); no corpus to fetch. */
import dynamic from 'next/dynamic';
import type { StoreExplorerProps } from './store-explorer';

const StoreExplorer = dynamic(() => import('./store-explorer'), {
  ssr: false,
  loading: () => (
    <div className="explorer-loading" role="status">
      Loading map…
    </div>
  ),
});

export function StoreExplorerLoader(props: StoreExplorerProps) {
  return <StoreExplorer {...props} />;
}
