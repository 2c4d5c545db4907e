import 'server-only';
import { cookies } from 'next/headers';
import { DEFAULT_LOCALE, isLocale, messages, type Locale } from './messages';

export const LOCALE_COOKIE = 'rizoma-lang';

/** The viewer's language: the cookie set by the language switch, Italian by default. */
export async function currentLocale(): Promise<Locale> {
  const value = (await cookies()).get(LOCALE_COOKIE)?.value;
  return isLocale(value) ? value : DEFAULT_LOCALE;
}

/** The interface texts in the viewer's language. */
export async function currentMessages() {
  const locale = await currentLocale();
  return { locale, t: messages[locale] };
}
