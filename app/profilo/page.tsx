import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { graphql } from '@/graphql/generated';
import type { MyProposalEndKind } from '@/graphql/generated/graphql';
import { currentViewer, runOperation } from '@/graphql/execute';
import { formatDate } from '@/lib/i18n/format';
import { currentLocale } from '@/lib/i18n/locale';
import { selfServiceText } from '@/lib/i18n/self-service';
import type { EntityKind } from '@/lib/directory/model';
import { MY_PROFILE_PATH, SIGN_IN_PATH, entityPath } from '@/lib/routes';
import { localName } from '@/app/_components/profile/localized';
import { EmptyNote, ProfileSection } from '@/app/_components/profile/section';
import { DeletionRequest } from '@/app/_components/self-service/deletion-request';
import { MySkills } from '@/app/_components/self-service/my-skills';
import { ProfileForm } from '@/app/_components/self-service/profile-form';
import { formValues } from '@/app/_components/self-service/profile-values';
import { ProposeSkillForm } from '@/app/_components/self-service/propose-skill-form';
import { WithdrawEndorsementButton } from '@/app/_components/self-service/withdraw-endorsement-button';
import styles from '@/app/_components/self-service/self-service.module.css';
import { loadSkillChoices } from './skill-options';

export const dynamic = 'force-dynamic';

