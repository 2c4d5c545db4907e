/** Who is asking: nobody (a visitor) or a signed-in account with its role. */
export type Role = 'MEMBER' | 'STAFF' | 'ADMIN';

export interface Viewer {
  accountId: string;
  personId: string | null;
  role: Role;
}

export type ContactVisibility = 'PUBLIC' | 'MEMBERS' | 'STAFF';

/** Staff and admins curate the network. */
export function isStaff(viewer: Viewer | null): boolean {
  return viewer?.role === 'STAFF' || viewer?.role === 'ADMIN';
}

/**
 * Whether `viewer` may see a person's contact details, given the person's setting:
 * PUBLIC to everyone, MEMBERS to anyone signed in, STAFF to staff only. People always
 * see their own.
 */
export function canSeeContact(viewer: Viewer | null, personId: string, visibility: string): boolean {
  if (viewer?.personId === personId) return true;
  switch (visibility) {
    case 'PUBLIC':
      return true;
    case 'MEMBERS':
      return viewer !== null;
    default:
      // STAFF, and any unknown value: the most private reading.
      return isStaff(viewer);
  }
}
