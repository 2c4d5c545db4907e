'use client';

import Link from 'next/link';
import { useRef, useState, type FormEvent } from 'react';
import { graphql } from '@/graphql/generated';
import type { Locale } from '@/lib/i18n/messages';
import { accountsText } from '@/lib/i18n/accounts';
import { callApi, fieldError, formErrors, reasonOf, type ApiError } from './api';
import { NewPasswordFields, type PasswordLimits } from './new-password-fields';
import styles from './accounts.module.css';

const AcceptInvitation = graphql(`
  mutation AcceptInvitation($input: AcceptInvitationInput!) {
    acceptInvitation(input: $input) {
      email
    }
  }
`);

/** Sets the invitee's password; then says the account is ready and links to sign-in. */
export function AcceptInvitationForm({ token, locale, limits, signInPath }: { token: string; locale: Locale; limits: PasswordLimits; signInPath: string }) {
  const t = accountsText[locale];
  const [errors, setErrors] = useState<ApiError[]>([]);
  const [pending, setPending] = useState(false);
  const [ready, setReady] = useState<string | null>(null);
  const password = useRef({ value: '', acceptable: false });
  const heading = useRef<HTMLHeadingElement>(null);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!password.current.acceptable) {
      setErrors([{ message: t.passwordMismatch }]);
      return;
    }
    setPending(true);
    const result = await callApi(AcceptInvitation, { input: { token, password: password.current.value } });
    setPending(false);
    if (result.data?.acceptInvitation) {
      setReady(result.data.acceptInvitation.email);
      requestAnimationFrame(() => heading.current?.focus());
      return;
    }
    setErrors(result.errors.length > 0 ? result.errors : [{ message: t.failed }]);
  }

  if (ready) {
    return (
      <div className={styles.status} role="status" data-testid="account-ready">
        <h2 ref={heading} tabIndex={-1}>
          {t.accountReady}
        </h2>
        <p>{t.accountReadyText(ready)}</p>
        <p>
          <Link className="button" href={signInPath}>
            {t.goSignIn}
          </Link>
        </p>
      </div>
    );
  }

  const general = formErrors(errors, ['password']).map((e) => {
    const reason = e.extensions?.field === 'token' ? e.extensions.reason : null;
    return reason === 'EXPIRED' ? t.inviteExpired : reason === 'USED' ? t.inviteUsed : reason === 'INVALID' ? t.inviteInvalid : e.message;
  });
  const policy = reasonOf(errors, 'password');
  const passwordError = policy && policy in t.passwordReason ? t.passwordReason[policy as keyof typeof t.passwordReason] : fieldError(errors, 'password');
  return (
    <form className={styles.form} onSubmit={onSubmit}>
      {general.length > 0 ? (
        <p className="form-error" role="alert">
          {general.join(' ')}
        </p>
      ) : null}
      <NewPasswordFields
        locale={locale}
        limits={limits}
        serverError={passwordError}
        onChange={(value, acceptable) => {
          password.current = { value, acceptable };
        }}
      />
      <button className="button" type="submit" disabled={pending}>
        {pending ? t.saving : t.setPassword}
      </button>
    </form>
  );
}
