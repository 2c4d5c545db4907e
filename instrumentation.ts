/**
 * Runs once when the Next.js server starts: opens the store eagerly, migrates it and
 * seeds the demo community on first start, so the first request does not pay for it and
 * a data folder held by another process stops the server with a clear message instead of
 * failing every request.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  // `next build` also loads this file; the build must not open (and lock) the database.
  if (process.env.NEXT_PHASE === 'phase-production-build') return;
  const { startServerStore } = await import('./lib/server/start');
  await startServerStore();
}
