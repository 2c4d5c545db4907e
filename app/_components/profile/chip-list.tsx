import type { ReactNode } from 'react';
import styles from './profile.module.css';

export interface Chip {
  key: string;
  /** The chip's main content, usually an EntityLink. */
  label: ReactNode;
  /** A short detail after the label (a level, a role). */
  detail?: ReactNode;
}

/** A wrapping list of small tags. */
export function ChipList({ items }: { items: readonly Chip[] }) {
  return (
    <ul className={styles.chips}>
      {items.map((item) => (
        <li key={item.key} className={styles.chip}>
          {item.label}
          {item.detail !== undefined && <span className={styles.chipDetail}>{item.detail}</span>}
        </li>
      ))}
    </ul>
  );
}
