'use client';
/**
 * The explorer in store mode, for a corpus too large to download: the map, the list, the filter counts, the
 * timeline and the selected event are each one request to /api/store/<endpoint> for the URL's filters and the
 * map's view, so the browser holds what it draws. The URL is the state, as in the file mode (./explorer.tsx).
 * Loaded with next/dynamic and ssr:false (Leaflet needs window).
 */
import 'leaflet/dist/leaflet.css';
import { startTransition, useCallback, useMemo, useState } from 'react';
import { MapContainer } from 'react-leaflet';
import type { ExplorerActor } from '@/lib/explorer-data/types';
import { actorColor } from '@/lib/explorer-data/palette';
import type { EventTypeSlug } from '@/lib/filters/event-types';
import type { KnownIds } from '@/lib/filters/known';
import type { EventFeature } from '@/lib/geojson/schema';
import { histogramFromJson, type HistogramJson } from '@/lib/store/histogram';
import { storeQueryUrl, type StoreQueryFilters } from '@/lib/store/query-url';
import type { Bounds, ListPage, ViewResult } from '@/lib/store/types';
import { shownDates } from '@/lib/timeline';
import type { MapView, ViewState } from '@/lib/url';
import { FilterPanel } from '@/components/filters/filter-panel';
import { Basemap } from '@/components/map/basemap';
import { EXPLORER_MAP_OPTIONS } from '@/components/map/map-options';
import { StoreLayer } from '@/components/map/store-layer';
import { ViewSync } from '@/components/map/view-sync';
import { HistogramChart } from '@/components/timeline/histogram-chart';
import { StoreList } from './store-list';
import { useSettled } from './use-settled';
import { useStoreJson } from './use-store-json';
import { useViewState } from './use-view-state';

const LIST_PAGE_SIZE = 100; // rows per list page
const FOLLOW_UP_DELAY_MS = 500; // ms the view must stay put before the list and the timeline follow it
const WORLD_VIEW: MapView = { zoom: 2, lat: 25, lng: 15 };

export interface StoreExplorerProps {
  /** every actor the store's events name, most events first, with palette colours */
  actors: readonly ExplorerActor[];
  /** the URL's state, ids the store does not hold already dropped by the server */
  initialState: ViewState;
  pinnedPlace: string | null;
}

interface FacetsJson {
  total: number;
  actors: Record<string, number>;
  types: Record<string, number>;
}

