import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { graphql } from '@/graphql/generated';
import { runOperation } from '@/graphql/execute';
import { currentLocale } from '@/lib/i18n/locale';
import { profileText } from '@/lib/i18n/profile';
import { CardList, EntityCard, Row, RowList } from '@/app/_components/profile/cards';
import { ChipList } from '@/app/_components/profile/chip-list';
import { EntityLink } from '@/app/_components/profile/entity-link';
import { LevelMeter } from '@/app/_components/profile/level-meter';
import { localDescription, localName } from '@/app/_components/profile/localized';
import { ProfileHeader } from '@/app/_components/profile/profile-header';
import styles from '@/app/_components/profile/profile.module.css';
import { EmptyNote, ProfileSection, Prose } from '@/app/_components/profile/section';
import { DateTimeText } from '@/app/_components/profile/time';
import { NeighbourhoodMap } from '@/app/_components/map/neighbourhood-map';

const SkillProfileQuery = graphql(`
  query SkillProfile($slug: String!) {
    skill(slug: $slug) {
      id
      slug
      name
      nameEn
      aliases
      description
      descriptionEn
      broader {
        id
        slug
        name
        nameEn
      }
      narrower {
        id
        slug
        name
        nameEn
      }
      related {
        id
        slug
        name
        nameEn
      }
      people {
        level
        person {
          id
          slug
          name
          headline
        }
      }
      neededBy {
        level
        project {
          id
          slug
          name
          callOpen
        }
      }
      events {
        id
        slug
        name
        kind
        startsAt
      }
    }
  }
`);

/** One operation per render: metadata and page share it. */
const loadSkill = cache(async (slug: string) => (await runOperation(SkillProfileQuery, { slug })).skill);

type Props = { params: Promise<{ slug: string }> };

const LEVELS_DOWN = [5, 4, 3, 2, 1] as const;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [skill, locale] = await Promise.all([loadSkill((await params).slug), currentLocale()]);
  return skill ? { title: localName(skill, locale), description: localDescription(skill, locale) ?? undefined } : {};
}

export default async function SkillPage({ params }: Props) {
  const { slug } = await params;
  const [skill, locale] = await Promise.all([loadSkill(slug), currentLocale()]);
  if (!skill) notFound();
  const t = profileText[locale];
  const s = t.skill;
  const name = localName(skill, locale);
  // The name in the other language, when there is one and it differs.
  const otherName = locale === 'en' ? skill.name : skill.nameEn;
  const taxonomy = [
    { id: 'broader', title: s.broader, skills: skill.broader },
    { id: 'narrower', title: s.narrower, skills: skill.narrower },
    { id: 'related', title: s.related, skills: skill.related },
  ].filter((group) => group.skills.length > 0);
  const levels = LEVELS_DOWN.map((level) => ({ level, people: skill.people.filter((h) => h.level === level) })).filter(
    (group) => group.people.length > 0,
  );

  return (
    <article>
      <ProfileHeader eyebrow={t.entityKind.Skill} title={name}>
        {otherName && otherName !== name && (
          <p className={styles.otherName}>
            {t.otherLanguage}: <span lang={locale === 'en' ? 'it' : 'en'}>{otherName}</span>
          </p>
        )}
        {skill.aliases.length > 0 && (
          <p className={styles.otherName}>
            {s.aliases}: {skill.aliases.join(', ')}
          </p>
        )}
      </ProfileHeader>

      <ProfileSection id="about" title={s.about}>
        <Prose text={localDescription(skill, locale)} empty={s.noDescription} />
      </ProfileSection>

      <ProfileSection id="taxonomy" title={s.taxonomy}>
        {taxonomy.length === 0 ? (
          <EmptyNote>{s.noTaxonomy}</EmptyNote>
        ) : (
          taxonomy.map((group) => (
            <div key={group.id}>
              <h3 className={styles.subheading}>{group.title}</h3>
              <ChipList
                items={group.skills.map((other) => ({
                  key: other.id,
                  label: (
                    <EntityLink kind="Skill" slug={other.slug}>
                      {localName(other, locale)}
                    </EntityLink>
                  ),
                }))}
              />
            </div>
          ))
        )}
      </ProfileSection>

      <ProfileSection id="people" title={s.people}>
        {levels.length === 0 ? (
          <EmptyNote>{s.noPeople}</EmptyNote>
        ) : (
          levels.map((group) => (
            <div key={group.level}>
              <h3 className={styles.subheading}>
                <LevelMeter level={group.level} /> {s.levelGroup(group.level)} · {s.peopleCount(group.people.length)}
              </h3>
              <CardList>
                {group.people.map(({ person }) => (
                  <EntityCard
                    key={person.id}
                    kind="Person"
                    slug={person.slug}
                    name={person.name}
                    avatar
                    meta={[person.headline]}
                  />
                ))}
              </CardList>
            </div>
          ))
        )}
      </ProfileSection>

      <ProfileSection id="needed-by" title={s.neededBy}>
        {skill.neededBy.length === 0 ? (
          <EmptyNote>{s.noNeededBy}</EmptyNote>
        ) : (
          <RowList>
            {skill.neededBy.map((need) => (
              <Row
                key={need.project.id}
                main={
                  <>
                    <EntityLink kind="Project" slug={need.project.slug}>
                      {need.project.name}
                    </EntityLink>
                    {need.project.callOpen && <> · {t.project.callOpenBadge}</>}
                  </>
                }
                detail={need.level ? <LevelMeter level={need.level} label={t.level(need.level)} /> : undefined}
              />
            ))}
          </RowList>
        )}
      </ProfileSection>

      <ProfileSection id="events" title={s.events}>
        {skill.events.length === 0 ? (
          <EmptyNote>{s.noEvents}</EmptyNote>
        ) : (
          <RowList>
            {skill.events.map((event) => (
              <Row
                key={event.id}
                main={
                  <>
                    <EntityLink kind="Event" slug={event.slug}>
                      {event.name}
                    </EntityLink>{' '}
                    · {t.eventKind[event.kind]}
                  </>
                }
                detail={event.startsAt ? <DateTimeText iso={event.startsAt} locale={locale} /> : undefined}
              />
            ))}
          </RowList>
        )}
      </ProfileSection>
      <NeighbourhoodMap id={skill.id} kind="Skill" />
    </article>
  );
}
