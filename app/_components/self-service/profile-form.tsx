'use client';

import { useId, useState, type FormEvent } from 'react';
import { useRouter } from 'next/navigation';
import { graphql } from '@/graphql/generated';
import type { Availability, ContactVisibility } from '@/graphql/generated/graphql';
import type { Locale } from '@/lib/i18n/messages';
import { selfServiceText } from '@/lib/i18n/self-service';
import { PHONE_PATTERN, PROFILE_LIMITS } from '@/lib/self-service/limits';
import { generalMessage, sendOperation, type ApiError } from './send-operation';
import styles from './self-service.module.css';
import { formValues, type ProfileFormValues } from './profile-values';

const UpdateMyProfileMutation = graphql(`
  mutation UpdateMyProfile($input: UpdateProfileInput!) {
    updateMyProfile(input: $input) {
      profile {
        version
        name
        headline
        bio
        email
        phone
        website
        location
        availability
        contactVisibility
      }
    }
  }
`);

type TextField = 'name' | 'headline' | 'bio' | 'email' | 'phone' | 'website' | 'location';
type Errors = Partial<Record<TextField | 'availability' | 'contactVisibility', string>>;

const AVAILABILITIES: Availability[] = ['OPEN', 'LIMITED', 'UNAVAILABLE'];
const VISIBILITIES: ContactVisibility[] = ['PUBLIC', 'MEMBERS', 'STAFF'];
const TEXT_FIELDS: TextField[] = ['name', 'headline', 'bio', 'email', 'phone', 'website', 'location'];

/** The same rules as the API's zod schema, checked as the member types (the API checks again). */
function checkField(field: TextField, raw: string, t: (typeof selfServiceText)['it']['form']): string | undefined {
  const value = raw.trim();
  const max = PROFILE_LIMITS[field];
  if (field === 'name' && value.length === 0) return t.required;
  if (value.length > max) return t.tooLong(max);
  if (!value) return undefined;
  if (field === 'email' && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value)) return t.badEmail;
  if (field === 'website' && !/^https?:\/\/[^\s/]+/i.test(value)) return t.badUrl;
  if (field === 'phone' && !(PHONE_PATTERN.test(value) && /\d/.test(value))) return t.badPhone;
  return undefined;
}

function isProfileValues(value: unknown): value is Parameters<typeof formValues>[0] {
  return Boolean(value && typeof value === 'object' && 'version' in value && 'name' in value && 'availability' in value);
}

/**
 * The member's "about and contacts" form: checks each field as it changes, saves through
 * `updateMyProfile` with the version it was loaded at, shows the API's field errors next
 * to their fields, and on a CONFLICT the values saved meanwhile, ready to load.
 */
