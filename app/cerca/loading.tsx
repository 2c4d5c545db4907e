import { currentLocale } from '@/lib/i18n/locale';
import { searchText } from '@/lib/i18n/search';
import styles from '../_components/search.module.css';

/** Shown while /cerca runs its search; announces itself politely. */
export default async function Loading() {
  const t = searchText[await currentLocale()].page;
  return (
    <div role="status" aria-live="polite">
      <h1>{t.title}</h1>
      <p>{t.loading}</p>
      <div aria-hidden="true">
        <div className={styles.skeletonLine} style={{ width: '60%' }} />
        <div className={styles.skeletonLine} style={{ width: '85%' }} />
        <div className={styles.skeletonLine} style={{ width: '75%' }} />
        <div className={styles.skeletonLine} style={{ width: '80%' }} />
      </div>
    </div>
  );
}
