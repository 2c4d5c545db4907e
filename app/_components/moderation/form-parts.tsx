import type { ReactNode } from 'react';
import type { ModerationText } from '@/lib/i18n/moderation';
import type { OperationProblem } from './post';
import styles from './moderation.module.css';

/** The message a field shows for a problem the API reported about it, or null. */
export function fieldProblem(problem: OperationProblem | null, field: string, t: ModerationText): ReactNode {
  if (!problem?.field) return null;
  const head = problem.field.split('.')[0];
  if (head !== field) return null;
  if (problem.code === 'LOCAL') return problem.message;
  if (problem.code === 'CONFLICT') return field === 'name' ? t.errors.duplicateName : t.errors.duplicate;
  if (problem.code === 'NOT_FOUND') return t.errors.notFound;
  return (
    <>
      {t.errors.field} <span lang="en">{problem.message}</span>
    </>
  );
}

/** The form-level message for a problem no field shows, or null. */
export function formProblem(problem: OperationProblem | null, fields: readonly string[], t: ModerationText): string | null {
  if (!problem) return null;
  if (problem.field && fields.includes(problem.field.split('.')[0] ?? '')) return null;
  switch (problem.code) {
    case 'CONFLICT':
      return t.errors.duplicate;
    case 'FORBIDDEN':
      return t.errors.forbidden;
    case 'NOT_FOUND':
      return t.errors.notFound;
    case 'UNAUTHENTICATED':
      return t.errors.signIn;
    default:
      return t.errors.failed;
  }
}

interface FieldProps {
  id: string;
  name: string;
  label: string;
  error?: ReactNode;
  hint?: string;
  required?: boolean;
  maxLength?: number;
  minLength?: number;
  type?: 'text' | 'email' | 'url' | 'date';
  multiline?: boolean;
  defaultValue?: string;
}

/** A labelled input or textarea whose hint and error are tied to it with aria-describedby. */
export function TextField({ id, name, label, error, hint, required, maxLength, minLength, type = 'text', multiline, defaultValue }: FieldProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  const common = {
    id,
    name,
    required,
    maxLength,
    minLength,
    defaultValue,
    'aria-describedby': describedBy,
    'aria-invalid': error ? true : undefined,
  };
  return (
    <div className={styles.field}>
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p id={hintId} className={styles.hint}>
          {hint}
        </p>
      ) : null}
      {multiline ? <textarea rows={4} {...common} /> : <input type={type} {...common} />}
      {error ? (
        <p id={errorId} className={styles.fieldError}>
          {error}
        </p>
      ) : null}
    </div>
  );
}

interface Option {
  value: string;
  label: string;
}

/** A labelled select. */
export function SelectField({ id, name, label, options, error, defaultValue }: { id: string; name: string; label: string; options: readonly Option[]; error?: ReactNode; defaultValue?: string }) {
  const errorId = error ? `${id}-error` : undefined;
  return (
    <div className={styles.field}>
      <label htmlFor={id}>{label}</label>
      <select id={id} name={name} required defaultValue={defaultValue} aria-describedby={errorId} aria-invalid={error ? true : undefined}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      {error ? (
        <p id={errorId} className={styles.fieldError}>
          {error}
        </p>
      ) : null}
    </div>
  );
}

/** A group of checkboxes (the sectors of a proposed entity). */
export function CheckboxGroup({ name, legend, options, error }: { name: string; legend: string; options: readonly Option[]; error?: ReactNode }) {
  return (
    <fieldset className={styles.checkboxes}>
      <legend>{legend}</legend>
      <ul>
        {options.map((o) => (
          <li key={o.value}>
            <label>
              <input type="checkbox" name={name} value={o.value} /> {o.label}
            </label>
          </li>
        ))}
      </ul>
      {error ? <p className={styles.fieldError}>{error}</p> : null}
    </fieldset>
  );
}

/** The form's live status line (success) and its alert (failure). */
export function FormMessages({ status, alert }: { status: string | null; alert: string | null }) {
  return (
    <>
      <p role="status" className={status ? styles.status : styles.statusEmpty} data-testid="proposal-status">
        {status}
      </p>
      {alert ? (
        <p role="alert" className="form-error">
          {alert}
        </p>
      ) : null}
    </>
  );
}
