import type { Metadata } from 'next';
import Form from 'next/form';
import Link from 'next/link';
import { graphql } from '@/graphql/generated';
import type { FindTeamsQuery } from '@/graphql/generated/graphql';
import { OperationError, runOperation } from '@/graphql/execute';
import { currentLocale } from '@/lib/i18n/locale';
import { matchingText } from '@/lib/i18n/matching';
import { entityPath } from '@/lib/routes';
import { LevelMeter } from '@/app/_components/profile/level-meter';
import { localName } from '@/app/_components/profile/localized';
import { OperationAlert } from '@/app/_components/matching/operation-error';
import {
  COLLABORATORS_PATH,
  CONNECTIONS_PATH,
  GAPS_PATH,
  MATCH_PARAM,
  MAX_SKILLS,
  ORGANIZATION_KINDS,
  TEAMS_PATH,
  collaboratorsView,
  hrefWith,
  type SearchParams,
} from '@/app/_components/matching/params';
import { RelatedLinks } from '@/app/_components/matching/related-links';
import { loadSkillOptions } from '@/app/_components/matching/skill-options';
import { matchSkills } from '@/app/_components/matching/skill-match';
import { SkillPicker } from '@/app/_components/matching/skill-picker';
import styles from '@/app/_components/matching/matching.module.css';

const FindTeamsQueryDoc = graphql(`
  query FindTeams($skills: [String!]!, $organizationKind: OrganizationKind, $first: Int) {
    findTeams(skills: $skills, organizationKind: $organizationKind, first: $first) {
      coverage
      organization {
        id
        slug
        name
        kind
      }
      covered {
        bestLevel
        skill {
          id
          slug
          name
          nameEn
        }
        members {
          id
          slug
          name
        }
      }
      missing {
        id
        slug
        name
        nameEn
      }
    }
  }
`);

type Props = { searchParams: Promise<SearchParams> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: matchingText[await currentLocale()].teams.title };
}

export default async function TeamsPage({ searchParams }: Props) {
  const [params, locale, skillOptions] = await Promise.all([searchParams, currentLocale(), loadSkillOptions()]);
  const t = matchingText[locale];
  const tt = t.teams;
  const view = collaboratorsView(params);
  const skills = [...view.skills];
  const typed = view.addSkill ? matchSkills(skillOptions, view.addSkill, 1)[0] : undefined;
  if (typed && !skills.includes(typed.slug) && skills.length < MAX_SKILLS) skills.push(typed.slug);

  let teams: FindTeamsQuery['findTeams'] | null = null;
  let failure: OperationError | null = null;
  if (skills.length > 0) {
    try {
      teams = (await runOperation(FindTeamsQueryDoc, { skills, organizationKind: view.kind, first: 20 })).findTeams;
    } catch (error) {
      if (!(error instanceof OperationError)) throw error;
      failure = error;
    }
  }

  const extra = { [MATCH_PARAM.kind]: view.kind };
  const removeHrefs = Object.fromEntries(skills.map((slug) => [slug, hrefWith(TEAMS_PATH, skills.filter((x) => x !== slug), extra)]));
  const peopleHref = hrefWith(COLLABORATORS_PATH, skills, extra);

  return (
    <>
      <h1>{tt.title}</h1>
      <p className="lead">{tt.intro}</p>
      <RelatedLinks
        t={t}
        links={[
          { href: peopleHref, label: tt.backToPeople },
          { href: CONNECTIONS_PATH, label: t.related.connections },
          { href: GAPS_PATH, label: t.related.gaps },
        ]}
      />

      <Form action={TEAMS_PATH} className={styles.form} aria-label={tt.title}>
        <SkillPicker
          key={skills.join(',')}
          options={skillOptions}
          selected={skills}
          removeHrefs={removeHrefs}
          name={MATCH_PARAM.skill}
          textName={MATCH_PARAM.addSkill}
          max={MAX_SKILLS}
          locale={locale}
        />
        <div className={styles.fields}>
          <div className={styles.field}>
            <label htmlFor="teams-kind">{t.search.kind}</label>
            <select id="teams-kind" name={MATCH_PARAM.kind} defaultValue={view.kind ?? ''}>
              <option value="">{t.search.anyKind}</option>
              {ORGANIZATION_KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {t.organizationKind[kind]}
                </option>
              ))}
            </select>
          </div>
        </div>
        <div className={styles.actions}>
          <button type="submit" className="button">
            {tt.submit}
          </button>
          <a href={TEAMS_PATH}>{t.search.reset}</a>
        </div>
      </Form>

      <section aria-labelledby="teams-heading">
        <h2 id="teams-heading">{t.search.results}</h2>
        {skills.length === 0 ? (
          <p className={styles.note}>{tt.start}</p>
        ) : failure ? (
          <OperationAlert error={failure} title={t.search.error} failed={t.search.failed} />
        ) : !teams || teams.length === 0 ? (
          <p className={styles.note}>{tt.empty}</p>
        ) : (
          <ol className={styles.results} data-testid="team-results">
            {teams.map((team, i) => {
              const total = team.covered.length + team.missing.length;
              return (
                <li key={team.organization.id} className={styles.card}>
                  <div className={styles.cardHead}>
                    <h3 className={styles.cardTitle}>
                      <span className={styles.rank}>{i + 1}.</span>
                      <Link href={entityPath('Organization', team.organization.slug)}>{team.organization.name}</Link>
                    </h3>
                    <span className={styles.coverage}>
                      <span className="visually-hidden">{tt.coverage}: </span>
                      <span className={styles.bar} aria-hidden="true">
                        <span className={styles.barFill} style={{ width: `${Math.round(team.coverage * 100)}%` }} />
                      </span>
                      <span>{tt.coverageValue(team.covered.length, total)}</span>
                    </span>
                  </div>
                  <p className={styles.cardMeta}>{t.organizationKind[team.organization.kind]}</p>
                  <div className={styles.whyGrid}>
                    <div>
                      <h4>{tt.covered}</h4>
                      <ul className={styles.plainList}>
                        {team.covered.map((c) => (
                          <li key={c.skill.id}>
                            <Link href={entityPath('Skill', c.skill.slug)}>{localName(c.skill, locale)}</Link>{' '}
                            <LevelMeter level={c.bestLevel} label={`${tt.bestLevel}: ${t.level(c.bestLevel)}`} />
                            <br />
                            <span className={styles.detail}>{tt.members}: </span>
                            <ul className={styles.inline}>
                              {c.members.map((m) => (
                                <li key={m.id}>
                                  <Link href={entityPath('Person', m.slug)}>{m.name}</Link>
                                </li>
                              ))}
                            </ul>
                          </li>
                        ))}
                      </ul>
                    </div>
                    <div>
                      <h4>{tt.missing}</h4>
                      {team.missing.length === 0 ? (
                        <p className={styles.detail}>{tt.noneMissing}</p>
                      ) : (
                        <ul className={styles.plainList}>
                          {team.missing.map((m) => (
                            <li key={m.id}>
                              <Link href={entityPath('Skill', m.slug)}>{localName(m, locale)}</Link>
                            </li>
                          ))}
                        </ul>
                      )}
                    </div>
                  </div>
                </li>
              );
            })}
          </ol>
        )}
      </section>
    </>
  );
}
