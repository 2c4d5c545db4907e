import type { Metadata } from 'next';
import Link from 'next/link';
import type { AuditEntityLabel, AuditLogFilter, AuditLogPageQuery } from '@/graphql/generated/graphql';
import { OperationError, runOperation } from '@/graphql/execute';
import { encodeCursor } from '@/lib/directory/connection';
import { currentLocale } from '@/lib/i18n/locale';
import { mergeAuditText } from '@/lib/i18n/merge-audit';
import { AuditTable } from '@/app/_components/merge/audit-table';
import { romeDayStart } from '@/app/_components/merge/dates';
import { AUDIT_PATH } from '@/app/_components/merge/kinds';
import { AuditLogQuery } from '@/app/_components/merge/operations';
import { staffGate } from '@/app/_components/merge/staff-gate';
import styles from '@/app/_components/merge/merge.module.css';

type Param = string | string[] | undefined;
type Props = { searchParams: Promise<Record<string, Param>> };

const PAGE_SIZE = 25;
const LABELS: AuditEntityLabel[] = ['PERSON', 'ORGANIZATION', 'SKILL', 'SECTOR', 'PROJECT', 'EVENT', 'ACCOUNT', 'INVITATION', 'PROPOSAL'];
/** The filters' names in the address. */
const KEYS = ['chi', 'tipo', 'entita', 'azione', 'dal', 'al'] as const;

const one = (v: Param): string => ((Array.isArray(v) ? v[0] : v) ?? '').trim();

export async function generateMetadata(): Promise<Metadata> {
  return { title: mergeAuditText[await currentLocale()].logTitle, robots: { index: false } };
}

/** The address of the log with these filters on another page. */
function hrefWith(state: Record<string, string>, page: number): string {
  const params = new URLSearchParams();
  for (const key of KEYS) if (state[key]) params.set(key, state[key]);
  if (page > 1) params.set('pagina', String(page));
  const query = params.toString();
  return query ? `${AUDIT_PATH}?${query}` : AUDIT_PATH;
}

/** Staff browse the audit log: filters live in the address, newest entries first, paged. */
export default async function AuditLogPage({ searchParams }: Props) {
  const raw = await searchParams;
  const state: Record<string, string> = Object.fromEntries(KEYS.map((k) => [k, one(raw[k])]));
  const page = Math.max(1, Math.min(100_000, Number.parseInt(one(raw.pagina), 10) || 1));
  const refused = await staffGate(hrefWith(state, page), 'audit.read');
  if (refused) return refused;
  const locale = await currentLocale();
  const t = mergeAuditText[locale];

  const label = LABELS.find((l) => l === state.tipo) ?? null;
  const filter: AuditLogFilter = {
    actorId: state.chi || null,
    entityId: state.entita || null,
    entityLabel: label,
    action: state.azione || null,
    from: romeDayStart(state.dal),
    to: romeDayStart(state.al, 1),
  };
  const after = page > 1 ? encodeCursor((page - 1) * PAGE_SIZE - 1) : null;
  let data: AuditLogPageQuery | null = null;
  let problem: string | null = null;
  try {
    data = await runOperation(AuditLogQuery, { filter, first: PAGE_SIZE, after });
  } catch (error) {
    if (!(error instanceof OperationError)) throw error;
    problem = error.message;
  }
  const total = data?.auditLog.totalCount ?? 0;
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const entries = data?.auditLog.edges.map((e) => e.node) ?? [];
  const facets = data?.auditFacets ?? { actions: [], actors: [] };

  return (
    <>
      <h1>{t.logTitle}</h1>
      <p className="lead">{t.logIntro}</p>

      <form action={AUDIT_PATH} method="get">
        <fieldset className={styles.filters}>
          <legend>{t.filtersLegend}</legend>
          <div className={styles.filterGrid}>
            <div className={styles.field}>
              <label htmlFor="audit-actor">{t.actorLabel}</label>
              <select id="audit-actor" name="chi" defaultValue={state.chi}>
                <option value="">{t.anyone}</option>
                {facets.actors.map((a) => (
                  <option key={a.accountId} value={a.accountId}>
                    {a.name ? `${a.name} (${a.email ?? ''})` : (a.email ?? a.accountId)}
                  </option>
                ))}
              </select>
            </div>
            <div className={styles.field}>
              <label htmlFor="audit-label">{t.labelLabel}</label>
              <select id="audit-label" name="tipo" defaultValue={label ?? ''}>
                <option value="">{t.anyLabel}</option>
                {LABELS.map((l) => (
                  <option key={l} value={l}>
                    {t.labels[l]}
                  </option>
                ))}
              </select>
            </div>
            <div className={styles.field}>
              <label htmlFor="audit-action">{t.actionLabel}</label>
              <select id="audit-action" name="azione" defaultValue={state.azione}>
                <option value="">{t.anyAction}</option>
                {facets.actions.map((a) => (
                  <option key={a} value={a}>
                    {a}
                  </option>
                ))}
              </select>
            </div>
            <div className={styles.field}>
              <label htmlFor="audit-entity">{t.entityLabel}</label>
              <input id="audit-entity" name="entita" type="text" maxLength={100} defaultValue={state.entita} />
            </div>
            <div className={styles.field}>
              <label htmlFor="audit-from">{t.fromLabel}</label>
              <input id="audit-from" name="dal" type="date" defaultValue={state.dal} />
            </div>
            <div className={styles.field}>
              <label htmlFor="audit-to">{t.toLabel}</label>
              <input id="audit-to" name="al" type="date" defaultValue={state.al} />
            </div>
          </div>
          <div className={styles.actions}>
            <button type="submit" className="button">
              {t.apply}
            </button>
            <Link href={AUDIT_PATH}>{t.clear}</Link>
          </div>
        </fieldset>
      </form>

      {problem ? (
        <div className={styles.alert} role="alert">
          <strong>{t.badFilter}</strong> <p>{problem}</p>
        </div>
      ) : (
        <>
          <p role="status" data-testid="audit-total">
            {t.results(total)}
          </p>
          {entries.length === 0 ? <p className="muted">{t.noEntries}</p> : <AuditTable entries={entries} locale={locale} />}
          {pages > 1 && (
            <nav className={styles.pager} aria-label={t.pageOf(page, pages)}>
              {page > 1 && (
                <Link href={hrefWith(state, page - 1)} rel="prev">
                  {t.previous}
                </Link>
              )}
              <span>{t.pageOf(page, pages)}</span>
              {page < pages && (
                <Link href={hrefWith(state, page + 1)} rel="next">
                  {t.next}
                </Link>
              )}
            </nav>
          )}
        </>
      )}
    </>
  );
}
