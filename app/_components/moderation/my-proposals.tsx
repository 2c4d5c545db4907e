import Link from 'next/link';
import { formatDateTime } from '@/lib/i18n/format';
import type { Locale } from '@/lib/i18n/messages';
import { moderationText } from '@/lib/i18n/moderation';
import { entityPath } from '@/lib/routes';
import { ItemDetails, type ItemView } from './item-details';
import styles from './moderation.module.css';

const PAGE_KIND = { SKILL: 'Skill', PROJECT: 'Project', ORGANIZATION: 'Organization' } as const;

const TAG = { PENDING: styles.stateTag, APPROVED: styles.approvedTag, REJECTED: styles.rejectedTag } as const;

/** "My proposals": each with its state, the staff's reason when rejected, and its page once approved. */
export function MyProposals({ items, locale }: { items: readonly ItemView[]; locale: Locale }) {
  const t = moderationText[locale];
  if (items.length === 0) return <p className={styles.muted}>{t.mineEmpty}</p>;
  return (
    <ul className={styles.items} data-testid="my-proposals">
      {items.map((item) => {
        const titleId = `mine-${item.id}`;
        const pageKind = item.kind in PAGE_KIND ? PAGE_KIND[item.kind as keyof typeof PAGE_KIND] : null;
        return (
          <li key={item.id}>
            <article aria-labelledby={titleId} className={styles.item}>
              <h3 id={titleId}>{item.name ?? t.kind[item.kind]}</h3>
              <p className={styles.kindTag}>{t.kind[item.kind]}</p>
              <p className={styles.meta}>
                <span className={TAG[item.state]}>{t.state[item.state]}</span>
                {item.proposedAt ? <> · {t.proposedOn(formatDateTime(item.proposedAt, locale))}</> : null}
              </p>
              {item.state === 'REJECTED' && item.reviewNote ? (
                <p>
                  <strong>{t.reason}:</strong> <span className={styles.value}>{item.reviewNote}</span>
                </p>
              ) : null}
              {item.state === 'APPROVED' && pageKind && item.slug ? (
                <p>
                  <Link href={entityPath(pageKind, item.slug)}>{t.viewPage}</Link>
                </p>
              ) : null}
              <ItemDetails item={item} locale={locale} />
            </article>
          </li>
        );
      })}
    </ul>
  );
}
