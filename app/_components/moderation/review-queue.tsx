'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useRef, useState, type FormEvent } from 'react';
import type { Locale } from '@/lib/i18n/messages';
import { moderationText } from '@/lib/i18n/moderation';
import { entityPath } from '@/lib/routes';
import { ItemDetails, ProposedBy, type ItemView, type ModerationKindName } from './item-details';
import { ApproveMutation, RejectMutation } from './operations';
import { postOperation } from './post';
import styles from './moderation.module.css';

export interface QueueGroup {
  kind: ModerationKindName;
  total: number;
  items: ItemView[];
  /** The address of the next page of this kind, when there is one. */
  nextHref: string | null;
}

interface Done {
  name: string;
  approved: boolean;
  /** The public page of an approved entity. */
  href: string | null;
}

const PAGE_KIND = { SKILL: 'Skill', PROJECT: 'Project', ORGANIZATION: 'Organization' } as const;

function publicHref(kind: ModerationKindName, slug: string | null | undefined): string | null {
  if (!slug || !(kind in PAGE_KIND)) return null;
  return entityPath(PAGE_KIND[kind as keyof typeof PAGE_KIND], slug);
}

/**
 * The moderation queue with its actions: approve, or reject with a required reason in
 * an inline form. A reviewed item leaves the list at once, a status line says what
 * happened (with a link to the page just published), and the page is refreshed so the
 * counts follow. A stale item (someone else was quicker) says so and offers a reload.
 */
export function ReviewQueue({ groups, locale }: { groups: readonly QueueGroup[]; locale: Locale }) {
  const t = moderationText[locale];
  const router = useRouter();
  const [handled, setHandled] = useState<ReadonlySet<string>>(new Set());
  const [done, setDone] = useState<Done | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [rejecting, setRejecting] = useState<string | null>(null);
  const [problems, setProblems] = useState<Readonly<Record<string, { conflict: boolean; field: string | null } | undefined>>>({});
  const statusRef = useRef<HTMLDivElement>(null);

  function finish(item: ItemView, outcome: Done) {
    setHandled((prev) => new Set(prev).add(item.id));
    setDone(outcome);
    setRejecting(null);
    // The item's buttons are gone: bring the keyboard to the message that replaces them.
    requestAnimationFrame(() => statusRef.current?.focus());
    router.refresh();
  }

  function fail(item: ItemView, code: string, field: string | null) {
    setProblems((prev) => ({ ...prev, [item.id]: { conflict: code === 'CONFLICT', field } }));
  }

  async function approve(item: ItemView) {
    setBusy(item.id);
    setProblems((prev) => ({ ...prev, [item.id]: undefined }));
    const outcome = await postOperation(ApproveMutation, { kind: item.kind, id: item.id, version: item.version });
    setBusy(null);
    if (!outcome.ok) return fail(item, outcome.problem.code, outcome.problem.field);
    const approved = outcome.data.approve.item;
    finish(item, { name: approved.name ?? item.name ?? '', approved: true, href: publicHref(item.kind, approved.slug) });
  }

  async function reject(item: ItemView, event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const reason = String(new FormData(event.currentTarget).get('reason') ?? '');
    setBusy(item.id);
    setProblems((prev) => ({ ...prev, [item.id]: undefined }));
    const outcome = await postOperation(RejectMutation, { kind: item.kind, id: item.id, version: item.version, reason });
    setBusy(null);
    if (!outcome.ok) return fail(item, outcome.problem.code, outcome.problem.field);
    finish(item, { name: outcome.data.reject.item.name ?? item.name ?? '', approved: false, href: null });
  }

  return (
    <>
      <div ref={statusRef} tabIndex={-1} className={done ? styles.statusBox : styles.statusEmpty} data-testid="moderation-status">
        <p role="status">{done ? (done.approved ? t.approved(done.name) : t.rejected(done.name)) : ''}</p>
        {done?.href ? <Link href={done.href}>{t.openPublic}</Link> : null}
      </div>
      {groups.map((group) => {
        const items = group.items.filter((i) => !handled.has(i.id));
        const left = group.total - (group.items.length - items.length);
        return (
          <section key={group.kind} aria-labelledby={`queue-${group.kind}`} className={styles.group}>
            <h2 id={`queue-${group.kind}`}>
              {t.kindPlural[group.kind]} <span className={styles.count}>({left})</span>
            </h2>
            {items.length === 0 ? <p className={styles.muted}>{t.empty}</p> : null}
            <ul className={styles.items}>
              {items.map((item) => {
                const titleId = `item-${item.id}`;
                const problem = problems[item.id];
                const reasonError = problem && !problem.conflict && problem.field === 'reason';
                return (
                  <li key={item.id}>
                    <article aria-labelledby={titleId} className={styles.item}>
                      <h3 id={titleId}>{item.name ?? t.kind[item.kind]}</h3>
                      <p className={styles.kindTag}>{t.kind[item.kind]}</p>
                      <ProposedBy item={item} locale={locale} />
                      <ItemDetails item={item} locale={locale} />
                      {problem?.conflict ? (
                        <div role="alert" className="form-error">
                          <p>{t.conflict}</p>
                          <button type="button" className="button secondary" onClick={() => router.refresh()}>
                            {t.reload}
                          </button>
                        </div>
                      ) : null}
                      {rejecting === item.id ? (
                        <form className={styles.rejectForm} onSubmit={(e) => void reject(item, e)}>
                          <label htmlFor={`${titleId}-reason`}>{t.reasonLabel}</label>
                          <p id={`${titleId}-reason-hint`} className={styles.hint}>
                            {t.reasonHint}
                          </p>
                          <textarea
                            id={`${titleId}-reason`}
                            name="reason"
                            rows={3}
                            required
                            minLength={3}
                            maxLength={1000}
                            autoFocus
                            aria-describedby={reasonError ? `${titleId}-reason-hint ${titleId}-reason-error` : `${titleId}-reason-hint`}
                            aria-invalid={reasonError ? true : undefined}
                          />
                          {reasonError ? (
                            <p id={`${titleId}-reason-error`} className={styles.fieldError}>
                              {t.reasonInvalid}
                            </p>
                          ) : null}
                          <div className={styles.actions}>
                            <button type="submit" className="button" disabled={busy === item.id}>
                              {busy === item.id ? t.working : t.confirmReject}
                            </button>
                            <button type="button" className="button secondary" onClick={() => setRejecting(null)}>
                              {t.cancel}
                            </button>
                          </div>
                        </form>
                      ) : (
                        <div className={styles.actions}>
                          <button type="button" className="button" disabled={busy === item.id} onClick={() => void approve(item)}>
                            {busy === item.id ? t.working : t.approve}
                          </button>
                          <button type="button" className="button secondary" disabled={busy === item.id} onClick={() => setRejecting(item.id)}>
                            {t.reject}
                          </button>
                        </div>
                      )}
                      {problem && !problem.conflict && !reasonError ? (
                        <p role="alert" className="form-error">
                          {t.errors.failed}
                        </p>
                      ) : null}
                    </article>
                  </li>
                );
              })}
            </ul>
            {group.nextHref ? <Link href={group.nextHref}>{t.more}</Link> : null}
          </section>
        );
      })}
    </>
  );
}
