import type { NextRequest } from 'next/server';
import { authorize, type Action } from '../auth/permissions';
import { viewerFromRequest } from '../auth/session';
import type { Viewer } from '../auth/viewer';
import { DomainError } from '../errors';
import { StoreError } from '../graph/errors';
import type { GraphStore } from '../graph/store';
import { logger } from '../log';
import { readyStore } from '../server/ready';
import { exportCsv, exportJson, templateCsv } from './export';
import { fileNameOf, KINDS, type Kind } from './formats';
import { applyImport, previewImport } from './import';
import { CsvFileError, parseCsvFiles } from './parse';
import { readCsvUpload, UploadError } from './upload';

/**
 * The plain-HTTP side of bulk import and export (uploads and downloads do not fit
 * GraphQL well). Every answer that is not a download is JSON: `{ error: { code, message } }`
 * on failure, with the status a client can act on.
 */

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' },
  });
}

function failure(status: number, code: string, message: string): Response {
  return json(status, { error: { code, message } });
}

function domainFailure(error: DomainError): Response {
  const status = error.code === 'UNAUTHENTICATED' ? 401 : error.code === 'FORBIDDEN' ? 403 : 400;
  return failure(status, error.code, error.message);
}

/** The store and the checked viewer, or the response that refuses the request. */
async function guard(req: NextRequest, action: Action): Promise<{ store: GraphStore; viewer: Viewer } | Response> {
  let store: GraphStore;
  try {
    ({ store } = await readyStore());
  } catch (error) {
    logger.warn({ error }, 'store not ready for a staff transfer');
    return failure(503, 'SERVICE_UNAVAILABLE', 'The community database is not reachable right now. Please try again shortly.');
  }
  const viewer = await viewerFromRequest(store, { cookies: req.cookies, headers: req.headers });
  try {
    authorize(viewer, action);
  } catch (error) {
    if (error instanceof DomainError) return domainFailure(error);
    throw error;
  }
  return { store, viewer };
}

function unexpected(error: unknown, what: string, outcome: string): Response {
  if (error instanceof StoreError) {
    logger.warn({ error }, `${what}: store error`);
    return failure(503, 'SERVICE_UNAVAILABLE', 'The community database is not reachable right now. Please try again shortly.');
  }
  logger.error({ error }, `${what} failed`);
  return failure(500, 'INTERNAL_SERVER_ERROR', `Something went wrong on our side; ${outcome}`);
}

/** `POST /api/staff/import?mode=preview|apply` with a multipart form of CSV files. */
export async function handleImportRequest(req: NextRequest): Promise<Response> {
  const mode = req.nextUrl.searchParams.get('mode') ?? 'preview';
  if (mode !== 'preview' && mode !== 'apply') return failure(400, 'BAD_REQUEST', 'mode must be preview or apply.');
  // A cross-site form may carry the staff cookie; an import is never started from elsewhere.
  if (req.headers.get('sec-fetch-site') === 'cross-site') return failure(403, 'FORBIDDEN', 'Imports are accepted from this site only.');
  const checked = await guard(req, 'network.import');
  if (checked instanceof Response) return checked;
  try {
    const files = parseCsvFiles(await readCsvUpload(req));
    if (mode === 'preview') return json(200, { mode, report: await previewImport(checked.store, checked.viewer, files) });
    const result = await applyImport(checked.store, checked.viewer, files);
    if (!result.applied) {
      return json(422, {
        mode,
        applied: false,
        report: result.report,
        error: { code: 'ROWS_REJECTED', message: `${result.report.counts.REJECT} rows are rejected; nothing was imported.` },
      });
    }
    return json(200, { mode, applied: true, importId: result.importId, written: result.written, report: result.report });
  } catch (error) {
    if (error instanceof UploadError) return failure(error.status, error.code, error.message);
    if (error instanceof CsvFileError) return failure(400, 'BAD_CSV', error.message);
    if (error instanceof DomainError) return domainFailure(error);
    return unexpected(error, 'CSV import', 'nothing was imported.');
  }
}

function isKind(value: string | null): value is Kind {
  return value !== null && (KINDS as readonly string[]).includes(value);
}

function download(body: string, type: string, fileName: string): Response {
  return new Response(body, {
    status: 200,
    headers: {
      'content-type': type,
      'content-disposition': `attachment; filename="${fileName}"`,
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
    },
  });
}

/** Excel reads a CSV as UTF-8 only when it starts with a byte-order mark; import skips it. */
const BOM = '\uFEFF';

/** `GET /api/staff/export?format=json`, `?format=csv&kind=people` or `?format=template&kind=people`. */
export async function handleExportRequest(req: NextRequest): Promise<Response> {
  const params = req.nextUrl.searchParams;
  const format = params.get('format') ?? 'json';
  const kind = params.get('kind');
  if (format !== 'json' && format !== 'csv' && format !== 'template') {
    return failure(400, 'BAD_REQUEST', 'format must be json, csv or template.');
  }
  if (format !== 'json' && !isKind(kind)) return failure(400, 'BAD_REQUEST', `kind must be one of ${KINDS.join(', ')}.`);
  const checked = await guard(req, 'network.export');
  if (checked instanceof Response) return checked;
  const day = new Date().toISOString().slice(0, 10);
  try {
    if (format === 'json') {
      const dump = await exportJson(checked.store, checked.viewer);
      return download(`${JSON.stringify(dump, null, 1)}\n`, 'application/json; charset=utf-8', `rizoma-${day}.json`);
    }
    const k = kind as Kind;
    if (format === 'template') return download(BOM + templateCsv(k), 'text/csv; charset=utf-8', fileNameOf(k));
    return download(BOM + (await exportCsv(checked.store, checked.viewer, k)), 'text/csv; charset=utf-8', `rizoma-${k}-${day}.csv`);
  } catch (error) {
    if (error instanceof DomainError) return domainFailure(error);
    return unexpected(error, 'export', 'please try again.');
  }
}
