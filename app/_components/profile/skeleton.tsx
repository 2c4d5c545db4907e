import styles from './profile.module.css';

/** The placeholder shown while a profile loads; announces itself politely. */
export function ProfileSkeleton({ label }: { label: string }) {
  return (
    <div className={styles.skeleton} role="status" aria-live="polite">
      <span className="visually-hidden">{label}</span>
      <div aria-hidden="true" className={`${styles.skeletonLine} ${styles.skeletonTitle}`} />
      <div aria-hidden="true" className={styles.skeletonLine} style={{ width: '80%' }} />
      <div aria-hidden="true" className={styles.skeletonLine} style={{ width: '65%' }} />
      <div aria-hidden="true" className={styles.skeletonLine} style={{ width: '90%' }} />
      <div aria-hidden="true" className={styles.skeletonLine} style={{ width: '50%' }} />
    </div>
  );
}
