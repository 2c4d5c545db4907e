import type { ReactNode } from 'react';
import styles from './profile.module.css';

export type BadgeTone = 'positive' | 'caution' | 'neutral';

/** A short status in words (never colour alone). */
export function Badge({ tone, children }: { tone: BadgeTone; children: ReactNode }) {
  return <span className={`${styles.badge} ${styles[tone]}`}>{children}</span>;
}
