import Link from 'next/link';
import { graphql } from '@/graphql/generated';
import type { CollaboratorMatchCardFragment } from '@/graphql/generated/graphql';
import type { Locale } from '@/lib/i18n/messages';
import type { MatchingText } from '@/lib/i18n/matching';
import { entityPath } from '@/lib/routes';
import { LevelMeter } from '../profile/level-meter';
import { localName } from '../profile/localized';
import { EntityPath } from './entity-path';
import styles from './matching.module.css';

/** What a result card shows; spread into every operation that lists matches. */
export const CollaboratorMatchCard = graphql(`
  fragment CollaboratorMatchCard on CollaboratorMatch {
    score
    endorsements
    person {
      id
      slug
      name
      headline
      availability
    }
    breakdown {
      coverage
      level
      partial
      endorsements
      availability
      closeness
    }
    matchedSkills {
      level
      endorsements
      skill {
        id
        slug
        name
        nameEn
      }
    }
    partialMatches {
      relation
      level
      wanted {
        id
        slug
        name
        nameEn
      }
      via {
        id
        slug
        name
        nameEn
      }
    }
    path {
      __typename
      id
      slug
      name
    }
  }
`);

type Match = CollaboratorMatchCardFragment;
const TERMS = ['coverage', 'level', 'partial', 'endorsements', 'availability', 'closeness'] as const;

function formatScore(n: number, locale: Locale): string {
  return n.toLocaleString(locale === 'it' ? 'it-IT' : 'en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}

/**
 * Ranked people, each with the reasons for its place ("Perché"): the skills matched with
 * level and endorsements, partial matches and through which skill, the score's terms as
 * small bars, and the path from the viewer when there is one. `headingLevel` keeps the
 * outline right wherever the list sits.
 */
export function CollaboratorResults({ matches, locale, t, headingLevel = 3 }: {
  matches: readonly Match[];
  locale: Locale;
  t: MatchingText;
  headingLevel?: 3 | 4;
}) {
  // Bars share one scale across the list, so cards compare at a glance.
  const scale = Math.max(...matches.map((m) => m.score), 0.0001);
  const Title = headingLevel === 3 ? 'h3' : 'h4';
  const Sub = headingLevel === 3 ? 'h4' : 'h5';
  return (
    <ol className={styles.results} data-testid="collaborator-results">
      {matches.map((m, i) => (
        <li key={m.person.id} className={styles.card} data-testid="collaborator-result">
          <div className={styles.cardHead}>
            <Title className={styles.cardTitle}>
              <span className={styles.rank}>{i + 1}.</span>
              <Link href={entityPath('Person', m.person.slug)}>{m.person.name}</Link>
            </Title>
            <span className={styles.score}>
              {t.search.score}: {formatScore(m.score, locale)}
            </span>
          </div>
          {m.person.headline && <p className={styles.cardMeta}>{m.person.headline}</p>}
          <p className={styles.cardMeta}>{t.availability[m.person.availability]}</p>
          <section className={styles.why} aria-label={`${t.search.why}: ${m.person.name}`}>
            <Sub>{t.search.why}</Sub>
            <div className={styles.whyGrid}>
              <div>
                {m.matchedSkills.length > 0 && (
                  <>
                    <p className={styles.detail}>{t.search.matched}</p>
                    <ul className={styles.plainList}>
                      {m.matchedSkills.map((s) => (
                        <li key={s.skill.id}>
                          <Link href={entityPath('Skill', s.skill.slug)}>{localName(s.skill, locale)}</Link>{' '}
                          <LevelMeter level={s.level} label={t.level(s.level)} />
                          {s.endorsements > 0 && <span className={styles.detail}> · {t.search.endorsements(s.endorsements)}</span>}
                        </li>
                      ))}
                    </ul>
                  </>
                )}
                {m.partialMatches.length > 0 && (
                  <>
                    <p className={styles.detail}>{t.search.partial}</p>
                    <ul className={styles.plainList}>
                      {m.partialMatches.map((p) => (
                        <li key={`${p.wanted.id}-${p.via.id}`}>
                          {localName(p.wanted, locale)}: {t.search.via}{' '}
                          <Link href={entityPath('Skill', p.via.slug)}>{localName(p.via, locale)}</Link>{' '}
                          <span className={styles.detail}>({t.relation[p.relation]})</span>{' '}
                          <LevelMeter level={p.level} label={t.level(p.level)} />
                        </li>
                      ))}
                    </ul>
                  </>
                )}
              </div>
              <div>
                <p className={styles.detail}>{t.search.breakdown}</p>
                <dl className={styles.breakdown}>
                  {TERMS.map((term) => {
                    const value = m.breakdown[term];
                    const width = Math.max(0, Math.min(100, (value / scale) * 100));
                    return (
                      <div key={term} style={{ display: 'contents' }}>
                        <dt>{t.search.terms[term]}</dt>
                        <dd>
                          <span className={styles.bar} aria-hidden="true">
                            <span className={styles.barFill} style={{ width: `${width}%` }} />
                          </span>
                          <span className={styles.barValue}>{formatScore(value, locale)}</span>
                        </dd>
                      </div>
                    );
                  })}
                </dl>
              </div>
            </div>
            {m.path && m.path.length > 1 && (
              <div>
                <p className={styles.detail}>{t.search.path}</p>
                <EntityPath steps={m.path} t={t} compact youFirst label={t.search.path} />
              </div>
            )}
          </section>
        </li>
      ))}
    </ol>
  );
}
