/** The URL of one store endpoint for the page's filters and view: the same query parameters a deep link carries. */
import { EMPTY_VIEW_STATE, formatQuery, type ViewState } from '../url/view-state';
import type { ExportFormat } from '../export/format';
import type { StoreEndpoint } from './http';
import type { Bounds } from './types';

export type StoreQueryFilters = Pick<ViewState, 'actors' | 'types' | 'from' | 'to' | 'background' | 'q'> & { article?: string | null };

/**
 * `/api/store/<endpoint>?<filters>&bbox=…&zoom=…` (extra parameters after the filters; bounds rounded to 1e-5°).
 * @example storeQueryUrl('view', { ...filters, actors: ['isis'] }, { bbox: [35, 32, 43, 38], zoom: 6 }) // '/api/store/view?actor=isis&bbox=35,32,43,38&zoom=6'
 */
export function storeQueryUrl(endpoint: StoreEndpoint, filters: StoreQueryFilters, extra: { bbox?: Bounds | null; zoom?: number; offset?: number; limit?: number; event?: string; place?: string; format?: ExportFormat } = {}): string {
  const { actors, types, from, to, background, q } = filters;
  const article = filters.article ?? null;
  const params = new URLSearchParams(formatQuery({ ...EMPTY_VIEW_STATE, actors, types, from, to, background, q, article }).slice(1));
  if (extra.bbox) params.set('bbox', extra.bbox.map((v) => Math.round(v * BBOX_SCALE) / BBOX_SCALE).join(','));
  for (const key of ['zoom', 'offset', 'limit', 'event', 'place', 'format'] as const) {
    const value = extra[key];
    if (value !== undefined) params.set(key, String(value));
  }
  const query = params.toString().replace(/%2C/gi, ',');
  return `/api/store/${endpoint}${query ? `?${query}` : ''}`;
}

const BBOX_SCALE = 1e5; // 1e-5 degrees: about a metre, finer than any view needs
