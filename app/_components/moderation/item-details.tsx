import Link from 'next/link';
import { enumText } from '@/lib/i18n/enums';
import { formatDate, formatDateTime } from '@/lib/i18n/format';
import type { Locale } from '@/lib/i18n/messages';
import { moderationText } from '@/lib/i18n/moderation';
import { entityPath } from '@/lib/routes';
import styles from './moderation.module.css';

export type ModerationKindName = 'SKILL' | 'PROJECT' | 'ORGANIZATION' | 'MEMBERSHIP' | 'CONTRIBUTION' | 'COLLABORATION';

interface EndView {
  kind: 'PERSON' | 'ORGANIZATION' | 'PROJECT';
  name?: string | null;
  slug?: string | null;
  isPublic: boolean;
}

/** What the queue and "my proposals" show of one item (a subset of the API's ModerationItem). */
export interface ItemView {
  id: string;
  kind: ModerationKindName;
  state: 'PENDING' | 'APPROVED' | 'REJECTED';
  version: number;
  name?: string | null;
  slug?: string | null;
  proposedAt?: string | null;
  proposer?: { name?: string | null; slug?: string | null } | null;
  reviewNote?: string | null;
  fields: readonly { key: string; value: string }[];
  from?: EndView | null;
  to?: EndView | null;
  payload: readonly { key: string; value: string }[];
}

const END_PATH_KIND = { PERSON: 'Person', ORGANIZATION: 'Organization', PROJECT: 'Project' } as const;

/** A field's value as people read it: enum names translated, dates written out. */
function readable(key: string, value: string, locale: Locale): string {
  const e = enumText[locale];
  if (key === 'status' && value in e.projectStatus) return e.projectStatus[value as keyof typeof e.projectStatus];
  if (key === 'kind' && value in e.organizationKind) return e.organizationKind[value as keyof typeof e.organizationKind];
  if (key === 'since' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return formatDate(value, locale);
  return value;
}

function End({ end, locale }: { end: EndView; locale: Locale }) {
  const t = moderationText[locale];
  const name = end.name ?? '?';
  if (end.isPublic && end.slug) return <Link href={entityPath(END_PATH_KIND[end.kind], end.slug)}>{name}</Link>;
  return (
    <>
      {name} <span className={styles.muted}>{t.notPublic}</span>
    </>
  );
}

/** Who proposed an item and when. */
export function ProposedBy({ item, locale }: { item: ItemView; locale: Locale }) {
  const t = moderationText[locale];
  const when = item.proposedAt ? formatDateTime(item.proposedAt, locale) : '';
  if (!item.proposer) return <p className={styles.meta}>{t.proposedOn(when)}</p>;
  const name = item.proposer.name ?? t.unknownPerson;
  return <p className={styles.meta}>{t.proposedBy(name, when)}</p>;
}

/** The proposed fields, the two ends and the payload of an item, as a description list. */
export function ItemDetails({ item, locale }: { item: ItemView; locale: Locale }) {
  const t = moderationText[locale];
  const rows = [...item.fields, ...item.payload];
  return (
    <dl className={styles.details}>
      {item.from ? (
        <div>
          <dt>{t.from}</dt>
          <dd>
            <End end={item.from} locale={locale} />
          </dd>
        </div>
      ) : null}
      {item.to ? (
        <div>
          <dt>{t.to}</dt>
          <dd>
            <End end={item.to} locale={locale} />
          </dd>
        </div>
      ) : null}
      {rows.map((f) => (
        <div key={f.key}>
          <dt>{t.field[f.key] ?? f.key}</dt>
          <dd className={styles.value}>{readable(f.key, f.value, locale)}</dd>
        </div>
      ))}
    </dl>
  );
}
