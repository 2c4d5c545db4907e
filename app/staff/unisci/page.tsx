import type { Metadata } from 'next';
import Link from 'next/link';
import { OperationError, runOperation } from '@/graphql/execute';
import { currentLocale } from '@/lib/i18n/locale';
import { mergeAuditText } from '@/lib/i18n/merge-audit';
import { kindFromSlug, MERGE_KIND_SLUGS, MERGE_KINDS, MERGE_PATH, mergeHref, SEARCH_TYPE_OF } from '@/app/_components/merge/kinds';
import { MergePicker } from '@/app/_components/merge/merge-picker';
import { MergeCandidatesQuery, MergePreviewQuery } from '@/app/_components/merge/operations';
import { PreviewView } from '@/app/_components/merge/preview-view';
import { staffGate } from '@/app/_components/merge/staff-gate';
import styles from '@/app/_components/merge/merge.module.css';

type Props = { searchParams: Promise<{ tipo?: string | string[]; tieni?: string | string[]; unisci?: string | string[] }> };

const one = (v: string | string[] | undefined): string | undefined => (Array.isArray(v) ? v[0] : v)?.trim() || undefined;

export async function generateMetadata(): Promise<Metadata> {
  return { title: mergeAuditText[await currentLocale()].mergeTitle, robots: { index: false } };
}

async function loadPreview(kind: ReturnType<typeof kindFromSlug>, keepId: string, mergeId: string) {
  try {
    return { preview: (await runOperation(MergePreviewQuery, { kind, keepId, mergeId })).mergePreview, problem: null };
  } catch (error) {
    if (error instanceof OperationError) return { preview: null, problem: error.message };
    throw error;
  }
}

/** Staff merge two duplicates: choose the kind and the pair, check the preview, confirm. */
export default async function MergePage({ searchParams }: Props) {
  const params = await searchParams;
  const kind = kindFromSlug(one(params.tipo));
  const keepId = one(params.tieni);
  const mergeId = one(params.unisci);
  const here = keepId || mergeId ? mergeHref(kind, keepId, mergeId) : mergeHref(kind);
  const refused = await staffGate(here, 'entity.merge');
  if (refused) return refused;
  const locale = await currentLocale();
  const t = mergeAuditText[locale];

  const same = keepId && mergeId && keepId === mergeId;
  const loaded = keepId && mergeId && !same ? await loadPreview(kind, keepId, mergeId) : null;
  const { duplicateCandidates } = await runOperation(MergeCandidatesQuery, { kind });
  const keep = loaded?.preview?.keep.entity;
  const merge = loaded?.preview?.merge.entity;

  return (
    <>
      <h1>{t.mergeTitle}</h1>
      <p className="lead">{t.mergeIntro}</p>

      <nav aria-label={t.kindLegend}>
        <ul className={styles.kinds}>
          {MERGE_KINDS.map((k) => (
            <li key={k}>
              <Link href={mergeHref(k)} aria-current={k === kind ? 'page' : undefined}>
                {t.kinds[k]}
              </Link>
            </li>
          ))}
        </ul>
      </nav>

      <section aria-labelledby="merge-choose">
        <h2 id="merge-choose">{t.chooseHeading}</h2>
        {/* A plain GET form: the chosen ids land in the address, so a preview can be shared and reloaded. */}
        <form action={MERGE_PATH} method="get" className={styles.form} key={`${kind}-${keepId}-${mergeId}`}>
          <input type="hidden" name="tipo" value={MERGE_KIND_SLUGS[kind]} />
          <div className={styles.pickers}>
            <MergePicker
              id="merge-keep"
              name="tieni"
              label={t.keepLabel}
              type={SEARCH_TYPE_OF[kind]}
              locale={locale}
              initial={keep ? { id: keep.id, name: keep.name } : null}
            />
            <MergePicker
              id="merge-merge"
              name="unisci"
              label={t.mergeLabel}
              type={SEARCH_TYPE_OF[kind]}
              locale={locale}
              initial={merge ? { id: merge.id, name: merge.name } : null}
            />
          </div>
          <div className={styles.actions}>
            <button type="submit" className="button">
              {t.previewButton}
            </button>
          </div>
        </form>
      </section>

      {same && (
        <p className={styles.alert} role="alert">
          {t.sameTwice}
        </p>
      )}
      {loaded?.problem && (
        <div className={styles.alert} role="alert">
          <strong>{t.previewFailed}</strong> <p>{loaded.problem}</p>
        </div>
      )}
      {loaded?.preview && <PreviewView preview={loaded.preview} kind={kind} locale={locale} />}

      <section aria-labelledby="merge-candidates">
        <h2 id="merge-candidates">{t.candidatesHeading}</h2>
        <p>{t.candidatesIntro}</p>
        {duplicateCandidates.length === 0 ? (
          <p className="muted">{t.candidatesNone}</p>
        ) : (
          <ul className={styles.candidates} data-testid="merge-candidates">
            {duplicateCandidates.map((c) => (
              <li key={`${c.a.id}-${c.b.id}`} className={styles.candidate}>
                <p>
                  <strong>{c.a.name}</strong> · <strong>{c.b.name}</strong>
                </p>
                <p className="muted">
                  {t.reasons[c.reason]}: {c.detail}
                </p>
                <p className={styles.actions}>
                  <Link href={mergeHref(kind, c.a.id, c.b.id)}>{t.keepThis(c.a.name)}</Link>
                  <Link href={mergeHref(kind, c.b.id, c.a.id)}>{t.keepThis(c.b.name)}</Link>
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}

