import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { graphql } from '@/graphql/generated';
import type { ModerationKind, ModerationQueuePageQuery } from '@/graphql/generated/graphql';
import { currentViewer, OperationError, runOperation } from '@/graphql/execute';
import { can } from '@/lib/auth/permissions';
import { currentLocale } from '@/lib/i18n/locale';
import { moderationText } from '@/lib/i18n/moderation';
import { SIGN_IN_PATH, STAFF_PATH } from '@/lib/routes';
import { NotAllowed } from '../../_components/moderation/not-allowed';
import { ReviewQueue, type QueueGroup } from '../../_components/moderation/review-queue';
import { KIND_SLUGS, MODERATION_PATH } from '../../_components/moderation/staff-tools';
import styles from '../../_components/moderation/moderation.module.css';

const ModerationQueuePageQuery = graphql(`
  query ModerationQueuePage($kind: ModerationKind, $first: Int, $after: String) {
    moderationCounts {
      total
      byKind {
        kind
        count
      }
    }
    moderationQueue(kind: $kind, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          kind
          state
          version
          name
          slug
          proposedAt
          proposer {
            name
            slug
          }
          reviewNote
          fields {
            key
            value
          }
          from {
            kind
            name
            slug
            isPublic
          }
          to {
            kind
            name
            slug
            isPublic
          }
          payload {
            key
            value
          }
        }
      }
    }
  }
`);

/** Every kind at once shows this many items; one kind, a page of this many. */
const ALL_KINDS_PAGE = 100;
const KIND_PAGE = 50;

export async function generateMetadata(): Promise<Metadata> {
  const t = moderationText[await currentLocale()];
  return { title: t.queueTitle, robots: { index: false } };
}

function kindOfSlug(slug: string | undefined): ModerationKind | null {
  const found = Object.entries(KIND_SLUGS).find(([, s]) => s === slug);
  return found ? (found[0] as ModerationKind) : null;
}

type Data = ModerationQueuePageQuery;

async function load(kind: ModerationKind | null, after: string | null): Promise<Data> {
  const variables = { kind, first: kind ? KIND_PAGE : ALL_KINDS_PAGE, after };
  try {
    return await runOperation(ModerationQueuePageQuery, variables);
  } catch (error) {
    // A cursor from an older queue (or typed by hand) starts again from the top.
    if (after && error instanceof OperationError) return runOperation(ModerationQueuePageQuery, { ...variables, after: null });
    throw error;
  }
}

function groupsOf(data: Data, kind: ModerationKind | null): QueueGroup[] {
  const nodes = data.moderationQueue.edges.map((e) => e.node);
  const kinds = kind ? [kind] : data.moderationCounts.byKind.filter((k) => k.count > 0).map((k) => k.kind);
  return kinds.map((k) => {
    const items = nodes.filter((n) => n.kind === k);
    const total = data.moderationCounts.byKind.find((c) => c.kind === k)?.count ?? items.length;
    const { pageInfo } = data.moderationQueue;
    const nextHref = kind
      ? pageInfo.hasNextPage && pageInfo.endCursor
        ? `${MODERATION_PATH}?tipo=${KIND_SLUGS[k]}&dopo=${encodeURIComponent(pageInfo.endCursor)}`
        : null
      : items.length < total
        ? `${MODERATION_PATH}?tipo=${KIND_SLUGS[k]}`
        : null;
    return { kind: k, total, items, nextHref };
  });
}

/** The moderation queue, grouped by kind, with approve and reject (staff only). */
export default async function ModerationPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await currentViewer();
  if (!viewer) redirect(`${SIGN_IN_PATH}?callbackUrl=${encodeURIComponent(MODERATION_PATH)}`);
  const locale = await currentLocale();
  const t = moderationText[locale];
  if (!can(viewer, 'entity.review')) return <NotAllowed locale={locale} />;

  const params = await searchParams;
  const kind = kindOfSlug(typeof params.tipo === 'string' ? params.tipo : undefined);
  const after = kind && typeof params.dopo === 'string' ? params.dopo : null;
  const data = await load(kind, after);
  const groups = groupsOf(data, kind);

  return (
    <>
      <p>
        <Link href={STAFF_PATH}>← {t.staffTitle}</Link>
      </p>
      <h1>{t.queueTitle}</h1>
      <p className="lead">{t.queueIntro}</p>
      <nav aria-label={t.queueNav} className={styles.kindNav}>
        <ul>
          <li>
            <Link href={MODERATION_PATH} aria-current={kind ? undefined : 'page'}>
              {t.allKinds} ({data.moderationCounts.total})
            </Link>
          </li>
          {data.moderationCounts.byKind.map((c) => (
            <li key={c.kind}>
              <Link href={`${MODERATION_PATH}?tipo=${KIND_SLUGS[c.kind]}`} aria-current={kind === c.kind ? 'page' : undefined}>
                {t.kindPlural[c.kind]} ({c.count})
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {groups.length === 0 ? <p data-testid="moderation-empty">{t.empty}</p> : null}
      <ReviewQueue groups={groups} locale={locale} />
    </>
  );
}
