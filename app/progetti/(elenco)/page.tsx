import type { Metadata } from 'next';
import { runOperation } from '@/graphql/execute';
import { graphql } from '@/graphql/generated';
import { directoryText } from '@/lib/i18n/directory';
import { currentLocale } from '@/lib/i18n/locale';
import { LIST_PATH } from '@/lib/routes';
import { ProjectCard } from '@/app/_components/directory/cards';
import { CheckField, FilterForm, SelectField } from '@/app/_components/directory/filter-form';
import { ListPage } from '@/app/_components/directory/list-page';
import { entityOptions, enumOptions, keyOptions } from '@/app/_components/directory/options';
import {
  isFiltered,
  listVariables,
  OPEN_CALL_VALUE,
  pageLinks,
  PARAM,
  PROJECT_STATUSES,
  projectsView,
  viewEntries,
  type SearchParams,
} from '@/app/_components/directory/url-state';

const ProjectsQuery = graphql(`
  query DirectoryProjects(
    $filter: ProjectFilter
    $orderBy: ProjectOrder
    $first: Int
    $after: String
    $options: Int
    $sectorOrder: SectorOrder
  ) {
    projects(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...DirectoryProjectCard
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

const PATH = LIST_PATH.Project;

export async function generateMetadata(): Promise<Metadata> {
  const t = directoryText[await currentLocale()];
  return { title: t.projects.title, description: t.projects.intro };
}

/** /progetti: projects by status, sector and open call. */
export default async function ProjectsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const [locale, params] = await Promise.all([currentLocale(), searchParams]);
  const t = directoryText[locale];
  const view = projectsView(params);
  const { options, sectorOrder } = listVariables.options(locale);
  const { projects, sectorOptions } = await runOperation(ProjectsQuery, { ...listVariables.projects(view), options, sectorOrder });
  const entries = viewEntries.projects(view);
  const filtered = isFiltered(entries);
  const links = pageLinks(PATH, entries, view.after, projects.edges.length, projects.pageInfo);

  return (
    <ListPage
      title={t.projects.title}
      intro={t.projects.intro}
      t={t}
      count={t.projects.count(projects.totalCount)}
      isEmpty={projects.edges.length === 0}
      filters={
        <FilterForm action={PATH} legend={t.filters.legend} submitLabel={t.filters.submit} clearHref={PATH} clearLabel={t.filters.clear}>
          <SelectField
            id="filter-status"
            name={PARAM.status}
            label={t.projects.status}
            options={enumOptions(PROJECT_STATUSES, t.projectStatus)}
            value={view.status}
            anyLabel={t.filters.any}
          />
          <SelectField
            id="filter-sector"
            name={PARAM.sector}
            label={t.projects.sector}
            options={entityOptions(sectorOptions.edges.map((e) => e.node), locale, [view.sector])}
            value={view.sector}
            anyLabel={t.filters.any}
          />
          <CheckField id="filter-open-call" name={PARAM.openCall} value={OPEN_CALL_VALUE} label={t.projects.openCall} checked={view.openCall} />
          <SelectField id="filter-order" name={PARAM.order} label={t.filters.sort} options={keyOptions(t.projects.sort)} value={view.order} />
        </FilterForm>
      }
      empty={{ message: filtered ? t.empty.filtered : t.projects.none, clearHref: filtered ? PATH : undefined }}
      links={links}
      total={projects.totalCount}
    >
      {projects.edges.map(({ node }) => (
        <ProjectCard key={node.id} project={node} locale={locale} t={t} />
      ))}
    </ListPage>
  );
}
