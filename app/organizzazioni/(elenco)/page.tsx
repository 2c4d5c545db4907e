import type { Metadata } from 'next';
import { runOperation } from '@/graphql/execute';
import { graphql } from '@/graphql/generated';
import { directoryText } from '@/lib/i18n/directory';
import { currentLocale } from '@/lib/i18n/locale';
import { LIST_PATH } from '@/lib/routes';
import { OrganizationCard } from '@/app/_components/directory/cards';
import { FilterForm, SelectField } from '@/app/_components/directory/filter-form';
import { ListPage } from '@/app/_components/directory/list-page';
import { entityOptions, enumOptions, keyOptions } from '@/app/_components/directory/options';
import {
  isFiltered,
  listVariables,
  ORGANIZATION_KINDS,
  organizationsView,
  pageLinks,
  PARAM,
  viewEntries,
  type SearchParams,
} from '@/app/_components/directory/url-state';

const OrganizationsQuery = graphql(`
  query DirectoryOrganizations(
    $filter: OrganizationFilter
    $orderBy: OrganizationOrder
    $first: Int
    $after: String
    $options: Int
    $sectorOrder: SectorOrder
  ) {
    organizations(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...DirectoryOrganizationCard
        }
      }
    }
    sectorOptions: sectorsConnection(orderBy: $sectorOrder, first: $options) {
      edges {
        node {
          slug
          name
          nameEn
        }
      }
    }
  }
`);

const PATH = LIST_PATH.Organization;

export async function generateMetadata(): Promise<Metadata> {
  const t = directoryText[await currentLocale()];
  return { title: t.organizations.title, description: t.organizations.intro };
}

/** /organizzazioni: organizations by kind and sector. */
export default async function OrganizationsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const [locale, params] = await Promise.all([currentLocale(), searchParams]);
  const t = directoryText[locale];
  const view = organizationsView(params);
  const { options, sectorOrder } = listVariables.options(locale);
  const { organizations, sectorOptions } = await runOperation(OrganizationsQuery, {
    ...listVariables.organizations(view),
    options,
    sectorOrder,
  });
  const entries = viewEntries.organizations(view);
  const filtered = isFiltered(entries);
  const links = pageLinks(PATH, entries, view.after, organizations.edges.length, organizations.pageInfo);

  return (
    <ListPage
      title={t.organizations.title}
      intro={t.organizations.intro}
      t={t}
      count={t.organizations.count(organizations.totalCount)}
      isEmpty={organizations.edges.length === 0}
      filters={
        <FilterForm action={PATH} legend={t.filters.legend} submitLabel={t.filters.submit} clearHref={PATH} clearLabel={t.filters.clear}>
          <SelectField
            id="filter-kind"
            name={PARAM.kind}
            label={t.organizations.kind}
            options={enumOptions(ORGANIZATION_KINDS, t.organizationKind)}
            value={view.kind}
            anyLabel={t.filters.any}
          />
          <SelectField
            id="filter-sector"
            name={PARAM.sector}
            label={t.organizations.sector}
            options={entityOptions(sectorOptions.edges.map((e) => e.node), locale, [view.sector])}
            value={view.sector}
            anyLabel={t.filters.any}
          />
          <SelectField
            id="filter-order"
            name={PARAM.order}
            label={t.filters.sort}
            options={keyOptions(t.organizations.sort)}
            value={view.order}
          />
        </FilterForm>
      }
      empty={{ message: filtered ? t.empty.filtered : t.organizations.none, clearHref: filtered ? PATH : undefined }}
      links={links}
      total={organizations.totalCount}
    >
      {organizations.edges.map(({ node }) => (
        <OrganizationCard key={node.id} organization={node} locale={locale} t={t} />
      ))}
    </ListPage>
  );
}
