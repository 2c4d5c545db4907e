'use client';

import Link from 'next/link';
import { useId, useRef, useState, type FormEvent } from 'react';
import { graphql } from '@/graphql/generated';
import type { Locale } from '@/lib/i18n/messages';
import { accountsText } from '@/lib/i18n/accounts';
import { callApi, fieldError, formErrors, reasonOf, type ApiError } from './api';
import { NewPasswordFields, type PasswordLimits } from './new-password-fields';
import styles from './accounts.module.css';

const ChangePassword = graphql(`
  mutation ChangePassword($input: ChangePasswordInput!) {
    changePassword(input: $input) {
      signedOut
    }
  }
`);

/**
 * Changes the signed-in account's password. Every session ends with it, this one too,
 * so on success the form says so and links to the sign-in page.
 */
export function ChangePasswordForm({ locale, limits, signInPath }: { locale: Locale; limits: PasswordLimits; signInPath: string }) {
  const t = accountsText[locale];
  const id = useId();
  const [errors, setErrors] = useState<ApiError[]>([]);
  const [pending, setPending] = useState(false);
  const [done, setDone] = useState(false);
  const next = useRef({ value: '', acceptable: false });

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!next.current.acceptable) {
      setErrors([{ message: t.passwordMismatch }]);
      return;
    }
    const currentPassword = String(new FormData(event.currentTarget).get('currentPassword') ?? '');
    setPending(true);
    const result = await callApi(ChangePassword, { input: { currentPassword, newPassword: next.current.value } });
    setPending(false);
    if (result.data?.changePassword.signedOut) {
      setDone(true);
      return;
    }
    setErrors(result.errors.length > 0 ? result.errors : [{ message: t.failed }]);
  }

  if (done) {
    return (
      <div className={styles.status} role="status" data-testid="password-changed">
        <p>{t.passwordChanged}</p>
        <p>
          {/* A full page load: the header must see that the session has ended. */}
          <a className="button" href={signInPath}>
            {t.goSignIn}
          </a>
        </p>
      </div>
    );
  }

  const currentCode = errors.find((e) => e.extensions?.field === 'currentPassword')?.extensions?.code;
  const currentError = currentCode === 'TOO_MANY_REQUESTS' ? t.tooManyAttempts : currentCode ? t.wrongCurrent : null;
  const policy = reasonOf(errors, 'newPassword');
  const newError = policy && policy in t.passwordReason ? t.passwordReason[policy as keyof typeof t.passwordReason] : fieldError(errors, 'newPassword');
  const general = formErrors(errors, ['currentPassword', 'newPassword']);
  return (
    <form className={styles.form} onSubmit={onSubmit}>
      {general.length > 0 ? (
        <p className="form-error" role="alert">
          {general.map((e) => e.message).join(' ')}
        </p>
      ) : null}
      <div className={styles.field}>
        <label htmlFor={`${id}-currentPassword`}>{t.currentPassword}</label>
        <input
          id={`${id}-currentPassword`}
          name="currentPassword"
          type="password"
          autoComplete="current-password"
          required
          maxLength={limits.max}
          aria-invalid={currentError ? true : undefined}
          aria-describedby={currentError ? `${id}-current` : undefined}
        />
        {currentError ? (
          <span id={`${id}-current`} className={styles.bad} role="alert">
            {currentError}
          </span>
        ) : null}
      </div>
      <NewPasswordFields
        locale={locale}
        limits={limits}
        serverError={newError}
        onChange={(value, acceptable) => {
          next.current = { value, acceptable };
        }}
      />
      <button className="button" type="submit" disabled={pending}>
        {pending ? t.saving : t.changePassword}
      </button>
      <Link href="/profilo">{t.backToProfile}</Link>
    </form>
  );
}
