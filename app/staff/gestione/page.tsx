import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { graphql } from '@/graphql/generated';
import { currentViewer, runOperation } from '@/graphql/execute';
import { can } from '@/lib/auth/permissions';
import { CURATION_KINDS, CURATION_PATH, curationListPath, type CurationKind } from '@/lib/curation/kinds';
import { curationText } from '@/lib/i18n/curation';
import { formatNumber } from '@/lib/i18n/format';
import { currentLocale } from '@/lib/i18n/locale';
import { SIGN_IN_PATH, STAFF_PATH } from '@/lib/routes';
import { CurationNotAllowed } from '@/app/_components/curation/not-allowed';
import styles from '@/app/_components/curation/curation.module.css';

const CurationOverviewQuery = graphql(`
  query CurationOverview {
    PERSON: curationList(kind: PERSON, first: 0) {
      ...CurationKindCounts
    }
    ORGANIZATION: curationList(kind: ORGANIZATION, first: 0) {
      ...CurationKindCounts
    }
    PROJECT: curationList(kind: PROJECT, first: 0) {
      ...CurationKindCounts
    }
    SKILL: curationList(kind: SKILL, first: 0) {
      ...CurationKindCounts
    }
    SECTOR: curationList(kind: SECTOR, first: 0) {
      ...CurationKindCounts
    }
    EVENT: curationList(kind: EVENT, first: 0) {
      ...CurationKindCounts
    }
  }

  fragment CurationKindCounts on CurationConnection {
    totalCount
    stateCounts {
      state
      count
    }
  }
`);

export async function generateMetadata(): Promise<Metadata> {
  return { title: curationText[await currentLocale()].title, robots: { index: false } };
}

/** The staff's index of every kind of record, with how many there are in each state. */
export default async function CurationIndexPage() {
  const viewer = await currentViewer();
  if (!viewer) redirect(`${SIGN_IN_PATH}?callbackUrl=${encodeURIComponent(CURATION_PATH)}`);
  const locale = await currentLocale();
  if (!can(viewer, 'entity.edit')) return <CurationNotAllowed locale={locale} />;
  const t = curationText[locale];
  const data = await runOperation(CurationOverviewQuery, {});
  return (
    <>
      <p>
        <Link href={STAFF_PATH}>← {t.staffHome}</Link>
      </p>
      <h1>{t.title}</h1>
      <p className="lead">{t.intro}</p>
      <ul className={styles.kinds}>
        {CURATION_KINDS.map((kind: CurationKind) => {
          const counts = data[kind];
          return (
            <li key={kind}>
              <h2>
                <Link href={curationListPath(kind)}>{t.kinds[kind].plural}</Link>
              </h2>
              <p>{t.total(counts.totalCount)}</p>
              <p>
                {counts.stateCounts
                  .filter((s) => s.count > 0)
                  .map((s) => `${t.states[s.state]}: ${formatNumber(s.count, locale)}`)
                  .join(' · ')}
              </p>
              <p>
                <Link href={`${curationListPath(kind)}/nuovo`}>{t.kinds[kind].new}</Link>
              </p>
            </li>
          );
        })}
      </ul>
    </>
  );
}
