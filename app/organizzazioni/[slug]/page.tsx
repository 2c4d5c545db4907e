import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { graphql } from '@/graphql/generated';
import { runOperation } from '@/graphql/execute';
import { currentLocale } from '@/lib/i18n/locale';
import { profileText } from '@/lib/i18n/profile';
import { Badge } from '@/app/_components/profile/badge';
import { CardList, EntityCard } from '@/app/_components/profile/cards';
import { WebsiteLink } from '@/app/_components/profile/contact-links';
import { FactList } from '@/app/_components/profile/facts';
import { ProfileHeader } from '@/app/_components/profile/profile-header';
import { EmptyNote, ProfileSection, Prose } from '@/app/_components/profile/section';
import { Period } from '@/app/_components/profile/time';
import { NeighbourhoodMap } from '@/app/_components/map/neighbourhood-map';
import { SectorsSection } from '@/app/_components/profile/sectors-section';
import { OrganizationEditLink } from '@/app/_components/curation/edit-link';

const OrganizationProfileQuery = graphql(`
  query OrganizationProfile($slug: String!) {
    organization(slug: $slug) {
      id
      slug
      name
      kind
      description
      website
      location
      foundedYear
      sectors {
        id
        slug
        name
        nameEn
      }
      members {
        role
        since
        until
        isManager
        person {
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
          status
          callOpen
        }
      }
      partners {
        since
        note
        organization {
          id
          slug
          name
          kind
        }
      }
    }
  }
`);

/** One operation per render: metadata and page share it. */
const loadOrganization = cache(async (slug: string) => (await runOperation(OrganizationProfileQuery, { slug })).organization);

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const organization = await loadOrganization((await params).slug);
  return organization ? { title: organization.name, description: organization.description ?? undefined } : {};
}

export default async function OrganizationPage({ params }: Props) {
  const { slug } = await params;
  const [organization, locale] = await Promise.all([loadOrganization(slug), currentLocale()]);
  if (!organization) notFound();
  const t = profileText[locale];
  const o = t.organization;
  // Managers first (they answer for the organization), then by name as the API gives them.
  const members = [...organization.members].sort((a, b) => Number(b.isManager) - Number(a.isManager));

  return (
    <article>
      <ProfileHeader
        eyebrow={t.organizationKind[organization.kind]}
        title={organization.name}
        subtitle={organization.foundedYear ? o.founded(organization.foundedYear) : null}
        avatar
      >
        <FactList
          facts={[
            organization.location ? { term: t.location, value: organization.location } : null,
            organization.website ? { term: t.website, value: <WebsiteLink url={organization.website} /> } : null,
          ]}
        />
      </ProfileHeader>
      <OrganizationEditLink organizationId={organization.id} managerPersonIds={members.filter((m) => m.isManager).map((m) => m.person.id)} />

      <ProfileSection id="about" title={o.about}>
        <Prose text={organization.description} empty={o.noDescription} />
      </ProfileSection>

      <SectorsSection title={o.sectors} empty={o.noSectors} locale={locale} sectors={organization.sectors} />

      <ProfileSection id="members" title={o.members}>
        {members.length === 0 ? (
          <EmptyNote>{o.noMembers}</EmptyNote>
        ) : (
          <CardList>
            {members.map((m) => (
              <EntityCard
                key={m.person.id}
                kind="Person"
                slug={m.person.slug}
                name={m.person.name}
                avatar
                meta={[
                  [m.role, m.isManager ? o.manager : null].filter(Boolean).join(' · '),
                  m.since || m.until ? <Period key="period" since={m.since} until={m.until} locale={locale} words={t} /> : null,
                ]}
              />
            ))}
          </CardList>
        )}
      </ProfileSection>

      <ProfileSection id="projects" title={o.projects}>
        {organization.projects.length === 0 ? (
          <EmptyNote>{o.noProjects}</EmptyNote>
        ) : (
          <CardList>
            {organization.projects.map((c) => (
              <EntityCard
                key={c.project.id}
                kind="Project"
                slug={c.project.slug}
                name={c.project.name}
                meta={[
                  [c.role, t.projectStatus[c.project.status]].filter(Boolean).join(' · '),
                  c.project.callOpen ? <Badge tone="positive">{t.project.callOpenBadge}</Badge> : null,
                ]}
              />
            ))}
          </CardList>
        )}
      </ProfileSection>

      <ProfileSection id="partners" title={o.partners}>
        {organization.partners.length === 0 ? (
          <EmptyNote>{o.noPartners}</EmptyNote>
        ) : (
          <CardList>
            {organization.partners.map((partner) => (
              <EntityCard
                key={partner.organization.id}
                kind="Organization"
                slug={partner.organization.slug}
                name={partner.organization.name}
                avatar
                meta={[
                  t.organizationKind[partner.organization.kind],
                  partner.note,
                  partner.since ? <Period key="period" since={partner.since} locale={locale} words={t} /> : null,
                ]}
              />
            ))}
          </CardList>
        )}
      </ProfileSection>
      <NeighbourhoodMap id={organization.id} kind="Organization" />
    </article>
  );
}
