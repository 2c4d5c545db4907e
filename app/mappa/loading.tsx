import { MapSkeleton } from '@/app/_components/map/map-skeleton';
import { currentLocale } from '@/lib/i18n/locale';
import { mapText } from '@/lib/i18n/map';

export default async function Loading() {
  const t = mapText[await currentLocale()];
  return (
    <>
      <h1>{t.title}</h1>
      <MapSkeleton label={t.loading} />
    </>
  );
}
