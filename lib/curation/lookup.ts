import { asNode } from '../graph/fields';
import type { QueryRunner } from '../graph/store';
import type { GraphNode } from '../graph/types';
import { notFound } from '../errors';
import { nodeById } from './entity-queries';
import { managersOf } from './relationship-queries';
import { LABEL_OF, type CurationKind } from './kinds';

const WHAT: Record<CurationKind, string> = {
  PERSON: 'The person',
  ORGANIZATION: 'The organization',
  PROJECT: 'The project',
  SKILL: 'The skill',
  SECTOR: 'The sector',
  EVENT: 'The event',
};

/** The node of a curated record in any state, or null. */
export async function findNode(tx: QueryRunner, kind: CurationKind, id: string): Promise<GraphNode | null> {
  const [row] = await tx.run(nodeById[LABEL_OF[kind]], { id });
  return row ? asNode(row.n) : null;
}

/** The node of a curated record in any state, or NOT_FOUND. */
export async function requireNode(tx: QueryRunner, kind: CurationKind, id: string): Promise<GraphNode> {
  const node = await findNode(tx, kind, id);
  if (!node) throw notFound(WHAT[kind]);
  return node;
}

/** The people who manage an organization, for `organization.edit` / `membership.edit`. */
export async function managerIds(tx: QueryRunner, organizationId: string): Promise<string[]> {
  return (await tx.run(managersOf, { id: organizationId })).map((r) => r.id);
}
