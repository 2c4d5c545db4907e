'use client';

import type { FormEvent } from 'react';
import { enumText } from '@/lib/i18n/enums';
import { moderationText } from '@/lib/i18n/moderation';
import type { Locale } from '@/lib/i18n/messages';
import { CheckboxGroup, FormMessages, SelectField, TextField, fieldProblem, formProblem } from './form-parts';
import { ProposeOrganizationMutation, ProposeProjectMutation } from './operations';
import { useProposal } from './use-proposal';
import styles from './moderation.module.css';

export interface SectorOption {
  value: string;
  label: string;
}

const text = (form: FormData, key: string) => String(form.get(key) ?? '');
const optional = (form: FormData, key: string) => text(form, key).trim() || null;
const sectorIdsOf = (form: FormData) => form.getAll('sectorIds').map(String);

const PROJECT_FIELDS = ['name', 'summary', 'description', 'status', 'website', 'openCall', 'sectorIds'];
const ORGANIZATION_FIELDS = ['name', 'kind', 'description', 'website', 'email', 'location', 'sectorIds'];

/** Proposes a new project (it waits for staff as PENDING). */
export function ProjectProposalForm({ locale, sectors }: { locale: Locale; sectors: readonly SectorOption[] }) {
  const t = moderationText[locale];
  const statuses = enumText[locale].projectStatus;
  const { pending, problem, status, submit } = useProposal(ProposeProjectMutation, locale, (d) => d.proposeProject.item.name ?? '');

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    await submit(
      {
        input: {
          name: text(form, 'name'),
          summary: text(form, 'summary'),
          description: optional(form, 'description'),
          status: text(form, 'status') as keyof typeof statuses,
          website: optional(form, 'website'),
          openCall: optional(form, 'openCall'),
          sectorIds: sectorIdsOf(form),
        },
      },
      event.currentTarget,
    );
  }

  const err = (field: string) => fieldProblem(problem, field, t);
  return (
    <form className={styles.form} onSubmit={onSubmit} aria-labelledby="propose-form-heading">
      <TextField id="project-name" name="name" label={t.name} required maxLength={200} error={err('name')} />
      <TextField id="project-summary" name="summary" label={t.summary} required maxLength={500} multiline error={err('summary')} />
      <SelectField
        id="project-status"
        name="status"
        label={t.status}
        defaultValue="IDEA"
        options={Object.entries(statuses).map(([value, label]) => ({ value, label }))}
        error={err('status')}
      />
      <TextField id="project-description" name="description" label={`${t.description} ${t.optional}`} maxLength={5000} multiline error={err('description')} />
      <TextField id="project-website" name="website" type="url" label={`${t.website} ${t.optional}`} maxLength={500} hint="https://…" error={err('website')} />
      <TextField id="project-open-call" name="openCall" label={`${t.openCall} ${t.optional}`} maxLength={5000} multiline error={err('openCall')} />
      {sectors.length > 0 ? <CheckboxGroup name="sectorIds" legend={`${t.sectors} ${t.optional}`} options={sectors} error={err('sectorIds')} /> : null}
      <FormMessages status={status} alert={formProblem(problem, PROJECT_FIELDS, t)} />
      <button className="button" type="submit" disabled={pending}>
        {pending ? t.submitting : t.submit}
      </button>
    </form>
  );
}

/** Proposes a new organization (it waits for staff as PENDING). */
export function OrganizationProposalForm({ locale, sectors }: { locale: Locale; sectors: readonly SectorOption[] }) {
  const t = moderationText[locale];
  const kinds = enumText[locale].organizationKind;
  const { pending, problem, status, submit } = useProposal(ProposeOrganizationMutation, locale, (d) => d.proposeOrganization.item.name ?? '');

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    await submit(
      {
        input: {
          name: text(form, 'name'),
          kind: text(form, 'kind') as keyof typeof kinds,
          description: text(form, 'description'),
          website: optional(form, 'website'),
          email: optional(form, 'email'),
          location: optional(form, 'location'),
          sectorIds: sectorIdsOf(form),
        },
      },
      event.currentTarget,
    );
  }

  const err = (field: string) => fieldProblem(problem, field, t);
  return (
    <form className={styles.form} onSubmit={onSubmit} aria-labelledby="propose-form-heading">
      <TextField id="organization-name" name="name" label={t.name} required maxLength={200} error={err('name')} />
      <SelectField
        id="organization-kind"
        name="kind"
        label={t.kindLabel}
        defaultValue="ASSOCIATION"
        options={Object.entries(kinds)
          .filter(([value]) => value !== 'HUB')
          .map(([value, label]) => ({ value, label }))}
        error={err('kind')}
      />
      <TextField id="organization-description" name="description" label={t.description} required maxLength={5000} multiline error={err('description')} />
      <TextField id="organization-website" name="website" type="url" label={`${t.website} ${t.optional}`} maxLength={500} hint="https://…" error={err('website')} />
      <TextField id="organization-email" name="email" type="email" label={`${t.email} ${t.optional}`} maxLength={254} error={err('email')} />
      <TextField id="organization-location" name="location" label={`${t.location} ${t.optional}`} maxLength={200} error={err('location')} />
      {sectors.length > 0 ? <CheckboxGroup name="sectorIds" legend={`${t.sectors} ${t.optional}`} options={sectors} error={err('sectorIds')} /> : null}
      <FormMessages status={status} alert={formProblem(problem, ORGANIZATION_FIELDS, t)} />
      <button className="button" type="submit" disabled={pending}>
        {pending ? t.submitting : t.submit}
      </button>
    </form>
  );
}
