'use client';

import { useRouter } from 'next/navigation';
import { useId, useState, type FormEvent } from 'react';
import { graphql } from '@/graphql/generated';
import type { InvitablePeopleQuery, Role } from '@/graphql/generated/graphql';
import type { Locale } from '@/lib/i18n/messages';
import { accountsText } from '@/lib/i18n/accounts';
import { callApi, fieldError, formErrors, type ApiError } from './api';
import { OneTimeLink } from './one-time-link';
import styles from './accounts.module.css';

const InvitePerson = graphql(`
  mutation InvitePerson($input: InvitePersonInput!) {
    invitePerson(input: $input) {
      link
      emailed
      invitation {
        id
        email
      }
    }
  }
`);

const InvitablePeople = graphql(`
  query InvitablePeople($query: String!) {
    invitablePeople(query: $query) {
      id
      name
      email
    }
  }
`);

type Candidate = InvitablePeopleQuery['invitablePeople'][number];
type Created = { email: string; link: string; emailed: boolean };

/**
 * The staff's invitation form: a new person (name and email) or someone already in the
 * network without an account (found by name), and a role (staff and admin only for
 * admins). The one-time link is shown after creation, with a copy button.
 */
export function InviteForm({ locale, roles }: { locale: Locale; roles: readonly Role[] }) {
  const t = accountsText[locale];
  const id = useId();
  const router = useRouter();
  const [who, setWho] = useState<'new' | 'existing'>('new');
  const [search, setSearch] = useState('');
  const [candidates, setCandidates] = useState<Candidate[] | null>(null);
  const [personId, setPersonId] = useState<string | null>(null);
  const [email, setEmail] = useState('');
  const [errors, setErrors] = useState<ApiError[]>([]);
  const [pending, setPending] = useState(false);
  const [created, setCreated] = useState<Created | null>(null);

  async function findPeople() {
    if (search.trim().length < 2) return;
    const result = await callApi(InvitablePeople, { query: search });
    setCandidates(result.data?.invitablePeople ?? []);
    setPersonId(null);
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const role = roles.find((r) => r === form.get('role')) ?? 'MEMBER';
    const name = String(form.get('name') ?? '');
    setPending(true);
    setErrors([]);
    const result = await callApi(InvitePerson, {
      input: who === 'new' ? { name, email, role } : { personId: personId ?? '', email, role },
    });
    setPending(false);
    const payload = result.data?.invitePerson;
    if (payload) {
      // A relative link (no configured site address) becomes absolute here.
      setCreated({ email: payload.invitation.email, link: new URL(payload.link, window.location.origin).href, emailed: payload.emailed });
      formElement.reset();
      setEmail('');
      setCandidates(null);
      setPersonId(null);
      router.refresh();
      return;
    }
    setErrors(result.errors.length > 0 ? result.errors : [{ message: t.failed }]);
  }

  const errorFor = (field: string) => fieldError(errors, field);
  const described = (field: string) => (errorFor(field) ? `${id}-${field}-error` : undefined);
  const general = formErrors(errors, ['name', 'email', 'personId', 'role']);
  return (
    <>
      {created ? (
        <div className={styles.status} role="status" data-testid="invitation-created">
          <p>
            {t.inviteCreated(created.email)} {created.emailed ? t.inviteEmailed : null}
          </p>
          {created.emailed ? null : <OneTimeLink link={created.link} locale={locale} />}
        </div>
      ) : null}
      <form className={styles.form} onSubmit={onSubmit} aria-labelledby={`${id}-heading`}>
        <h2 id={`${id}-heading`}>{t.inviteHeading}</h2>
        {general.length > 0 ? (
          <p className="form-error" role="alert">
            {general.map((e) => e.message).join(' ')}
          </p>
        ) : null}
        <fieldset className={styles.fieldset}>
          <legend>{t.whoLegend}</legend>
          <label className={styles.choice}>
            <input type="radio" name="who" value="new" checked={who === 'new'} onChange={() => setWho('new')} />
            {t.whoNew}
          </label>
          <label className={styles.choice}>
            <input type="radio" name="who" value="existing" checked={who === 'existing'} onChange={() => setWho('existing')} />
            {t.whoExisting}
          </label>
        </fieldset>
        {who === 'new' ? (
          <div className={styles.field}>
            <label htmlFor={`${id}-name`}>{t.name}</label>
            <input id={`${id}-name`} name="name" required maxLength={200} autoComplete="off" aria-invalid={errorFor('name') ? true : undefined} aria-describedby={described('name')} />
            {errorFor('name') ? (
              <span id={`${id}-name-error`} className={styles.bad}>
                {errorFor('name')}
              </span>
            ) : null}
          </div>
        ) : (
          <div className={styles.field}>
            <label htmlFor={`${id}-search`}>{t.searchPerson}</label>
            <div className={styles.inline}>
              <input
                id={`${id}-search`}
                type="search"
                value={search}
                maxLength={200}
                aria-describedby={`${id}-search-hint`}
                onChange={(e) => setSearch(e.target.value)}
                onKeyDown={(e) => {
                  if (e.key === 'Enter') {
                    e.preventDefault();
                    void findPeople();
                  }
                }}
              />
              <button type="button" className="button secondary" onClick={() => void findPeople()}>
                {t.searchButton}
              </button>
            </div>
            <span id={`${id}-search-hint`} className={styles.hint}>
              {t.searchPersonHint}
            </span>
            {candidates && candidates.length === 0 ? <p className={styles.hint}>{t.noPeopleFound}</p> : null}
            {candidates && candidates.length > 0 ? (
              <fieldset className={styles.fieldset} aria-describedby={described('personId')}>
                <legend>{t.choosePerson}</legend>
                {candidates.map((c) => (
                  <label key={c.id} className={styles.choice}>
                    <input
                      type="radio"
                      name="personId"
                      value={c.id}
                      required
                      checked={personId === c.id}
                      onChange={() => {
                        setPersonId(c.id);
                        if (c.email) setEmail(c.email);
                      }}
                    />
                    {c.name}
                  </label>
                ))}
              </fieldset>
            ) : null}
            {errorFor('personId') ? (
              <span id={`${id}-personId-error`} className={styles.bad}>
                {errorFor('personId')}
              </span>
            ) : null}
          </div>
        )}
        <div className={styles.field}>
          <label htmlFor={`${id}-email`}>{t.email}</label>
          <input
            id={`${id}-email`}
            name="email"
            type="email"
            required
            maxLength={254}
            autoComplete="off"
            value={email}
            onChange={(e) => setEmail(e.target.value)}
            aria-invalid={errorFor('email') ? true : undefined}
            aria-describedby={described('email')}
          />
          {errorFor('email') ? (
            <span id={`${id}-email-error`} className={styles.bad}>
              {errorFor('email')}
            </span>
          ) : null}
        </div>
        <div className={styles.field}>
          <label htmlFor={`${id}-role`}>{t.roleLabel}</label>
          <select id={`${id}-role`} name="role" defaultValue="MEMBER" aria-describedby={roles.length === 1 ? `${id}-role-hint` : undefined}>
            {roles.map((r) => (
              <option key={r} value={r}>
                {t.role[r]}
              </option>
            ))}
          </select>
          {roles.length === 1 ? (
            <span id={`${id}-role-hint`} className={styles.hint}>
              {t.roleHintStaff}
            </span>
          ) : null}
        </div>
        <button className="button" type="submit" disabled={pending || (who === 'existing' && !personId)}>
          {pending ? t.saving : t.sendInvite}
        </button>
      </form>
    </>
  );
}
