'use client';
/**
 * The store's records of a few places (/api/store/place each), for the selected event's place or a route's two
 * ends: their names and their mentions, which the provenance panel marks. A place the store does not answer for
 * is left out; an older selection's answers are dropped.
 */
import { useEffect, useState } from 'react';
import type { PlaceFeature } from '@/lib/geojson/schema';
import { storeQueryUrl, type StoreQueryFilters } from '@/lib/store/query-url';

const NO_FILTERS: StoreQueryFilters = { actors: [], types: [], from: null, to: null, background: false, q: null };

export function useStorePlaces(placeIds: readonly string[]): readonly PlaceFeature[] {
  const key = placeIds.join('\n');
  const [loaded, setLoaded] = useState<{ key: string; places: readonly PlaceFeature[] }>({ key: '', places: [] });
  useEffect(() => {
    if (key === '') return;
    const controller = new AbortController();
    const ask = async (id: string): Promise<PlaceFeature[]> => {
      const response = await fetch(storeQueryUrl('place', NO_FILTERS, { place: id }), { signal: controller.signal });
      return response.ok ? [(await response.json()) as PlaceFeature] : [];
    };
    Promise.all(key.split('\n').map(ask))
      .then((answers) => setLoaded({ key, places: answers.flat() }))
      .catch(() => {
        if (!controller.signal.aborted) setLoaded({ key, places: [] });
      });
    return () => controller.abort();
  }, [key]);
  return loaded.key === key ? loaded.places : NO_PLACES;
}

const NO_PLACES: readonly PlaceFeature[] = [];
