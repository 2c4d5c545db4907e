/**
 * The client's address, for sign-in throttling. Next.js sets X-Forwarded-For to the
 * socket's address when the request has none; behind a reverse proxy, the proxy must
 * overwrite the header with the real client address (README, "Deploying"), or clients
 * could choose their own.
 */
export function clientAddress(headers: Headers | Record<string, string | string[] | undefined>): string {
  const raw = headers instanceof Headers ? headers.get('x-forwarded-for') : headers['x-forwarded-for'];
  const value = Array.isArray(raw) ? raw[0] : raw;
  const first = value?.split(',')[0]?.trim();
  return first || 'unknown';
}
