import { COLUMNS, fileNameOf, KINDS, type ColumnSpec, type Kind } from '@/lib/csv/formats';
import { bulkText, type BulkText } from '@/lib/i18n/bulk';
import type { Locale } from '@/lib/i18n/messages';
import { exportHref } from './paths';
import styles from './bulk.module.css';

/** What a column holds, in words, from its spec (so the reference never drifts from the parser). */
function describe(spec: ColumnSpec, t: BulkText): string {
  switch (spec.type) {
    case 'slug':
      return t.spec.slug;
    case 'name':
      return t.spec.name;
    case 'text':
      return t.spec.text(spec.max);
    case 'email':
      return t.spec.email;
    case 'url':
      return t.spec.url;
    case 'enum':
      return t.spec.enumOf(spec.values.join(', '), spec.fallback);
    case 'int':
      return t.spec.int(spec.min, spec.max);
    case 'float':
      return t.spec.float(spec.min, spec.max);
    case 'bool':
      return t.spec.bool;
    case 'date':
      return t.spec.date;
    case 'textList':
      return t.spec.textList;
    case 'slugList':
      return t.spec.slugList(t.kindNames[spec.ref]);
    case 'pairs':
      return spec.value === 'level' ? t.spec.levels(t.kindNames[spec.ref]) : t.spec.roles(t.kindNames[spec.ref]);
  }
}

function KindReference({ kind, t }: { kind: Kind; t: BulkText }) {
  const file = fileNameOf(kind);
  return (
    <details>
      <summary>
        {file} — {t.kindNames[kind]}
      </summary>
      <p>
        <a href={exportHref('template', kind)} download={file}>
          {t.template(file)}
        </a>
      </p>
      <div className={styles.tableWrap}>
        <table className={styles.table}>
          <caption>{file}</caption>
          <thead>
            <tr>
              <th scope="col">{t.colColumn}</th>
              <th scope="col">{t.colContent}</th>
              <th scope="col">{t.colExample}</th>
            </tr>
          </thead>
          <tbody>
            {COLUMNS[kind].map((column) => (
              <tr key={column.name}>
                <th scope="row">
                  <code>{column.name}</code>
                </th>
                <td>
                  {describe(column.spec, t)}
                  {column.spec.type === 'name' ? ` (${t.required})` : ''}
                </td>
                <td>
                  <code className={styles.code}>{column.example}</code>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}

/** The CSV formats, one collapsible table per file, with a template to download for each. */
export function FormatReference({ locale }: { locale: Locale }) {
  const t = bulkText[locale];
  return (
    <section aria-labelledby="formats" className={styles.reference}>
      <h2 id="formats">{t.formatsHeading}</h2>
      {t.formatsIntro.map((paragraph) => (
        <p key={paragraph}>{paragraph}</p>
      ))}
      {KINDS.map((kind) => (
        <KindReference key={kind} kind={kind} t={t} />
      ))}
    </section>
  );
}
