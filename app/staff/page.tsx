import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { graphql } from '@/graphql/generated';
import { currentViewer, runOperation } from '@/graphql/execute';
import { can } from '@/lib/auth/permissions';
import { currentLocale } from '@/lib/i18n/locale';
import { moderationText } from '@/lib/i18n/moderation';
import { SIGN_IN_PATH, STAFF_PATH } from '@/lib/routes';
import { NotAllowed } from '../_components/moderation/not-allowed';
import { KIND_SLUGS, MODERATION_PATH, STAFF_TOOLS } from '../_components/moderation/staff-tools';
import styles from '../_components/moderation/moderation.module.css';

const StaffDashboardQuery = graphql(`
  query StaffDashboard {
    moderationCounts {
      total
      byKind {
        kind
        count
      }
    }
  }
`);

export async function generateMetadata(): Promise<Metadata> {
  const t = moderationText[await currentLocale()];
  return { title: t.staffTitle, robots: { index: false } };
}

/** The staff's home: what waits in the moderation queue, and every curation tool. */
export default async function StaffDashboardPage() {
  const viewer = await currentViewer();
  if (!viewer) redirect(`${SIGN_IN_PATH}?callbackUrl=${encodeURIComponent(STAFF_PATH)}`);
  const locale = await currentLocale();
  const t = moderationText[locale];
  if (!can(viewer, 'entity.review')) return <NotAllowed locale={locale} />;
  const { moderationCounts } = await runOperation(StaffDashboardQuery, {});
  const tools = STAFF_TOOLS.filter((tool) => can(viewer, tool.action));
  return (
    <>
      <h1>{t.staffTitle}</h1>
      <p className="lead">{t.staffIntro}</p>

      <section aria-labelledby="staff-queue">
        <h2 id="staff-queue">{t.queueHeading}</h2>
        <p data-testid="moderation-total">{t.queueTotal(moderationCounts.total)}</p>
        <ul className="stats">
          {moderationCounts.byKind.map(({ kind, count }) => (
            <li key={kind}>
              <Link href={`${MODERATION_PATH}?tipo=${KIND_SLUGS[kind]}`}>
                <strong>{count}</strong> <span>{t.kindPlural[kind]}</span>
              </Link>
            </li>
          ))}
        </ul>
        <p>
          <Link href={MODERATION_PATH}>{t.openQueue}</Link>
        </p>
      </section>

      <section aria-labelledby="staff-tools">
        <h2 id="staff-tools">{t.toolsHeading}</h2>
        <ul className={styles.tools}>
          {tools.map((tool) => (
            <li key={tool.key}>
              <Link href={tool.href}>{t.tools[tool.key].label}</Link>
              <p>{t.tools[tool.key].description}</p>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
