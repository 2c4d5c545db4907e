import type { Metadata } from 'next';
import Form from 'next/form';
import { graphql } from '@/graphql/generated';
import type { HowConnectedQuery } from '@/graphql/generated/graphql';
import { OperationError, runOperation } from '@/graphql/execute';
import { encodeCursor } from '@/lib/directory/connection';
import { currentLocale } from '@/lib/i18n/locale';
import { matchingText } from '@/lib/i18n/matching';
import { EntityPath } from '@/app/_components/matching/entity-path';
import { OperationAlert } from '@/app/_components/matching/operation-error';
import {
  COLLABORATORS_PATH,
  CONNECTIONS_PATH,
  GAPS_PATH,
  HOPS,
  MATCH_PARAM,
  hopsParam,
  paramValue,
  type SearchParams,
} from '@/app/_components/matching/params';
import { RelatedLinks } from '@/app/_components/matching/related-links';
import styles from '@/app/_components/matching/matching.module.css';

const OptionsQuery = graphql(`
  query ConnectionOptions($after: String) {
    people(orderBy: NAME, first: 100, after: $after) {
      totalCount
      edges {
        node {
          id
          name
        }
      }
    }
    organizations(orderBy: NAME, first: 100) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);

const HowConnectedQueryDoc = graphql(`
  query HowConnected($from: ID!, $to: ID!, $maxHops: Int) {
    howConnected(from: $from, to: $to, maxHops: $maxHops) {
      hops
      steps {
        __typename
        id
        slug
        name
      }
    }
  }
`);

/** Up to 300 people in the menus; beyond that a search-based picker would serve better. */
const MAX_PEOPLE_PAGES = 3;

type Option = { id: string; name: string };
type Props = { searchParams: Promise<SearchParams> };

async function loadOptions(): Promise<{ people: Option[]; organizations: Option[] }> {
  const first = await runOperation(OptionsQuery, {});
  const people = first.people.edges.map((e) => e.node);
  const pages = Math.min(MAX_PEOPLE_PAGES, Math.ceil(first.people.totalCount / 100));
  for (let page = 1; page < pages; page++) {
    const next = await runOperation(OptionsQuery, { after: encodeCursor(page * 100 - 1) });
    people.push(...next.people.edges.map((e) => e.node));
  }
  return { people, organizations: first.organizations.edges.map((e) => e.node) };
}

export async function generateMetadata(): Promise<Metadata> {
  return { title: matchingText[await currentLocale()].connections.title };
}

export default async function ConnectionsPage({ searchParams }: Props) {
  const [params, locale, options] = await Promise.all([searchParams, currentLocale(), loadOptions()]);
  const t = matchingText[locale];
  const c = t.connections;
  const from = paramValue(params, MATCH_PARAM.from);
  const to = paramValue(params, MATCH_PARAM.to);
  const maxHops = hopsParam(params);
  const same = from !== null && from === to;

  let result: HowConnectedQuery['howConnected'] | undefined;
  let failure: OperationError | null = null;
  if (from && to && !same) {
    try {
      result = (await runOperation(HowConnectedQueryDoc, { from, to, maxHops })).howConnected;
    } catch (error) {
      if (!(error instanceof OperationError)) throw error;
      failure = error;
    }
  }

  const select = (id: string, name: string, label: string, value: string | null) => (
    <div className={styles.field}>
      <label htmlFor={id}>{label}</label>
      <select id={id} name={name} defaultValue={value ?? ''} required>
        <option value="">{c.choose}</option>
        <optgroup label={c.people}>
          {options.people.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </optgroup>
        <optgroup label={c.organizations}>
          {options.organizations.map((o) => (
            <option key={o.id} value={o.id}>
              {o.name}
            </option>
          ))}
        </optgroup>
      </select>
    </div>
  );

  return (
    <>
      <h1>{c.title}</h1>
      <p className="lead">{c.intro}</p>
      <RelatedLinks
        t={t}
        links={[
          { href: COLLABORATORS_PATH, label: t.related.collaborators },
          { href: GAPS_PATH, label: t.related.gaps },
        ]}
      />

      <Form action={CONNECTIONS_PATH} className={styles.form} aria-label={c.title}>
        <div className={styles.fields}>
          {select('connection-from', MATCH_PARAM.from, c.from, from)}
          {select('connection-to', MATCH_PARAM.to, c.to, to)}
          <div className={styles.field}>
            <label htmlFor="connection-hops">{c.maxHops}</label>
            <select id="connection-hops" name={MATCH_PARAM.hops} defaultValue={String(maxHops)}>
              {HOPS.map((n) => (
                <option key={n} value={n}>
                  {n}
                </option>
              ))}
            </select>
          </div>
        </div>
        <div className={styles.actions}>
          <button type="submit" className="button">
            {c.submit}
          </button>
        </div>
      </Form>

      <section aria-labelledby="path-heading">
        <h2 id="path-heading">{c.path}</h2>
        {!from || !to ? (
          <p className={styles.note}>{c.start}</p>
        ) : same ? (
          <p role="status" className={styles.note}>
            {c.same}
          </p>
        ) : failure ? (
          <OperationAlert error={failure} title={c.error} failed={t.search.failed} />
        ) : result ? (
          <div data-testid="connection-path">
            <p role="status">{c.hops(result.hops)}</p>
            <EntityPath steps={result.steps} t={t} label={c.path} />
          </div>
        ) : (
          <p role="status" className={styles.note} data-testid="no-connection">
            {c.none(maxHops)}
          </p>
        )}
      </section>
    </>
  );
}
