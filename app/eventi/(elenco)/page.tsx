import type { Metadata } from 'next';
import { runOperation } from '@/graphql/execute';
import { graphql } from '@/graphql/generated';
import { directoryText } from '@/lib/i18n/directory';
import { currentLocale } from '@/lib/i18n/locale';
import { LIST_PATH } from '@/lib/routes';
import { EventCard } from '@/app/_components/directory/cards';
import { DateField, FieldGroup, FilterForm, SelectField } from '@/app/_components/directory/filter-form';
import { ListPage } from '@/app/_components/directory/list-page';
import { enumOptions, keyOptions } from '@/app/_components/directory/options';
import {
  EVENT_KINDS,
  eventsView,
  isFiltered,
  listVariables,
  pageLinks,
  PARAM,
  viewEntries,
  type SearchParams,
} from '@/app/_components/directory/url-state';

const EventsQuery = graphql(`
  query DirectoryEvents($filter: EventFilter, $first: Int, $after: String) {
    events(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...DirectoryEventCard
        }
      }
    }
  }
`);

const PATH = LIST_PATH.Event;

export async function generateMetadata(): Promise<Metadata> {
  const t = directoryText[await currentLocale()];
  return { title: t.events.title, description: t.events.intro };
}

/**
 * /eventi: events by kind, time (coming up by default) and days. Coming-up events are
 * listed soonest first, past ones latest first (the API's order for each).
 */
export default async function EventsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const [locale, params] = await Promise.all([currentLocale(), searchParams]);
  const t = directoryText[locale];
  const view = eventsView(params);
  const { events } = await runOperation(EventsQuery, listVariables.events(view));
  const entries = viewEntries.events(view);
  const filtered = isFiltered(entries);
  const links = pageLinks(PATH, entries, view.after, events.edges.length, events.pageInfo);

  return (
    <ListPage
      title={t.events.title}
      intro={t.events.intro}
      t={t}
      count={t.events.count(events.totalCount)}
      isEmpty={events.edges.length === 0}
      filters={
        <FilterForm action={PATH} legend={t.filters.legend} submitLabel={t.filters.submit} clearHref={PATH} clearLabel={t.filters.clear}>
          <SelectField id="filter-when" name={PARAM.when} label={t.events.when} options={keyOptions(t.events.whenOptions)} value={view.when} />
          <SelectField
            id="filter-kind"
            name={PARAM.kind}
            label={t.events.kind}
            options={enumOptions(EVENT_KINDS, t.eventKind)}
            value={view.kind}
            anyLabel={t.filters.any}
          />
          <FieldGroup legend={t.events.days}>
            <DateField id="filter-from" name={PARAM.from} label={t.events.from} value={view.from} />
            <DateField id="filter-to" name={PARAM.to} label={t.events.to} value={view.to} />
          </FieldGroup>
        </FilterForm>
      }
      empty={{ message: filtered ? t.empty.filtered : t.events.none, clearHref: filtered ? PATH : undefined }}
      links={links}
      total={events.totalCount}
    >
      {events.edges.map(({ node }) => (
        <EventCard key={node.id} event={node} locale={locale} t={t} />
      ))}
    </ListPage>
  );
}
