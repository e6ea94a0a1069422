'use client';
/**
 * The explorer in store mode, for a corpus too large to download: the map, the list, the filter counts, the
 * timeline and the selected event are each one request to /api/store/<endpoint> for the URL's filters and the
 * map's view, so the browser holds what it draws. The URL is the state, as in the file mode (./explorer.tsx).
 * Loaded with next/dynamic and ssr:false (Leaflet needs window).
 */
import 'leaflet/dist/leaflet.css';
import { memo, startTransition, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Map as LeafletMap } from 'leaflet';
import { MapContainer } from 'react-leaflet';
import type { ExplorerActor } from '@/lib/explorer-data/types';
import { actorColor } from '@/lib/explorer-data/palette';
import type { EventTypeSlug } from '@/lib/filters/event-types';
import type { KnownIds } from '@/lib/filters/known';
import { explorerRoute } from '@/lib/explorer-data/to-explorer-data';
import type { ExplorerRoute } from '@/lib/explorer-data/types';
import type { Span } from '@/lib/explorer-data/segments';
import { placeSpans } from '@/lib/explorer-data/place-spans';
import { FOCUS_ZOOM } from '@/lib/url/focus-zoom';
import type { EventFeature, RouteFeature } from '@/lib/geojson/schema';
import { histogramFromJson, type HistogramJson } from '@/lib/store/histogram';
import { storeQueryUrl, type StoreQueryFilters } from '@/lib/store/query-url';
import type { Bounds, ListPage, ViewResult } from '@/lib/store/types';
import { shownDates } from '@/lib/timeline';
import type { MapView, ViewState } from '@/lib/url';
import { FilterPanel } from '@/components/filters/filter-panel';
import { Provenance, type ProvenanceSubject } from '@/components/article/provenance';
import { Basemap } from '@/components/map/basemap';
import { EXPLORER_MAP_OPTIONS } from '@/components/map/map-options';
import { RouteLayer } from '@/components/map/route-layer';
import { StoreLayer } from '@/components/map/store-layer';
import { SizeSync } from '@/components/map/size-sync';
import { toLatLng } from '@/components/map/latlng';
import { ViewSync } from '@/components/map/view-sync';
import { TimelineView } from '@/components/timeline/timeline';
import { StoreList } from './store-list';
import { Toolbar } from './toolbar';
import { PhoneBar, SheetClose, usePhoneSheets, useSelectEvent } from './phone-sheets';
import { PHONE_QUERY, useMediaQuery } from './use-media-query';
import { useSettled } from './use-settled';
import { useStoreJson } from './use-store-json';
import { useStorePlaces } from './use-store-places';
import { useViewState } from './use-view-state';

// A map move re-renders the explorer with the new view; these depend on the filters and their answers only, so a
// move must not re-render them (the filter panel's checkboxes, the timeline's bars, the list's 100 rows).
const StoreFilterPanel = memo(FilterPanel);
const StoreTimeline = memo(TimelineView);
const StoreListPage = memo(StoreList);

const LIST_PAGE_SIZE = 100; // rows per list page
const FOLLOW_UP_DELAY_MS = 500; // ms the view must stay put before the list and the timeline follow it
const WORLD_VIEW: MapView = { zoom: 2, lat: 25, lng: 15 };
/** the count of every event shown without background events (no rows, no bbox) */
const FOREGROUND_URL = storeQueryUrl('list', { actors: [], types: [], from: null, to: null, background: false, q: null }, { limit: 0 });

export interface StoreExplorerProps {
  /** every actor the store's events name, most events first, with palette colours */
  actors: readonly ExplorerActor[];
  /** every event the store holds, background events included */
  eventTotal: number;
  /** the URL's state, ids the store does not hold already dropped by the server */
  initialState: ViewState;
  pinnedPlace: string | null;
}

interface FacetsJson {
  total: number;
  actors: Record<string, number>;
  types: Record<string, number>;
}

