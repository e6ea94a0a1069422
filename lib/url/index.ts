/** Deep-link state: parse and format the explorer's URL. */
export {
  EMPTY_VIEW_STATE,
  formatHash,
  formatQuery,
  formatViewState,
  normalizeFeatureId,
  normalizeArticleId,
  normalizeIsoDate,
  normalizeQuery,
  parseViewState,
  sameQuery,
} from './view-state';
export type { MapView, SearchParamsInput, ViewState } from './view-state';
export { clampMapView, formatMapHash, parseMapHash, MAX_ZOOM, MIN_ZOOM } from './map-hash';
export { placeIdFromSegment, placePath } from './place-path';
