import Link from 'next/link';
import type { AuditEntryFieldsFragment } from '@/graphql/generated/graphql';
import { formatDateTime } from '@/lib/i18n/format';
import type { Locale } from '@/lib/i18n/messages';
import { mergeAuditText } from '@/lib/i18n/merge-audit';
import { ChangeList } from './change-list';
import { AUDIT_PATH } from './kinds';
import styles from './merge.module.css';

/** Who made a change, as the log shows it. */
export function actorName(entry: AuditEntryFieldsFragment, locale: Locale): string {
  if (!entry.actor) return mergeAuditText[locale].system;
  return entry.actor.name ?? entry.actor.email ?? entry.actor.accountId;
}

/** The entity an entry is about: its page when public, otherwise its name (or that it is gone). */
export function EntityCell({ entry, locale, filterLink = true }: { entry: AuditEntryFieldsFragment; locale: Locale; filterLink?: boolean }) {
  const t = mergeAuditText[locale];
  const name = entry.entity?.name ?? entry.entityName ?? entry.entityId;
  return (
    <>
      {t.labels[entry.entityLabel] ?? entry.entityLabel}:{' '}
      {entry.entity?.path ? <Link href={entry.entity.path}>{name}</Link> : <span>{name}</span>}
      {!entry.entity && <span className="muted"> {t.gone}</span>}
      {filterLink && (
        <>
          {' '}
          (<Link href={`${AUDIT_PATH}?entita=${encodeURIComponent(entry.entityId)}`}>{t.onlyThis}</Link>)
        </>
      )}
    </>
  );
}

/** Audit entries as a table: when, who, what, before → after. */
export function AuditTable({ entries, locale }: { entries: readonly AuditEntryFieldsFragment[]; locale: Locale }) {
  const t = mergeAuditText[locale];
  return (
    <div className={styles.tableWrap}>
      <table className={styles.table} data-testid="audit-table">
        <caption>{t.tableCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.colWhen}</th>
            <th scope="col">{t.colWho}</th>
            <th scope="col">{t.colWhat}</th>
            <th scope="col">{t.colChanges}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <tr key={entry.id}>
              <td>
                <time dateTime={entry.at}>{formatDateTime(entry.at, locale)}</time>
              </td>
              <td>{actorName(entry, locale)}</td>
              <td>
                <span className={styles.action}>{entry.action}</span>
                <br />
                <EntityCell entry={entry} locale={locale} />
                {entry.note && <p className={styles.note}>{entry.note}</p>}
              </td>
              <td>
                <ChangeList changes={entry.changes} locale={locale} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
