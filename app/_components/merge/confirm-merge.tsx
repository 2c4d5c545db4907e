'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import type { MergeKind } from '@/graphql/generated/graphql';
import type { Locale } from '@/lib/i18n/messages';
import { mergeAuditText } from '@/lib/i18n/merge-audit';
import { postOperation, type OperationProblem } from '../moderation/post';
import { MERGE_DONE_PATH } from './kinds';
import { MergeOrganizationsMutation, MergePeopleMutation, MergeSkillsMutation } from './operations';
import styles from './merge.module.css';

export interface ConfirmMergeProps {
  kind: MergeKind;
  keepId: string;
  mergeId: string;
  keepVersion: number;
  mergeVersion: number;
  locale: Locale;
}

async function send(kind: MergeKind, input: { keepId: string; mergeId: string; keepVersion: number; mergeVersion: number }) {
  if (kind === 'SKILL') {
    const o = await postOperation(MergeSkillsMutation, { input });
    return o.ok ? { ok: true as const, id: o.data.mergeSkills.auditEntryId } : o;
  }
  if (kind === 'PERSON') {
    const o = await postOperation(MergePeopleMutation, { input });
    return o.ok ? { ok: true as const, id: o.data.mergePeople.auditEntryId } : o;
  }
  const o = await postOperation(MergeOrganizationsMutation, { input });
  return o.ok ? { ok: true as const, id: o.data.mergeOrganizations.auditEntryId } : o;
}

/** The confirm button of a merge preview: runs the merge, then opens its result page. */
export function ConfirmMerge({ kind, keepId, mergeId, keepVersion, mergeVersion, locale }: ConfirmMergeProps) {
  const t = mergeAuditText[locale];
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<OperationProblem | null>(null);

  async function confirm() {
    setBusy(true);
    setProblem(null);
    const outcome = await send(kind, { keepId, mergeId, keepVersion, mergeVersion });
    if (outcome.ok) {
      router.push(`${MERGE_DONE_PATH}?voce=${encodeURIComponent(outcome.id)}`);
      return;
    }
    setProblem(outcome.problem);
    setBusy(false);
  }

  return (
    <div className={styles.actions}>
      <button type="button" className="button" onClick={() => void confirm()} disabled={busy} aria-describedby="merge-confirm-note">
        {busy ? t.confirming : t.confirm}
      </button>
      <span id="merge-confirm-note" className="muted">
        {t.confirmNote}
      </span>
      {problem && (
        <div className={styles.alert} role="alert" data-testid="merge-error">
          {problem.code === 'CONFLICT' && Boolean(problem.field?.endsWith('Version')) ? (
            <>
              <strong>{t.conflict}</strong>
              <p>{problem.message}</p>
              <p>
                <button type="button" className="link-button" onClick={() => router.refresh()}>
                  {t.reload}
                </button>
              </p>
            </>
          ) : (
            <>
              <strong>{t.failed}</strong>
              <p>{problem.message}</p>
            </>
          )}
        </div>
      )}
    </div>
  );
}
