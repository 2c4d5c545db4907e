import { isDraining, readyStore } from '@/lib/server/ready';

export const dynamic = 'force-dynamic';

const TIMEOUT_MS = 2000;

/**
 * Readiness: the store is open, migrated and answers a ping within 2 s, and the process
 * is not shutting down; otherwise 503 with Retry-After, quickly, so a load balancer can
 * route around a stuck or stopping instance. A failed attempt is not remembered: the
 * next probe tries to open the store again (lib/server/ready.ts).
 */
export async function GET() {
  const headers = { 'cache-control': 'no-store' };
  const unavailable = (status: string) =>
    Response.json({ status }, { status: 503, headers: { ...headers, 'retry-after': '5' } });
  if (isDraining()) return unavailable('shutting-down');
  let timer: NodeJS.Timeout | undefined;
  try {
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error('timed out')), TIMEOUT_MS);
    });
    const check = readyStore().then(async ({ store, migration }) => {
      await store.ping();
      return { engine: store.engine, schemaVersion: migration.version };
    });
    // The losing promise must not become an unhandled rejection.
    check.catch(() => undefined);
    const result = await Promise.race([check, timeout]);
    return Response.json({ status: 'ready', ...result }, { headers });
  } catch {
    return unavailable('unavailable');
  } finally {
    clearTimeout(timer);
  }
}
