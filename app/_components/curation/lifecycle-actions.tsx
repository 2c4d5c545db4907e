'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { curationListPath, type CurationKind } from '@/lib/curation/kinds';
import { fill, type CurationText } from '@/lib/i18n/curation';
import { ArchiveMutation, DeleteMutation, RestoreMutation } from './operations';
import { send } from './send';
import styles from './curation.module.css';

type Action = 'archive' | 'restore' | 'delete';

/**
 * Archive, restore and delete, each behind a confirmation step. A CONFLICT (someone
 * edited the record since the page loaded) reloads the page so the new version shows.
 */
export function LifecycleActions(props: {
  kind: CurationKind;
  id: string;
  name: string;
  version: number;
  state: string;
  stateLabel: string;
  text: { lifecycle: CurationText['lifecycle']; form: CurationText['form'] };
}) {
  const { text } = props;
  const router = useRouter();
  const [confirming, setConfirming] = useState<Action | null>(null);
  const [pending, setPending] = useState(false);
  const [message, setMessage] = useState<{ kind: 'status' | 'error'; text: string } | null>(null);
  const label: Record<Action, string> = { archive: text.lifecycle.archive, restore: text.lifecycle.restore, delete: text.lifecycle.delete };

  async function perform(action: Action) {
    setPending(true);
    setMessage(null);
    const input = { kind: props.kind, id: props.id, version: props.version };
    const outcome =
      action === 'archive' ? await send(ArchiveMutation, { input }) : action === 'restore' ? await send(RestoreMutation, { input }) : await send(DeleteMutation, { input });
    setPending(false);
    setConfirming(null);
    if (!outcome.ok) {
      const { code } = outcome.problem;
      setMessage({ kind: 'error', text: code === 'CONFLICT' ? text.form.conflictTitle : code === 'FORBIDDEN' ? text.form.forbidden : outcome.problem.message || text.form.failed });
      router.refresh();
      return;
    }
    if (action === 'delete') {
      router.push(curationListPath(props.kind));
      return;
    }
    setMessage({ kind: 'status', text: action === 'archive' ? text.lifecycle.archived : text.lifecycle.restored });
    router.refresh();
  }

  const available: Action[] = [props.state === 'ARCHIVED' ? 'restore' : 'archive', 'delete'];
  return (
    <section className={styles.lifecycle} aria-labelledby="lifecycle-heading" data-testid="lifecycle">
      <h2 id="lifecycle-heading">{text.lifecycle.heading}</h2>
      <p>{fill(text.lifecycle.current, { state: props.stateLabel })}</p>
      <p className={styles.hint}>{text.lifecycle.archiveHelp}</p>
      <p className={styles.hint}>{text.lifecycle.deleteHelp}</p>
      {confirming ? (
        <div className={styles.actions} role="group" aria-labelledby="lifecycle-confirm">
          <p id="lifecycle-confirm">
            <strong>{fill(text.lifecycle.confirm, { action: label[confirming].toLowerCase(), name: props.name })}</strong>
          </p>
          <button type="button" className={`button ${confirming === 'delete' ? styles.danger : ''}`} disabled={pending} onClick={() => perform(confirming)} autoFocus>
            {text.lifecycle.yes}
          </button>
          <button type="button" className="button secondary" disabled={pending} onClick={() => setConfirming(null)}>
            {text.lifecycle.cancel}
          </button>
        </div>
      ) : (
        <div className={styles.actions}>
          {available.map((action) => (
            <button key={action} type="button" className={`button ${action === 'delete' ? styles.danger : 'secondary'}`} onClick={() => setConfirming(action)}>
              {label[action]}
            </button>
          ))}
        </div>
      )}
      <p role={message?.kind === 'error' ? 'alert' : 'status'} aria-live="polite" className={message ? (message.kind === 'error' ? 'form-error' : styles.status) : undefined}>
        {message?.text}
      </p>
    </section>
  );
}
