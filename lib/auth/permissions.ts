import { forbidden, unauthenticated } from '../errors';
import type { Role, Viewer } from './viewer';

/**
 * Who may do what: the one place the rules live. Every mutation resolver (and every
 * page that offers an action) asks `can`/`authorize` with the object it touches, so a
 * member cannot edit someone else's profile by changing an id. tests/unit/permissions
 * asserts the whole matrix.
 *
 * Roles: a visitor (null) reads public data only; a MEMBER edits their own profile,
 * proposes things and endorses others; a member who manages an organization edits it
 * and its memberships; STAFF curate everything; ADMIN also manage accounts and roles.
 */
export type Action =
  // A member about themselves.
  | 'profile.edit'
  | 'profile.exportData'
  | 'account.changePassword'
  | 'account.requestDeletion'
  | 'endorsement.give'
  // Proposals that wait for staff.
  | 'proposal.create'
  // An organization's managers.
  | 'organization.edit'
  | 'membership.edit'
  // Staff curation.
  | 'entity.create'
  | 'entity.edit'
  | 'entity.review'
  | 'entity.archive'
  | 'entity.merge'
  | 'entity.delete'
  | 'taxonomy.edit'
  | 'relationship.edit'
  | 'person.viewPrivate'
  | 'audit.read'
  | 'network.import'
  | 'network.export'
  | 'invitation.create'
  | 'deletion.confirm'
  // Admins.
  | 'account.manage';

/** The object an action is about, when it matters. */
export interface Target {
  /** The person the action touches (a profile, the endorsed person). */
  personId?: string | null;
  /** The people who manage the organization the action touches. */
  managerPersonIds?: readonly string[];
}

const RANK: Record<Role, number> = { MEMBER: 1, STAFF: 2, ADMIN: 3 };

function atLeast(viewer: Viewer, role: Role): boolean {
  return RANK[viewer.role] >= RANK[role];
}

function isSelf(viewer: Viewer, target: Target): boolean {
  return Boolean(viewer.personId && target.personId && viewer.personId === target.personId);
}

function managesTarget(viewer: Viewer, target: Target): boolean {
  return Boolean(viewer.personId && target.managerPersonIds?.includes(viewer.personId));
}

/** Whether `viewer` may perform `action` on `target`. Visitors may do none of these. */
export function can(viewer: Viewer | null, action: Action, target: Target = {}): boolean {
  if (!viewer) return false;
  switch (action) {
    case 'profile.edit':
      return isSelf(viewer, target) || atLeast(viewer, 'STAFF');
    case 'profile.exportData':
    case 'account.requestDeletion':
      return isSelf(viewer, target);
    case 'account.changePassword':
      return true;
    case 'endorsement.give':
      // Never oneself; a member without a person profile has nobody to endorse as.
      return Boolean(viewer.personId) && Boolean(target.personId) && !isSelf(viewer, target);
    case 'proposal.create':
      return true;
    case 'organization.edit':
    case 'membership.edit':
      return managesTarget(viewer, target) || atLeast(viewer, 'STAFF');
    case 'entity.create':
    case 'entity.edit':
    case 'entity.review':
    case 'entity.archive':
    case 'entity.merge':
    case 'entity.delete':
    case 'taxonomy.edit':
    case 'relationship.edit':
    case 'person.viewPrivate':
    case 'audit.read':
    case 'network.import':
    case 'network.export':
    case 'invitation.create':
    case 'deletion.confirm':
      return atLeast(viewer, 'STAFF');
    case 'account.manage':
      return atLeast(viewer, 'ADMIN');
  }
}

/** Like `can`, but throws UNAUTHENTICATED for visitors and FORBIDDEN for everyone else refused. */
export function authorize(viewer: Viewer | null, action: Action, target: Target = {}): asserts viewer is Viewer {
  if (!viewer) throw unauthenticated();
  if (!can(viewer, action, target)) throw forbidden();
}

/** The signed-in viewer, or UNAUTHENTICATED. */
export function requireViewer(viewer: Viewer | null): Viewer {
  if (!viewer) throw unauthenticated();
  return viewer;
}
