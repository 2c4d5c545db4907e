import Link from 'next/link';
import type { ReactNode } from 'react';
import styles from './directory.module.css';

/**
 * The frame of every directory list: title, introduction, filters, the result count
 * (announced politely when a new filter changes it), the results or an empty state,
 * and the page links.
 */
export function ListPage(props: {
  title: string;
  intro: string;
  resultsLabel: string;
  filters?: ReactNode;
  count: string;
  isEmpty: boolean;
  empty: ReactNode;
  pagination: ReactNode;
  children: ReactNode;
}) {
  return (
    <>
      <h1>{props.title}</h1>
      <p className="lead">{props.intro}</p>
      <div className={props.filters ? `${styles.layout} ${styles.withFilters}` : styles.layout}>
        {props.filters}
        <section aria-labelledby="results-heading" className={styles.results}>
          <h2 id="results-heading" className="visually-hidden">
            {props.resultsLabel}
          </h2>
          <p className={styles.count} role="status" aria-live="polite">
            {props.count}
          </p>
          {props.isEmpty ? props.empty : <ul className={styles.cards}>{props.children}</ul>}
          {props.pagination}
        </section>
      </div>
    </>
  );
}

/** What an empty list says: why, and (when filters are on) the way back to everything. */
export function EmptyState(props: { message: string; clearHref?: string; clearLabel?: string }) {
  return (
    <div className={styles.empty}>
      <p>{props.message}</p>
      {props.clearHref && props.clearLabel && (
        <p>
          <Link href={props.clearHref}>{props.clearLabel}</Link>
        </p>
      )}
    </div>
  );
}

/** Previous and next page links with the range shown ("21–40 di 94"). */
export function Pagination(props: { label: string; range: string; previous: string | null; next: string | null; previousLabel: string; nextLabel: string }) {
  if (!props.previous && !props.next) return null;
  return (
    <nav aria-label={props.label} className={styles.pagination}>
      {props.previous ? (
        <Link href={props.previous} rel="prev">
          ← {props.previousLabel}
        </Link>
      ) : (
        <span />
      )}
      <span className={styles.range}>{props.range}</span>
      {props.next ? (
        <Link href={props.next} rel="next">
          {props.nextLabel} →
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}

/** The placeholder shown while a list loads (loading.tsx). */
export function ListSkeleton({ title, label, withFilters = true }: { title: string; label: string; withFilters?: boolean }) {
  return (
    <div aria-busy="true">
      <h1>{title}</h1>
      <p role="status" className="visually-hidden">
        {label}
      </p>
      <div className={withFilters ? `${styles.layout} ${styles.withFilters}` : styles.layout} aria-hidden="true">
        {withFilters && <div className={`${styles.skeleton} ${styles.skeletonFilters}`} />}
        <ul className={styles.cards}>
          {Array.from({ length: 6 }, (_, i) => (
            <li key={i} className={styles.skeleton} />
          ))}
        </ul>
      </div>
    </div>
  );
}
