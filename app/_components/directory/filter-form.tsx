import Form from 'next/form';
import Link from 'next/link';
import type { ReactNode } from 'react';
import styles from './directory.module.css';

export interface Option {
  value: string;
  label: string;
}

/**
 * The filters of a list: a plain GET form whose fields are the address's parameters,
 * so it works without scripts and a filtered view is a link. `next/form` turns the
 * submit into a client navigation when scripts are on.
 */
export function FilterForm(props: {
  action: string;
  legend: string;
  submitLabel: string;
  clearHref: string;
  clearLabel: string;
  children: ReactNode;
}) {
  return (
    <Form action={props.action} className={styles.filters}>
      <fieldset>
        <legend>{props.legend}</legend>
        <div className={styles.fields}>{props.children}</div>
        <div className={styles.actions}>
          <button type="submit" className="button">
            {props.submitLabel}
          </button>
          <Link href={props.clearHref}>{props.clearLabel}</Link>
        </div>
      </fieldset>
    </Form>
  );
}

/** A labelled select; `anyLabel` adds a first, empty choice meaning "no filter". */
export function SelectField(props: {
  id: string;
  name: string;
  label: string;
  options: readonly Option[];
  value: string | null;
  anyLabel?: string;
}) {
  return (
    <div className={styles.field}>
      <label htmlFor={props.id}>{props.label}</label>
      <select id={props.id} name={props.name} defaultValue={props.value ?? ''}>
        {props.anyLabel !== undefined && <option value="">{props.anyLabel}</option>}
        {props.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** A labelled calendar-day input (YYYY-MM-DD in the address). */
export function DateField(props: { id: string; name: string; label: string; value: string | null }) {
  return (
    <div className={styles.field}>
      <label htmlFor={props.id}>{props.label}</label>
      <input id={props.id} name={props.name} type="date" defaultValue={props.value ?? ''} />
    </div>
  );
}

/** A labelled checkbox sending `name=value` when checked. */
export function CheckField(props: { id: string; name: string; value: string; label: string; checked: boolean }) {
  return (
    <div className={`${styles.field} ${styles.check}`}>
      <input id={props.id} name={props.name} value={props.value} type="checkbox" defaultChecked={props.checked} />
      <label htmlFor={props.id}>{props.label}</label>
    </div>
  );
}

/** Related controls under one legend (e.g. the skills of an all-of filter). */
export function FieldGroup({ legend, children }: { legend: string; children: ReactNode }) {
  return (
    <fieldset className={styles.group}>
      <legend>{legend}</legend>
      {children}
    </fieldset>
  );
}
