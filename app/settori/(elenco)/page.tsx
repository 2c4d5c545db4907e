import type { Metadata } from 'next';
import { runOperation } from '@/graphql/execute';
import { graphql } from '@/graphql/generated';
import { directoryText } from '@/lib/i18n/directory';
import { currentLocale } from '@/lib/i18n/locale';
import { LIST_PATH } from '@/lib/routes';
import { SectorCard } from '@/app/_components/directory/cards';
import { ListPage } from '@/app/_components/directory/list-page';
import { listVariables, pageLinks, sectorsView, viewEntries, type SearchParams } from '@/app/_components/directory/url-state';

const SectorsQuery = graphql(`
  query DirectorySectors($orderBy: SectorOrder, $first: Int, $after: String) {
    sectorsConnection(orderBy: $orderBy, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...DirectorySectorCard
        }
      }
    }
  }
`);

const PATH = LIST_PATH.Sector;

export async function generateMetadata(): Promise<Metadata> {
  const t = directoryText[await currentLocale()];
  return { title: t.sectors.title, description: t.sectors.intro };
}

/** /settori: every sector by name (in the viewer's language), with its organizations and projects. */
export default async function SectorsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const [locale, params] = await Promise.all([currentLocale(), searchParams]);
  const t = directoryText[locale];
  const view = sectorsView(params);
  const { sectorsConnection: sectors } = await runOperation(SectorsQuery, listVariables.sectors(view, locale));
  const links = pageLinks(PATH, viewEntries.sectors(), view.after, sectors.edges.length, sectors.pageInfo);

  return (
    <ListPage
      title={t.sectors.title}
      intro={t.sectors.intro}
      t={t}
      count={t.sectors.count(sectors.totalCount)}
      isEmpty={sectors.edges.length === 0}
      empty={{ message: t.sectors.none }}
      links={links}
      total={sectors.totalCount}
    >
      {sectors.edges.map(({ node }) => (
        <SectorCard key={node.id} sector={node} locale={locale} t={t} />
      ))}
    </ListPage>
  );
}
