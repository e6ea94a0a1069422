/** The export file formats (the toolbar's, `npm run export`'s and /api/store/export's) and their MIME types. */
export type ExportFormat = 'geojson' | 'csv';

/** The MIME type of an export file. */
export const EXPORT_CONTENT_TYPES: Readonly<Record<ExportFormat, string>> = {
  geojson: 'application/geo+json',
  csv: 'text/csv;charset=utf-8',
};
