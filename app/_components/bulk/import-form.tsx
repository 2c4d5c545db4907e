'use client';

import { useId, useState, type FormEvent } from 'react';
import type { ImportReport } from '@/lib/csv/plan';
import { bulkText } from '@/lib/i18n/bulk';
import type { Locale } from '@/lib/i18n/messages';
import { ImportReportView } from './import-report';
import { IMPORT_API_PATH } from './paths';
import styles from './bulk.module.css';

interface ImportAnswer {
  report?: ImportReport;
  applied?: boolean;
  error?: { code: string; message: string };
}

type Outcome =
  | { kind: 'preview'; report: ImportReport }
  | { kind: 'applied'; report: ImportReport }
  | { kind: 'rejected'; report: ImportReport };

async function send(mode: 'preview' | 'apply', files: readonly File[]): Promise<{ status: number; body: ImportAnswer | null }> {
  const form = new FormData();
  for (const file of files) form.append('file', file);
  const res = await fetch(`${IMPORT_API_PATH}?mode=${mode}`, { method: 'POST', body: form });
  const body = (await res.json().catch(() => null)) as ImportAnswer | null;
  return { status: res.status, body };
}

/**
 * Upload → preview → apply. Apply sends the same files again and is enabled only after a
 * preview of exactly these files with no rejected row (the server re-plans regardless).
 */
export function ImportForm({ locale }: { locale: Locale }) {
  const t = bulkText[locale];
  const inputId = useId();
  const hintId = useId();
  const [files, setFiles] = useState<File[]>([]);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState<'preview' | 'apply' | null>(null);

  const canApply = outcome?.kind === 'preview' && outcome.report.counts.REJECT === 0 && pending === null;

  async function run(mode: 'preview' | 'apply') {
    if (files.length === 0) {
      setError(t.chooseFiles);
      return;
    }
    setPending(mode);
    setError(null);
    try {
      const { status, body } = await send(mode, files);
      if (body?.report && status === 200) setOutcome({ kind: mode === 'preview' ? 'preview' : 'applied', report: body.report });
      else if (body?.report && status === 422) setOutcome({ kind: 'rejected', report: body.report });
      else {
        setOutcome(null);
        setError(body?.error?.message ?? t.failed);
      }
    } catch {
      setError(t.failed);
    }
    setPending(null);
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void run('preview');
  }

  return (
    <>
      <form className={styles.form} onSubmit={onSubmit} aria-busy={pending !== null}>
        <div className={styles.field}>
          <label htmlFor={inputId}>{t.filesLabel}</label>
          <input
            id={inputId}
            name="file"
            type="file"
            accept=".csv,text/csv"
            multiple
            required
            aria-describedby={hintId}
            onChange={(e) => {
              setFiles(Array.from(e.currentTarget.files ?? []));
              setOutcome(null);
              setError(null);
            }}
          />
          <p id={hintId} className={styles.hint}>
            {t.filesHint}
          </p>
        </div>
        <div className={styles.buttons}>
          <button className={styles.secondary} type="submit" disabled={pending !== null}>
            {pending === 'preview' ? t.previewing : t.preview}
          </button>
          <button className={styles.button} type="button" disabled={!canApply} onClick={() => void run('apply')} aria-describedby={canApply ? undefined : `${hintId}-apply`}>
            {pending === 'apply' ? t.applying : t.apply}
          </button>
        </div>
        {canApply ? null : (
          <p id={`${hintId}-apply`} className={styles.hint}>
            {t.applyDisabled}
          </p>
        )}
      </form>

      {error ? (
        <p className={styles.error} role="alert" data-testid="import-error">
          {error}
        </p>
      ) : null}

      <div role="status" aria-live="polite">
        {outcome?.kind === 'preview' ? <p className={styles.status}>{t.summary(outcome.report.counts)}</p> : null}
        {outcome?.kind === 'applied' ? (
          <p className={styles.status} data-testid="import-result">
            {outcome.report.counts.CREATE + outcome.report.counts.UPDATE === 0 ? t.appliedNothing : t.applied(outcome.report.counts)}
          </p>
        ) : null}
      </div>
      {outcome?.kind === 'rejected' ? (
        <p className={styles.error} role="alert">
          {t.rejectedNothingWritten(outcome.report.counts.REJECT)}
        </p>
      ) : null}
      {outcome ? <ImportReportView report={outcome.report} locale={locale} /> : null}
    </>
  );
}
