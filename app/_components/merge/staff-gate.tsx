import { redirect } from 'next/navigation';
import type { ReactElement } from 'react';
import { currentViewer } from '@/graphql/execute';
import { can, type Action } from '@/lib/auth/permissions';
import { currentLocale } from '@/lib/i18n/locale';
import { SIGN_IN_PATH } from '@/lib/routes';
import { NotAllowed } from '../moderation/not-allowed';

/**
 * The page-level check of a staff tool (the API checks again regardless): visitors go to
 * sign-in and come back; signed-in people without the permission get a readable refusal
 * to render instead of the page (null means: go ahead).
 */
export async function staffGate(returnTo: string, action: Action): Promise<ReactElement | null> {
  const viewer = await currentViewer();
  if (!viewer) redirect(`${SIGN_IN_PATH}?callbackUrl=${encodeURIComponent(returnTo)}`);
  if (!can(viewer, action)) return <NotAllowed locale={await currentLocale()} />;
  return null;
}
