import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { accountByEmail } from '../auth/account-queries';
import { normalizeEmail } from '../auth/accounts';
import { hashPassword } from '../auth/password';
import { authorize, can } from '../auth/permissions';
import type { Role, Viewer } from '../auth/viewer';
import { conflict, DomainError, forbidden, invalidInput } from '../errors';
import { NODE } from '../graph/schema';
import type { GraphStore, QueryRunner } from '../graph/store';
import { logger } from '../log';
import { invitationMessage } from '../mail/invitation';
import { sendMail } from '../mail/transport';
import { searchWords } from '../search/text';
import { recordAudit } from '../write/audit';
import { parseInput } from '../write/validate';
import { createPersonForInvitation } from './invited-person';
import { toInvitation, type InvitationRecord, type InvitationState } from './model';
import { assertAcceptablePassword } from './password-policy';
import * as q from './queries';
import { hashInvitationToken, isWellFormedToken, newInvitationToken } from './tokens';

/** How long an invitation link works. */
export const INVITATION_TTL_MS = 7 * 24 * 60 * 60 * 1000;
/** The path of the page that accepts an invitation. */
export const INVITATION_PATH = '/invito';

const roleSchema = z.enum(['MEMBER', 'STAFF', 'ADMIN']);

const inviteSchema = z.object({
  personId: z.string().trim().min(1).max(100).nullish(),
  name: z.string().trim().min(1, 'The name cannot be empty').max(200).nullish(),
  email: z.string().trim().max(254).pipe(z.email('Give a valid email address')),
  role: roleSchema,
});

export type InviteInput = z.input<typeof inviteSchema>;

/** Options of the services that depend on time and on where the site lives. */
export interface InvitationOptions {
  /** The current instant (tests create expired invitations with a past `now`). */
  now?: Date;
  /** The site's public origin for the link (NEXTAUTH_URL by default). */
  origin?: string | null;
  env?: NodeJS.ProcessEnv;
}

export interface InviteResult {
  invitation: InvitationRecord;
  /** The one-time link: absolute when the site's origin is known, else a path to prefix with it. */
  link: string;
  /** Whether the link went out by mail (false when no mail server is configured or sending failed). */
  emailed: boolean;
}

function siteOrigin(options: InvitationOptions): string {
  const origin = options.origin ?? (options.env ?? process.env).NEXTAUTH_URL ?? '';
  return origin.replace(/\/+$/, '');
}

async function readInvitation(tx: QueryRunner, id: string, now: Date): Promise<InvitationRecord> {
  const [row] = await tx.run(q.invitationById, { id });
  if (!row) throw invalidInput('id', 'There is no invitation with this id.');
  return toInvitation(row, now);
}

/**
 * Invites a person to sign in (staff; only admins invite staff or admins): an existing
 * person without an account (`personId`) or a new one (`name`, created PENDING until they
 * accept). The token is random, shown once in the returned link, and stored only as its
 * SHA-256. Mails the link when a mail server is configured.
 */
