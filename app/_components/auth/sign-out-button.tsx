'use client';

import { signOut } from 'next-auth/react';

/** Signs out (which also revokes the session token on the server) and returns home. */
export function SignOutButton({ label }: { label: string }) {
  return (
    <button type="button" className="link-button" onClick={() => void signOut({ callbackUrl: '/' })}>
      {label}
    </button>
  );
}
