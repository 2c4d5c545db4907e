'use client';

import { useSyncExternalStore } from 'react';

const TEXT = {
  it: { title: 'Qualcosa non ha funzionato', body: 'Non siamo riusciti a mostrare questa pagina. Riprova tra poco.', retry: 'Riprova' },
  en: { title: 'Something went wrong', body: 'We could not show this page. Please try again shortly.', retry: 'Try again' },
};

/** The error page of every segment: a readable message, never a stack; the cause is in the server log. */
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  // The page language is on <html lang>; the server render (no document) falls back to Italian.
  const lang = useSyncExternalStore(
    () => () => undefined,
    () => (document.documentElement.lang === 'en' ? 'en' : 'it'),
    () => 'it' as const,
  );
  const t = TEXT[lang];
  return (
    <section role="alert">
      <h1>{t.title}</h1>
      <p>{t.body}</p>
      <button type="button" className="button" onClick={reset}>
        {t.retry}
      </button>
    </section>
  );
}
