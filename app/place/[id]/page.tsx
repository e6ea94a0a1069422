import type { Metadata } from 'next';
import { ExplorerShell } from '@/components/explorer/explorer-shell';
import { StoreShell } from '@/components/explorer/store-shell';
import { placeSummary } from '@/lib/explorer-data/place-summary';
import { getServedEvents } from '@/lib/explorer-data/server';
import { storePageFor } from '@/lib/store/page-data';
import { EMPTY_VIEW_STATE } from '@/lib/url/view-state';
import { parseViewState, placeIdFromSegment } from '@/lib/url';

type Params = Promise<{ id: string }>;
type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** Open Graph title and description for a shared place link. */
export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const placeId = placeIdFromSegment((await params).id);
  // store mode: the place's name from the store (its events are not counted here: that scan is the page's job)
  const storePage = await storePageFor({ ...EMPTY_VIEW_STATE, place: placeId });
  if (storePage !== null) {
    const name = storePage.placeName;
    return name === null ? { title: 'Unknown place — Event explorer', openGraph: { title: 'Unknown place' } } : { title: `${name} — Event explorer`, openGraph: { title: name, type: 'website' } };
  }
  const { result } = await getServedEvents();
  const summary = placeId && result.ok ? placeSummary(result.data, placeId) : null;
  if (!summary) return { title: 'Unknown place — Event explorer', openGraph: { title: 'Unknown place' } };
  return {
    title: `${summary.title} — Event explorer`,
    description: summary.description,
    openGraph: { title: summary.title, description: summary.description, type: 'website' },
  };
}

/**
 * /place/<id>: the map opened on one place with its events listed. Ids hold ':'; links encode it
 * (/place/geonames%3A172955) and the literal form (/place/geonames:172955) works too.
 */
export default async function PlacePage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const placeId = placeIdFromSegment((await params).id);
  const parsed = parseViewState(await searchParams);
  const storePage = await storePageFor(parsed.place === null && placeId !== null ? { ...parsed, place: placeId } : parsed);
  if (storePage !== null) {
    const pinned = storePage.state.place !== null && storePage.state.place === placeId ? placeId : null;
    return <StoreShell page={storePage} pinnedPlace={pinned} />;
  }
  const { result, version } = await getServedEvents();
  const known = placeId !== null && result.ok && result.data.places.some((p) => p.id === placeId);
  const state = known && parsed.place === null ? { ...parsed, place: placeId } : parsed;
  return (
    <ExplorerShell
      result={result}
      version={version}
      state={state}
      pinnedPlace={known ? placeId : null}
      notice={known ? null : 'That place is not in the events file; showing all events.'}
    />
  );
}
