import type { Role } from '../auth/viewer';
import type { AdminAccountRow, DeletionRequestRow, InvitationRow } from './queries';

/**
 * The accounts area's records, shaped as the GraphQL types that show them. Password
 * hashes and invitation tokens never appear in any of them.
 */

export const ROLES: readonly Role[] = ['MEMBER', 'STAFF', 'ADMIN'];
export const ACCOUNT_STATES = ['ACTIVE', 'DISABLED'] as const;
export type AccountState = (typeof ACCOUNT_STATES)[number];

/** PENDING, USED and REVOKED are stored; EXPIRED is a PENDING invitation past its expiry. */
export type InvitationState = 'PENDING' | 'USED' | 'REVOKED' | 'EXPIRED';

export interface InvitationRecord {
  id: string;
  email: string;
  role: Role;
  state: InvitationState;
  personId: string | null;
  personName: string | null;
  invitedBy: string | null;
  createdAt: string;
  expiresAt: string;
  usedAt: string | null;
}

export interface AccountRecord {
  id: string;
  email: string;
  role: Role;
  state: AccountState;
  version: number;
  personId: string | null;
  personName: string | null;
  createdAt: string | null;
  lastSignInAt: string | null;
  failedSignIns: number;
}

export interface DeletionRequestRecord {
  personId: string;
  name: string;
  slug: string;
  email: string | null;
  hasAccount: boolean;
  requestedAt: string;
}

/** A stored role, or MEMBER (the least privilege) for anything unexpected. */
export function toRole(value: string | null | undefined): Role {
  return ROLES.find((r) => r === value) ?? 'MEMBER';
}

function iso(value: Date | null | undefined): string | null {
  return value instanceof Date ? value.toISOString() : null;
}

/** The state an invitation shows at `now`. */
export function invitationState(row: Pick<InvitationRow, 'state' | 'expiresAt'>, now: Date): InvitationState {
  if (row.state === 'USED' || row.state === 'REVOKED') return row.state;
  return row.expiresAt.getTime() <= now.getTime() ? 'EXPIRED' : 'PENDING';
}

export function toInvitation(row: InvitationRow, now: Date): InvitationRecord {
  return {
    id: row.id,
    email: row.email,
    role: toRole(row.role),
    state: invitationState(row, now),
    personId: row.personId,
    personName: row.personName,
    invitedBy: row.inviterEmail,
    createdAt: row.createdAt.toISOString(),
    expiresAt: row.expiresAt.toISOString(),
    usedAt: iso(row.usedAt),
  };
}

export function toAccount(row: AdminAccountRow): AccountRecord {
  return {
    id: row.id,
    email: row.email,
    role: toRole(row.role),
    state: row.state === 'ACTIVE' ? 'ACTIVE' : 'DISABLED',
    version: row.version ?? 1,
    personId: row.personId,
    personName: row.personName,
    createdAt: iso(row.createdAt),
    lastSignInAt: iso(row.lastSignInAt),
    failedSignIns: row.failedSignIns ?? 0,
  };
}

export function toDeletionRequest(row: DeletionRequestRow): DeletionRequestRecord {
  return {
    personId: row.personId,
    name: row.name,
    slug: row.slug,
    email: row.accountEmail ?? row.personEmail,
    hasAccount: row.accountId !== null,
    requestedAt: (row.requestedAt ?? new Date(0)).toISOString(),
  };
}
