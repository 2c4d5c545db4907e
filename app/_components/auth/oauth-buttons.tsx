'use client';

import { signIn } from 'next-auth/react';

/** One button per OAuth provider switched on by the environment. */
export function OAuthButtons({ providers, label, returnTo }: { providers: { id: string; label: string }[]; label: string; returnTo: string }) {
  if (providers.length === 0) return null;
  return (
    <section aria-label={label} className="oauth-buttons">
      <p>{label}</p>
      {providers.map((p) => (
        <button key={p.id} type="button" className="button secondary" onClick={() => void signIn(p.id, { callbackUrl: returnTo })}>
          {p.label}
        </button>
      ))}
    </section>
  );
}
