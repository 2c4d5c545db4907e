import { readyStore } from '@/lib/server/ready';

export const dynamic = 'force-dynamic';

const TIMEOUT_MS = 2000;

/**
 * Readiness: the store is open, migrated and answers a ping within 2 s; otherwise 503
 * with Retry-After, quickly, so a load balancer can route around a stuck instance.
 */
export async function GET() {
  const headers = { 'cache-control': 'no-store' };
  let timer: NodeJS.Timeout | undefined;
  try {
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error('timed out')), TIMEOUT_MS);
    });
    const check = readyStore().then(async ({ store, migration }) => {
      await store.ping();
      return { engine: store.engine, schemaVersion: migration.version };
    });
    const result = await Promise.race([check, timeout]);
    return Response.json({ status: 'ready', ...result }, { headers });
  } catch {
    return Response.json({ status: 'unavailable' }, { status: 503, headers: { ...headers, 'retry-after': '5' } });
  } finally {
    clearTimeout(timer);
  }
}
