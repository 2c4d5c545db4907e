import { randomUUID } from 'node:crypto';
import type { QueryRunner } from '../graph/store';
import { searchTextFor } from '../search/text';
import { slugify } from '../text/slug';
import { createInvitedPerson, personSlugsLike } from './queries';

/** A slug for `name` that no person has yet: the name's slug, or it with -2, -3… */
async function uniquePersonSlug(tx: QueryRunner, name: string): Promise<string> {
  const base = slugify(name) || 'persona';
  const taken = new Set((await tx.run(personSlugsLike, { slug: base, prefix: `${base}-` })).map((r) => r.slug));
  if (!taken.has(base)) return base;
  let n = 2;
  while (taken.has(`${base}-${n}`)) n += 1;
  return `${base}-${n}`;
}

/**
 * Creates the person an invitation names when they are not in the directory yet. They
 * stay PENDING (invisible to the public) until they accept; their email is visible to
 * staff only until they choose otherwise on their profile.
 */
export async function createPersonForInvitation(tx: QueryRunner, name: string, email: string, at: Date): Promise<string> {
  const id = randomUUID();
  await tx.run(createInvitedPerson, {
    id,
    slug: await uniquePersonSlug(tx, name),
    name,
    email,
    searchText: searchTextFor.person({ name }),
    at: at.toISOString(),
  });
  return id;
}
