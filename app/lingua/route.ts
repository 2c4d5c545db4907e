import type { NextRequest } from 'next/server';
import { isLocale } from '@/lib/i18n/messages';
import { LOCALE_COOKIE } from '@/lib/i18n/locale';

const ONE_YEAR = 60 * 60 * 24 * 365;

/** The page the visitor came from, as a same-site path, from the Referer header. */
function cameFrom(req: NextRequest): string | null {
  const referer = req.headers.get('referer');
  if (!referer) return null;
  try {
    const url = new URL(referer);
    return url.host === req.headers.get('host') ? `${url.pathname}${url.search}` : null;
  } catch {
    return null;
  }
}

/**
 * Sets the interface language (`/lingua?lang=en`) and returns to the page the visitor
 * was on (the `next` parameter, else the Referer, else the home page).
 */
export function GET(req: NextRequest) {
  const lang = req.nextUrl.searchParams.get('lang');
  const next = req.nextUrl.searchParams.get('next') ?? cameFrom(req) ?? '/';
  // Only same-site paths: an absolute URL here would make this an open redirect.
  const target = next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/\\') ? next : '/';
  // A relative Location keeps the browser on the host it asked (behind a proxy, or on
  // 127.0.0.1 versus localhost), so the cookie set here comes back with the next request.
  const headers = new Headers({ location: target, 'cache-control': 'no-store' });
  if (isLocale(lang)) {
    headers.append('set-cookie', `${LOCALE_COOKIE}=${lang}; Path=/; Max-Age=${ONE_YEAR}; SameSite=Lax`);
  }
  return new Response(null, { status: 303, headers });
}
