import styles from './map.module.css';

/** The placeholder of a map while its page or data loads; announces itself politely. */
export function MapSkeleton({ label, height = 'min(70vh, 44rem)' }: { label: string; height?: string }) {
  return (
    <div className={styles.skeleton} style={{ height }} role="status" aria-live="polite">
      <span>{label}</span>
    </div>
  );
}
