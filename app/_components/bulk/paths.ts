import type { Kind } from '@/lib/csv/formats';

/** Addresses of bulk import and export: the pages and the route handlers behind them. */
export const IMPORT_PAGE_PATH = '/staff/importa';
export const EXPORT_PAGE_PATH = '/staff/esporta';
export const IMPORT_API_PATH = '/api/staff/import';

/** A download of the export route handler. */
export function exportHref(format: 'json' | 'csv' | 'template', kind?: Kind): string {
  return `/api/staff/export?format=${format}${kind ? `&kind=${kind}` : ''}`;
}
