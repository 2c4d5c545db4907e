import Link from 'next/link';
import { currentViewer } from '@/graphql/execute';
import { can } from '@/lib/auth/permissions';
import { curationEditPath } from '@/lib/curation/kinds';
import { curationText } from '@/lib/i18n/curation';
import { currentLocale } from '@/lib/i18n/locale';

/**
 * "Modifica" on an organization's public page, for the people allowed to edit it: staff,
 * and the organization's managers (pass the ids of the members marked as managers).
 * Renders nothing for everyone else. The edit page and the API check again.
 */
export async function OrganizationEditLink({ organizationId, managerPersonIds }: { organizationId: string; managerPersonIds: readonly string[] }) {
  const viewer = await currentViewer();
  if (!can(viewer, 'organization.edit', { managerPersonIds })) return null;
  const t = curationText[await currentLocale()];
  return (
    <p>
      <Link href={curationEditPath('ORGANIZATION', organizationId)} className="button secondary" data-testid="organization-edit-link">
        {t.edit}
      </Link>
    </p>
  );
}
