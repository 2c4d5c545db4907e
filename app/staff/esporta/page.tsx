import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { currentViewer } from '@/graphql/execute';
import { can } from '@/lib/auth/permissions';
import { KINDS } from '@/lib/csv/formats';
import { bulkText } from '@/lib/i18n/bulk';
import { currentLocale } from '@/lib/i18n/locale';
import { SIGN_IN_PATH } from '@/lib/routes';
import { NotAllowed } from '../../_components/not-allowed';
import { EXPORT_PAGE_PATH, exportHref } from '../../_components/bulk/paths';
import styles from '../../_components/bulk/bulk.module.css';

export async function generateMetadata(): Promise<Metadata> {
  const t = bulkText[await currentLocale()];
  return { title: t.exportTitle, robots: { index: false } };
}

/** One download per file: the whole graph as JSON, and each kind as CSV (the import formats). */
export default async function ExportPage() {
  const viewer = await currentViewer();
  if (!viewer) redirect(`${SIGN_IN_PATH}?callbackUrl=${encodeURIComponent(EXPORT_PAGE_PATH)}`);
  const locale = await currentLocale();
  const t = bulkText[locale];
  if (!can(viewer, 'network.export')) return <NotAllowed title={t.notAllowedTitle} message={t.notAllowedMessage} backHome={t.backHome} />;
  return (
    <>
      <h1>{t.exportTitle}</h1>
      <p className="lead">{t.exportIntro}</p>
      <section aria-labelledby="downloads">
        <h2 id="downloads">{t.downloadsHeading}</h2>
        <ul className={styles.downloads}>
          <li>
            <a href={exportHref('json')} download data-testid="export-json">
              {t.jsonDownload}
            </a>
            <p>{t.jsonHint}</p>
          </li>
          {KINDS.map((kind) => (
            <li key={kind}>
              <a href={exportHref('csv', kind)} download data-testid={`export-csv-${kind}`}>
                {t.csvDownload(t.kindNames[kind])}
              </a>
              <p>{t.csvHint}</p>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
