import Link from 'next/link';
import type { MergeKind, MergePreviewPageQuery } from '@/graphql/generated/graphql';
import type { Locale } from '@/lib/i18n/messages';
import { mergeAuditText } from '@/lib/i18n/merge-audit';
import { ConfirmMerge } from './confirm-merge';
import { mergeHref } from './kinds';
import styles from './merge.module.css';

type Preview = MergePreviewPageQuery['mergePreview'];
type Side = Preview['keep'];

function SideCard({ side, role, locale, result = false }: { side: Side; role: string; locale: Locale; result?: boolean }) {
  const t = mergeAuditText[locale];
  const e = side.entity;
  return (
    <section className={result ? `${styles.side} ${styles.sideResult}` : styles.side} aria-label={`${role}: ${e.name}`}>
      <p className={styles.role}>{role}</p>
      <h3>{e.path && !result ? <Link href={e.path}>{e.name}</Link> : e.name}</h3>
      <p className="muted">
        {t.state(e.state)} · {t.version(e.version)}
      </p>
      <dl className={styles.facts}>
        {side.fields.map((f) => (
          <div key={f.name} style={{ display: 'contents' }}>
            <dt>{t.fieldNames[f.name] ?? f.name}</dt>
            <dd data-field={f.name}>{f.value ?? t.empty}</dd>
          </div>
        ))}
      </dl>
      <h4>
        {t.relationships} ({t.totalRelationships(side.totalRelationships)})
      </h4>
      <ul className={styles.counts}>
        {side.relationships.map((r) => (
          <li key={`${r.type}-${r.direction}`}>
            <code>{r.type}</code> {t.direction[r.direction === 'OUT' ? 'out' : 'in']}: {r.count}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Both entities of a merge side by side, the result, and the confirm button. */
export function PreviewView({ preview, kind, locale }: { preview: Preview; kind: MergeKind; locale: Locale }) {
  const t = mergeAuditText[locale];
  const keep = preview.keep.entity;
  const merge = preview.merge.entity;
  return (
    <section aria-labelledby="merge-preview" data-testid="merge-preview">
      <h2 id="merge-preview">{t.previewHeading}</h2>
      <p>{t.previewIntro}</p>
      <p>
        <Link href={mergeHref(kind, merge.id, keep.id)}>{t.swap}</Link>
      </p>
      <div className={styles.sides}>
        <SideCard side={preview.keep} role={t.sideKeep} locale={locale} />
        <SideCard side={preview.merge} role={t.sideMerge} locale={locale} />
        <SideCard side={preview.result} role={t.sideResult} locale={locale} result />
      </div>
      <p>{t.duplicates(preview.duplicates)}</p>
      {preview.blocker ? (
        <div className={styles.alert} role="alert">
          {t.blocker(preview.blocker)}
        </div>
      ) : (
        <ConfirmMerge kind={kind} keepId={keep.id} mergeId={merge.id} keepVersion={keep.version} mergeVersion={merge.version} locale={locale} />
      )}
    </section>
  );
}
