import type { Metadata } from 'next';
import Link from 'next/link';
import { graphql } from '@/graphql/generated';
import { runOperation } from '@/graphql/execute';
import { currentLocale } from '@/lib/i18n/locale';
import { matchingText } from '@/lib/i18n/matching';
import { entityPath } from '@/lib/routes';
import { localName } from '@/app/_components/profile/localized';
import { COLLABORATORS_PATH, CONNECTIONS_PATH, TEAMS_PATH, hrefWith } from '@/app/_components/matching/params';
import { RelatedLinks } from '@/app/_components/matching/related-links';
import styles from '@/app/_components/matching/matching.module.css';

const SkillGapsQuery = graphql(`
  query SkillGaps($first: Int) {
    skillGaps(first: $first) {
      needed {
        people
        skill {
          id
          slug
          name
          nameEn
        }
        projects {
          id
          slug
          name
        }
      }
      unused {
        people
        skill {
          id
          slug
          name
          nameEn
        }
      }
    }
  }
`);

export async function generateMetadata(): Promise<Metadata> {
  return { title: matchingText[await currentLocale()].gaps.title };
}

export default async function SkillGapsPage() {
  const [locale, { skillGaps }] = await Promise.all([currentLocale(), runOperation(SkillGapsQuery, { first: 30 })]);
  const t = matchingText[locale];
  const g = t.gaps;

  return (
    <>
      <h1>{g.title}</h1>
      <p className="lead">{g.intro}</p>
      <RelatedLinks
        t={t}
        links={[
          { href: COLLABORATORS_PATH, label: t.related.collaborators },
          { href: TEAMS_PATH, label: t.related.teams },
          { href: CONNECTIONS_PATH, label: t.related.connections },
        ]}
      />

      <section aria-labelledby="needed-heading">
        <h2 id="needed-heading">{g.needed}</h2>
        <p className={styles.hint}>{g.neededIntro}</p>
        {skillGaps.needed.length === 0 ? (
          <p className={styles.note}>{g.noNeeded}</p>
        ) : (
          <table className={styles.table} data-testid="needed-skills">
            <thead>
              <tr>
                <th scope="col">{t.entityKind.Skill}</th>
                <th scope="col">{g.offered}</th>
                <th scope="col">{g.projects}</th>
              </tr>
            </thead>
            <tbody>
              {skillGaps.needed.map((gap) => (
                <tr key={gap.skill.id}>
                  <th scope="row">
                    <Link href={entityPath('Skill', gap.skill.slug)}>{localName(gap.skill, locale)}</Link>
                  </th>
                  <td className={gap.people === 0 ? `${styles.count} ${styles.zero}` : styles.count}>
                    {gap.people > 0 ? <Link href={hrefWith(COLLABORATORS_PATH, [gap.skill.slug])}>{g.people(gap.people)}</Link> : g.people(0)}
                  </td>
                  <td>
                    <ul className={styles.inline}>
                      {gap.projects.map((p) => (
                        <li key={p.id}>
                          <Link href={entityPath('Project', p.slug)}>{p.name}</Link>
                        </li>
                      ))}
                    </ul>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <section aria-labelledby="unused-heading">
        <h2 id="unused-heading">{g.unused}</h2>
        <p className={styles.hint}>{g.unusedIntro}</p>
        {skillGaps.unused.length === 0 ? (
          <p className={styles.note}>{g.noUnused}</p>
        ) : (
          <ol className={styles.plainList} data-testid="unused-skills">
            {skillGaps.unused.map((s) => (
              <li key={s.skill.id}>
                <Link href={entityPath('Skill', s.skill.slug)}>{localName(s.skill, locale)}</Link>{' '}
                <span className={styles.detail}>
                  · <Link href={hrefWith(COLLABORATORS_PATH, [s.skill.slug])}>{g.holders(s.people)}</Link>
                </span>
              </li>
            ))}
          </ol>
        )}
      </section>
    </>
  );
}
