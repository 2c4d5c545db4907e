'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useCallback, useId, useState, type FormEvent } from 'react';
import { curationEditPath, type CurationKind } from '@/lib/curation/kinds';
import { fill, type CurationText } from '@/lib/i18n/curation';
import { EntityPicker } from './entity-picker';
import { addLink, RELATIONS, removeLink, type LinkValues, type Relation, type Target } from './links';
import styles from './curation.module.css';

/** One listed link, as the edit page reads it. */
export interface ShownLink {
  target: { entityKind: CurationKind; id: string; name: string; state: string };
  role?: string | null;
  since?: string | null;
  until?: string | null;
  isManager?: boolean | null;
  level?: number | null;
  note?: string | null;
}

export interface LinkEditorText {
  links: CurationText['links'];
  picker: CurationText['picker'];
  form: CurationText['form'];
  kindLabels: Record<CurationKind, string>;
  stateLabels: Record<string, string>;
}

const EMPTY: LinkValues = { role: '', since: '', until: '', isManager: false, level: '3', note: '' };

/**
 * The links of one kind on an edit page: the current ones, each with a remove button,
 * and a small form that picks a record and sets the link's properties. Choosing a record
 * already linked updates that link. The page reloads its data after each change.
 */
export function LinkEditor(props: { relation: Relation; ownerId: string; title: string; links: readonly ShownLink[]; text: LinkEditorText; canLinkOut?: boolean }) {
  const { relation, ownerId, text } = props;
  const router = useRouter();
  const uid = useId();
  const spec = RELATIONS[relation];
  const [target, setTarget] = useState<Target | null>(null);
  const [values, setValues] = useState<LinkValues>(EMPTY);
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const currentIds = props.links.map((l) => l.target.id);
  const onPick = useCallback((t: Target | null) => setTarget(t), []);

  async function run(work: () => Promise<{ ok: boolean; problem?: { code: string; message: string } }>, done: string) {
    setPending(true);
    setError(null);
    setStatus(null);
    const outcome = await work();
    setPending(false);
    if (!outcome.ok) {
      const code = outcome.problem?.code;
      setError(code === 'FORBIDDEN' ? text.form.forbidden : code === 'UNAUTHENTICATED' ? text.form.signedOut : outcome.problem?.message || text.form.failed);
      return;
    }
    setStatus(done);
    router.refresh();
  }

  async function onAdd(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!event.currentTarget.reportValidity() || !target) return;
    const chosen = target;
    await run(async () => {
      const outcome = await addLink(relation, ownerId, chosen, values, currentIds);
      if (outcome.ok) setValues(EMPTY);
      return outcome;
    }, text.links.added);
  }

  const detail = (l: ShownLink) =>
    [
      l.role,
      l.isManager ? text.links.manager : null,
      l.level ? `${text.links.level}: ${l.level}` : null,
      l.since || l.until ? `${l.since ?? '…'} – ${l.until ?? '…'}` : null,
      l.note,
      l.target.state !== 'ACTIVE' ? (text.stateLabels[l.target.state] ?? l.target.state) : null,
    ]
      .filter(Boolean)
      .join(' · ');

  const set = (key: keyof LinkValues) => (e: { currentTarget: HTMLInputElement }) =>
    setValues((v) => ({ ...v, [key]: key === 'isManager' ? e.currentTarget.checked : e.currentTarget.value }));

  return (
    <section className={styles.editor} aria-labelledby={`${uid}-title`} data-testid={`links-${relation}`}>
      <h3 id={`${uid}-title`}>{props.title}</h3>
      {props.links.length === 0 ? (
        <p className="muted">{text.links.none}</p>
      ) : (
        <ul className={styles.linkList}>
          {props.links.map((l) => (
            <li key={`${l.target.entityKind}-${l.target.id}`}>
              <span>
                {props.canLinkOut === false ? l.target.name : <Link href={curationEditPath(l.target.entityKind, l.target.id)}>{l.target.name}</Link>}
                {detail(l) ? <span className={styles.linkDetails}> · {detail(l)}</span> : null}
              </span>
              <button
                type="button"
                className="link-button"
                disabled={pending}
                aria-label={fill(text.links.removeNamed, { name: l.target.name })}
                onClick={() => run(() => removeLink(relation, ownerId, { kind: l.target.entityKind, id: l.target.id }, currentIds), text.links.removed)}
              >
                {text.links.remove}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form className={styles.inline} onSubmit={onAdd}>
        <EntityPicker kinds={spec.targets} kindLabels={text.kindLabels} stateLabels={text.stateLabels} text={text.picker} excludeId={ownerId} onChange={onPick} />
        {spec.props.includes('role') ? (
          <label>
            {text.links.role}
            <input value={values.role} onChange={set('role')} maxLength={200} />
          </label>
        ) : null}
        {spec.props.includes('level') ? (
          <label>
            {text.links.level}
            <input type="number" min={1} max={5} step={1} required value={values.level} onChange={set('level')} />
          </label>
        ) : null}
        {spec.props.includes('since') ? (
          <label>
            {text.links.since}
            <input type="date" value={values.since} onChange={set('since')} />
          </label>
        ) : null}
        {spec.props.includes('until') ? (
          <label>
            {text.links.until}
            <input type="date" value={values.until} min={values.since || undefined} onChange={set('until')} />
          </label>
        ) : null}
        {spec.props.includes('note') ? (
          <label>
            {text.links.note}
            <input value={values.note} onChange={set('note')} maxLength={1000} />
          </label>
        ) : null}
        {spec.props.includes('isManager') ? (
          <label className={styles.checkbox}>
            <input type="checkbox" checked={values.isManager} onChange={set('isManager')} />
            {text.links.isManager}
          </label>
        ) : null}
        <button className="button" type="submit" disabled={pending || !target}>
          {text.links.add}
        </button>
      </form>
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
      <p role="status" aria-live="polite" className={status ? styles.status : undefined}>
        {status}
      </p>
    </section>
  );
}
