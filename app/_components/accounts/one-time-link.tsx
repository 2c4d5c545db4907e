'use client';

import { useId, useState } from 'react';
import type { Locale } from '@/lib/i18n/messages';
import { accountsText } from '@/lib/i18n/accounts';
import styles from './accounts.module.css';

/** The invitation link, shown once, in a read-only field with a copy button. */
export function OneTimeLink({ link, locale }: { link: string; locale: Locale }) {
  const t = accountsText[locale];
  const id = useId();
  const [copied, setCopied] = useState(false);
  return (
    <div className={styles.field}>
      <label htmlFor={`${id}-link`}>{t.inviteLinkLabel}</label>
      <div className={styles.linkBox}>
        <input id={`${id}-link`} readOnly value={link} data-testid="invitation-link" aria-describedby={`${id}-hint`} onFocus={(e) => e.currentTarget.select()} />
        <button
          type="button"
          className="button"
          onClick={() => {
            void navigator.clipboard?.writeText(link).then(() => setCopied(true), () => setCopied(false));
          }}
        >
          {t.copy}
        </button>
      </div>
      <span id={`${id}-hint`} className={styles.hint}>
        {t.inviteLinkHint}
      </span>
      <span className={styles.ok} aria-live="polite">
        {copied ? t.copied : ''}
      </span>
    </div>
  );
}