const MyProfilePageQuery = graphql(`
  query MyProfilePage {
    myProfile {
      id
      slug
      name
      headline
      bio
      email
      phone
      website
      location
      availability
      contactVisibility
      version
      deletionRequestedAt
      skills {
        level
        skill {
          id
          slug
          name
          nameEn
        }
      }
      organizations {
        role
        isManager
        organization {
          id
          slug
          name
        }
      }
      projects {
        role
        project {
          id
          slug
          name
        }
      }
      proposals {
        id
        kind
        state
        role
        reviewNote
        createdAt
        subject {
          id
          kind
          name
          slug
          public
        }
        target {
          id
          kind
          name
          slug
          public
        }
      }
      endorsementsGiven {
        at
        person {
          id
          slug
          name
        }
        skill {
          id
          slug
          name
          nameEn
        }
      }
      endorsementsReceived {
        at
        person {
          id
          slug
          name
        }
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
  const t = selfServiceText[await currentLocale()];
  return { title: t.title, robots: { index: false } };
}

const END_KIND: Record<MyProposalEndKind, EntityKind> = {
  PERSON: 'Person',
  ORGANIZATION: 'Organization',
  PROJECT: 'Project',
  SKILL: 'Skill',
};

/** A proposal end: a link when it has a public page, its name otherwise. */
function EndName({ end }: { end: { kind: MyProposalEndKind; name: string; slug?: string | null; public: boolean } }) {
  return end.public && end.slug ? <Link href={entityPath(END_KIND[end.kind], end.slug)}>{end.name}</Link> : <strong>{end.name}</strong>;
}

export default async function MyProfilePage() {
  const viewer = await currentViewer();
  if (!viewer) redirect(`${SIGN_IN_PATH}?callbackUrl=${encodeURIComponent(MY_PROFILE_PATH)}`);
  const locale = await currentLocale();
  const t = selfServiceText[locale];
  const [{ myProfile: me }, choices] = await Promise.all([runOperation(MyProfilePageQuery, {}), loadSkillChoices()]);

  if (!me) {
    return (
      <div className={styles.page}>
        <h1>{t.title}</h1>
        <p>{t.noProfile}</p>
        <p>
          <Link href={`${MY_PROFILE_PATH}/password`}>{t.changePassword}</Link>
        </p>
      </div>
    );
  }

  const requestedOn = me.deletionRequestedAt ? formatDate(me.deletionRequestedAt.slice(0, 10), locale) : null;

  return (
    <div className={styles.page}>
      <h1>{t.title}</h1>
      <p className="lead">{t.intro}</p>
      <ul className={styles.pageLinks}>
        <li>
          <Link href={entityPath('Person', me.slug)}>{t.viewPublic}</Link>
        </li>
        <li>
          <Link href={`${MY_PROFILE_PATH}/password`}>{t.changePassword}</Link>
        </li>
      </ul>
      {requestedOn && (
        <p className={styles.banner} role="note">
          {t.deletionPendingBanner}
        </p>
      )}

      <ProfileSection id="presentazione" title={t.sections.profile}>
        <ProfileForm initial={formValues(me)} locale={locale} />
      </ProfileSection>

      <ProfileSection id="competenze" title={t.sections.skills} intro={t.skills.intro}>
        <MySkills initial={me.skills} options={choices} locale={locale} />
        <h3 className={styles.subheading}>{t.skills.proposeTitle}</h3>
        <p className={styles.note}>{t.skills.proposeIntro}</p>
        <ProposeSkillForm locale={locale} />
      </ProfileSection>

      <ProfileSection id="organizzazioni" title={t.sections.links}>
        <h3 className={styles.subheading}>{t.links.organizations}</h3>
        {me.organizations.length === 0 ? (
          <EmptyNote>{t.links.noOrganizations}</EmptyNote>
        ) : (
          <ul className={styles.list}>
            {me.organizations.map((m) => (
              <li key={m.organization.id} className={styles.item}>
                <span className={styles.itemMain}>
                  <Link href={entityPath('Organization', m.organization.slug)}>{m.organization.name}</Link>
                  {m.role && <span className={styles.muted}> · {m.role}</span>}
                  {m.isManager && <span className={styles.muted}> · {t.links.manager}</span>}
                </span>
              </li>
            ))}
          </ul>
        )}
        <h3 className={styles.subheading}>{t.links.projects}</h3>
        {me.projects.length === 0 ? (
          <EmptyNote>{t.links.noProjects}</EmptyNote>
        ) : (
          <ul className={styles.list}>
            {me.projects.map((c) => (
              <li key={c.project.id} className={styles.item}>
                <span className={styles.itemMain}>
                  <Link href={entityPath('Project', c.project.slug)}>{c.project.name}</Link>
                  {c.role && <span className={styles.muted}> · {c.role}</span>}
                </span>
              </li>
            ))}
          </ul>
        )}
        <h3 className={styles.subheading}>{t.links.proposals}</h3>
        {me.proposals.length === 0 ? (
          <EmptyNote>{t.links.noProposals}</EmptyNote>
        ) : (
          <ul className={styles.list} data-testid="my-proposals">
            {me.proposals.map((p) => (
              <li key={p.id} className={styles.item}>
                <div className={styles.itemMain}>
                  <span className={styles.muted}>{t.links.kind[p.kind]}: </span>
                  <EndName end={p.subject} />
                  {p.target && (
                    <>
                      {' → '}
                      <EndName end={p.target} />
                    </>
                  )}
                  {p.role && <span className={styles.muted}> · {p.role}</span>}
                  {p.createdAt && (
                    <span className={styles.muted}>
                      {' '}
                      · {t.links.proposedOn} {formatDate(p.createdAt.slice(0, 10), locale)}
                    </span>
                  )}
                  {p.reviewNote && (
                    <p className={styles.note}>
                      {t.links.reviewNote} {p.reviewNote}
                    </p>
                  )}
                </div>
                <strong>{t.links.state[p.state]}</strong>
              </li>
            ))}
          </ul>
        )}
      </ProfileSection>

      <ProfileSection id="segnalazioni" title={t.sections.endorsements} intro={t.endorsements.intro}>
        <h3 className={styles.subheading}>{t.endorsements.received}</h3>
        {me.endorsementsReceived.length === 0 ? (
          <EmptyNote>{t.endorsements.noneReceived}</EmptyNote>
        ) : (
          <ul className={styles.list}>
            {me.endorsementsReceived.map((e) => (
              <li key={`${e.person.id}-${e.skill.id}`} className={styles.item}>
                <span className={styles.itemMain}>
                  <Link href={entityPath('Skill', e.skill.slug)}>{localName(e.skill, locale)}</Link>{' '}
                  <span className={styles.muted}>
                    {t.endorsements.from}{' '}
                    <Link href={entityPath('Person', e.person.slug)}>{e.person.name}</Link>
                  </span>
                </span>
              </li>
            ))}
          </ul>
        )}
        <h3 className={styles.subheading}>{t.endorsements.given}</h3>
        {me.endorsementsGiven.length === 0 ? (
          <EmptyNote>{t.endorsements.noneGiven}</EmptyNote>
        ) : (
          <ul className={styles.list} data-testid="endorsements-given">
            {me.endorsementsGiven.map((e) => {
              const skillName = localName(e.skill, locale);
              return (
                <li key={`${e.person.id}-${e.skill.id}`} className={styles.item}>
                  <span className={styles.itemMain}>
                    <Link href={entityPath('Person', e.person.slug)}>{e.person.name}</Link>
                    {' · '}
                    <Link href={entityPath('Skill', e.skill.slug)}>{skillName}</Link>
                  </span>
                  <WithdrawEndorsementButton
                    personId={e.person.id}
                    skillId={e.skill.id}
                    label={t.endorsements.withdrawOf(skillName, e.person.name)}
                    locale={locale}
                  />
                </li>
              );
            })}
          </ul>
        )}
      </ProfileSection>

      <ProfileSection id="dati" title={t.sections.data}>
        <h3 className={styles.subheading}>{t.data.exportTitle}</h3>
        <p>{t.data.exportBody}</p>
        <p>
          <a href="/api/me/export" download data-testid="export-link">
            {t.data.exportLink}
          </a>
        </p>
        <h3 className={styles.subheading}>{t.data.deleteTitle}</h3>
        <p>{t.data.deleteBody}</p>
        <DeletionRequest requestedOn={requestedOn} locale={locale} />
      </ProfileSection>
    </div>
  );
}
