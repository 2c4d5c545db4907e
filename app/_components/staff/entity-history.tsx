import Link from 'next/link';
import type { AuditEntityLabel } from '@/graphql/generated/graphql';
import { currentViewer, runOperation } from '@/graphql/execute';
import { can } from '@/lib/auth/permissions';
import { formatDateTime } from '@/lib/i18n/format';
import { currentLocale } from '@/lib/i18n/locale';
import { mergeAuditText } from '@/lib/i18n/merge-audit';
import { actorName } from '../merge/audit-table';
import { ChangeList } from '../merge/change-list';
import { AUDIT_PATH } from '../merge/kinds';
import { EntityHistoryQuery } from '../merge/operations';
import styles from '../merge/merge.module.css';

/** The labels entity pages pass, as the audit log names them. */
const LABEL: Record<string, AuditEntityLabel> = {
  Person: 'PERSON',
  Organization: 'ORGANIZATION',
  Skill: 'SKILL',
  Sector: 'SECTOR',
  Project: 'PROJECT',
  Event: 'EVENT',
};

export interface EntityHistoryProps {
  /** The entity's node label: Person, Organization, Skill, Sector, Project or Event. */
  label: string;
  id: string;
}

/**
 * An entity's latest recorded changes, for staff only: everyone else gets nothing
 * rendered at all (the API refuses them regardless). Place it at the end of an entity page.
 */
export async function EntityHistory({ label, id }: EntityHistoryProps) {
  const auditLabel = LABEL[label];
  if (!auditLabel || !can(await currentViewer(), 'audit.read')) return null;
  const locale = await currentLocale();
  const t = mergeAuditText[locale];
  const { entityHistory } = await runOperation(EntityHistoryQuery, { label: auditLabel, id });
  const entries = entityHistory.edges.map((e) => e.node);

  return (
    <section className={styles.history} aria-labelledby={`history-${id}`} data-testid="entity-history">
      <h2 id={`history-${id}`}>{t.historyTitle}</h2>
      {entries.length === 0 ? (
        <p className="muted">{t.historyNone}</p>
      ) : (
        <ol className={styles.historyList}>
          {entries.map((entry) => (
            <li key={entry.id}>
              <p>
                <time dateTime={entry.at}>{formatDateTime(entry.at, locale)}</time> · {actorName(entry, locale)} ·{' '}
                <span className={styles.action}>{entry.action}</span>
              </p>
              {entry.note && <p className={styles.note}>{entry.note}</p>}
              <ChangeList changes={entry.changes} locale={locale} />
            </li>
          ))}
        </ol>
      )}
      {entityHistory.totalCount > 0 && (
        <p>
          <Link href={`${AUDIT_PATH}?entita=${encodeURIComponent(id)}`}>{t.historyAll(entityHistory.totalCount)}</Link>
        </p>
      )}
    </section>
  );
}
