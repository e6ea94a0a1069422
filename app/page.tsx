import { ExplorerShell } from '@/components/explorer/explorer-shell';
import { loadRequestEvents } from '@/lib/explorer-data/server';
import { parseViewState } from '@/lib/url';

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** The map page: events file read at request time; all state comes from the URL. */
export default async function Page({ searchParams }: { searchParams: SearchParams }) {
  const state = parseViewState(await searchParams);
  const result = await loadRequestEvents();
  return <ExplorerShell result={result} state={state} pinnedPlace={null} />;
}
