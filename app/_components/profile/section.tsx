import type { ReactNode } from 'react';
import styles from './profile.module.css';

export interface ProfileSectionProps {
  /** Unique on the page; the heading gets `${id}-heading`. */
  id: string;
  title: string;
  intro?: string;
  children: ReactNode;
}

/** A titled part of a profile, announced by its heading (aria-labelledby). */
export function ProfileSection({ id, title, intro, children }: ProfileSectionProps) {
  const headingId = `${id}-heading`;
  return (
    <section id={id} aria-labelledby={headingId} className={styles.section}>
      <h2 id={headingId}>{title}</h2>
      {intro && <p className={styles.intro}>{intro}</p>}
      {children}
    </section>
  );
}

/** Says that a list is empty, where the absence itself is worth knowing. */
export function EmptyNote({ children }: { children: ReactNode }) {
  return <p className={styles.empty}>{children}</p>;
}

/** Running text kept with its paragraphs (stored descriptions carry line breaks). */
export function Prose({ text, empty }: { text: string | null | undefined; empty: string }) {
  return text ? <p className={styles.prose}>{text}</p> : <EmptyNote>{empty}</EmptyNote>;
}
