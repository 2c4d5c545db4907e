import Link from 'next/link';
import { currentMessages } from '@/lib/i18n/locale';

/** The 404 page for unknown addresses and unknown slugs (pages call notFound()). */
export default async function NotFound() {
  const { t } = await currentMessages();
  return (
    <section className="not-found">
      <h1>{t.notFound.title}</h1>
      <p>{t.notFound.body}</p>
      <p>
        <Link href="/">{t.notFound.home}</Link>
      </p>
    </section>
  );
}
