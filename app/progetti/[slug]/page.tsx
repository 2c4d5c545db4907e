import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { cache, Suspense } from 'react';
import { graphql } from '@/graphql/generated';
import { runOperation } from '@/graphql/execute';
import { currentLocale } from '@/lib/i18n/locale';
import { profileText } from '@/lib/i18n/profile';
import { Badge, type BadgeTone } from '@/app/_components/profile/badge';
import { CardList, EntityCard, Row, RowList } from '@/app/_components/profile/cards';
import { WebsiteLink } from '@/app/_components/profile/contact-links';
import { EntityLink } from '@/app/_components/profile/entity-link';
import { FactList } from '@/app/_components/profile/facts';
import { LevelMeter } from '@/app/_components/profile/level-meter';
import { localName } from '@/app/_components/profile/localized';
import { ProfileHeader } from '@/app/_components/profile/profile-header';
import styles from '@/app/_components/profile/profile.module.css';
import { EmptyNote, ProfileSection, Prose } from '@/app/_components/profile/section';
import { DateText, Period } from '@/app/_components/profile/time';
import { NeighbourhoodMap } from '@/app/_components/map/neighbourhood-map';
import { SectorsSection } from '@/app/_components/profile/sectors-section';
import { OpenCallMatches } from '@/app/_components/matching/open-call-matches';

const ProjectProfileQuery = graphql(`
  query ProjectProfile($slug: String!) {
    project(slug: $slug) {
      id
      slug
      name
      summary
      description
      status
      startDate
      endDate
      openCall
      callOpen
      website
      sectors {
        id
        slug
        name
        nameEn
      }
      contributors {
        role
        since
        person {
          id
          slug
          name
        }
        organization {
          id
          slug
          name
        }
      }
      needs {
        level
        note
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

/** One operation per render: metadata and page share it. */
const loadProject = cache(async (slug: string) => (await runOperation(ProjectProfileQuery, { slug })).project);

type Props = { params: Promise<{ slug: string }> };

const STATUS_TONE: Record<string, BadgeTone> = { ACTIVE: 'positive', IDEA: 'caution', PAUSED: 'neutral', COMPLETED: 'neutral' };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const project = await loadProject((await params).slug);
  return project ? { title: project.name, description: project.summary ?? undefined } : {};
}

export default async function ProjectPage({ params }: Props) {
  const { slug } = await params;
  const [project, locale] = await Promise.all([loadProject(slug), currentLocale()]);
  if (!project) notFound();
  const t = profileText[locale];
  const pr = t.project;
  const organizations = project.contributors.flatMap((c) => (c.organization ? [{ ...c, organization: c.organization }] : []));
  const people = project.contributors.flatMap((c) => (c.person ? [{ ...c, person: c.person }] : []));

  const dates =
    project.startDate && project.endDate ? (
      <>
        <DateText date={project.startDate} locale={locale} /> – <DateText date={project.endDate} locale={locale} />
      </>
    ) : project.startDate || project.endDate ? (
      <Period since={project.startDate} until={project.endDate} locale={locale} words={t} />
    ) : null;

  return (
    <article>
      <ProfileHeader
        eyebrow={t.entityKind.Project}
        title={project.name}
        subtitle={project.summary}
        badges={[
          {
            key: 'status',
            node: (
              <Badge tone={STATUS_TONE[project.status] ?? 'neutral'}>
                <span className="visually-hidden">{t.projectStatusLabel}: </span>
                {t.projectStatus[project.status]}
              </Badge>
            ),
          },
          {
            key: 'call',
            node: project.callOpen ? (
              <Badge tone="positive">{pr.callOpenBadge}</Badge>
            ) : (
              <Badge tone="neutral">{pr.callClosedBadge}</Badge>
            ),
          },
        ]}
      >
        <FactList
          facts={[
            dates ? { term: pr.dates, value: dates } : null,
            project.website ? { term: t.website, value: <WebsiteLink url={project.website} /> } : null,
          ]}
        />
      </ProfileHeader>

      <ProfileSection id="about" title={pr.about}>
        <Prose text={project.description} empty={pr.noDescription} />
      </ProfileSection>

      <ProfileSection id="call" title={pr.call}>
        {project.callOpen ? (
          <div className={`${styles.call} ${styles.callOpen}`}>
            <Badge tone="positive">{pr.callOpenBadge}</Badge>
            {project.openCall && <p className={styles.prose}>{project.openCall}</p>}
          </div>
        ) : (
          <div className={`${styles.call} ${styles.callClosed}`}>
            <Badge tone="neutral">{pr.callClosedBadge}</Badge>
            <p>{pr.callClosed}</p>
          </div>
        )}
      </ProfileSection>

      <ProfileSection id="needs" title={pr.needs}>
        {project.needs.length === 0 ? (
          <EmptyNote>{pr.noNeeds}</EmptyNote>
        ) : (
          <RowList>
            {project.needs.map((need) => (
              <Row
                key={need.skill.id}
                main={
                  <>
                    <EntityLink kind="Skill" slug={need.skill.slug}>
                      {localName(need.skill, locale)}
                    </EntityLink>
                    {need.note && <> · {need.note}</>}
                  </>
                }
                detail={need.level ? <LevelMeter level={need.level} label={t.level(need.level)} /> : undefined}
              />
            ))}
          </RowList>
        )}
      </ProfileSection>

      {project.callOpen && (
        <Suspense fallback={null}>
          <OpenCallMatches slug={project.slug} locale={locale} />
        </Suspense>
      )}

      <ProfileSection id="contributors" title={pr.contributors}>
        <h3 className={styles.subheading}>{pr.contributingOrganizations}</h3>
        {organizations.length === 0 ? (
          <EmptyNote>{pr.noOrganizations}</EmptyNote>
        ) : (
          <CardList>
            {organizations.map((c) => (
              <EntityCard
                key={c.organization.id}
                kind="Organization"
                slug={c.organization.slug}
                name={c.organization.name}
                avatar
                meta={[c.role]}
              />
            ))}
          </CardList>
        )}
        <h3 className={styles.subheading}>{pr.contributingPeople}</h3>
        {people.length === 0 ? (
          <EmptyNote>{pr.noPeople}</EmptyNote>
        ) : (
          <CardList>
            {people.map((c) => (
              <EntityCard
                key={c.person.id}
                kind="Person"
                slug={c.person.slug}
                name={c.person.name}
                avatar
                meta={[c.role, c.since ? <Period key="period" since={c.since} locale={locale} words={t} /> : null]}
              />
            ))}
          </CardList>
        )}
      </ProfileSection>

      <SectorsSection title={pr.sectors} empty={pr.noSectors} locale={locale} sectors={project.sectors} />
      <NeighbourhoodMap id={project.id} kind="Project" />
    </article>
  );
}
