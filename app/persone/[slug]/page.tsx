import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { cache, Fragment } from 'react';
import { graphql } from '@/graphql/generated';
import { runOperation } from '@/graphql/execute';
import { currentLocale } from '@/lib/i18n/locale';
import { profileText } from '@/lib/i18n/profile';
import { Badge, type BadgeTone } from '@/app/_components/profile/badge';
import { CardList, EntityCard, Row, RowList } from '@/app/_components/profile/cards';
import { EmailLink, PhoneLink, WebsiteLink } from '@/app/_components/profile/contact-links';
import { EntityLink } from '@/app/_components/profile/entity-link';
import { FactList } from '@/app/_components/profile/facts';
import { LevelMeter } from '@/app/_components/profile/level-meter';
import { localName } from '@/app/_components/profile/localized';
import { ProfileHeader } from '@/app/_components/profile/profile-header';
import { EmptyNote, ProfileSection, Prose } from '@/app/_components/profile/section';
import { DateTimeText, Period } from '@/app/_components/profile/time';
import { NeighbourhoodMap } from '@/app/_components/map/neighbourhood-map';
import { EndorseControl } from '@/app/_components/self-service/endorse-control';

const PersonProfileQuery = graphql(`
  query PersonProfile($slug: String!) {
    person(slug: $slug) {
      id
      slug
      name
      headline
      bio
      location
      availability
      canEndorse
      skillEndorsements {
        skillId
        count
        byMe
      }
      contact {
        email
        phone
        website
      }
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
        since
        until
        isManager
        organization {
          id
          slug
          name
        }
      }
      projects {
        role
        since
        until
        project {
          id
          slug
          name
          status
        }
      }
      collaborators(first: 12) {
        person {
          id
          slug
          name
          headline
        }
        sharedProjects {
          id
          slug
          name
        }
        sharedOrganizations {
          id
          slug
          name
        }
      }
      events {
        role
        event {
          id
          slug
          name
          kind
          startsAt
        }
      }
    }
  }
`);

/** One operation per render: metadata and page share it. */
const loadPerson = cache(async (slug: string) => (await runOperation(PersonProfileQuery, { slug })).person);

type Props = { params: Promise<{ slug: string }> };

const AVAILABILITY_TONE: Record<string, BadgeTone> = { OPEN: 'positive', LIMITED: 'caution', UNAVAILABLE: 'neutral' };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const person = await loadPerson((await params).slug);
  return person ? { title: person.name, description: person.headline ?? undefined } : {};
}

