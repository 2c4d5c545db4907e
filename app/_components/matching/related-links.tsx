import Link from 'next/link';
import type { MatchingText } from '@/lib/i18n/matching';
import styles from './matching.module.css';

/** The other pages of the area, as a small navigation under the title. */
export function RelatedLinks({ t, links }: { t: MatchingText; links: { href: string; label: string }[] }) {
  return (
    <nav aria-label={t.related.label}>
      <ul className={styles.related}>
        {links.map((l) => (
          <li key={l.href}>
            <Link href={l.href}>{l.label}</Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
