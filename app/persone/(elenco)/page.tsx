import type { Metadata } from 'next';
import { runOperation } from '@/graphql/execute';
import { graphql } from '@/graphql/generated';
import { directoryText } from '@/lib/i18n/directory';
import { currentLocale } from '@/lib/i18n/locale';
import { LIST_PATH } from '@/lib/routes';
import { PersonCard } from '@/app/_components/directory/cards';
import { FieldGroup, FilterForm, SelectField } from '@/app/_components/directory/filter-form';
import { ListPage } from '@/app/_components/directory/list-page';
import { entityOptions, enumOptions, keyOptions } from '@/app/_components/directory/options';
import {
  AVAILABILITIES,
  isFiltered,
  listVariables,
  pageLinks,
  PARAM,
  peopleView,
  viewEntries,
  type SearchParams,
} from '@/app/_components/directory/url-state';

const PeopleQuery = graphql(`
  query DirectoryPeople($filter: PeopleFilter, $orderBy: PeopleOrder, $first: Int, $after: String, $options: Int, $moreOptions: String) {
    people(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...DirectoryPersonCard
        }
      }
    }
    skillOptions: skills(orderBy: PEOPLE, first: $options) {
      edges {
        node {
          slug
          name
          nameEn
        }
      }
    }
    moreSkillOptions: skills(orderBy: PEOPLE, first: $options, after: $moreOptions) {
      edges {
        node {
          slug
          name
          nameEn
        }
      }
    }
    organizationOptions: organizations(orderBy: MEMBERS, first: $options) {
      edges {
        node {
          slug
          name
        }
      }
    }
  }
`);

/** Skill menus shown (more when the address asks for more skills). */
const SKILL_MENUS = 3;
const PATH = LIST_PATH.Person;

export async function generateMetadata(): Promise<Metadata> {
  const t = directoryText[await currentLocale()];
  return { title: t.people.title, description: t.people.intro };
}

/** /persone: people by skills (all of), organization and availability. */
export default async function PeoplePage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const [locale, params] = await Promise.all([currentLocale(), searchParams]);
  const t = directoryText[locale];
  const view = peopleView(params);
  const { options, moreOptions } = listVariables.options(locale);
  const data = await runOperation(PeopleQuery, { ...listVariables.people(view), options, moreOptions });
  const { people } = data;
  const entries = viewEntries.people(view);
  const filtered = isFiltered(entries);
  const links = pageLinks(PATH, entries, view.after, people.edges.length, people.pageInfo);
  const skillOptions = entityOptions(
    [...data.skillOptions.edges, ...data.moreSkillOptions.edges].map((e) => e.node),
    locale,
    view.skills,
  );
  const organizationOptions = entityOptions(
    data.organizationOptions.edges.map((e) => e.node),
    locale,
    [view.organization],
  );
  const menus = Math.max(SKILL_MENUS, view.skills.length);

  return (
    <ListPage
      title={t.people.title}
      intro={t.people.intro}
      t={t}
      count={t.people.count(people.totalCount)}
      isEmpty={people.edges.length === 0}
      filters={
        <FilterForm action={PATH} legend={t.filters.legend} submitLabel={t.filters.submit} clearHref={PATH} clearLabel={t.filters.clear}>
          <FieldGroup legend={t.people.skills}>
            {Array.from({ length: menus }, (_, i) => (
              <SelectField
                key={i}
                id={`filter-skill-${i + 1}`}
                name={PARAM.skill}
                label={t.people.skill(i + 1)}
                options={skillOptions}
                value={view.skills[i] ?? null}
                anyLabel={t.filters.any}
              />
            ))}
          </FieldGroup>
          <SelectField
            id="filter-organization"
            name={PARAM.organization}
            label={t.people.organization}
            options={organizationOptions}
            value={view.organization}
            anyLabel={t.filters.any}
          />
          <SelectField
            id="filter-availability"
            name={PARAM.availability}
            label={t.people.availability}
            options={enumOptions(AVAILABILITIES, t.availability)}
            value={view.availability}
            anyLabel={t.filters.any}
          />
          <SelectField id="filter-order" name={PARAM.order} label={t.filters.sort} options={keyOptions(t.people.sort)} value={view.order} />
        </FilterForm>
      }
      empty={{ message: filtered ? t.empty.filtered : t.people.none, clearHref: filtered ? PATH : undefined }}
      links={links}
      total={people.totalCount}
    >
      {people.edges.map(({ node }) => (
        <PersonCard key={node.id} person={node} locale={locale} t={t} />
      ))}
    </ListPage>
  );
}
