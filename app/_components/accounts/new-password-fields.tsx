'use client';

import { useId, useState } from 'react';
import type { Locale } from '@/lib/i18n/messages';
import { accountsText } from '@/lib/i18n/accounts';
import styles from './accounts.module.css';

export interface PasswordLimits {
  min: number;
  max: number;
}

/**
 * A new password and its confirmation, with live feedback on the length and on whether
 * they match. The server checks the rest (common passwords) and its error, if any, is
 * shown under the first field.
 */
export function NewPasswordFields({
  locale,
  limits,
  serverError,
  onChange,
}: {
  locale: Locale;
  limits: PasswordLimits;
  serverError: string | null;
  onChange: (password: string, acceptable: boolean) => void;
}) {
  const t = accountsText[locale];
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const id = useId();
  const length = [...password].length;
  const tooLong = length > limits.max;
  const longEnough = length >= limits.min;
  const matches = password === repeat;
  const update = (next: string, nextRepeat: string) => {
    const n = [...next].length;
    onChange(next, n >= limits.min && n <= limits.max && next === nextRepeat);
  };
  return (
    <>
      <div className={styles.field}>
        <label htmlFor={`${id}-new`}>{t.newPassword}</label>
        <input
          id={`${id}-new`}
          name="newPassword"
          type="password"
          autoComplete="new-password"
          required
          minLength={limits.min}
          maxLength={limits.max}
          value={password}
          aria-invalid={serverError ? true : undefined}
          aria-describedby={`${id}-rule ${id}-count${serverError ? ` ${id}-error` : ''}`}
          onChange={(e) => {
            setPassword(e.target.value);
            update(e.target.value, repeat);
          }}
        />
        <span id={`${id}-rule`} className={styles.hint}>
          {t.passwordRule(limits.min, limits.max)}
        </span>
        <span id={`${id}-count`} className={tooLong || (length > 0 && !longEnough) ? styles.bad : longEnough ? styles.ok : styles.hint} aria-live="polite">
          {tooLong ? t.passwordTooLong(limits.max) : length > 0 ? t.passwordCount(length, limits.min) : ''}
        </span>
        {serverError ? (
          <span id={`${id}-error`} className={styles.bad} role="alert">
            {serverError}
          </span>
        ) : null}
      </div>
      <div className={styles.field}>
        <label htmlFor={`${id}-repeat`}>{t.repeatPassword}</label>
        <input
          id={`${id}-repeat`}
          name="repeatPassword"
          type="password"
          autoComplete="new-password"
          required
          maxLength={limits.max}
          value={repeat}
          aria-invalid={repeat.length > 0 && !matches ? true : undefined}
          aria-describedby={`${id}-match`}
          onChange={(e) => {
            setRepeat(e.target.value);
            update(password, e.target.value);
          }}
        />
        <span id={`${id}-match`} className={repeat.length > 0 && !matches ? styles.bad : styles.ok} aria-live="polite">
          {repeat.length === 0 ? '' : matches ? t.passwordMatch : t.passwordMismatch}
        </span>
      </div>
    </>
  );
}
