'use client';

import { useState, type FormEvent } from 'react';
import { signIn } from 'next-auth/react';

export interface SignInFormText {
  email: string;
  password: string;
  submit: string;
  submitting: string;
  invalid: string;
  tooMany: string;
  failed: string;
}

/**
 * Email and password sign-in through next-auth's credentials endpoint (it adds the CSRF
 * token). On success the whole page reloads at `returnTo`, so the header and every
 * server-rendered part see the new session.
 */
export function SignInForm({ text, returnTo, initialError }: { text: SignInFormText; returnTo: string; initialError: string | null }) {
  const [error, setError] = useState<string | null>(initialError);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError(null);
    try {
      const result = await signIn('credentials', {
        email: String(form.get('email') ?? ''),
        password: String(form.get('password') ?? ''),
        redirect: false,
      });
      if (result?.ok && !result.error) {
        window.location.assign(returnTo);
        return;
      }
      setError(result?.status === 429 ? text.tooMany : result?.error === 'CredentialsSignin' ? text.invalid : text.failed);
    } catch {
      setError(text.failed);
    }
    setPending(false);
  }

  return (
    <form className="auth-form" onSubmit={onSubmit} noValidate={false}>
      {error ? (
        <p className="form-error" role="alert" data-testid="sign-in-error">
          {error}
        </p>
      ) : null}
      <label>
        {text.email}
        <input name="email" type="email" autoComplete="username" required maxLength={254} />
      </label>
      <label>
        {text.password}
        <input name="password" type="password" autoComplete="current-password" required maxLength={128} />
      </label>
      <button className="button" type="submit" disabled={pending}>
        {pending ? text.submitting : text.submit}
      </button>
    </form>
  );
}
