import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound, redirect } from 'next/navigation';
import { graphql } from '@/graphql/generated';
import { currentViewer, runOperation } from '@/graphql/execute';
import { can } from '@/lib/auth/permissions';
import { decodeCursor, encodeCursor } from '@/lib/directory/connection';
import { CURATION_PATH, curationEditPath, curationListPath, ENTITY_STATES, isEntityState, kindOfSegment } from '@/lib/curation/kinds';
import { curationText } from '@/lib/i18n/curation';
import { formatDateTime } from '@/lib/i18n/format';
import { currentLocale } from '@/lib/i18n/locale';
import { SIGN_IN_PATH } from '@/lib/routes';
import { CurationNotAllowed } from '@/app/_components/curation/not-allowed';
import styles from '@/app/_components/curation/curation.module.css';

const PAGE_SIZE = 25;

const CurationListPageQuery = graphql(`
  query CurationListPage($kind: EntityKind!, $state: [EntityState!], $query: String, $first: Int, $after: String) {
    curationList(kind: $kind, state: $state, query: $query, first: $first, after: $after) {
      totalCount
      stateCounts {
        state
        count
      }
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          name
          slug
          state
          updatedAt
        }
      }
    }
  }
`);

type Props = { params: Promise<{ tipo: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const kind = kindOfSegment((await params).tipo);
  const t = curationText[await currentLocale()];
  return { title: kind ? `${t.kinds[kind].plural} · ${t.title}` : t.title, robots: { index: false } };
}

const one = (v: string | string[] | undefined) => (typeof v === 'string' ? v : undefined);

/** The offset a cursor stands for (-1 before the first record); a foreign cursor counts as the start. */
function offsetOf(cursor: string | undefined): number {
  if (!cursor) return -1;
  try {
    return decodeCursor(cursor);
  } catch {
    return -1;
  }
}

/** Staff list of one kind: state filter chips, search by name, pages, and "Nuovo". */
export default async function CurationListPage({ params, searchParams }: Props) {
  const { tipo } = await params;
  const kind = kindOfSegment(tipo);
  if (!kind) notFound();
  const search = await searchParams;
  const state = one(search.stato);
  const query = (one(search.q) ?? '').slice(0, 200);
  const after = offsetOf(one(search.dopo));
  const listPath = curationListPath(kind);
  const viewer = await currentViewer();
  if (!viewer) redirect(`${SIGN_IN_PATH}?callbackUrl=${encodeURIComponent(listPath)}`);
  const locale = await currentLocale();
  if (!can(viewer, 'entity.edit')) return <CurationNotAllowed locale={locale} />;
  const t = curationText[locale];
  const chosen = isEntityState(state) ? state : null;
  const { curationList: list } = await runOperation(CurationListPageQuery, {
    kind,
    state: chosen ? [chosen] : null,
    query: query || null,
    first: PAGE_SIZE,
    after: after >= 0 ? encodeCursor(after) : null,
  });

  const href = (changes: { stato?: string | null; dopo?: string | null }) => {
    const p = new URLSearchParams();
    const s = changes.stato === undefined ? chosen : changes.stato;
    if (s) p.set('stato', s);
    if (query) p.set('q', query);
    const d = changes.dopo === undefined ? null : changes.dopo;
    if (d) p.set('dopo', d);
    const qs = p.toString();
    return qs ? `${listPath}?${qs}` : listPath;
  };
  const firstShown = after + 1;
  const previousStart = Math.max(0, firstShown - PAGE_SIZE);
  const previous = firstShown > 0 ? href({ dopo: previousStart === 0 ? null : encodeCursor(previousStart - 1) }) : null;
  const next = list.pageInfo.hasNextPage && list.pageInfo.endCursor ? href({ dopo: list.pageInfo.endCursor }) : null;
  const allCount = list.stateCounts.reduce((sum, s) => sum + s.count, 0);

  return (
    <>
      <p>
        <Link href={CURATION_PATH}>← {t.title}</Link>
      </p>
      <h1>{t.kinds[kind].plural}</h1>
      <div className={styles.toolbar}>
        <nav aria-label={t.stateFilter}>
          <ul className={styles.chips}>
            <li>
              <Link href={href({ stato: null })} aria-current={chosen ? undefined : 'page'}>
                {t.allStates} ({allCount})
              </Link>
            </li>
            {ENTITY_STATES.map((s) => (
              <li key={s}>
                <Link href={href({ stato: s })} aria-current={chosen === s ? 'page' : undefined}>
                  {t.states[s]} ({list.stateCounts.find((c) => c.state === s)?.count ?? 0})
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <Link className="button" href={`${listPath}/nuovo`} data-testid="curation-new">
          {t.newButton}
        </Link>
      </div>
      <form className={styles.search} action={listPath} method="get" role="search">
        {chosen ? <input type="hidden" name="stato" value={chosen} /> : null}
        <label>
          {t.searchLabel}
          <input type="search" name="q" defaultValue={query} maxLength={200} />
        </label>
        <button className="button" type="submit">
          {t.searchButton}
        </button>
      </form>
      <p role="status" aria-live="polite">
        {t.total(list.totalCount)}
      </p>
      {list.edges.length === 0 ? (
        <p>{t.noResults}</p>
      ) : (
        <table className={styles.table}>
          <thead>
            <tr>
              <th scope="col">{t.fields.name}</th>
              <th scope="col">{t.lifecycle.heading}</th>
              <th scope="col">{t.fields.slug}</th>
            </tr>
          </thead>
          <tbody>
            {list.edges.map(({ node }) => (
              <tr key={node.id}>
                <td>
                  <Link href={curationEditPath(kind, node.id)}>{node.name}</Link>
                  {node.updatedAt ? <div className="muted">{formatDateTime(node.updatedAt, locale)}</div> : null}
                </td>
                <td>
                  <span className={styles.state}>{t.state[node.state]}</span>
                </td>
                <td>
                  <code>{node.slug}</code>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {previous || next ? (
        <nav aria-label={t.pagination} className={styles.actions}>
          {previous ? (
            <Link href={previous} rel="prev">
              ← {t.previous}
            </Link>
          ) : null}
          {next ? (
            <Link href={next} rel="next">
              {t.next} →
            </Link>
          ) : null}
        </nav>
      ) : null}
    </>
  );
}
