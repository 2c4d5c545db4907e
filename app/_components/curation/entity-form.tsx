'use client';

import { useRouter } from 'next/navigation';
import { useRef, useState, type ChangeEvent, type FormEvent } from 'react';
import { curationEditPath, type CurationKind } from '@/lib/curation/kinds';
import type { CurationText } from '@/lib/i18n/curation';
import { FIELDS, OPTION_VALUES, toFormState, textOf, type FieldSpec, type FormState, type OptionSet } from './field-specs';
import { createRecord, updateRecord } from './save-entity';
import type { Problem } from './send';
import styles from './curation.module.css';

export interface EntityFormText {
  form: CurationText['form'];
  fields: CurationText['fields'];
  options: Record<OptionSet, Record<string, string>>;
}

type Props = {
  kind: CurationKind;
  text: EntityFormText;
} & ({ mode: 'create' } | { mode: 'edit'; id: string; version: number; record: Record<string, unknown>; justCreated?: boolean });

type Errors = Record<string, string>;

/**
 * The create/edit form of one record: labelled fields with the browser's own checks as
 * you type, the API's field errors next to their field, and a CONFLICT (someone saved in
 * the meantime) shown with the current values and a way to reload them.
 */
export function EntityForm(props: Props) {
  const { kind, text } = props;
  const router = useRouter();
  const formRef = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState<FormState>(() => toFormState(kind, props.mode === 'edit' ? props.record : null));
  const [version, setVersion] = useState(props.mode === 'edit' ? props.version : 0);
  const [errors, setErrors] = useState<Errors>({});
  const [general, setGeneral] = useState<string | null>(null);
  const [conflict, setConflict] = useState<Problem | null>(null);
  const [status, setStatus] = useState<string | null>(props.mode === 'edit' && props.justCreated ? text.form.created : null);
  const [pending, setPending] = useState(false);
  const fieldId = (name: string) => `field-${name}`;

  function onChange(event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>) {
    const el = event.currentTarget;
    const value = el instanceof HTMLInputElement && el.type === 'checkbox' ? el.checked : el.value;
    setValues((v) => ({ ...v, [el.name]: value }));
    // Live validation: the browser's own check (required, length, email, URL, range).
    setErrors((e) => {
      const next = { ...e };
      if (el.validity.valid) delete next[el.name];
      else next[el.name] = el.validationMessage;
      return next;
    });
    setStatus(null);
  }

  function show(problem: Problem) {
    if (problem.code === 'CONFLICT' && problem.current) {
      setConflict(problem);
      return;
    }
    if (problem.field && FIELDS[kind].some((f) => f.name === problem.field)) {
      const field = problem.field;
      const message =
        problem.code === 'CONFLICT' && field === 'slug' ? text.form.slugTaken : problem.code === 'CONFLICT' && field === 'email' ? text.form.emailTaken : problem.message;
      setErrors({ [field]: message });
      setGeneral(text.form.fixErrors);
      formRef.current?.querySelector<HTMLElement>(`#${fieldId(field)}`)?.focus();
      return;
    }
    setGeneral(problem.code === 'FORBIDDEN' ? text.form.forbidden : problem.code === 'UNAUTHENTICATED' ? text.form.signedOut : text.form.failed);
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setGeneral(null);
    setStatus(null);
    setConflict(null);
    const form = event.currentTarget;
    if (!form.checkValidity()) {
      const invalid: Errors = {};
      form.querySelectorAll<HTMLInputElement>(':invalid').forEach((el) => {
        if (el.name) invalid[el.name] = el.validationMessage;
      });
      setErrors(invalid);
      setGeneral(text.form.fixErrors);
      form.querySelector<HTMLElement>(':invalid')?.focus();
      return;
    }
    setPending(true);
    const outcome = props.mode === 'create' ? await createRecord(kind, values) : await updateRecord(kind, props.id, version, values);
    setPending(false);
    if (!outcome.ok) {
      show(outcome.problem);
      return;
    }
    setErrors({});
    if (props.mode === 'create') {
      router.push(`${curationEditPath(kind, outcome.data.id)}?creata=1`);
      return;
    }
    setVersion(outcome.data.version);
    setValues(toFormState(kind, outcome.data));
    setStatus(text.form.saved);
    router.refresh();
  }

  function reload() {
    if (!conflict?.current) return;
    setValues(toFormState(kind, conflict.current));
    if (conflict.currentVersion !== null) setVersion(conflict.currentVersion);
    setConflict(null);
    setErrors({});
    setGeneral(null);
    setStatus(text.form.reloaded);
  }

  return (
    <form ref={formRef} className={styles.form} onSubmit={onSubmit} noValidate aria-labelledby="entity-form-heading" data-testid="entity-form">
      <h2 id="entity-form-heading">{text.form.details}</h2>
      {general ? (
        <p className="form-error" role="alert">
          {general}
        </p>
      ) : null}
      {conflict ? <ConflictPanel kind={kind} text={text} problem={conflict} onReload={reload} /> : null}
      {FIELDS[kind].map((field) => (
        <Field key={field.name} field={field} id={fieldId(field.name)} text={text} values={values} error={errors[field.name]} onChange={onChange} />
      ))}
      <div className={styles.actions}>
        <button className="button" type="submit" disabled={pending}>
          {pending ? text.form.saving : props.mode === 'create' ? text.form.create : text.form.save}
        </button>
        <p role="status" aria-live="polite" className={status ? styles.status : undefined} data-testid="form-status">
          {status}
        </p>
      </div>
    </form>
  );
}

