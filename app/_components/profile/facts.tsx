import { Fragment, type ReactNode } from 'react';
import styles from './profile.module.css';

export interface Fact {
  term: string;
  value: ReactNode;
}

/** Key facts of an entity as a description list; facts without a value are left out. */
export function FactList({ facts }: { facts: readonly (Fact | null | false)[] }) {
  const shown = facts.filter((f): f is Fact => f !== null && f !== false && f.value !== null && f.value !== undefined);
  if (shown.length === 0) return null;
  return (
    <dl className={styles.facts}>
      {shown.map((f) => (
        <Fragment key={f.term}>
          <dt>{f.term}</dt>
          <dd>{f.value}</dd>
        </Fragment>
      ))}
    </dl>
  );
}
