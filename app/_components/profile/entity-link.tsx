import Link from 'next/link';
import type { ReactNode } from 'react';
import type { EntityKind } from '@/lib/directory/model';
import { entityPath } from '@/lib/routes';

/** A link to an entity's profile page. */
export function EntityLink({ kind, slug, children }: { kind: EntityKind; slug: string; children: ReactNode }) {
  return <Link href={entityPath(kind, slug)}>{children}</Link>;
}
