import { NextRequest } from 'next/server';
import { proxy } from '@/proxy';

/**
 * ../shared/RELIABILITY.md test 70: the security headers proxy.ts puts on every response,
 * for a sample of pages and API routes, in production mode.
 */
const PAGES = ['/', '/persone', '/persone/karim-benali', '/organizzazioni', '/progetti', '/cerca?q=video', '/mappa', '/accedi', '/profilo', '/staff'];
const API = ['/api/graphql', '/api/health/ready', '/api/auth/session', '/api/me/export'];
const savedEnv = process.env.NODE_ENV;

beforeAll(() => {
  Object.assign(process.env, { NODE_ENV: 'production' });
});
afterAll(() => {
  Object.assign(process.env, { NODE_ENV: savedEnv });
});

function headersFor(route: string): Headers {
  return proxy(new NextRequest(`https://rizoma.example${route}`)).headers;
}

/** The CSP directives as name → value. */
function directives(csp: string): Map<string, string> {
  return new Map(csp.split(';').map((d) => d.trim()).filter(Boolean).map((d) => [d.split(/\s+/)[0]!, d.slice(d.indexOf(' ') + 1)]));
}

describe.each([...PAGES, ...API])('#70 %s', (route) => {
  test('#70 CSP with a nonce and without unsafe-inline for scripts; frame-ancestors none; Referrer-Policy', () => {
    const headers = headersFor(route);
    const csp = directives(headers.get('content-security-policy') ?? '');
    const scripts = csp.get('script-src') ?? '';
    expect(scripts).toMatch(/'nonce-[A-Za-z0-9+/=]{16,}'/);
    expect(scripts).not.toContain("'unsafe-inline'");
    expect(scripts).not.toContain("'unsafe-eval'");
    expect(csp.get('frame-ancestors')).toBe("'none'");
    expect(csp.get('object-src')).toBe("'none'");
    expect(headers.get('referrer-policy')).toMatch(/^(no-referrer|same-origin|strict-origin|strict-origin-when-cross-origin)$/);
    expect(headers.get('x-content-type-options')).toBe('nosniff');
  });
});

test('#70 HSTS in production on every sampled route (max-age ≥ 1 year)', () => {
  const missing = [...PAGES, ...API].filter((route) => Number(/max-age=(\d+)/.exec(headersFor(route).get('strict-transport-security') ?? '')?.[1] ?? 0) < 31_536_000);
  expect(missing).toEqual([]);
});

test('#70 every response gets a fresh nonce', () => {
  const nonce = (h: Headers) => /'nonce-([^']+)'/.exec(h.get('content-security-policy') ?? '')?.[1];
  const seen = new Set(Array.from({ length: 20 }, () => nonce(headersFor('/'))));
  expect(seen.size).toBe(20);
});

test('#70 API responses (authenticated GraphQL included) are Cache-Control: no-store', () => {
  for (const route of API) expect(headersFor(route).get('cache-control')).toBe('no-store');
});