export async function invitePerson(
  store: GraphStore,
  viewer: Viewer | null,
  input: InviteInput,
  options: InvitationOptions = {},
): Promise<InviteResult> {
  authorize(viewer, 'invitation.create');
  const data = parseInput(inviteSchema, input);
  const email = normalizeEmail(data.email);
  const role: Role = data.role;
  if (role !== 'MEMBER' && !can(viewer, 'account.manage')) throw forbidden('Only admins may invite staff or admins.');
  if (Boolean(data.personId) === Boolean(data.name)) {
    throw invalidInput('personId', 'Choose a person from the directory or give the name of a new person (one of the two).');
  }
  const now = options.now ?? new Date();
  const expiresAt = new Date(now.getTime() + INVITATION_TTL_MS);
  const token = newInvitationToken();

  const invitation = await store.write(async (tx) => {
    if ((await tx.run(accountByEmail, { email })).length > 0) {
      throw conflict('An account with this email already exists.', { field: 'email' });
    }
    let personId: string;
    if (data.personId) {
      const [person] = await tx.run(q.personWithAccount, { id: data.personId });
      if (!person || (person.state !== 'ACTIVE' && person.state !== 'PENDING')) {
        throw invalidInput('personId', 'There is no such person in the directory.');
      }
      if (person.accountId) throw conflict('This person already has an account.', { field: 'personId' });
      personId = person.id;
    } else {
      personId = await createPersonForInvitation(tx, data.name ?? '', email, now);
    }
    const id = randomUUID();
    await tx.run(q.createInvitation, {
      id,
      tokenHash: hashInvitationToken(token),
      email,
      personId,
      role,
      createdBy: viewer.accountId,
      at: now.toISOString(),
      expiresAt: expiresAt.toISOString(),
    });
    await recordAudit(
      tx,
      {
        actorId: viewer.accountId,
        action: 'invitation.create',
        entityLabel: NODE.Invitation,
        entityId: id,
        after: { email, role, personId, newPerson: !data.personId },
      },
      now,
    );
    return readInvitation(tx, id, now);
  });

  const origin = siteOrigin(options);
  const link = `${origin}${INVITATION_PATH}/${token}`;
  let emailed = false;
  if (origin) {
    try {
      emailed = await sendMail(invitationMessage({ to: email, name: invitation.personName, link, expiresAt }), options.env);
    } catch (error) {
      // The invitation stands; staff see the link and send it by hand.
      logger.warn({ err: error instanceof Error ? error.message : String(error), invitationId: invitation.id }, 'invitation mail not sent');
    }
  }
  return { invitation, link, emailed };
}

/** Revokes a pending invitation (staff): its link stops working. */
export async function revokeInvitation(store: GraphStore, viewer: Viewer | null, id: string, options: InvitationOptions = {}): Promise<InvitationRecord> {
  authorize(viewer, 'invitation.create');
  const now = options.now ?? new Date();
  return store.write(async (tx) => {
    const current = await readInvitation(tx, id, now);
    if (current.state !== 'PENDING' && current.state !== 'EXPIRED') {
      throw conflict(`This invitation is ${current.state.toLowerCase()} and cannot be revoked.`, { field: 'id' });
    }
    await tx.run(q.setInvitationState, { id, state: 'REVOKED' });
    await recordAudit(
      tx,
      { actorId: viewer.accountId, action: 'invitation.revoke', entityLabel: NODE.Invitation, entityId: id, before: { state: current.state }, after: { state: 'REVOKED' } },
      now,
    );
    return { ...current, state: 'REVOKED' };
  });
}

/** How many invitations the staff list shows (the newest). */
export const INVITATION_LIST_SIZE = 200;

/** The newest invitations (staff), optionally only those in one state. */
export async function listInvitations(
  store: GraphStore,
  viewer: Viewer | null,
  state: InvitationState | null = null,
  options: InvitationOptions = {},
): Promise<InvitationRecord[]> {
  authorize(viewer, 'invitation.create');
  const now = options.now ?? new Date();
  const rows = await store.query(q.latestInvitations, { pageSize: INVITATION_LIST_SIZE });
  const all = rows.map((row) => toInvitation(row, now));
  return state ? all.filter((i) => i.state === state) : all;
}

/** People without an account matching the words, for the invitation form's picker (staff). */
export async function findInvitablePeople(store: GraphStore, viewer: Viewer | null, query: string): Promise<{ id: string; name: string; email: string | null }[]> {
  authorize(viewer, 'invitation.create');
  const words = searchWords(query.slice(0, 200)).join(' ');
  if (!words) return [];
  return store.query(q.invitablePeople, { words });
}

/** What the public invitation page may know about a token. */
export type InvitationStatus = 'VALID' | 'INVALID' | 'EXPIRED' | 'USED';

export interface InvitationLookup {
  status: InvitationStatus;
  /** The invitee's email and name, only for a VALID token. */
  email: string | null;
  name: string | null;
  expiresAt: string | null;
}

