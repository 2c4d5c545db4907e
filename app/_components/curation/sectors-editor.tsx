'use client';

import { useRouter } from 'next/navigation';
import { useId, useState, type FormEvent } from 'react';
import type { CurationText } from '@/lib/i18n/curation';
import { SetSectorsMutation } from './operations';
import { send } from './send';
import styles from './curation.module.css';

/** The sectors of an organization or a project: tick the ones that apply, save the set. */
export function SectorsEditor(props: {
  owner: 'ORGANIZATION' | 'PROJECT';
  ownerId: string;
  sectors: readonly { id: string; name: string }[];
  selected: readonly string[];
  text: { links: CurationText['links']; form: CurationText['form'] };
}) {
  const router = useRouter();
  const uid = useId();
  const [chosen, setChosen] = useState<Set<string>>(() => new Set(props.selected));
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setPending(true);
    setStatus(null);
    setError(null);
    const outcome = await send(SetSectorsMutation, { input: { kind: props.owner, id: props.ownerId, sectorIds: [...chosen] } });
    setPending(false);
    if (!outcome.ok) {
      setError(outcome.problem.code === 'FORBIDDEN' ? props.text.form.forbidden : props.text.form.failed);
      return;
    }
    setStatus(props.text.links.sectorsSaved);
    router.refresh();
  }

  return (
    <section className={styles.editor} aria-labelledby={`${uid}-title`} data-testid="links-sectors">
      <h3 id={`${uid}-title`}>{props.text.links.sectors}</h3>
      <form onSubmit={onSubmit}>
        <fieldset className={styles.sectorList}>
          <legend className="visually-hidden">{props.text.links.sectors}</legend>
          {props.sectors.map((s) => (
            <label key={s.id} className={styles.checkbox}>
              <input
                type="checkbox"
                checked={chosen.has(s.id)}
                onChange={(e) => {
                  const checked = e.currentTarget.checked;
                  setChosen((c) => {
                    const next = new Set(c);
                    if (checked) next.add(s.id);
                    else next.delete(s.id);
                    return next;
                  });
                }}
              />
              {s.name}
            </label>
          ))}
        </fieldset>
        <button className="button" type="submit" disabled={pending}>
          {props.text.links.saveSectors}
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
