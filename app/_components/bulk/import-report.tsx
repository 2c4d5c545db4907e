'use client';

import { useId, useState } from 'react';
import type { FileReport, ImportReport, RowReport } from '@/lib/csv/plan';
import { bulkText } from '@/lib/i18n/bulk';
import type { Locale } from '@/lib/i18n/messages';
import styles from './bulk.module.css';

/** Rows shown per file: enough to check an import, few enough for the page to stay quick. */
const MAX_SHOWN = 500;

function RowDetails({ row, locale }: { row: RowReport; locale: Locale }) {
  const t = bulkText[locale];
  if (row.problems.length > 0) {
    return (
      <ul className={styles.details}>
        {row.problems.map((p, i) => (
          <li key={i}>
            <strong>{p.column ?? t.wholeRow}</strong>: {p.reason}
          </li>
        ))}
      </ul>
    );
  }
  if (row.changes.length === 0) return null;
  return (
    <ul className={styles.details}>
      {row.changes.map((c) => (
        <li key={c.column}>
          <strong>{c.column}</strong>: {row.action === 'UPDATE' ? <><del>{c.before || '∅'}</del> → </> : null}
          <ins>{c.after || '∅'}</ins>
        </li>
      ))}
    </ul>
  );
}

function FileTable({ file, locale, showUnchanged }: { file: FileReport; locale: Locale; showUnchanged: boolean }) {
  const t = bulkText[locale];
  const headingId = useId();
  const visible = file.rows.filter((r) => showUnchanged || r.action !== 'UNCHANGED');
  const shown = visible.slice(0, MAX_SHOWN);
  return (
    <section aria-labelledby={headingId} data-testid={`import-file-${file.kind}`}>
      <h2 id={headingId}>{t.fileHeading(file.fileName, t.kindNames[file.kind])}</h2>
      <p>{t.summary(file.counts)}</p>
      {shown.length < file.rows.length ? <p className={styles.hint}>{t.shownRows(shown.length, file.rows.length)}</p> : null}
      {shown.length > 0 ? (
        <div className={styles.tableWrap}>
          <table className={styles.table}>
            <caption>{file.fileName}</caption>
            <thead>
              <tr>
                <th scope="col">{t.colRow}</th>
                <th scope="col">{t.colSlug}</th>
                <th scope="col">{t.colName}</th>
                <th scope="col">{t.colAction}</th>
                <th scope="col">{t.colDetails}</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((row) => (
                <tr key={row.row} data-action={row.action}>
                  <th scope="row">{row.row}</th>
                  <td>{row.slug ?? ''}</td>
                  <td>{row.name ?? ''}</td>
                  <td>
                    <span className={`${styles.badge} ${styles[row.action]}`}>{t.actions[row.action]}</span>
                  </td>
                  <td>
                    <RowDetails row={row} locale={locale} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}

/** The plan of an import, one table per file: each row's action, the changed fields, the reasons. */
export function ImportReportView({ report, locale }: { report: ImportReport; locale: Locale }) {
  const t = bulkText[locale];
  const [showUnchanged, setShowUnchanged] = useState(false);
  const toggleId = useId();
  return (
    <div data-testid="import-report">
      {report.counts.UNCHANGED > 0 ? (
        <p className={styles.toggle}>
          <input id={toggleId} type="checkbox" checked={showUnchanged} onChange={(e) => setShowUnchanged(e.currentTarget.checked)} />
          <label htmlFor={toggleId}>{t.showUnchanged}</label>
        </p>
      ) : null}
      {report.files.map((file) => (
        <FileTable key={file.fileName} file={file} locale={locale} showUnchanged={showUnchanged} />
      ))}
    </div>
  );
}
