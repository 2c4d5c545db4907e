import type { Metadata } from 'next';
import Link from 'next/link';
import { OperationError, runOperation } from '@/graphql/execute';
import { graphql } from '@/graphql/generated';
import type { SearchPageQuery } from '@/graphql/generated/graphql';
import { currentMessages } from '@/lib/i18n/locale';
import type { Locale } from '@/lib/i18n/messages';
import { searchText } from '@/lib/i18n/search';
import { searchPath, typeOfTipo, type SearchTypeName } from '@/lib/search/address';
import { hitDetail, hitName } from '@/lib/search/hit-detail';
import { MAX_HITS_PER_TYPE, MAX_QUERY_LENGTH } from '@/lib/search/plan';
import { entityPath, LIST_PATH } from '@/lib/routes';
import { SearchBox } from '../_components/search-box';
import styles from '../_components/search.module.css';

const SearchPageQuery = graphql(`
  query SearchPage($query: String!, $types: [SearchType!], $first: Int, $filtered: Boolean!) {
    search(query: $query, types: $types, first: $first) {
      total
      groups {
        type
        totalCount
        hits {
          entity {
            __typename
            id
            slug
            name
            ... on Person {
              headline
            }
            ... on Organization {
              organizationKind: kind
            }
            ... on Project {
              summary
            }
            ... on Skill {
              nameEn
            }
            ... on Sector {
              nameEn
            }
            ... on Event {
              eventKind: kind
            }
          }
        }
      }
    }
    overview: search(query: $query, first: 1) @include(if: $filtered) {
      total
      groups {
        type
        totalCount
      }
    }
  }
`);

/** Hits per type when every type is shown; one type shows as many as the API gives. */
const HITS_PER_GROUP = 8;

type SearchParams = { q?: string | string[]; tipo?: string | string[] };
type Search = SearchPageQuery['search'];
type Outcome = { kind: 'start' } | { kind: 'tooLong' } | { kind: 'failed' } | { kind: 'results'; data: SearchPageQuery };

const firstOf = (value: string | string[] | undefined): string | undefined => (Array.isArray(value) ? value[0] : value);

function readParams(params: SearchParams): { query: string; type: SearchTypeName | null } {
  return { query: (firstOf(params.q) ?? '').trim(), type: typeOfTipo(firstOf(params.tipo)) };
}

async function runSearch(query: string, type: SearchTypeName | null): Promise<Outcome> {
  if (!query) return { kind: 'start' };
  if ([...query].length > MAX_QUERY_LENGTH) return { kind: 'tooLong' };
  try {
    const data = await runOperation(SearchPageQuery, {
      query,
      types: type ? [type] : null,
      first: type ? MAX_HITS_PER_TYPE : HITS_PER_GROUP,
      filtered: type !== null,
    });
    return { kind: 'results', data };
  } catch (error) {
    // The service validates too; its answer is a message for the reader, not a crash.
    if (error instanceof OperationError && error.errors.some((e) => e.extensions?.code === 'BAD_USER_INPUT')) {
      return { kind: 'tooLong' };
    }
    throw error;
  }
}

export async function generateMetadata({ searchParams }: { searchParams: Promise<SearchParams> }): Promise<Metadata> {
  const [{ locale }, params] = await Promise.all([currentMessages(), searchParams]);
  const t = searchText[locale].page;
  const { query } = readParams(params);
  return { title: query ? t.titleFor(query) : t.title, robots: { index: false } };
}

/** /cerca?q=…&tipo=…: full-text results grouped by type. */
export default async function SearchPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const [{ locale, t: common }, params] = await Promise.all([currentMessages(), searchParams]);
  const t = searchText[locale];
  const { query, type } = readParams(params);
  const outcome = await runSearch(query, type);

  return (
    <>
      <h1>{query ? t.page.titleFor(query) : t.page.title}</h1>
      <p className="lead">{t.page.intro}</p>
      <div className={styles.pageForm}>
        <SearchBox
          id="search-page-query"
          formLabel={t.page.formLabel}
          label={common.search.label}
          placeholder={common.search.placeholder}
          submit={common.search.submit}
          defaultValue={query}
        />
      </div>

      {outcome.kind === 'start' && <p>{t.page.start}</p>}
      {outcome.kind === 'tooLong' && (
        <div className={styles.alert} role="alert">
          <h2>{t.page.tooLongTitle}</h2>
          <p>{t.tooLong(MAX_QUERY_LENGTH)}</p>
        </div>
      )}
      {outcome.kind === 'results' && (
        <Results query={query} type={type} search={outcome.data.search} overview={outcome.data.overview ?? outcome.data.search} locale={locale} nav={common.nav} />
      )}
    </>
  );
}

