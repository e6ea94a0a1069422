'use client';
/** Loads the article's small map in the browser only (Leaflet touches window at import time). */
import dynamic from 'next/dynamic';
import type { ArticleMapProps } from './article-map';

const ArticleMap = dynamic(() => import('./article-map'), { ssr: false, loading: () => <p className="explorer-loading">Loading map…</p> });

export function ArticleMapLoader(props: ArticleMapProps) {
  return <ArticleMap {...props} />;
}
