import type { ReactNode } from 'react';
import { Avatar } from './avatar';
import styles from './profile.module.css';

export interface ProfileHeaderProps {
  /** What the entity is ("Persona", "Corso"): shown above the name. */
  eyebrow: string;
  /** The page's one h1. */
  title: string;
  subtitle?: string | null;
  /** Shows initials beside the name (people and organizations). */
  avatar?: boolean;
  /** Status badges, each a short text. */
  badges?: readonly { key: string; node: ReactNode }[];
  children?: ReactNode;
}

/** The top of a profile: what it is, its name, a line about it and its status. */
export function ProfileHeader({ eyebrow, title, subtitle, avatar = false, badges = [], children }: ProfileHeaderProps) {
  return (
    <header className={styles.header}>
      {avatar && <Avatar name={title} large />}
      <div className={styles.headerText}>
        <p className={styles.eyebrow}>{eyebrow}</p>
        <h1>{title}</h1>
        {subtitle && <p className={styles.subtitle}>{subtitle}</p>}
        {badges.length > 0 && (
          <ul className={styles.badges}>
            {badges.map((b) => (
              <li key={b.key}>{b.node}</li>
            ))}
          </ul>
        )}
        {children}
      </div>
    </header>
  );
}
