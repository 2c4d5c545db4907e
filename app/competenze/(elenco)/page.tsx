import type { Metadata } from 'next';
import { runOperation } from '@/graphql/execute';
import { graphql } from '@/graphql/generated';
import { directoryText } from '@/lib/i18n/directory';
import { currentLocale } from '@/lib/i18n/locale';
import { LIST_PATH } from '@/lib/routes';
import { SkillCard } from '@/app/_components/directory/cards';
import { FilterForm, SelectField } from '@/app/_components/directory/filter-form';
import { ListPage } from '@/app/_components/directory/list-page';
import { keyOptions } from '@/app/_components/directory/options';
import { listVariables, pageLinks, PARAM, skillsView, viewEntries, type SearchParams } from '@/app/_components/directory/url-state';

const SkillsQuery = graphql(`
  query DirectorySkills($orderBy: SkillOrder, $first: Int, $after: String) {
    skills(orderBy: $orderBy, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...DirectorySkillCard
        }
      }
    }
  }
`);

const PATH = LIST_PATH.Skill;

export async function generateMetadata(): Promise<Metadata> {
  const t = directoryText[await currentLocale()];
  return { title: t.skills.title, description: t.skills.intro };
}

/** /competenze: every skill, by name (in the viewer's language) or by number of people. */
export default async function SkillsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const [locale, params] = await Promise.all([currentLocale(), searchParams]);
  const t = directoryText[locale];
  const view = skillsView(params);
  const { skills } = await runOperation(SkillsQuery, listVariables.skills(view, locale));
  const links = pageLinks(PATH, viewEntries.skills(view), view.after, skills.edges.length, skills.pageInfo);

  return (
    <ListPage
      title={t.skills.title}
      intro={t.skills.intro}
      t={t}
      count={t.skills.count(skills.totalCount)}
      isEmpty={skills.edges.length === 0}
      filters={
        <FilterForm action={PATH} legend={t.filters.legend} submitLabel={t.filters.submit} clearHref={PATH} clearLabel={t.filters.clear}>
          <SelectField id="filter-order" name={PARAM.order} label={t.filters.sort} options={keyOptions(t.skills.sort)} value={view.order} />
        </FilterForm>
      }
      empty={{ message: t.skills.none }}
      links={links}
      total={skills.totalCount}
    >
      {skills.edges.map(({ node }) => (
        <SkillCard key={node.id} skill={node} locale={locale} t={t} />
      ))}
    </ListPage>
  );
}
