import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { currentViewer } from '@/graphql/execute';
import { can } from '@/lib/auth/permissions';
import { bulkText } from '@/lib/i18n/bulk';
import { currentLocale } from '@/lib/i18n/locale';
import { SIGN_IN_PATH } from '@/lib/routes';
import { NotAllowed } from '../../_components/not-allowed';
import { FormatReference } from '../../_components/bulk/format-reference';
import { ImportForm } from '../../_components/bulk/import-form';
import { IMPORT_PAGE_PATH } from '../../_components/bulk/paths';

export async function generateMetadata(): Promise<Metadata> {
  const t = bulkText[await currentLocale()];
  return { title: t.importTitle, robots: { index: false } };
}

/** Staff upload CSV files, preview what each row would do, then apply the import. */
export default async function ImportPage() {
  const viewer = await currentViewer();
  if (!viewer) redirect(`${SIGN_IN_PATH}?callbackUrl=${encodeURIComponent(IMPORT_PAGE_PATH)}`);
  const locale = await currentLocale();
  const t = bulkText[locale];
  if (!can(viewer, 'network.import')) return <NotAllowed title={t.notAllowedTitle} message={t.notAllowedMessage} backHome={t.backHome} />;
  return (
    <>
      <h1>{t.importTitle}</h1>
      <p className="lead">{t.importIntro}</p>
      <ImportForm locale={locale} />
      <FormatReference locale={locale} />
    </>
  );
}
