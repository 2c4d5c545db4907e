/**
 * The whole permission matrix of lib/auth/permissions.ts: every action for every kind of
 * viewer, against one target (a member's profile, inside an organization someone manages).
 * The table is typed `Record<Action, …>`, so a new action fails to compile until it has a row.
 */
import { authorize, can, requireViewer, type Action, type Target } from '@/lib/auth/permissions';
import type { Viewer } from '@/lib/auth/viewer';
import { DomainError } from '@/lib/errors';

const SELF = 'person-self';
const OTHER = 'person-other';
const MANAGER = 'person-manager';

const VIEWERS = {
  visitor: null,
  self: { accountId: 'account-self', personId: SELF, role: 'MEMBER' },
  otherMember: { accountId: 'account-other', personId: OTHER, role: 'MEMBER' },
  manager: { accountId: 'account-manager', personId: MANAGER, role: 'MEMBER' },
  staff: { accountId: 'account-staff', personId: 'person-staff', role: 'STAFF' },
  admin: { accountId: 'account-admin', personId: 'person-admin', role: 'ADMIN' },
} as const satisfies Record<string, Viewer | null>;

type ViewerKind = keyof typeof VIEWERS;
const KINDS = Object.keys(VIEWERS) as ViewerKind[];

/** The object every action is asked about: SELF's profile, in an organization MANAGER manages. */
const TARGET: Target = { personId: SELF, managerPersonIds: [MANAGER] };

const Y = true;
const N = false;
/** Allowed for: visitor, self, other member, manager, staff, admin (the order of VIEWERS). */
type Row = readonly [boolean, boolean, boolean, boolean, boolean, boolean];

//                             visitor self other manager staff admin
const MATRIX = {
  'profile.edit': [N, Y, N, N, Y, Y],
  'profile.exportData': [N, Y, N, N, N, N],
  'account.changePassword': [N, Y, Y, Y, Y, Y],
  'account.requestDeletion': [N, Y, N, N, N, N],
  // Endorsing SELF: everyone signed in but SELF.
  'endorsement.give': [N, N, Y, Y, Y, Y],
  'proposal.create': [N, Y, Y, Y, Y, Y],
  'organization.edit': [N, N, N, Y, Y, Y],
  'membership.edit': [N, N, N, Y, Y, Y],
  'entity.create': [N, N, N, N, Y, Y],
  'entity.edit': [N, N, N, N, Y, Y],
  'entity.review': [N, N, N, N, Y, Y],
  'entity.archive': [N, N, N, N, Y, Y],
  'entity.merge': [N, N, N, N, Y, Y],
  'entity.delete': [N, N, N, N, Y, Y],
  'taxonomy.edit': [N, N, N, N, Y, Y],
  'relationship.edit': [N, N, N, N, Y, Y],
  'person.viewPrivate': [N, N, N, N, Y, Y],
  'audit.read': [N, N, N, N, Y, Y],
  'network.import': [N, N, N, N, Y, Y],
  'network.export': [N, N, N, N, Y, Y],
  'invitation.create': [N, N, N, N, Y, Y],
  'deletion.confirm': [N, N, N, N, Y, Y],
  'account.manage': [N, N, N, N, N, Y],
} as const satisfies Record<Action, Row>;

const CASES = (Object.entries(MATRIX) as [Action, Row][]).flatMap(([action, row]) =>
  KINDS.map((kind, i) => [action, kind, row[i]] as const),
);

describe('can: every action × every viewer', () => {
  test.each(CASES)('%s by %s → %s', (action, kind, allowed) => {
    expect(can(VIEWERS[kind], action, TARGET)).toBe(allowed);
  });
});

describe('authorize', () => {
  function codeOf(run: () => void): string | null {
    try {
      run();
      return null;
    } catch (error) {
      return error instanceof DomainError ? error.code : 'NOT_A_DOMAIN_ERROR';
    }
  }

  test.each(CASES)('%s by %s: passes when allowed, UNAUTHENTICATED for visitors, FORBIDDEN otherwise', (action, kind, allowed) => {
    const expected = allowed ? null : kind === 'visitor' ? 'UNAUTHENTICATED' : 'FORBIDDEN';
    expect(codeOf(() => authorize(VIEWERS[kind], action, TARGET))).toBe(expected);
  });

  test('requireViewer: UNAUTHENTICATED for a visitor, the viewer otherwise', () => {
    expect(codeOf(() => requireViewer(null))).toBe('UNAUTHENTICATED');
    expect(requireViewer(VIEWERS.self)).toBe(VIEWERS.self);
  });
});

describe('the target decides', () => {
  test('a member edits only their own profile; changing the id does not help', () => {
    expect(can(VIEWERS.self, 'profile.edit', { personId: SELF })).toBe(true);
    expect(can(VIEWERS.self, 'profile.edit', { personId: OTHER })).toBe(false);
    expect(can(VIEWERS.self, 'profile.edit', {})).toBe(false);
    expect(can(VIEWERS.self, 'profile.edit', { personId: null })).toBe(false);
  });

  test('an account without a person is never "self"', () => {
    const noPerson: Viewer = { accountId: 'account-x', personId: null, role: 'MEMBER' };
    expect(can(noPerson, 'profile.edit', { personId: null })).toBe(false);
    expect(can(noPerson, 'profile.exportData', { personId: null })).toBe(false);
    expect(can(noPerson, 'endorsement.give', { personId: OTHER })).toBe(false);
    expect(can(noPerson, 'organization.edit', { managerPersonIds: [] })).toBe(false);
  });

  test('endorsing needs someone to endorse', () => {
    expect(can(VIEWERS.otherMember, 'endorsement.give', {})).toBe(false);
    expect(can(VIEWERS.staff, 'endorsement.give', { personId: 'person-staff' })).toBe(false);
  });

  test('a manager manages only the organizations that list them', () => {
    expect(can(VIEWERS.manager, 'organization.edit', { managerPersonIds: [OTHER] })).toBe(false);
    expect(can(VIEWERS.manager, 'membership.edit', { managerPersonIds: [] })).toBe(false);
    expect(can(VIEWERS.manager, 'organization.edit', {})).toBe(false);
    // Staff need no manager list.
    expect(can(VIEWERS.staff, 'organization.edit', {})).toBe(true);
  });

  test('staff may edit others’ profiles but never export or delete on their behalf', () => {
    expect(can(VIEWERS.staff, 'profile.edit', { personId: OTHER })).toBe(true);
    expect(can(VIEWERS.staff, 'profile.exportData', { personId: OTHER })).toBe(false);
    expect(can(VIEWERS.admin, 'account.requestDeletion', { personId: OTHER })).toBe(false);
    expect(can(VIEWERS.staff, 'profile.exportData', { personId: 'person-staff' })).toBe(true);
  });
});
