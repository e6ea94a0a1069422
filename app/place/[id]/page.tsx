import type { Metadata } from 'next';
import { ExplorerShell } from '@/components/explorer/explorer-shell';
import { placeSummary } from '@/lib/explorer-data/place-summary';
import { getServedEvents } from '@/lib/explorer-data/server';
import { parseViewState, placeIdFromSegment } from '@/lib/url';

type Params = Promise<{ id: string }>;
type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** Open Graph title and description for a shared place link. */
export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const placeId = placeIdFromSegment((await params).id);
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