function statusOf(row: q.InvitationRow | undefined, now: Date): InvitationStatus {
  if (!row || row.state === 'REVOKED' || !row.personId) return 'INVALID';
  if (row.state === 'USED') return 'USED';
  return row.expiresAt.getTime() <= now.getTime() ? 'EXPIRED' : 'VALID';
}

async function findByToken(run: (hash: string) => Promise<q.InvitationRow[]>, token: string): Promise<q.InvitationRow | undefined> {
  if (!isWellFormedToken(token)) return undefined;
  const [row] = await run(hashInvitationToken(token));
  return row;
}

/** Looks up a token for the public invitation page (anyone: the token is the credential). */
export async function lookupInvitation(store: GraphStore, token: string, options: InvitationOptions = {}): Promise<InvitationLookup> {
  const now = options.now ?? new Date();
  const row = await findByToken((tokenHash) => store.query(q.invitationByTokenHash, { tokenHash }), token);
  const status = statusOf(row, now);
  if (status !== 'VALID' || !row) return { status, email: null, name: null, expiresAt: null };
  return { status, email: row.email, name: row.personName, expiresAt: row.expiresAt.toISOString() };
}

const TOKEN_ERRORS: Record<Exclude<InvitationStatus, 'VALID'>, () => DomainError> = {
  INVALID: () => new DomainError('BAD_USER_INPUT', 'This invitation link is not valid. Ask the staff for a new one.', { field: 'token', reason: 'INVALID' }),
  EXPIRED: () => new DomainError('BAD_USER_INPUT', 'This invitation link has expired. Ask the staff for a new one.', { field: 'token', reason: 'EXPIRED' }),
  USED: () => new DomainError('CONFLICT', 'This invitation has already been used. Sign in with your password.', { field: 'token', reason: 'USED' }),
};

const acceptSchema = z.object({ token: z.string().max(200), password: z.string().max(1000) });

/**
 * Accepts an invitation (anyone holding the link): checks the password policy, creates
 * the ACTIVE account (Argon2id hash, the invitation's role) linked to the invited person
 * (made public if they were created with the invitation) and marks the invitation USED,
 * all in one unit of work, so a link works exactly once.
 */
export async function acceptInvitation(
  store: GraphStore,
  input: { token: string; password: string },
  options: InvitationOptions = {},
): Promise<{ accountId: string; email: string }> {
  const data = parseInput(acceptSchema, input);
  const now = options.now ?? new Date();
  const first = await findByToken((tokenHash) => store.query(q.invitationByTokenHash, { tokenHash }), data.token);
  const status = statusOf(first, now);
  if (status !== 'VALID') throw TOKEN_ERRORS[status]();
  assertAcceptablePassword(data.password, 'password');
  const passwordHash = await hashPassword(data.password);

  return store.write(async (tx) => {
    // Checked again inside the unit of work: a second acceptance racing this one waits for it.
    const row = await findByToken((tokenHash) => tx.run(q.invitationByTokenHash, { tokenHash }), data.token);
    const again = statusOf(row, now);
    if (again !== 'VALID' || !row?.personId) throw TOKEN_ERRORS[again === 'VALID' ? 'INVALID' : again]();
    if ((await tx.run(accountByEmail, { email: row.email })).length > 0) {
      throw conflict('An account with this email already exists. Sign in with it.', { field: 'token' });
    }
    const [person] = await tx.run(q.personWithAccount, { id: row.personId });
    if (!person) throw TOKEN_ERRORS.INVALID();
    if (person.accountId) throw conflict('This person already has an account. Sign in with it.', { field: 'token' });
    const accountId = randomUUID();
    const at = now.toISOString();
    await tx.run(q.activateInvitedPerson, { id: person.id, at });
    await tx.run(q.createAccountForPerson, { id: accountId, personId: person.id, email: row.email, passwordHash, role: row.role, at });
    await tx.run(q.markInvitationUsed, { id: row.id, at });
    await recordAudit(
      tx,
      { actorId: accountId, action: 'invitation.accept', entityLabel: NODE.Account, entityId: accountId, after: { role: row.role, invitationId: row.id } },
      now,
    );
    return { accountId, email: row.email };
  });
}