export function ProfileForm({ initial, locale }: { initial: ProfileFormValues; locale: Locale }) {
  const all = selfServiceText[locale];
  const t = all.form;
  const router = useRouter();
  const id = useId();
  const [values, setValues] = useState<ProfileFormValues>(initial);
  const [errors, setErrors] = useState<Errors>({});
  const [status, setStatus] = useState('');
  const [alert, setAlert] = useState('');
  const [pending, setPending] = useState(false);
  const [conflict, setConflict] = useState<ProfileFormValues | null>(null);

  function change(field: TextField, value: string) {
    setValues((v) => ({ ...v, [field]: value }));
    setErrors((e) => ({ ...e, [field]: checkField(field, value, t) }));
    setStatus('');
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found: Errors = {};
    for (const field of TEXT_FIELDS) found[field] = checkField(field, values[field], t);
    setErrors(found);
    setStatus('');
    setAlert('');
    const firstBad = TEXT_FIELDS.find((f) => found[f]);
    if (firstBad) {
      setAlert(t.fixErrors);
      document.getElementById(`${id}-${firstBad}`)?.focus();
      return;
    }
    setPending(true);
    const blankToNull = (s: string) => (s.trim() ? s.trim() : null);
    const outcome = await sendOperation(UpdateMyProfileMutation, {
      input: {
        version: values.version,
        name: values.name.trim(),
        headline: blankToNull(values.headline),
        bio: blankToNull(values.bio),
        email: blankToNull(values.email),
        phone: blankToNull(values.phone),
        website: blankToNull(values.website),
        location: blankToNull(values.location),
        availability: values.availability,
        contactVisibility: values.contactVisibility,
      },
    });
    setPending(false);
    if (outcome.ok) {
      setValues(formValues(outcome.data.updateMyProfile.profile));
      setConflict(null);
      setStatus(t.saved);
      router.refresh();
      return;
    }
    showErrors(outcome.errors);
  }

  function showErrors(apiErrors: ApiError[]) {
    const first = apiErrors[0];
    if (first?.code === 'CONFLICT' && isProfileValues(first.current)) {
      setConflict(formValues(first.current));
      return;
    }
    if (first?.code === 'BAD_USER_INPUT' && first.field && first.field in values) {
      setErrors((e) => ({ ...e, [first.field as TextField]: first.message }));
      setAlert(t.fixErrors);
      document.getElementById(`${id}-${first.field}`)?.focus();
      return;
    }
    setAlert(generalMessage(apiErrors, all.errors));
  }

  function loadCurrent() {
    if (!conflict) return;
    setValues(conflict);
    setErrors({});
    setConflict(null);
    document.getElementById(`${id}-name`)?.focus();
  }

  const describedBy = (field: string, hint?: boolean) =>
    [hint ? `${id}-${field}-hint` : null, errors[field as TextField] ? `${id}-${field}-error` : null].filter(Boolean).join(' ') || undefined;

  const errorOf = (field: TextField) =>
    errors[field] ? (
      <p id={`${id}-${field}-error`} className={styles.fieldError}>
        {errors[field]}
      </p>
    ) : null;

  const input = (field: Exclude<TextField, 'bio'>, type: string, options: { hint?: string; required?: boolean; autoComplete?: string } = {}) => (
    <div className={styles.field}>
      <label htmlFor={`${id}-${field}`}>{t[field]}</label>
      {options.hint && (
        <p id={`${id}-${field}-hint`} className={styles.hint}>
          {options.hint}
        </p>
      )}
      <input
        id={`${id}-${field}`}
        name={field}
        type={type}
        value={values[field]}
        required={options.required}
        maxLength={PROFILE_LIMITS[field]}
        autoComplete={options.autoComplete}
        aria-invalid={errors[field] ? true : undefined}
        aria-describedby={describedBy(field, Boolean(options.hint))}
        onChange={(e) => change(field, e.target.value)}
      />
      {errorOf(field)}
    </div>
  );

  return (
    <form className={styles.form} onSubmit={onSubmit} noValidate data-testid="profile-form">
      {alert && (
        <p className="form-error" role="alert">
          {alert}
        </p>
      )}
      {conflict && (
        <div className={styles.conflict} role="alert" data-testid="profile-conflict">
          <strong>{t.conflictTitle}</strong>
          <p>{t.conflictBody}</p>
          <dl className={styles.conflictValues}>
            {TEXT_FIELDS.map((field) => (
              <div key={field}>
                <dt>{t[field]}</dt>
                <dd>{conflict[field] || t.empty}</dd>
              </div>
            ))}
            <div>
              <dt>{t.availability}</dt>
              <dd>{all.availability[conflict.availability]}</dd>
            </div>
            <div>
              <dt>{t.contactVisibility}</dt>
              <dd>{t.visibility[conflict.contactVisibility]}</dd>
            </div>
          </dl>
          <button type="button" className="button secondary" onClick={loadCurrent}>
            {t.conflictLoad}
          </button>
        </div>
      )}
      {input('name', 'text', { required: true, autoComplete: 'name' })}
      {input('headline', 'text', { hint: t.headlineHint })}
      <div className={styles.field}>
        <label htmlFor={`${id}-bio`}>{t.bio}</label>
        <textarea
          id={`${id}-bio`}
          name="bio"
          rows={6}
          value={values.bio}
          maxLength={PROFILE_LIMITS.bio}
          aria-invalid={errors.bio ? true : undefined}
          aria-describedby={[`${id}-bio-count`, errors.bio ? `${id}-bio-error` : null].filter(Boolean).join(' ')}
          onChange={(e) => change('bio', e.target.value)}
        />
        <p id={`${id}-bio-count`} className={styles.hint}>
          {t.charCount(values.bio.length, PROFILE_LIMITS.bio)}
        </p>
        {errorOf('bio')}
      </div>
      <div className={styles.fieldRow}>
        {input('email', 'email', { autoComplete: 'email' })}
        {input('phone', 'tel', { autoComplete: 'tel' })}
      </div>
      <div className={styles.fieldRow}>
        {input('website', 'url', { hint: t.websiteHint, autoComplete: 'url' })}
        {input('location', 'text')}
      </div>
      <div className={styles.fieldRow}>
        <div className={styles.field}>
          <label htmlFor={`${id}-availability`}>{t.availability}</label>
          <select
            id={`${id}-availability`}
            name="availability"
            value={values.availability}
            onChange={(e) => {
              const next = AVAILABILITIES.find((a) => a === e.target.value);
              if (next) setValues((v) => ({ ...v, availability: next }));
            }}
          >
            {AVAILABILITIES.map((a) => (
              <option key={a} value={a}>
                {all.availability[a]}
              </option>
            ))}
          </select>
        </div>
        <fieldset className={styles.radios}>
          <legend>{t.contactVisibility}</legend>
          {VISIBILITIES.map((v) => (
            <label key={v}>
              <input
                type="radio"
                name="contactVisibility"
                value={v}
                checked={values.contactVisibility === v}
                onChange={() => setValues((x) => ({ ...x, contactVisibility: v }))}
              />{' '}
              {t.visibility[v]}
            </label>
          ))}
        </fieldset>
      </div>
      <div className={styles.actions}>
        <button className="button" type="submit" disabled={pending}>
          {pending ? t.saving : t.save}
        </button>
        <p role="status" className={styles.status} data-testid="profile-status">
          {status}
        </p>
      </div>
    </form>
  );
}
