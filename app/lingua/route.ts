import { NextResponse, type NextRequest } from 'next/server';
import { isLocale } from '@/lib/i18n/messages';
import { LOCALE_COOKIE } from '@/lib/i18n/locale';

/** Sets the interface language (`/lingua?lang=en&next=/`) and returns to the page. */
export function GET(req: NextRequest) {
  const lang = req.nextUrl.searchParams.get('lang');
  const next = req.nextUrl.searchParams.get('next') ?? '/';
  // Only same-site paths: an absolute URL here would make this an open redirect.
  const target = next.startsWith('/') && !next.startsWith('//') ? next : '/';
  const response = NextResponse.redirect(new URL(target, req.nextUrl.origin), 303);
  if (isLocale(lang)) {
    response.cookies.set(LOCALE_COOKIE, lang, { path: '/', sameSite: 'lax', maxAge: 60 * 60 * 24 * 365 });
  }
  return response;
}
