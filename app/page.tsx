import { ExplorerShell } from '@/components/explorer/explorer-shell';
import { StoreShell } from '@/components/explorer/store-shell';
import { getServedEvents } from '@/lib/explorer-data/server';
import { storePageFor } from '@/lib/store/page-data';
import { parseViewState } from '@/lib/url';

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/**
 * The map page; all state comes from the URL. A large store (lib/store/page-mode.ts) is asked for what the page
 * shows; otherwise the events file is read at request time and the browser filters it.
 */
export default async function Page({ searchParams }: { searchParams: SearchParams }) {
  const state = parseViewState(await searchParams);
  const storePage = await storePageFor(state);
  if (storePage !== null) return <StoreShell page={storePage} pinnedPlace={null} />;
  const { result, version } = await getServedEvents();
  return <ExplorerShell result={result} version={version} state={state} pinnedPlace={null} />;
}