function Results({
  query,
  type,
  search,
  overview,
  locale,
  nav,
}: {
  query: string;
  type: SearchTypeName | null;
  search: Search;
  overview: Pick<Search, 'total'> & { groups: Pick<Search['groups'][number], 'type' | 'totalCount'>[] };
  locale: Locale;
  nav: { people: string; organizations: string; projects: string; skills: string; sectors: string; events: string };
}) {
  const t = searchText[locale];
  return (
    <>
      <p className={styles.summary}>
        {t.results(overview.total)}
      </p>
      {overview.groups.length > 0 && (
        <nav className={styles.filters} aria-label={t.page.filterLabel}>
          <ul>
            <li>
              <Link href={searchPath(query)} aria-current={type === null ? 'page' : undefined}>
                {t.page.allTypes} ({overview.total})
              </Link>
            </li>
            {overview.groups.map((g) => (
              <li key={g.type}>
                <Link href={searchPath(query, g.type)} aria-current={type === g.type ? 'page' : undefined}>
                  {t.groups[g.type]} ({g.totalCount})
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      )}

      {search.groups.length === 0 ? (
        <Empty query={query} type={type} anyResults={overview.total > 0} locale={locale} nav={nav} />
      ) : (
        search.groups.map((group) => {
          const headingId = `results-${group.type}`;
          const more = group.totalCount > group.hits.length;
          return (
            <section key={group.type} aria-labelledby={headingId} className={styles.group}>
              <h2 id={headingId}>
                {t.groups[group.type]} <span className={styles.count}>({group.totalCount})</span>
              </h2>
              <ol className={styles.hits}>
                {group.hits.map(({ entity }) => {
                  const detail = hitDetail(entity, locale);
                  return (
                    <li key={entity.id} className={styles.hit}>
                      <Link href={entityPath(entity.__typename, entity.slug)}>{hitName(entity, locale)}</Link>
                      {detail && <p>{detail}</p>}
                    </li>
                  );
                })}
              </ol>
              {more && type === null && (
                <p className={styles.more}>
                  <Link href={searchPath(query, group.type)}>{t.page.onlyType(t.groups[group.type], group.totalCount)}</Link>
                </p>
              )}
              {more && type !== null && <p className={styles.note}>{t.page.shown(group.hits.length, group.totalCount)}</p>}
            </section>
          );
        })
      )}
    </>
  );
}

function Empty({
  query,
  type,
  anyResults,
  locale,
  nav,
}: {
  query: string;
  type: SearchTypeName | null;
  anyResults: boolean;
  locale: Locale;
  nav: { people: string; organizations: string; projects: string; skills: string; sectors: string; events: string };
}) {
  const t = searchText[locale].page;
  const browse = [
    { href: LIST_PATH.Person, label: nav.people },
    { href: LIST_PATH.Organization, label: nav.organizations },
    { href: LIST_PATH.Project, label: nav.projects },
    { href: LIST_PATH.Skill, label: nav.skills },
    { href: LIST_PATH.Sector, label: nav.sectors },
    { href: LIST_PATH.Event, label: nav.events },
  ];
  // Some other type has results: the filter links above already lead there.
  if (type !== null && anyResults) return <p>{t.emptyTypeOnly(searchText[locale].groups[type])}</p>;
  return (
    <section className={styles.empty} aria-labelledby="no-results">
      <h2 id="no-results">{t.emptyTitle(query)}</h2>
      <p>{t.emptyIntro}</p>
      <ul>
        {t.emptyTips.map((tip) => (
          <li key={tip}>{tip}</li>
        ))}
      </ul>
      <p>{t.browse}</p>
      <ul className={styles.browse}>
        {browse.map((b) => (
          <li key={b.href}>
            <Link href={b.href}>{b.label}</Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
