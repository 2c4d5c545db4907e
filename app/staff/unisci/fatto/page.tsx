import type { Metadata } from 'next';
import Link from 'next/link';
import { runOperation } from '@/graphql/execute';
import { currentLocale } from '@/lib/i18n/locale';
import { mergeAuditText } from '@/lib/i18n/merge-audit';
import { ChangeList } from '@/app/_components/merge/change-list';
import { AUDIT_PATH, MERGE_DONE_PATH, MERGE_PATH } from '@/app/_components/merge/kinds';
import { AuditEntryQuery } from '@/app/_components/merge/operations';
import { staffGate } from '@/app/_components/merge/staff-gate';
import styles from '@/app/_components/merge/merge.module.css';

type Props = { searchParams: Promise<{ voce?: string | string[] }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: mergeAuditText[await currentLocale()].doneTitle, robots: { index: false } };
}

/** What a merge did, read back from its audit entry, with a link to the entity that stayed. */
export default async function MergeDonePage({ searchParams }: Props) {
  const raw = (await searchParams).voce;
  const id = (Array.isArray(raw) ? raw[0] : raw)?.trim() ?? '';
  const refused = await staffGate(`${MERGE_DONE_PATH}?voce=${encodeURIComponent(id)}`, 'audit.read');
  if (refused) return refused;
  const locale = await currentLocale();
  const t = mergeAuditText[locale];
  const entry = id ? (await runOperation(AuditEntryQuery, { id })).auditEntry : null;
  const merged = entry?.changes.find((c) => c.field === 'merged.name')?.before ?? '';
  const kept = entry?.entity?.name ?? entry?.entityName ?? '';

  return (
    <>
      <h1>{t.doneTitle}</h1>
      {!entry || !entry.action.endsWith('.merge') ? (
        <p className={styles.alert} role="alert">
          {t.doneMissing}
        </p>
      ) : (
        <>
          <p className={styles.status} role="status" data-testid="merge-done">
            {t.doneText(merged, kept)}
          </p>
          {entry.note && <p className="muted">{entry.note}</p>}
          <ul>
            {entry.entity?.path && (
              <li>
                <Link href={entry.entity.path}>{t.doneOpen(kept)}</Link>
              </li>
            )}
            <li>
              <Link href={`${AUDIT_PATH}?entita=${encodeURIComponent(entry.entityId)}`}>{t.doneLog}</Link>
            </li>
            <li>
              <Link href={MERGE_PATH}>{t.doneAgain}</Link>
            </li>
          </ul>
          <h2>{t.colChanges}</h2>
          <ChangeList changes={entry.changes} locale={locale} limit={200} />
        </>
      )}
    </>
  );
}
