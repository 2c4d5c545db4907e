import type { NextRequest } from 'next/server';
import { handleExportRequest } from '@/lib/csv/http';

export const dynamic = 'force-dynamic';

/** Downloads of the whole network: JSON, CSV per kind, CSV templates (staff only). */
export function GET(req: NextRequest) {
  return handleExportRequest(req);
}
