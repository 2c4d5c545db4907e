/**
 * Drives next-auth's real route handler (app/api/auth/[...nextauth]/route.ts) in-process.
 * The handler reads cookies and headers through `next/headers`, which only works inside
 * a Next.js request; test files mock that module with `nextHeadersMock`, which answers
 * from the request being handled (an AsyncLocalStorage, so concurrent calls stay apart).
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { appendFileSync } from 'node:fs';
import { NextRequest } from 'next/server';

const scope = new AsyncLocalStorage<NextRequest>();

/** Stand-in for `next/headers`: `jest.mock('next/headers', () => jest.requireActual('./auth-http').nextHeadersMock)`. */
export const nextHeadersMock = {
  async cookies() {
    const req = scope.getStore();
    return {
      getAll: () => req?.cookies.getAll() ?? [],
      get: (name: string) => req?.cookies.get(name),
      has: (name: string) => req?.cookies.has(name) ?? false,
    };
  },
  async headers() {
    return scope.getStore()?.headers ?? new Headers();
  },
};

/** Runs `work` as if Next.js were handling `req` (for `next/headers` and server components). */
export function withRequest<T>(req: NextRequest, work: () => Promise<T>): Promise<T> {
  return scope.run(req, work);
}

type Handler = (req: NextRequest, context: { params: Promise<{ nextauth: string[] }> }) => Promise<Response>;

/** A browser's cookie jar, enough for next-auth's cookies. */
export class CookieJar {
  readonly values = new Map<string, string>();
  /** Every Set-Cookie line received, newest last. */
  readonly lines: string[] = [];

  take(res: Response): void {
    for (const line of res.headers.getSetCookie()) {
      this.lines.push(line);
      const [pair = ''] = line.split(';');
      const at = pair.indexOf('=');
      const name = pair.slice(0, at).trim();
      const value = pair.slice(at + 1);
      if (/max-age=0|expires=thu, 01 jan 1970/i.test(line) || value === '') this.values.delete(name);
      else this.values.set(name, value);
    }
  }

  header(): string {
    return [...this.values].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  /** The last Set-Cookie line for a cookie name. */
  line(name: string): string | undefined {
    return [...this.lines].reverse().find((l) => l.startsWith(`${name}=`));
  }
}

export interface AuthCall {
  method: 'GET' | 'POST';
  path: string[];
  form?: Record<string, string>;
  search?: Record<string, string>;
  headers?: Record<string, string>;
  jar?: CookieJar;
}

/** Calls the auth route handler like Next.js would, at `origin` (the NEXTAUTH_URL under test). */
export async function callAuth(handlers: { GET: Handler; POST: Handler }, origin: string, call: AuthCall): Promise<Response> {
  const url = new URL(`/api/auth/${call.path.join('/')}`, origin);
  for (const [k, v] of Object.entries(call.search ?? {})) url.searchParams.set(k, v);
  const headers: Record<string, string> = { 'x-forwarded-for': '10.20.30.40', ...call.headers };
  if (call.jar && call.jar.values.size > 0) headers.cookie = call.jar.header();
  let body: string | undefined;
  if (call.form) {
    headers['content-type'] = 'application/x-www-form-urlencoded';
    body = new URLSearchParams(call.form).toString();
  }
  const req = new NextRequest(url, { method: call.method, headers, body });
  const res = await withRequest(req, () => handlers[call.method](req, { params: Promise.resolve({ nextauth: call.path }) }));
  call.jar?.take(res);
  return res;
}

/** Fetches a CSRF token into the jar, as the sign-in page does. */
export async function csrfToken(handlers: { GET: Handler; POST: Handler }, origin: string, jar: CookieJar): Promise<string> {
  const res = await callAuth(handlers, origin, { method: 'GET', path: ['csrf'], jar });
  const body = (await res.json()) as { csrfToken: string };
  return body.csrfToken;
}

/** p-th percentile (0–100) of a list of numbers. */
export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

export function median(values: readonly number[]): number {
  return percentile(values, 50);
}

/**
 * Notes a measured figure for the checklist table (docs/RELIABILITY.md) without printing:
 * appended as a line to the file named by RIZOMA_FIGURES, when that is set.
 */
export function recordFigure(test: number, figure: string): void {
  const file = process.env.RIZOMA_FIGURES;
  if (file) appendFileSync(file, `#${test} ${figure}\n`);
}
