import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { graphql } from '@/graphql/generated';
import { runOperation } from '@/graphql/execute';
import { currentLocale } from '@/lib/i18n/locale';
import { profileText } from '@/lib/i18n/profile';
import { Badge } from '@/app/_components/profile/badge';
import { CardList, EntityCard } from '@/app/_components/profile/cards';
import { localDescription, localName } from '@/app/_components/profile/localized';
import { ProfileHeader } from '@/app/_components/profile/profile-header';
import { EmptyNote, ProfileSection, Prose } from '@/app/_components/profile/section';
import { NeighbourhoodMap } from '@/app/_components/map/neighbourhood-map';

const SectorProfileQuery = graphql(`
  query SectorProfile($slug: String!) {
    sector(slug: $slug) {
      id
      slug
      name
      nameEn
      description
      descriptionEn
      organizations {
        id
        slug
        name
        kind
      }
      projects {
        id
        slug
        name
        summary
        status
        callOpen
      }
    }
  }
`);

/** One operation per render: metadata and page share it. */
const loadSector = cache(async (slug: string) => (await runOperation(SectorProfileQuery, { slug })).sector);

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [sector, locale] = await Promise.all([loadSector((await params).slug), currentLocale()]);
  return sector ? { title: localName(sector, locale), description: localDescription(sector, locale) ?? undefined } : {};
}

export default async function SectorPage({ params }: Props) {
  const { slug } = await params;
  const [sector, locale] = await Promise.all([loadSector(slug), currentLocale()]);
  if (!sector) notFound();
  const t = profileText[locale];
  const s = t.sector;

  return (
    <article>
      <ProfileHeader eyebrow={t.entityKind.Sector} title={localName(sector, locale)} />

      <ProfileSection id="about" title={s.about}>
        <Prose text={localDescription(sector, locale)} empty={s.noDescription} />
      </ProfileSection>

      <ProfileSection id="organizations" title={s.organizations}>
        {sector.organizations.length === 0 ? (
          <EmptyNote>{s.noOrganizations}</EmptyNote>
        ) : (
          <CardList>
            {sector.organizations.map((o) => (
              <EntityCard
                key={o.id}
                kind="Organization"
                slug={o.slug}
                name={o.name}
                avatar
                meta={[t.organizationKind[o.kind]]}
              />
            ))}
          </CardList>
        )}
      </ProfileSection>

      <ProfileSection id="projects" title={s.projects}>
        {sector.projects.length === 0 ? (
          <EmptyNote>{s.noProjects}</EmptyNote>
        ) : (
          <CardList>
            {sector.projects.map((p) => (
              <EntityCard
                key={p.id}
                kind="Project"
                slug={p.slug}
                name={p.name}
                meta={[
                  t.projectStatus[p.status],
                  p.summary,
                  p.callOpen ? <Badge tone="positive">{t.project.callOpenBadge}</Badge> : null,
                ]}
              />
            ))}
          </CardList>
        )}
      </ProfileSection>
      <NeighbourhoodMap id={sector.id} kind="Sector" />
    </article>
  );
}
