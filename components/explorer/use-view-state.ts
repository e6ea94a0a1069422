'use client';
/**
 * The explorer's state IS the URL. Filter and selection changes push a history entry (Back undoes them); map moves
 * replace the hash only. popstate re-reads the URL.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { formatHash, formatQuery, parseViewState, placeIdFromSegment, placePath, type MapView, type ViewState } from '@/lib/url';
import type { KnownIds } from '@/lib/filters/known';
import { restrictToKnown } from '@/lib/filters/known';

export interface ViewStateApi {
  state: ViewState;
  /** changes filters/selection, pushing a history entry (map view kept); `replace` rewrites the current entry (Play's steps) */
  update: (change: Partial<Omit<ViewState, 'map'>>, options?: { replace?: boolean }) => void;
  /** records the map view in the hash without a history entry */
  replaceMapView: (view: MapView) => void;
  /** bumps whenever Back/Forward changed the URL, so the map can follow the hash */
  popCount: number;
}

/**
 * @param initial the state the server parsed (hash unknown there); replaced by the real URL once mounted
 * @param pinnedPlace on /place/<id>, the place of the path: selecting another place moves the link to '/'
 */
export function useViewState(initial: ViewState, known: KnownIds, pinnedPlace: string | null): ViewStateApi {
  const [state, setState] = useState<ViewState>(() => readLocation(known, pinnedPlace) ?? initial);
  const [popCount, setPopCount] = useState(0);
  const stateRef = useRef(state);
  stateRef.current = state;

  useEffect(() => {
    const onPop = () => {
      const next = readLocation(known, pinnedPlace);
      if (next) setState(next);
      setPopCount((n) => n + 1);
    };
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, [known, pinnedPlace]);

  const pendingHash = useRef<number | null>(null);
  const latestView = useRef<MapView | null>(null); // the last view the map reported (renders reset stateRef)
  const writeHash = useCallback(() => {
    if (pendingHash.current !== null) window.clearTimeout(pendingHash.current);
    pendingHash.current = null;
    const view = latestView.current;
    const url = urlFor(view ? { ...stateRef.current, map: view } : stateRef.current, pinnedPlace);
    // Same entry, new hash: panning must not flood the history.
    if (url !== currentUrl()) window.history.replaceState(window.history.state, '', url);
  }, [pinnedPlace]);
  useEffect(() => () => {
    if (pendingHash.current !== null) window.clearTimeout(pendingHash.current);
  }, []);

  const update = useCallback(
    (change: Partial<Omit<ViewState, 'map'>>, options?: { replace?: boolean }) => {
      if (pendingHash.current !== null) writeHash(); // the URL below starts from the current hash
      const current = stateRef.current;
      const next: ViewState = { ...current, ...change, map: mapFromLocation() ?? current.map };
      const url = urlFor(next, pinnedPlace);
      if (url !== currentUrl()) {
        if (options?.replace) window.history.replaceState(window.history.state, '', url);
        else window.history.pushState(null, '', url);
      }
      stateRef.current = next;
      setState(next);
    },
    [pinnedPlace, writeHash],
  );

  const replaceMapView = useCallback(
    (view: MapView) => {
      latestView.current = view;
      stateRef.current = { ...stateRef.current, map: view };
      // In a task of its own: Next's router reacts to every replaceState, and the end of a map move is busy enough.
      // Moves in quick succession write the hash once.
      pendingHash.current ??= window.setTimeout(writeHash, 0);
    },
    [writeHash],
  );

  return { state, update, replaceMapView, popCount };
}

function readLocation(known: KnownIds, pinnedPlace: string | null): ViewState | null {
  if (typeof window === 'undefined') return null;
  const parsed = parseViewState(window.location.search, window.location.hash);
  const withPin = pinnedPlace !== null && parsed.place === null && onPinnedPath(pinnedPlace) ? { ...parsed, place: pinnedPlace } : parsed;
  return restrictToKnown(withPin, known);
}

function mapFromLocation(): MapView | null {
  return parseViewState('', window.location.hash).map;
}

function onPinnedPath(pinnedPlace: string): boolean {
  const path = window.location.pathname;
  return path.startsWith('/place/') && placeIdFromSegment(path.slice('/place/'.length)) === pinnedPlace;
}

/** The link for a state: stays on /place/<id> while that place is selected, else the map page. */
function urlFor(state: ViewState, pinnedPlace: string | null): string {
  if (pinnedPlace !== null && state.place === pinnedPlace) {
    return placePath(pinnedPlace) + formatQuery({ ...state, place: null }) + formatHash(state);
  }
  return '/' + formatQuery(state) + formatHash(state);
}

function currentUrl(): string {
  return window.location.pathname + window.location.search + window.location.hash;
}
