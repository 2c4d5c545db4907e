import { NextResponse, type NextRequest } from 'next/server';

/**
 * Security headers on every response (Next.js 16's proxy runs before each request).
 * Pages get a Content-Security-Policy with a fresh nonce: Next.js reads it from the
 * request's CSP header and puts it on its own scripts, so nothing else may run. Styles
 * allow inline attributes (React `style={…}`); the map's layout runs in a blob: worker.
 * Authorization is never decided here: the API and the pages check it themselves.
 */
export function proxy(request: NextRequest) {
  const nonce = Buffer.from(crypto.randomUUID()).toString('base64');
  const dev = process.env.NODE_ENV === 'development';
  const csp = [
    `default-src 'self'`,
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? ` 'unsafe-eval'` : ''}`,
    `style-src 'self' 'unsafe-inline'`,
    `img-src 'self' data: blob:`,
    `font-src 'self'`,
    `connect-src 'self'`,
    `worker-src 'self' blob:`,
    `object-src 'none'`,
    `base-uri 'self'`,
    `form-action 'self'`,
    `frame-ancestors 'none'`,
  ].join('; ');

  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('x-nonce', nonce);
  requestHeaders.set('content-security-policy', csp);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set('content-security-policy', csp);
  response.headers.set('x-frame-options', 'DENY');
  response.headers.set('x-content-type-options', 'nosniff');
  response.headers.set('referrer-policy', 'strict-origin-when-cross-origin');
  response.headers.set('permissions-policy', 'camera=(), microphone=(), geolocation=(), payment=()');
  response.headers.set('cross-origin-opener-policy', 'same-origin');
  // Browsers keep to HTTPS for two years once they have seen the site over HTTPS (ignored
  // over plain HTTP, so local `npm start` is unaffected).
  if (process.env.NODE_ENV === 'production') response.headers.set('strict-transport-security', 'max-age=63072000; includeSubDomains');
  // API answers may hold a signed-in person's data: never cached by browsers or proxies.
  if (request.nextUrl.pathname.startsWith('/api/')) response.headers.set('cache-control', 'no-store');
  return response;
}

export const config = {
  // Static build files need no policy of their own (they are not documents).
  matcher: [{ source: '/((?!_next/static|_next/image|favicon.ico|icon.svg).*)' }],
};
