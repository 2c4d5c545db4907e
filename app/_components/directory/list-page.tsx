import Link from 'next/link';
import type { ReactNode } from 'react';
import type { DirectoryText } from '@/lib/i18n/directory';
import styles from './directory.module.css';
import type { PageLinks } from './url-state';

/**
 * The frame of every directory list: title, introduction, filters, the result count
 * (announced politely when a new filter changes it), the results or an empty state,
 * and the page links.
 */
export function ListPage(props: {
  t: DirectoryText;
  title: string;
  intro: string;
  filters?: ReactNode;
  count: string;
  isEmpty: boolean;
  /** What an empty list says, and where "show everything" leads when filters are on. */
  empty: { message: string; clearHref?: string };
  links: PageLinks;
  total: number;
  children: ReactNode;
}) {
  const { t } = props;
  return (
    <>
      <h1>{props.title}</h1>
      <p className="lead">{props.intro}</p>
      <div className={props.filters ? `${styles.layout} ${styles.withFilters}` : styles.layout}>
        {props.filters}
        <section aria-labelledby="results-heading" className={styles.results}>
          <h2 id="results-heading" className="visually-hidden">
            {t.results}
          </h2>
          <p className={styles.count} role="status" aria-live="polite">
            {props.count}
          </p>
          {props.isEmpty ? (
            <EmptyState message={props.empty.message} clearHref={props.empty.clearHref} clearLabel={t.empty.clear} />
          ) : (
            <ul className={styles.cards}>{props.children}</ul>
          )}
          <Pagination
            label={t.pagination.label}
            range={t.pagination.range(props.links.from, props.links.to, props.total)}
            previous={props.links.previous}
            next={props.links.next}
            previousLabel={t.pagination.previous}
            nextLabel={t.pagination.next}
          />
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
