import { numberOr, text, textOrNull } from '../graph/fields';
import { NODE } from '../graph/schema';
import type { GraphNode } from '../graph/types';
import type { EntityKind } from '../directory/model';
import { entityPath } from '../routes';
import type { MergeLabel } from './transfers';

/** The kinds of merge the API offers, one mutation each. */
export type MergeKind = 'SKILL' | 'PERSON' | 'ORGANIZATION';

export const LABEL_OF: Record<MergeKind, MergeLabel> = {
  SKILL: NODE.Skill,
  PERSON: NODE.Person,
  ORGANIZATION: NODE.Organization,
};

/** A node taking part in a merge, as staff see it. */
export interface MergeEntity {
  id: string;
  label: MergeLabel;
  slug: string;
  name: string;
  state: string;
  version: number;
  /** Its public page, when it is public (ACTIVE). */
  path: string | null;
}

/** The summary of a merge node. */
export function toMergeEntity(node: GraphNode, label: MergeLabel): MergeEntity {
  const state = textOrNull(node, 'state') ?? 'ACTIVE';
  const slug = text(node, 'slug');
  return {
    id: text(node, 'id'),
    label,
    slug,
    name: text(node, 'name'),
    state,
    version: numberOr(node, 'version', 1),
    path: state === 'ACTIVE' ? entityPath(label as EntityKind, slug) : null,
  };
}
