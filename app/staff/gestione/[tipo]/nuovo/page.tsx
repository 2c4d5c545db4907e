import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound, redirect } from 'next/navigation';
import { currentViewer } from '@/graphql/execute';
import { can } from '@/lib/auth/permissions';
import { curationListPath, kindOfSegment } from '@/lib/curation/kinds';
import { curationText } from '@/lib/i18n/curation';
import { currentLocale } from '@/lib/i18n/locale';
import { SIGN_IN_PATH } from '@/lib/routes';
import { EntityForm } from '@/app/_components/curation/entity-form';
import { CurationNotAllowed } from '@/app/_components/curation/not-allowed';
import { formText } from '@/app/_components/curation/texts';

type Props = { params: Promise<{ tipo: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const kind = kindOfSegment((await params).tipo);
  const t = curationText[await currentLocale()];
  return { title: kind ? t.kinds[kind].new : t.title, robots: { index: false } };
}

/** The create form of one kind (staff). */
export default async function CurationCreatePage({ params }: Props) {
  const kind = kindOfSegment((await params).tipo);
  if (!kind) notFound();
  const listPath = curationListPath(kind);
  const viewer = await currentViewer();
  if (!viewer) redirect(`${SIGN_IN_PATH}?callbackUrl=${encodeURIComponent(`${listPath}/nuovo`)}`);
  const locale = await currentLocale();
  if (!can(viewer, 'entity.create')) return <CurationNotAllowed locale={locale} />;
  const t = curationText[locale];
  return (
    <>
      <p>
        <Link href={listPath}>← {t.kinds[kind].plural}</Link>
      </p>
      <h1>{t.kinds[kind].new}</h1>
      <EntityForm kind={kind} mode="create" text={formText(locale)} />
    </>
  );
}
