'use client';

import type { FormEvent } from 'react';
import { moderationText } from '@/lib/i18n/moderation';
import type { Locale } from '@/lib/i18n/messages';
import { EntityPicker } from './entity-picker';
import { FormMessages, SelectField, TextField, fieldProblem, formProblem } from './form-parts';
import { ProposeCollaborationMutation, ProposeContributionMutation, ProposeMembershipMutation } from './operations';
import { useProposal } from './use-proposal';
import styles from './moderation.module.css';

const text = (form: FormData, key: string) => String(form.get(key) ?? '');

/** Proposes that the member belongs to an organization already in the directory. */
export function MembershipProposalForm({ locale }: { locale: Locale }) {
  const t = moderationText[locale];
  const { pending, problem, status, submit, localProblem } = useProposal(ProposeMembershipMutation, locale, (d) => d.proposeMembership.item.name ?? '');

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const organizationId = text(form, 'organizationId');
    if (!organizationId) return localProblem('organizationId', t.pickerRequired);
    const since = text(form, 'since').trim();
    await submit({ organizationId, input: { role: text(form, 'role'), since: since || null } }, event.currentTarget);
  }

  const err = (field: string) => fieldProblem(problem, field, t);
  return (
    <form className={styles.form} onSubmit={onSubmit} aria-labelledby="propose-form-heading">
      <EntityPicker id="membership-organization" name="organizationId" label={t.organization} type="ORGANIZATION" locale={locale} error={err('organizationId')} />
      <TextField id="membership-role" name="role" label={t.role} required maxLength={200} error={err('role')} />
      <TextField id="membership-since" name="since" type="date" label={t.since} error={err('since')} />
      <FormMessages status={status} alert={formProblem(problem, ['organizationId', 'role', 'since'], t)} />
      <button className="button" type="submit" disabled={pending}>
        {pending ? t.submitting : t.submit}
      </button>
    </form>
  );
}

/** Proposes that the member contributes to a project already in the directory. */
export function ContributionProposalForm({ locale }: { locale: Locale }) {
  const t = moderationText[locale];
  const { pending, problem, status, submit, localProblem } = useProposal(ProposeContributionMutation, locale, (d) => d.proposeContribution.item.name ?? '');

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const projectId = text(form, 'projectId');
    if (!projectId) return localProblem('projectId', t.pickerRequired);
    await submit({ projectId, input: { role: text(form, 'role') } }, event.currentTarget);
  }

  const err = (field: string) => fieldProblem(problem, field, t);
  return (
    <form className={styles.form} onSubmit={onSubmit} aria-labelledby="propose-form-heading">
      <EntityPicker id="contribution-project" name="projectId" label={t.project} type="PROJECT" locale={locale} error={err('projectId')} />
      <TextField id="contribution-role" name="role" label={t.role} required maxLength={200} error={err('role')} />
      <FormMessages status={status} alert={formProblem(problem, ['projectId', 'role'], t)} />
      <button className="button" type="submit" disabled={pending}>
        {pending ? t.submitting : t.submit}
      </button>
    </form>
  );
}

/** Proposes a collaboration between one of the member's organizations and another one. */
export function CollaborationProposalForm({ locale, organizations }: { locale: Locale; organizations: readonly { value: string; label: string }[] }) {
  const t = moderationText[locale];
  const { pending, problem, status, submit, localProblem } = useProposal(
    ProposeCollaborationMutation,
    locale,
    (d) => d.proposeCollaboration.item.name ?? '',
  );

  if (organizations.length === 0) return <p className={styles.notice}>{t.noOrganizations}</p>;

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const partnerOrganizationId = text(form, 'partnerOrganizationId');
    if (!partnerOrganizationId) return localProblem('partnerOrganizationId', t.pickerRequired);
    await submit(
      { organizationId: text(form, 'organizationId'), partnerOrganizationId, input: { note: text(form, 'note') } },
      event.currentTarget,
    );
  }

  const err = (field: string) => fieldProblem(problem, field, t);
  return (
    <form className={styles.form} onSubmit={onSubmit} aria-labelledby="propose-form-heading">
      <SelectField id="collaboration-organization" name="organizationId" label={t.yourOrganization} options={organizations} error={err('organizationId')} />
      <EntityPicker
        id="collaboration-partner"
        name="partnerOrganizationId"
        label={t.partner}
        type="ORGANIZATION"
        locale={locale}
        exclude={organizations.map((o) => o.value)}
        error={err('partnerOrganizationId')}
      />
      <TextField id="collaboration-note" name="note" label={t.note} required maxLength={1000} multiline error={err('note')} />
      <FormMessages status={status} alert={formProblem(problem, ['organizationId', 'partnerOrganizationId', 'note'], t)} />
      <button className="button" type="submit" disabled={pending}>
        {pending ? t.submitting : t.submit}
      </button>
    </form>
  );
}
