'use client';

import { useId, useState, type FormEvent } from 'react';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { graphql } from '@/graphql/generated';
import type { Locale } from '@/lib/i18n/messages';
import { selfServiceText } from '@/lib/i18n/self-service';
import { PROFILE_LIMITS } from '@/lib/self-service/limits';
import { entityPath } from '@/lib/routes';
import { generalMessage, sendOperation } from './send-operation';
import styles from './self-service.module.css';

const ProposeSkillMutation = graphql(`
  mutation ProposeSkill($input: ProposeSkillInput!) {
    proposeSkill(input: $input) {
      proposal {
        id
        state
      }
    }
  }
`);

type Field = 'name' | 'nameEn' | 'description' | 'aliases';

/** The skill a CONFLICT points to, when it is public (so it can be linked). */
function existingSkill(current: unknown): { slug: string; name: string } | null {
  if (!current || typeof current !== 'object') return null;
  const c = current as Record<string, unknown>;
  return typeof c.slug === 'string' && typeof c.name === 'string' && c.state === 'ACTIVE' ? { slug: c.slug, name: c.name } : null;
}

/** Proposes a new skill for staff review; a duplicate name points to the skill that exists. */
export function ProposeSkillForm({ locale }: { locale: Locale }) {
  const all = selfServiceText[locale];
  const t = all.skills;
  const router = useRouter();
  const id = useId();
  const [fieldError, setFieldError] = useState<{ field: Field; message: string; existing: { slug: string; name: string } | null } | null>(null);
  const [alert, setAlert] = useState('');
  const [status, setStatus] = useState('');
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const text = (key: Field) => String(data.get(key) ?? '').trim();
    setFieldError(null);
    setAlert('');
    setStatus('');
    if (!text('name')) {
      setFieldError({ field: 'name', message: all.form.required, existing: null });
      document.getElementById(`${id}-name`)?.focus();
      return;
    }
    setPending(true);
    const outcome = await sendOperation(ProposeSkillMutation, {
      input: {
        name: text('name'),
        nameEn: text('nameEn') || null,
        description: text('description') || null,
        aliases: text('aliases')
          .split(',')
          .map((a) => a.trim())
          .filter(Boolean),
      },
    });
    setPending(false);
    if (outcome.ok) {
      form.reset();
      setStatus(t.proposed);
      router.refresh();
      return;
    }
    const first = outcome.errors[0];
    const field = (['name', 'nameEn', 'description', 'aliases'] as const).find((f) => first?.field === f || first?.field?.startsWith(`${f}.`));
    if (first && field && (first.code === 'BAD_USER_INPUT' || first.code === 'CONFLICT')) {
      const existing = first.code === 'CONFLICT' ? existingSkill(first.current) : null;
      setFieldError({ field, message: first.code === 'CONFLICT' ? t.exists : first.message, existing });
      document.getElementById(`${id}-${field}`)?.focus();
      return;
    }
    setAlert(generalMessage(outcome.errors, all.errors));
  }

  const errorFor = (field: Field) =>
    fieldError?.field === field ? (
      <p id={`${id}-${field}-error`} className={styles.fieldError}>
        {fieldError.message}{' '}
        {fieldError.existing && <Link href={entityPath('Skill', fieldError.existing.slug)}>{fieldError.existing.name}</Link>}
      </p>
    ) : null;

  const aria = (field: Field) => ({
    'aria-invalid': fieldError?.field === field ? true : undefined,
    'aria-describedby': fieldError?.field === field ? `${id}-${field}-error` : undefined,
  });

  return (
    <form className={styles.form} onSubmit={onSubmit} noValidate data-testid="propose-skill-form">
      <div className={styles.fieldRow}>
        <div className={styles.field}>
          <label htmlFor={`${id}-name`}>{t.proposeName}</label>
          <input id={`${id}-name`} name="name" type="text" required maxLength={PROFILE_LIMITS.name} {...aria('name')} />
          {errorFor('name')}
        </div>
        <div className={styles.field}>
          <label htmlFor={`${id}-nameEn`}>{t.proposeNameEn}</label>
          <input id={`${id}-nameEn`} name="nameEn" type="text" maxLength={PROFILE_LIMITS.name} lang="en" {...aria('nameEn')} />
          {errorFor('nameEn')}
        </div>
      </div>
      <div className={styles.field}>
        <label htmlFor={`${id}-aliases`}>{t.proposeAliases}</label>
        <input id={`${id}-aliases`} name="aliases" type="text" maxLength={2000} {...aria('aliases')} />
        {errorFor('aliases')}
      </div>
      <div className={styles.field}>
        <label htmlFor={`${id}-description`}>{t.proposeDescription}</label>
        <textarea id={`${id}-description`} name="description" rows={3} maxLength={PROFILE_LIMITS.skillDescription} {...aria('description')} />
        {errorFor('description')}
      </div>
      {alert && (
        <p className="form-error" role="alert">
          {alert}
        </p>
      )}
      <div className={styles.actions}>
        <button className="button secondary" type="submit" disabled={pending}>
          {pending ? t.proposing : t.propose}
        </button>
        <p role="status" className={styles.status}>
          {status}
        </p>
      </div>
    </form>
  );
}
