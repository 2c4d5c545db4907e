import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { graphql } from '@/graphql/generated';
import { runOperation } from '@/graphql/execute';
import { currentLocale } from '@/lib/i18n/locale';
import { profileText } from '@/lib/i18n/profile';
import { CardList, EntityCard } from '@/app/_components/profile/cards';
import { ChipList } from '@/app/_components/profile/chip-list';
import { EntityLink } from '@/app/_components/profile/entity-link';
import { FactList } from '@/app/_components/profile/facts';
import { localName } from '@/app/_components/profile/localized';
import { ProfileHeader } from '@/app/_components/profile/profile-header';
import { EmptyNote, ProfileSection, Prose } from '@/app/_components/profile/section';
import { EventTime } from '@/app/_components/profile/time';

const EventProfileQuery = graphql(`
  query EventProfile($slug: String!) {
    event(slug: $slug) {
      id
      slug
      name
      kind
      summary
      description
      startsAt
      endsAt
      place
      language
      attendeeCount
      organizers {
        role
        organization {
          id
          slug
          name
        }
        person {
          id
          slug
          name
        }
      }
      teachers {
        id
        slug
        name
        headline
      }
      skills {
        id
        slug
        name
        nameEn
      }
    }
  }
`);

/** One operation per render: metadata and page share it. */
const loadEvent = cache(async (slug: string) => (await runOperation(EventProfileQuery, { slug })).event);

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const event = await loadEvent((await params).slug);
  return event ? { title: event.name, description: event.summary ?? undefined } : {};
}

export default async function EventPage({ params }: Props) {
  const { slug } = await params;
  const [event, locale] = await Promise.all([loadEvent(slug), currentLocale()]);
  if (!event) notFound();
  const t = profileText[locale];
  const e = t.event;

  return (
    <article>
      <ProfileHeader eyebrow={t.eventKind[event.kind]} title={event.name} subtitle={event.summary}>
        <FactList
          facts={[
            event.startsAt ? { term: e.when, value: <EventTime startsAt={event.startsAt} endsAt={event.endsAt} locale={locale} /> } : null,
            event.place ? { term: e.where, value: event.place } : null,
            event.language ? { term: e.language, value: t.languageName(event.language) } : null,
            { term: e.attendeesHeading, value: e.attendees(event.attendeeCount) },
          ]}
        />
      </ProfileHeader>

      <ProfileSection id="about" title={e.about}>
        <Prose text={event.description} empty={e.noDescription} />
      </ProfileSection>

      <ProfileSection id="organizers" title={e.organizers}>
        {event.organizers.length === 0 ? (
          <EmptyNote>{e.noOrganizers}</EmptyNote>
        ) : (
          <CardList>
            {event.organizers.map((o) =>
              o.organization ? (
                <EntityCard
                  key={`o-${o.organization.id}`}
                  kind="Organization"
                  slug={o.organization.slug}
                  name={o.organization.name}
                  avatar
                  meta={[o.role]}
                />
              ) : o.person ? (
                <EntityCard key={`p-${o.person.id}`} kind="Person" slug={o.person.slug} name={o.person.name} avatar meta={[o.role]} />
              ) : null,
            )}
          </CardList>
        )}
      </ProfileSection>

      <ProfileSection id="teachers" title={e.teachers}>
        {event.teachers.length === 0 ? (
          <EmptyNote>{e.noTeachers}</EmptyNote>
        ) : (
          <CardList>
            {event.teachers.map((p) => (
              <EntityCard key={p.id} kind="Person" slug={p.slug} name={p.name} avatar meta={[p.headline]} />
            ))}
          </CardList>
        )}
      </ProfileSection>

      <ProfileSection id="skills" title={e.skills}>
        {event.skills.length === 0 ? (
          <EmptyNote>{e.noSkills}</EmptyNote>
        ) : (
          <ChipList
            items={event.skills.map((s) => ({
              key: s.id,
              label: (
                <EntityLink kind="Skill" slug={s.slug}>
                  {localName(s, locale)}
                </EntityLink>
              ),
            }))}
          />
        )}
      </ProfileSection>
    </article>
  );
}