export default function StoreExplorer({ actors, initialState, pinnedPlace }: StoreExplorerProps) {
  const known = useMemo(() => knownFor(actors, initialState), []); // eslint-disable-line react-hooks/exhaustive-deps
  const { state, update, replaceMapView, popCount } = useViewState(initialState, known, pinnedPlace);
  const [view, setView] = useState<{ bounds: Bounds; zoom: number } | null>(null);
  const [listPage, setListPage] = useState<{ base: string; offset: number }>({ base: '', offset: 0 });

  const actorById = useMemo(() => new Map(actors.map((a) => [a.id, a])), [actors]);
  const actorName = useCallback((id: string) => actorById.get(id)?.name ?? id, [actorById]);
  const actorColorOf = useCallback((id: string | undefined) => actorColor(actorById.get(id ?? '')?.colorIndex), [actorById]);

  // While a play window is set, the map and the list show that window, as in the file mode.
  const { from, to } = shownDates(state);
  const filters: StoreQueryFilters = useMemo(
    () => ({ actors: state.actors, types: state.types, from, to, background: state.background, q: state.q }),
    [state.actors, state.types, from, to, state.background, state.q],
  );
  const bounds = view?.bounds ?? null;
  const mapAnswer = useStoreJson<ViewResult>(view === null ? null : storeQueryUrl('view', filters, { bbox: view.bounds, zoom: view.zoom }));
  // The server answers one query at a time: the map's goes first, the list, the timeline and the counts once it is
  // in and the view has stayed put for a moment, so the markers never wait behind the slower aggregations and a
  // pan's intermediate views ask only for the map.
  const settledBounds = useSettled(bounds, FOLLOW_UP_DELAY_MS, storeQueryUrl('list', filters));
  const after = view === null || mapAnswer.loading || settledBounds !== bounds ? null : bounds;
  const listBase = after === null ? null : storeQueryUrl('list', filters, { bbox: after });
  const offset = listPage.base === listBase ? listPage.offset : 0;
  const list = useStoreJson<ListPage>(after === null ? null : storeQueryUrl('list', filters, { bbox: after, offset, limit: LIST_PAGE_SIZE }));
  // the timeline counts every date (the brush picks a period of it): the filters without their dates
  const timeline = useStoreJson<{ histogram: HistogramJson | null }>(
    after === null ? null : storeQueryUrl('histogram', { ...filters, from: state.from, to: state.to }, { bbox: after }),
  );
  const facets = useStoreJson<FacetsJson>(after === null ? null : storeQueryUrl('facets', filters));
  const selected = useStoreJson<EventFeature>(state.event === null ? null : storeQueryUrl('event', filters, { event: state.event }));

  const actorCounts = useMemo(() => countsOf(facets.data?.actors), [facets.data]);
  const typeCounts = useMemo(() => countsOf(facets.data?.types) as Map<EventTypeSlug, number>, [facets.data]);
  const histogram = useMemo(() => (timeline.data?.histogram ? histogramFromJson(timeline.data.histogram) : null), [timeline.data]);
  const initialView = state.map ?? initialState.map ?? WORLD_VIEW;

  const onViewChange = useCallback(
    (mapView: MapView, b: Bounds) => {
      startTransition(() => setView({ bounds: b, zoom: mapView.zoom }));
      replaceMapView(mapView);
    },
    [replaceMapView],
  );
  const select = useCallback((id: string) => update({ event: id }), [update]);
  const onMapReady = useCallback(() => undefined, []);
  const total = list.data?.total ?? null;

  return (
    <div className="explorer" data-mode="store">
      <aside className="explorer-filters" id="explorer-filters" aria-label="Filter panel">
        <FilterPanel
          state={state}
          actors={actors}
          actorCounts={actorCounts}
          typeCounts={typeCounts}
          backgroundCount={0}
          onChange={update}
          searchNote={facets.error ? `Counts unavailable: ${facets.error}` : null}
        />
      </aside>
      <div className="explorer-map-wrap" data-testid="map" role="region" aria-label="Map of events" aria-busy={mapAnswer.loading}>
        <MapContainer {...EXPLORER_MAP_OPTIONS} center={[initialView.lat, initialView.lng]} zoom={initialView.zoom}>
          <Basemap />
          <StoreLayer result={mapAnswer.data} colorOf={actorColorOf} selectedId={state.event} onSelect={select} />
          <ViewSync popView={state.map} popCount={popCount} onViewChange={onViewChange} onMapReady={onMapReady} />
        </MapContainer>
      </div>
      <section className="explorer-timeline" aria-label="Timeline" data-testid="timeline">
        {histogram ? (
          <HistogramChart histogram={histogram} from={state.from} to={state.to} window={null} onBrush={(f, t) => update({ from: f, to: t })} />
        ) : (
          <p className="timeline-empty">{timeline.loading ? 'Counting events by date…' : 'No dated events in view.'}</p>
        )}
      </section>
      <section className="explorer-side" id="explorer-side" aria-label="Events">
        <div className="list-head">
          <h2>Events in view</h2>
          <p data-testid="event-count" aria-live="polite">
            {total === null ? '…' : `${total.toLocaleString('en')} ${total === 1 ? 'event' : 'events'}`}
          </p>
        </div>
        <StoreList
          page={list.data}
          pageSize={LIST_PAGE_SIZE}
          selectedId={state.event}
          onSelect={select}
          onPage={(next) => setListPage({ base: listBase ?? '', offset: next })}
          actorName={actorName}
          actorColorOf={(id) => actorColorOf(id)}
          label="Events in view"
        />
        {state.event !== null && selected.data ? (
          <article className="provenance" data-testid="store-event" aria-label="Selected event">
            <h3>
              {selected.data.properties.date ?? 'undated'} — {selected.data.properties.subEventType ?? selected.data.properties.eventType}
            </h3>
            <blockquote>{selected.data.properties.sentence}</blockquote>
            <p>
              From <a href={`/article/${selected.data.properties.article}`}>{selected.data.properties.article}</a>{' '}
              <button type="button" className="link-button" onClick={() => update({ event: null })}>
                Close
              </button>
            </p>
          </article>
        ) : null}
      </section>
    </div>
  );
}

// --- helpers ---

/** Deep-link ids the server checked against the store; any event id may be selected later (the store answers). */
function knownFor(actors: readonly ExplorerActor[], initial: ViewState): KnownIds {
  return {
    actors: new Set(actors.map((a) => a.id)),
    selectable: { has: () => true },
    places: new Set(initial.place === null ? [] : [initial.place]),
    articles: new Set(initial.article === null ? [] : [initial.article]),
  };
}

function countsOf(record: Record<string, number> | undefined): Map<string, number> {
  return new Map(Object.entries(record ?? {}));
}
