'use client';
/**
 * Copy link and exports. In the file mode exports are built on click from the filtered events (lib/export) and
 * downloaded as blobs; in store mode the store's export endpoint builds the same file and the browser downloads it.
 */
import { useState } from 'react';
import type { ExplorerActor, ExplorerEvent, MapEvent, MapPlace } from '@/lib/explorer-data/types';
import type { DetailsStore } from './details-store';
import type { ArticleMeta } from '@/lib/geojson/schema';
import { EXPORT_CONTENT_TYPES, type ExportFormat } from '@/lib/export/format';

const STATUS_MS = 2500; // how long "Link copied" stays
const DOWNLOAD_URL_TTL_MS = 10_000; // keep the blob URL alive while the browser starts the download

export type ToolbarProps = FileExportProps | StoreExportProps;

export interface StoreExportProps {
  /** the URL of the filtered events' file in a format (/api/store/export?…) */
  exportUrl: (format: ExportFormat) => string;
}

export interface FileExportProps {
  events: readonly MapEvent[];
  actors: readonly ExplorerActor[];
  articles: readonly ArticleMeta[];
  /** for the CSV's country column */
  places: ReadonlyMap<string, MapPlace>;
  /** exports need every event's sentence: fetched on the first export */
  details: DetailsStore;
}

export function Toolbar(props: ToolbarProps) {
  const [status, setStatus] = useState('');
  const exportAs = (format: ExportFormat) => {
    if ('exportUrl' in props) download(`events.${format}`, props.exportUrl(format));
    else void exportFile(props, format, setStatus);
  };

  const copyLink = async () => {
    const href = window.location.href;
    try {
      await navigator.clipboard.writeText(href);
      setStatus('Link copied');
    } catch {
      // Clipboard refused (insecure origin, permissions): show the link so it can be copied by hand.
      window.prompt('Copy this link', href);
      setStatus('');
    }
    window.setTimeout(() => setStatus(''), STATUS_MS);
  };

  return (
    <div className="toolbar" role="toolbar" aria-label="Share and export">
      <button type="button" onClick={copyLink}>
        Copy link
      </button>
      <button type="button" onClick={() => exportAs('geojson')}>
        Export GeoJSON
      </button>
      <button type="button" onClick={() => exportAs('csv')}>
        Export CSV
      </button>
      <span className="toolbar-status" role="status" aria-live="polite">
        {status}
      </span>
    </div>
  );
}

/** The file mode's export: the filtered events with their details, as a file built here and downloaded. */
async function exportFile({ events, actors, articles, places, details }: FileExportProps, format: ExportFormat, setStatus: (status: string) => void): Promise<void> {
  const full = await withDetails(events, details, setStatus);
  if (full === null) return;
  let text: string;
  try {
    const { exportText } = await import('./export-text'); // its own chunk, fetched on the first export: see there
    text = exportText(full, format, actors, articles, places);
  } catch {
    setStatus('Export failed: the exporter could not be loaded');
    return;
  }
  const url = URL.createObjectURL(new Blob([text], { type: EXPORT_CONTENT_TYPES[format] }));
  download(`events.${format}`, url);
  window.setTimeout(() => URL.revokeObjectURL(url), DOWNLOAD_URL_TTL_MS);
}

/** The events with their details, fetched once for all events; null (and a status) when that failed. */
async function withDetails(
  events: readonly MapEvent[],
  details: DetailsStore,
  setStatus: (status: string) => void,
): Promise<ExplorerEvent[] | null> {
  try {
    const known = events.every((e) => details.get(e.index)) ? null : await details.all();
    return events.flatMap(({ index, ...e }) => {
      const d = (known ?? details).get(index);
      return d ? [{ ...e, ...d }] : [];
    });
  } catch {
    setStatus('Export failed: the event details could not be loaded');
    return null;
  }
}

function download(fileName: string, url: string): void {
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
}
