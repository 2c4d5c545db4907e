import type { ReactNode } from 'react';
import type { EntityKind } from '@/lib/directory/model';
import { Avatar } from './avatar';
import { EntityLink } from './entity-link';
import styles from './profile.module.css';

/** A responsive grid of entity cards (a <ul>). */
export function CardList({ children }: { children: ReactNode }) {
  return <ul className={styles.cards}>{children}</ul>;
}

export interface EntityCardProps {
  kind: EntityKind;
  slug: string;
  name: string;
  /** Initials beside the name, for people and organizations. */
  avatar?: boolean;
  /** Lines under the name (role, dates, what is shared); empty ones are skipped. */
  meta?: readonly ReactNode[];
}

/** One entity in a CardList: its linked name and a few lines about the link. */
export function EntityCard({ kind, slug, name, avatar = false, meta = [] }: EntityCardProps) {
  const lines = meta.filter((line) => line !== null && line !== undefined && line !== false && line !== '');
  return (
    <li className={styles.card}>
      {avatar && <Avatar name={name} />}
      <div className={styles.cardBody}>
        <div className={styles.cardTitle}>
          <EntityLink kind={kind} slug={slug}>
            {name}
          </EntityLink>
        </div>
        {lines.map((line, i) => (
          <p key={i} className={styles.cardMeta}>
            {line}
          </p>
        ))}
      </div>
    </li>
  );
}

/** A plain list of rows: a main part on the left, a detail (level, date) on the right. */
export function RowList({ children }: { children: ReactNode }) {
  return <ul className={styles.rows}>{children}</ul>;
}

/** One row of a RowList. */
export function Row({ main, detail }: { main: ReactNode; detail?: ReactNode }) {
  return (
    <li className={styles.row}>
      <span className={styles.rowMain}>{main}</span>
      {detail !== undefined && detail !== null && <span>{detail}</span>}
    </li>
  );
}
