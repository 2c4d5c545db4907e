import { authorize } from '../auth/permissions';
import type { Viewer } from '../auth/viewer';
import { invalidInput, notFound } from '../errors';
import { asNode } from '../graph/fields';
import { NODE } from '../graph/schema';
import type { GraphStore, QueryRunner } from '../graph/store';
import type { GraphNode, Value } from '../graph/types';
import { LABEL_OF, toMergeEntity, type MergeEntity, type MergeKind } from './entity';
import { mergeOrganizationFields, mergePersonFields, mergeSkillFields } from './fields';
import { countLinks, linksOf, predictLinks, type LinkCount } from './links';
import { readNode } from './node-queries';
import { accountsOfPerson } from './person-queries';
import type { MergeLabel } from './transfers';

/** One field as the preview shows it (lists joined with commas). */
export interface PreviewField {
  name: string;
  value: string | null;
}

/** One side of a merge preview: the node, its fields and its relationships by kind. */
export interface PreviewSide {
  entity: MergeEntity;
  fields: PreviewField[];
  relationships: LinkCount[];
  totalRelationships: number;
}

export interface MergePreview {
  kind: MergeKind;
  keep: PreviewSide;
  merge: PreviewSide;
  /** The kept node as the merge would leave it. */
  result: PreviewSide;
  /** Relationships that would collapse into one the kept node has, or that link the two. */
  duplicates: number;
  /** Why the merge would be refused, when it would (two people who both sign in). */
  blocker: string | null;
}

const SHOWN: Record<MergeLabel, readonly string[]> = {
  Skill: ['name', 'nameEn', 'aliases', 'description', 'descriptionEn'],
  Person: ['name', 'headline', 'email', 'phone', 'website', 'location'],
  Organization: ['name', 'description', 'website', 'email', 'location', 'foundedYear'],
};

function show(value: Value | undefined | unknown): string | null {
  if (value === null || value === undefined || value === '') return null;
  if (Array.isArray(value)) return value.length > 0 ? value.join(', ') : null;
  return String(value);
}

function fieldsOf(label: MergeLabel, props: Readonly<Record<string, unknown>>): PreviewField[] {
  return SHOWN[label].map((name) => ({ name, value: show(props[name]) }));
}

function resultFields(label: MergeLabel, keep: GraphNode, merged: GraphNode): Record<string, unknown> {
  if (label === NODE.Skill) return { ...mergeSkillFields(keep.properties, merged.properties) };
  if (label === NODE.Person) return { ...mergePersonFields(keep.properties, merged.properties) };
  return { ...mergeOrganizationFields(keep.properties, merged.properties) };
}

async function readOrFail(tx: QueryRunner, label: MergeLabel, id: string, field: string): Promise<GraphNode> {
  const [row] = await tx.run(readNode[label], { id });
  if (!row) throw notFound(`${field === 'keepId' ? 'The entity to keep' : 'The entity to merge'}`);
  return asNode(row.n);
}

/** Both nodes of a would-be merge side by side, and what the merge would leave: staff only, writes nothing. */
export async function mergePreview(
  store: GraphStore,
  viewer: Viewer | null,
  kind: MergeKind,
  keepId: string,
  mergeId: string,
): Promise<MergePreview> {
  authorize(viewer, 'entity.merge');
  if (keepId === mergeId) throw invalidInput('mergeId', 'mergeId: choose two different entities to merge');
  const label = LABEL_OF[kind];
  return store.read(async (tx) => {
    const keep = await readOrFail(tx, label, keepId, 'keepId');
    const merged = await readOrFail(tx, label, mergeId, 'mergeId');
    const keepLinks = await linksOf(tx, label, keepId);
    const mergeLinks = await linksOf(tx, label, mergeId);
    const after = predictLinks(keepId, mergeId, keepLinks, mergeLinks);
    let blocker: string | null = null;
    if (label === NODE.Person) {
      const [a, b] = [await tx.run(accountsOfPerson, { id: keepId }), await tx.run(accountsOfPerson, { id: mergeId })];
      if (a.length > 0 && b.length > 0) blocker = `${a[0]?.email} / ${b[0]?.email}`;
    }
    const side = (node: GraphNode, links: typeof keepLinks): PreviewSide => ({
      entity: toMergeEntity(node, label),
      fields: fieldsOf(label, node.properties),
      relationships: countLinks(links),
      totalRelationships: links.length,
    });
    const keptEntity = toMergeEntity(keep, label);
    return {
      kind,
      keep: side(keep, keepLinks),
      merge: side(merged, mergeLinks),
      result: {
        entity: { ...keptEntity, version: keptEntity.version + 1 },
        fields: fieldsOf(label, resultFields(label, keep, merged)),
        relationships: countLinks(after),
        totalRelationships: after.length,
      },
      duplicates: keepLinks.length + mergeLinks.length - after.length,
      blocker,
    };
  });
}
