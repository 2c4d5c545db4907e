import type { Metadata } from 'next';
import { Suspense } from 'react';
import { graphql } from '@/graphql/generated';
import { runOperation } from '@/graphql/execute';
import { currentLocale } from '@/lib/i18n/locale';
import { mapText } from '@/lib/i18n/map';
import { EcosystemMap } from '../_components/map/ecosystem-map';
import { MapSkeleton } from '../_components/map/map-skeleton';

const MapSectorsQuery = graphql(`
  query MapSectors {
    sectors {
      slug
      name
      nameEn
    }
  }
`);

export async function generateMetadata(): Promise<Metadata> {
  const t = mapText[await currentLocale()];
  return { title: t.title, description: t.intro };
}

/**
 * /mappa: the ecosystem map. The page brings the sectors for the filter; the map itself
 * (a WebGL canvas) loads its data in the browser, so the page answers at once.
 */
export default async function MapPage() {
  const [locale, data] = await Promise.all([currentLocale(), runOperation(MapSectorsQuery, {})]);
  const t = mapText[locale];
  const sectors = data.sectors
    .map((s) => ({ slug: s.slug, name: locale === 'en' && s.nameEn ? s.nameEn : s.name }))
    .sort((a, b) => a.name.localeCompare(b.name, locale));
  return (
    <>
      <h1>{t.title}</h1>
      <p className="lead">{t.intro}</p>
      {/* The map reads the filter from the URL on the client (useSearchParams). */}
      <Suspense fallback={<MapSkeleton label={t.loading} />}>
        <EcosystemMap locale={locale} sectors={sectors} />
      </Suspense>
    </>
  );
}