export default function StoreExplorer({ actors, eventTotal, initialState, pinnedPlace }: StoreExplorerProps) {
  const known = useMemo(() => knownFor(actors, initialState), []); // eslint-disable-line react-hooks/exhaustive-deps
  const { state, update, replaceMapView, popCount } = useViewState(initialState, known, pinnedPlace);
  const mapRef = useRef<LeafletMap | null>(null);
  const [view, setView] = useState<{ bounds: Bounds; zoom: number; centre: string } | null>(null);
  const [listPage, setListPage] = useState<{ base: string; offset: number }>({ base: '', offset: 0 });

  const actorById = useMemo(() => new Map(actors.map((a) => [a.id, a])), [actors]);
  const actorName = useCallback((id: string) => actorById.get(id)?.name ?? id, [actorById]);
  const actorColorOf = useCallback((id: string | undefined) => actorColor(actorById.get(id ?? '')?.colorIndex), [actorById]);
  const routeColor = useCallback((r: ExplorerRoute) => actorColorOf(r.actorIds[0]), [actorColorOf]);

  // While a play window is set, the map and the list show that window, as in the file mode.
  const { from, to } = shownDates(state);
  const filters: StoreQueryFilters = useMemo(
    () => ({ actors: state.actors, types: state.types, from, to, background: state.background, q: state.q, article: state.article }),
    [state.actors, state.types, from, to, state.background, state.q, state.article],
  );
  const bounds = view?.bounds ?? null;
  const mapAnswer = useStoreJson<ViewResult>(view === null ? null : storeQueryUrl('view', filters, { bbox: view.bounds, zoom: view.zoom }));
  // The routes in view follow the markers at once: they are part of the map.
  const routesAnswer = useStoreJson<{ routes: RouteFeature[]; complete: boolean }>(
    view === null || mapAnswer.loading ? null : storeQueryUrl('routes', filters, { bbox: view.bounds, event: selectedRouteId(state.event) }),
  );
  // The list, the timeline and the counts follow once the view has stayed put for a moment (a pan's intermediate
  // views ask only for the map), and at once, beside the map's, when the filters change: the server answers them
  // on threads of their own, the slow aggregations never on the one the map's and the list's answers can take
  // (lib/store/worker-pool.ts), so nothing need wait for the markers first.
  const settledBounds = useSettled(bounds, FOLLOW_UP_DELAY_MS, storeQueryUrl('list', filters));
  const after = view === null || settledBounds !== bounds ? null : bounds;
  // the page of the list survives a resize of the map (the timeline growing under it changes the bounds, not the
  // view's centre or zoom), not a change of filters, zoom or centre
  // (read from the view itself, not from the settled follow-ups: a page turned while the map re-asks its markers
  // after a resize must not be lost)
  const listBase = view === null ? null : `${storeQueryUrl('list', filters)}@${view.zoom}/${view.centre}`;
  const offset = listPage.base === listBase ? listPage.offset : 0;
  const list = useStoreJson<ListPage>(after === null ? null : storeQueryUrl('list', filters, { bbox: after, offset, limit: LIST_PAGE_SIZE }));
  // the timeline counts every date (the brush picks a period of it): the filters without their dates
  const timeline = useStoreJson<{ histogram: HistogramJson | null }>(
    after === null ? null : storeQueryUrl('histogram', { ...filters, from: state.from, to: state.to }, { bbox: after }),
  );
  const facets = useStoreJson<FacetsJson>(after === null ? null : storeQueryUrl('facets', filters));
  // background events = all the store holds less those shown without them: counted once, as the file mode counts them
  const [foregroundUrl, setForegroundUrl] = useState<string | null>(null); // asked once the first follow-ups are
  useEffect(() => {
    if (after !== null) setForegroundUrl(FOREGROUND_URL);
  }, [after]);
  const foreground = useStoreJson<ListPage>(foregroundUrl);
  const backgroundCount = foreground.data === null ? 0 : eventTotal - foreground.data.total;
  const routes = useMemo(() => (routesAnswer.data?.routes ?? []).map((r) => explorerRoute(r, NO_PLACE_NAMES)), [routesAnswer.data]);
  const selectedRoute = useMemo(() => routes.find((r) => r.id === state.event) ?? null, [routes, state.event]);
  const selected = useStoreJson<EventFeature>(state.event === null || selectedRoute !== null ? null : storeQueryUrl('event', filters, { event: state.event }));

  const selectedEvent = state.event === null || selectedRoute !== null ? null : selected.data;
  const subjectPlaces = useStorePlaces(
    selectedRoute ? [selectedRoute.fromPlaceId, selectedRoute.toPlaceId] : selectedEvent ? [selectedEvent.properties.placeId] : NO_IDS,
  );
  const subject = useMemo(() => {
    const named = new Map(subjectPlaces.map((p) => [p.id, { name: p.properties.name }]));
    return subjectOf(selectedRoute ? { ...selectedRoute, fromName: nameOf(named, selectedRoute.fromPlaceId), toName: nameOf(named, selectedRoute.toPlaceId) } : null, selectedEvent, actorName);
  }, [selectedRoute, selectedEvent, subjectPlaces, actorName]);
  const mentions = useMemo(() => (subject === null ? NO_MENTIONS : placeSpans(subjectPlaces, subject.article)), [subject, subjectPlaces]);
  const flyTo = useCallback(
    (placeId: string) => {
      const place = subjectPlaces.find((p) => p.id === placeId);
      const map = mapRef.current;
      if (place && map) map.flyTo(toLatLng(place.geometry.coordinates), Math.max(map.getZoom(), FOCUS_ZOOM.place));
    },
    [subjectPlaces],
  );
  const actorCounts = useMemo(() => countsOf(facets.data?.actors), [facets.data]);
  const typeCounts = useMemo(() => countsOf(facets.data?.types) as Map<EventTypeSlug, number>, [facets.data]);
  const histogram = useMemo(() => (timeline.data?.histogram ? histogramFromJson(timeline.data.histogram) : null), [timeline.data]);
  const initialView = state.map ?? initialState.map ?? WORLD_VIEW;

  const onViewChange = useCallback(
    (mapView: MapView, b: Bounds) => {
      startTransition(() => setView({ bounds: b, zoom: mapView.zoom, centre: `${mapView.lat.toFixed(CENTRE_DECIMALS)},${mapView.lng.toFixed(CENTRE_DECIMALS)}` }));
      replaceMapView(mapView);
    },
    [replaceMapView],
  );
  const isPhone = useMediaQuery(PHONE_QUERY);
  const sheets = usePhoneSheets();
  const select = useSelectEvent(update, isPhone, sheets.open);
  const onMapReady = useCallback((map: LeafletMap) => {
    mapRef.current = map;
  }, []);
  const total = list.data?.total ?? null;
  const onPage = useCallback((next: number) => setListPage({ base: listBase ?? '', offset: next }), [listBase]);
  const listColorOf = useCallback((id: string) => actorColorOf(id), [actorColorOf]);
  const countNote = facets.error ? `Counts unavailable: ${facets.error}` : null;
  const timelineNote = timeline.loading ? 'Counting events by date…' : 'No dated events in view.';

  return (
    <div className="explorer" data-mode="store" data-sheet={sheets.sheet ?? undefined}>
      <div className="explorer-tools">
        <Toolbar exportUrl={(format) => storeQueryUrl('export', filters, { format })} />
      </div>
      <aside className="explorer-filters" id="explorer-filters" aria-label="Filter panel">
        <SheetClose label="Close filters" onClose={sheets.close} />
        <StoreFilterPanel
          state={state}
          actors={actors}
          actorCounts={actorCounts}
          typeCounts={typeCounts}
          backgroundCount={backgroundCount}
          onChange={update}
          searchNote={countNote}
        />
      </aside>
      <div className="explorer-map-wrap" data-testid="map" role="region" aria-label="Map of events" aria-busy={mapAnswer.loading}>
        <MapContainer {...EXPLORER_MAP_OPTIONS} center={[initialView.lat, initialView.lng]} zoom={initialView.zoom}>
          <Basemap />
          <RouteLayer routes={routes} colorOf={routeColor} selectedId={state.event} onSelect={select} />
          <StoreLayer result={mapAnswer.data} colorOf={actorColorOf} selectedId={state.event} onSelect={select} />
          <SizeSync />
          <ViewSync popView={state.map} popCount={popCount} onViewChange={onViewChange} onMapReady={onMapReady} />
        </MapContainer>
        {routesAnswer.data?.complete === false ? (
          <p className="map-note" data-testid="routes-note">
            The {routes.length.toLocaleString('en')} most recent routes in view; zoom in for the rest.
          </p>
        ) : null}
      </div>
      <StoreTimeline histogram={histogram} state={state} onChange={update} emptyNote={timelineNote} />
      <PhoneBar sheet={sheets.sheet} onOpen={sheets.open} count={total ?? 0} />
      <section className="explorer-side" id="explorer-side" aria-label="Events">
        <div className="list-head">
          <h2>Events in view</h2>
          <p data-testid="event-count" aria-live="polite">
            {total === null ? '…' : `${total.toLocaleString('en')} ${total === 1 ? 'event' : 'events'}`}
          </p>
          <SheetClose label="Close the list" onClose={sheets.close} />
        </div>
        <StoreListPage
          page={list.data}
          pageSize={LIST_PAGE_SIZE}
          selectedId={state.event}
          onSelect={select}
          onPage={onPage}
          actorName={actorName}
          actorColorOf={listColorOf}
          label="Events in view"
        />
        {subject ? (
          <Provenance key={subject.id} subject={subject} article={undefined} mentions={mentions} onFlyTo={flyTo} onClose={() => update({ event: null })} />
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

/** The selected route (from the routes in view) or event (from /api/store/event) as the provenance panel shows it. */
function subjectOf(route: ExplorerRoute | null, event: EventFeature | null, actorName: (id: string) => string): ProvenanceSubject | null {
  if (route) {
    return { ...pick(route), id: route.id, kind: 'route', heading: `Route: ${route.fromName} → ${route.toName}${route.date ? ` (${route.date})` : ''}` };
  }
  if (event === null) return null;
  const p = event.properties;
  const actors = p.actors.map((a) => actorName(a.id)).join(', ') || 'no actor';
  return { ...pick(p), id: event.id, kind: 'event', heading: `${p.date ?? 'undated'} — ${p.subEventType ?? p.eventType} — ${actors}` };
}

function pick(item: { article: string; sentence: string; start: number; end: number }) {
  return { article: item.article, sentence: item.sentence, start: item.start, end: item.end };
}

const NO_MENTIONS: readonly Span[] = [];
const NO_IDS: readonly string[] = [];
const NO_PLACE_NAMES: ReadonlyMap<string, { name: string }> = new Map(); // the store's routes name their ends by id

function nameOf(named: ReadonlyMap<string, { name: string }>, placeId: string): string {
  return named.get(placeId)?.name ?? placeId;
}

function countsOf(record: Record<string, number> | undefined): Map<string, number> {
  return new Map(Object.entries(record ?? {}));
}

/** A selected route's id, which the routes' request names: the server sends it even when the view has more routes
 * than it sends (the most recent), so a link to it opens on it. */
function selectedRouteId(id: string | null): string | undefined {
  return id?.startsWith(ROUTE_ID_PREFIX) ? id : undefined;
}

const ROUTE_ID_PREFIX = 'route:'; // the pipeline's route ids: route:<article>:<a>:<b>

/** the map's centre in the list page's key, rounded to about 10 m: a pan moves it, a resize about it does not */
const CENTRE_DECIMALS = 4; // degrees