export default async function PersonPage({ params }: Props) {
  const { slug } = await params;
  const [person, locale] = await Promise.all([loadPerson(slug), currentLocale()]);
  if (!person) notFound();
  const t = profileText[locale];
  const p = t.person;
  const contact = person.contact;
  const hasContact = Boolean(contact && (contact.email || contact.phone || contact.website));
  // Newest first: what someone does now says more than what they did years ago.
  const events = [...person.events].sort((a, b) => (b.event.startsAt ?? '').localeCompare(a.event.startsAt ?? ''));

  return (
    <article>
      <ProfileHeader
        eyebrow={t.entityKind.Person}
        title={person.name}
        subtitle={person.headline}
        avatar
        badges={[
          {
            key: 'availability',
            node: (
              <Badge tone={AVAILABILITY_TONE[person.availability] ?? 'neutral'}>
                <span className="visually-hidden">{t.availabilityLabel}: </span>
                {t.availability[person.availability]}
              </Badge>
            ),
          },
        ]}
      >
        <FactList facts={[person.location ? { term: t.location, value: person.location } : null]} />
      </ProfileHeader>

      <ProfileSection id="bio" title={p.about}>
        <Prose text={person.bio} empty={p.noBio} />
      </ProfileSection>

      <ProfileSection id="contact" title={p.contact}>
        {!contact ? (
          <p>{p.contactHidden}</p>
        ) : !hasContact ? (
          <EmptyNote>{p.noContact}</EmptyNote>
        ) : (
          <FactList
            facts={[
              contact.email ? { term: p.email, value: <EmailLink email={contact.email} /> } : null,
              contact.phone ? { term: p.phone, value: <PhoneLink phone={contact.phone} /> } : null,
              contact.website ? { term: t.website, value: <WebsiteLink url={contact.website} /> } : null,
            ]}
          />
        )}
      </ProfileSection>

      <ProfileSection id="skills" title={p.skills}>
        {person.skills.length === 0 ? (
          <EmptyNote>{p.noSkills}</EmptyNote>
        ) : (
          <RowList>
            {person.skills.map(({ skill, level }) => (
              <Row
                key={skill.id}
                main={
                  <EntityLink kind="Skill" slug={skill.slug}>
                    {localName(skill, locale)}
                  </EntityLink>
                }
                detail={
                  <>
                    <LevelMeter level={level} label={t.level(level)} />{' '}
                    <EndorseControl person={person} skillId={skill.id} skillName={localName(skill, locale)} locale={locale} />
                  </>
                }
              />
            ))}
          </RowList>
        )}
      </ProfileSection>

      <ProfileSection id="organizations" title={p.organizations}>
        {person.organizations.length === 0 ? (
          <EmptyNote>{p.noOrganizations}</EmptyNote>
        ) : (
          <CardList>
            {person.organizations.map((m) => (
              <EntityCard
                key={m.organization.id}
                kind="Organization"
                slug={m.organization.slug}
                name={m.organization.name}
                avatar
                meta={[
                  [m.role, m.isManager ? p.manager : null].filter(Boolean).join(' · '),
                  m.since || m.until ? <Period key="period" since={m.since} until={m.until} locale={locale} words={t} /> : null,
                ]}
              />
            ))}
          </CardList>
        )}
      </ProfileSection>

      <ProfileSection id="projects" title={p.projects}>
        {person.projects.length === 0 ? (
          <EmptyNote>{p.noProjects}</EmptyNote>
        ) : (
          <CardList>
            {person.projects.map((c) => (
              <EntityCard
                key={c.project.id}
                kind="Project"
                slug={c.project.slug}
                name={c.project.name}
                meta={[[c.role, t.projectStatus[c.project.status]].filter(Boolean).join(' · ')]}
              />
            ))}
          </CardList>
        )}
      </ProfileSection>

      <ProfileSection id="collaborators" title={p.collaborators} intro={person.collaborators.length > 0 ? p.collaboratorsIntro : undefined}>
        {person.collaborators.length === 0 ? (
          <EmptyNote>{p.noCollaborators}</EmptyNote>
        ) : (
          <CardList>
            {person.collaborators.map((c) => {
              const shared = [
                ...c.sharedProjects.map((x) => ({ kind: 'Project' as const, ...x })),
                ...c.sharedOrganizations.map((x) => ({ kind: 'Organization' as const, ...x })),
              ];
              return (
                <EntityCard
                  key={c.person.id}
                  kind="Person"
                  slug={c.person.slug}
                  name={c.person.name}
                  avatar
                  meta={[
                    c.person.headline,
                    <Fragment key="shared">
                      {p.sharesLabel}{' '}
                      {shared.map((x, i) => (
                        <Fragment key={`${x.kind}-${x.id}`}>
                          {i > 0 && ', '}
                          <EntityLink kind={x.kind} slug={x.slug}>
                            {x.name}
                          </EntityLink>
                        </Fragment>
                      ))}
                    </Fragment>,
                  ]}
                />
              );
            })}
          </CardList>
        )}
      </ProfileSection>

      <ProfileSection id="events" title={p.events}>
        {events.length === 0 ? (
          <EmptyNote>{p.noEvents}</EmptyNote>
        ) : (
          <RowList>
            {events.map(({ event, role }) => (
              <Row
                key={event.id}
                main={
                  <>
                    <EntityLink kind="Event" slug={event.slug}>
                      {event.name}
                    </EntityLink>{' '}
                    · {t.eventKind[event.kind]} · {role === 'TEACHER' ? p.teaching : p.attending}
                  </>
                }
                detail={event.startsAt ? <DateTimeText iso={event.startsAt} locale={locale} /> : undefined}
              />
            ))}
          </RowList>
        )}
      </ProfileSection>
      <NeighbourhoodMap id={person.id} kind="Person" />
    </article>
  );
}
