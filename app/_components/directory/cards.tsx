import Link from 'next/link';
import { graphql } from '@/graphql/generated';
import type {
  DirectoryEventCardFragment,
  DirectoryOrganizationCardFragment,
  DirectoryPersonCardFragment,
  DirectoryProjectCardFragment,
  DirectorySectorCardFragment,
  DirectorySkillCardFragment,
} from '@/graphql/generated/graphql';
import type { DirectoryText } from '@/lib/i18n/directory';
import { formatDate, formatDateTime } from '@/lib/i18n/format';
import type { Locale } from '@/lib/i18n/messages';
import { entityPath, LIST_PATH } from '@/lib/routes';
import styles from './directory.module.css';
import { listHref, PARAM } from './url-state';

/**
 * One card per entity kind, each with the fragment it needs: list pages spread the
 * fragment in their operation, so a card's data is whatever its fragment asks for.
 */

interface CardProps {
  locale: Locale;
  t: DirectoryText;
}

/** Skill and sector names in English when reading in English and one is stored. */
function localName(entity: { name: string; nameEn?: string | null }, locale: Locale): string {
  return locale === 'en' && entity.nameEn ? entity.nameEn : entity.name;
}

function localDescription(entity: { description?: string | null; descriptionEn?: string | null }, locale: Locale): string | null {
  return (locale === 'en' && entity.descriptionEn ? entity.descriptionEn : entity.description) ?? null;
}

const TOP_SKILLS = 3;

export const PersonCardFields = graphql(`
  fragment DirectoryPersonCard on Person {
    id
    slug
    name
    headline
    availability
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
      organization {
        id
        slug
        name
      }
    }
  }
`);

export function PersonCard({ person, locale, t }: CardProps & { person: DirectoryPersonCardFragment }) {
  // Skills arrive highest level first.
  const skills = person.skills.slice(0, TOP_SKILLS);
  return (
    <li className={styles.card}>
      <h3>
        <Link href={entityPath('Person', person.slug)}>{person.name}</Link>
      </h3>
      {person.headline && <p>{person.headline}</p>}
      <p className={styles.meta}>{t.availability[person.availability]}</p>
      {skills.length > 0 && (
        <ul className={styles.chips} aria-label={t.people.topSkills}>
          {skills.map(({ skill, level }) => (
            <li key={skill.id}>
              {localName(skill, locale)}
              <span className={styles.level} title={t.level(level)}>
                <span aria-hidden="true">{level}/5</span>
                <span className="visually-hidden">, {t.level(level)}</span>
              </span>
            </li>
          ))}
        </ul>
      )}
      {person.organizations.length > 0 && (
        <p className={styles.meta}>
          {t.people.memberOf}{' '}
          {person.organizations.map(({ organization }, i) => (
            <span key={organization.id}>
              {i > 0 && ', '}
              <Link href={entityPath('Organization', organization.slug)}>{organization.name}</Link>
            </span>
          ))}
        </p>
      )}
    </li>
  );
}

export const OrganizationCardFields = graphql(`
  fragment DirectoryOrganizationCard on Organization {
    id
    slug
    name
    kind
    foundedYear
    memberCount
    sectors {
      id
      slug
      name
      nameEn
    }
  }
`);

export function OrganizationCard({ organization, locale, t }: CardProps & { organization: DirectoryOrganizationCardFragment }) {
  const facts = [t.organizationKind[organization.kind], organization.foundedYear ? t.organizations.founded(organization.foundedYear) : null];
  return (
    <li className={styles.card}>
      <h3>
        <Link href={entityPath('Organization', organization.slug)}>{organization.name}</Link>
      </h3>
      <p className={styles.meta}>{facts.filter(Boolean).join(' · ')}</p>
      <p>{t.organizations.members(organization.memberCount)}</p>
      {organization.sectors.length > 0 && (
        <ul className={styles.chips} aria-label={t.organizations.sectors}>
          {organization.sectors.map((sector) => (
            <li key={sector.id}>{localName(sector, locale)}</li>
          ))}
        </ul>
      )}
    </li>
  );
}

export const ProjectCardFields = graphql(`
  fragment DirectoryProjectCard on Project {
    id
    slug
    name
    status
    summary
    startDate
    callOpen
  }
`);

export function ProjectCard({ project, locale, t }: CardProps & { project: DirectoryProjectCardFragment }) {
  return (
    <li className={styles.card}>
      <h3>
        <Link href={entityPath('Project', project.slug)}>{project.name}</Link>
      </h3>
      <p className={styles.meta}>
        {t.projectStatus[project.status]}
        {project.startDate && ` · ${t.projects.started} ${formatDate(project.startDate, locale)}`}
      </p>
      {project.callOpen && <span className={styles.badge}>{t.projects.callBadge}</span>}
      {project.summary && <p>{project.summary}</p>}
    </li>
  );
}

export const EventCardFields = graphql(`
  fragment DirectoryEventCard on Event {
    id
    slug
    name
    kind
    startsAt
    place
  }
`);

export function EventCard({ event, locale, t }: CardProps & { event: DirectoryEventCardFragment }) {
  return (
    <li className={styles.card}>
      <h3>
        <Link href={entityPath('Event', event.slug)}>{event.name}</Link>
      </h3>
      <p className={styles.meta}>{t.eventKind[event.kind]}</p>
      {event.startsAt && (
        <p>
          <time dateTime={event.startsAt}>{formatDateTime(event.startsAt, locale)}</time>
        </p>
      )}
      {event.place && <p className={styles.meta}>{event.place}</p>}
    </li>
  );
}

export const SkillCardFields = graphql(`
  fragment DirectorySkillCard on Skill {
    id
    slug
    name
    nameEn
    personCount
  }
`);

export function SkillCard({ skill, locale, t }: CardProps & { skill: DirectorySkillCardFragment }) {
  const name = localName(skill, locale);
  return (
    <li className={styles.card}>
      <h3>
        <Link href={entityPath('Skill', skill.slug)}>{name}</Link>
      </h3>
      {skill.personCount > 0 ? (
        <p>
          <Link href={listHref(LIST_PATH.Person, [[PARAM.skill, skill.slug]])}>
            {t.skills.people(skill.personCount)}
            <span className="visually-hidden"> · {name}</span>
          </Link>
        </p>
      ) : (
        <p className={styles.meta}>{t.skills.people(0)}</p>
      )}
    </li>
  );
}

export const SectorCardFields = graphql(`
  fragment DirectorySectorCard on Sector {
    id
    slug
    name
    nameEn
    description
    descriptionEn
    organizationCount
    projectCount
  }
`);

export function SectorCard({ sector, locale, t }: CardProps & { sector: DirectorySectorCardFragment }) {
  const name = localName(sector, locale);
  const description = localDescription(sector, locale);
  return (
    <li className={styles.card}>
      <h3>
        <Link href={entityPath('Sector', sector.slug)}>{name}</Link>
      </h3>
      {description && <p className={styles.meta}>{description}</p>}
      <p className={styles.links}>
        <Link href={listHref(LIST_PATH.Organization, [[PARAM.sector, sector.slug]])}>
          {t.sectors.organizations(sector.organizationCount)}
          <span className="visually-hidden"> · {name}</span>
        </Link>
        <Link href={listHref(LIST_PATH.Project, [[PARAM.sector, sector.slug]])}>
          {t.sectors.projects(sector.projectCount)}
          <span className="visually-hidden"> · {name}</span>
        </Link>
      </p>
    </li>
  );
}
