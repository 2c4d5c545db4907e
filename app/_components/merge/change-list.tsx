import type { Locale } from '@/lib/i18n/messages';
import { mergeAuditText } from '@/lib/i18n/merge-audit';
import styles from './merge.module.css';

interface Change {
  field: string;
  before?: string | null;
  after?: string | null;
}

const MAX_SHOWN = 8;
const MAX_VALUE = 160;

function clip(value: string): string {
  return value.length > MAX_VALUE ? `${value.slice(0, MAX_VALUE)}…` : value;
}

/** An audit entry's changed fields as "field: before → after", long values clipped. */
export function ChangeList({ changes, locale, limit = MAX_SHOWN }: { changes: readonly Change[]; locale: Locale; limit?: number }) {
  const t = mergeAuditText[locale];
  if (changes.length === 0) return <span className="muted">{t.noChanges}</span>;
  const shown = changes.slice(0, limit);
  return (
    <ul className={styles.changes}>
      {shown.map((c) => (
        <li key={c.field}>
          <code>{c.field}</code>:{' '}
          {c.before !== null && c.before !== undefined ? <span className={styles.before}>{clip(c.before)}</span> : <span>{t.empty}</span>}
          {' → '}
          {c.after !== null && c.after !== undefined ? <span className={styles.after}>{clip(c.after)}</span> : <span>{t.empty}</span>}
        </li>
      ))}
      {changes.length > limit && <li className="muted">{t.more(changes.length - limit)}</li>}
    </ul>
  );
}
