import type { NextRequest } from 'next/server';
import { viewerFromRequest } from '@/lib/auth/session';
import { DomainError } from '@/lib/errors';
import { exportMyData } from '@/lib/self-service/export';
import { readyStore } from '@/lib/server/ready';

export const dynamic = 'force-dynamic';

const PRIVATE = { 'cache-control': 'no-store' };

/** GET /api/me/export: the signed-in member's own data as a JSON download; 401 for visitors. */
export async function GET(req: NextRequest): Promise<Response> {
  const { store } = await readyStore();
  const viewer = await viewerFromRequest(store, { cookies: req.cookies, headers: req.headers });
  try {
    const data = await exportMyData(store, viewer);
    const day = data.exportedAt.slice(0, 10);
    return new Response(JSON.stringify(data, null, 2), {
      headers: {
        ...PRIVATE,
        'content-type': 'application/json; charset=utf-8',
        'content-disposition': `attachment; filename="rizoma-dati-${day}.json"`,
      },
    });
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    const status = error.code === 'UNAUTHENTICATED' ? 401 : error.code === 'FORBIDDEN' ? 403 : error.code === 'NOT_FOUND' ? 404 : 400;
    return Response.json({ error: { code: error.code, message: error.message } }, { status, headers: PRIVATE });
  }
}
