import type { NextRequest } from 'next/server';
import { handleImportRequest } from '@/lib/csv/http';

export const dynamic = 'force-dynamic';

/** Bulk import of CSV files: `?mode=preview` plans, `?mode=apply` writes (staff only). */
export function POST(req: NextRequest) {
  return handleImportRequest(req);
}
