import { forbidden } from '../errors';
import { requireViewer } from '../auth/permissions';
import type { Viewer } from '../auth/viewer';

/** The person the signed-in viewer acts as: UNAUTHENTICATED for visitors, FORBIDDEN for an account without a profile. */
export function ownPersonId(viewer: Viewer | null): string {
  const signedIn = requireViewer(viewer);
  if (!signedIn.personId) throw forbidden('This account has no profile to edit.');
  return signedIn.personId;
}
