import styles from './profile.module.css';

const LEVELS = [1, 2, 3, 4, 5] as const;

/**
 * A 1–5 level as five marks. With a `label` ("livello 4 su 5") screen readers read the
 * label instead of the marks; without one the meter is decoration beside a text that
 * already says the level.
 */
export function LevelMeter({ level, label }: { level: number; label?: string }) {
  return (
    <span className={styles.meter} title={label} aria-hidden={label ? undefined : true}>
      {LEVELS.map((n) => (
        <span key={n} aria-hidden="true" className={n <= level ? `${styles.dot} ${styles.dotOn}` : styles.dot} />
      ))}
      {label && <span className="visually-hidden">{label}</span>}
    </span>
  );
}
