import type { QueryRunner } from '../graph/store';
import type { EndKind, ModerationEnd, ModerationItem } from './model';
import { endsById, proposers, sectorNamesOf } from './queries';

const END_QUERY = { PERSON: endsById.Person, ORGANIZATION: endsById.Organization, PROJECT: endsById.Project } as const;

function idsOf(items: readonly ModerationItem[], kind: EndKind): string[] {
  const ids = new Set<string>();
  for (const item of items) {
    for (const end of [item.from, item.to]) if (end?.kind === kind) ids.add(end.id);
  }
  return [...ids];
}

/**
 * Fills in what the nodes alone do not say: the proposer's name, the names of the ends
 * of proposed relationships, the sectors of proposed entities. A handful of batched
 * statements for a whole page, whatever its size.
 */
export async function describeItems(tx: QueryRunner, items: readonly ModerationItem[]): Promise<ModerationItem[]> {
  if (items.length === 0) return [];
  const accountIds = [...new Set(items.flatMap((i) => (i.proposer ? [i.proposer.accountId] : [])))];
  const people = new Map((accountIds.length > 0 ? await tx.run(proposers, { ids: accountIds }) : []).map((r) => [r.accountId, r]));

  const ends = new Map<string, { name: string; slug: string; state: string | null }>();
  for (const kind of ['PERSON', 'ORGANIZATION', 'PROJECT'] as const) {
    const ids = idsOf(items, kind);
    if (ids.length === 0) continue;
    for (const row of await tx.run(END_QUERY[kind], { ids })) ends.set(`${kind}:${row.id}`, row);
  }

  const sectors = new Map<string, string[]>();
  for (const [kind, query] of [['PROJECT', sectorNamesOf.Project], ['ORGANIZATION', sectorNamesOf.Organization]] as const) {
    const ids = items.filter((i) => i.kind === kind).map((i) => i.id);
    if (ids.length === 0) continue;
    for (const row of await tx.run(query, { ids })) sectors.set(row.owner, [...(sectors.get(row.owner) ?? []), row.name]);
  }

  const end = (e: ModerationEnd | null): ModerationEnd | null => {
    if (!e) return null;
    const found = ends.get(`${e.kind}:${e.id}`);
    return found ? { ...e, name: found.name, slug: found.slug, isPublic: found.state === 'ACTIVE' } : e;
  };

  return items.map((item) => {
    const person = item.proposer ? people.get(item.proposer.accountId) : undefined;
    const from = end(item.from);
    const to = end(item.to);
    const sectorNames = sectors.get(item.id);
    return {
      ...item,
      proposer: item.proposer ? { ...item.proposer, name: person?.name ?? null, slug: person?.slug ?? null } : null,
      from,
      to,
      name: item.name ?? (from && to ? `${from.name ?? '?'} → ${to.name ?? '?'}` : null),
      fields: sectorNames ? [...item.fields, { key: 'sectors', value: sectorNames.join(', ') }] : item.fields,
    };
  });
}
