import Link from 'next/link';
import type { EntityKind } from '@/lib/directory/model';
import type { MatchingText } from '@/lib/i18n/matching';
import { entityPath } from '@/lib/routes';
import styles from './matching.module.css';

export interface PathStep {
  __typename: EntityKind;
  id: string;
  slug: string;
  name: string;
}

/**
 * A chain of entities, each a link to its profile, in order. `compact` draws it on one
 * line with arrows (inside a result card); otherwise as a numbered vertical list. When
 * `youFirst` is set the first step is the viewer and says so.
 */
export function EntityPath({ steps, t, compact = false, youFirst = false, label }: {
  steps: readonly PathStep[];
  t: MatchingText;
  compact?: boolean;
  youFirst?: boolean;
  label: string;
}) {
  return (
    <ol className={compact ? styles.path : styles.pathLong} aria-label={label}>
      {steps.map((step, i) => (
        <li key={`${step.id}-${i}`}>
          <Link href={entityPath(step.__typename, step.slug)}>{youFirst && i === 0 ? `${t.search.you} (${step.name})` : step.name}</Link>
          <span className={styles.stepKind}>{t.entityKind[step.__typename]}</span>
        </li>
      ))}
    </ol>
  );
}
