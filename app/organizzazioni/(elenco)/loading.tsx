import { directoryText } from '@/lib/i18n/directory';
import { currentLocale } from '@/lib/i18n/locale';
import { ListSkeleton } from '@/app/_components/directory/list-page';

export default async function Loading() {
  const t = directoryText[await currentLocale()];
  return <ListSkeleton title={t.organizations.title} label={t.loading} />;
}