function Field(props: {
  field: FieldSpec;
  id: string;
  text: EntityFormText;
  values: FormState;
  error: string | undefined;
  onChange: (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>) => void;
}) {
  const { field, id, text, values, error, onChange } = props;
  const label = text.fields[field.name as keyof EntityFormText['fields']] ?? field.name;
  const hint = field.type === 'slug' ? text.form.slugHelp : field.type === 'lines' ? text.form.aliasesHelp : null;
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
  const common = { id, name: field.name, onChange, 'aria-describedby': describedBy, 'aria-invalid': error ? true : undefined, required: field.required };

  if (field.type === 'checkbox') {
    return (
      <div className={styles.field}>
        <label className={styles.checkbox}>
          <input type="checkbox" {...common} checked={values[field.name] === true} />
          {label}
        </label>
      </div>
    );
  }

  let control;
  const value = textOf(values, field.name);
  switch (field.type) {
    case 'textarea':
    case 'lines':
      control = <textarea {...common} value={value} maxLength={field.maxLength} rows={field.type === 'lines' ? 4 : 6} />;
      break;
    case 'select':
      control = (
        <select {...common} value={value}>
          {OPTION_VALUES[field.options ?? 'availability'].map((option) => (
            <option key={option} value={option}>
              {text.options[field.options ?? 'availability'][option] ?? option}
            </option>
          ))}
        </select>
      );
      break;
    default: {
      const type = { text: 'text', slug: 'text', email: 'email', url: 'url', integer: 'number', decimal: 'number', date: 'date', datetime: 'datetime-local' }[field.type];
      control = (
        <input
          {...common}
          type={type}
          value={value}
          maxLength={field.maxLength}
          min={field.min}
          max={field.max}
          step={field.type === 'decimal' ? 'any' : field.type === 'integer' ? 1 : undefined}
          pattern={field.type === 'slug' ? '[a-z0-9]+(-[a-z0-9]+)*' : field.name === 'language' ? '[a-z]{2}' : undefined}
          autoComplete="off"
          spellCheck={field.type === 'text' ? undefined : false}
        />
      );
    }
  }
  return (
    <div className={styles.field} data-invalid={error ? 'true' : undefined}>
      <label htmlFor={id}>
        {label}
        {field.required ? <span className="muted"> ({text.form.required})</span> : null}
      </label>
      {control}
      {hint ? (
        <p id={`${id}-hint`} className={styles.hint}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className={styles.error}>
          {error}
        </p>
      ) : null}
    </div>
  );
}

/** What the store holds now, field by field, with the action that loads it into the form. */
function ConflictPanel({ kind, text, problem, onReload }: { kind: CurationKind; text: EntityFormText; problem: Problem; onReload: () => void }) {
  const current = toFormState(kind, problem.current);
  return (
    <section className={styles.conflict} role="alert" aria-labelledby="conflict-heading" data-testid="conflict">
      <h3 id="conflict-heading">{text.form.conflictTitle}</h3>
      <p>{text.form.conflictIntro}</p>
      <dl>
        {FIELDS[kind].map((field) => {
          const raw = current[field.name];
          const shown =
            typeof raw === 'boolean'
              ? raw
                ? text.form.yes
                : text.form.no
              : field.type === 'select'
                ? (text.options[field.options ?? 'availability'][raw ?? ''] ?? raw)
                : raw || text.form.empty;
          return (
            <div key={field.name} style={{ display: 'contents' }}>
              <dt>{text.fields[field.name as keyof EntityFormText['fields']] ?? field.name}</dt>
              <dd>{shown}</dd>
            </div>
          );
        })}
      </dl>
      <button type="button" className="button secondary" onClick={onReload}>
        {text.form.reload}
      </button>
    </section>
  );
}
