import { ExplorerShell } from '@/components/explorer/explorer-shell';
import { getServedEvents } from '@/lib/explorer-data/server';
import { parseViewState } from '@/lib/url';

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** The map page: events file read at request time; all state comes from the URL. */
export default async function Page({ searchParams }: { searchParams: SearchParams }) {
  const state = parseViewState(await searchParams);
  const { result, version } = await getServedEvents();
  return <ExplorerShell result={result} version={version} state={state} pinnedPlace={null} />;
}
