import { auditEntry, auditFacets, auditLog, entityHistory, type AuditFilter, type AuditEntryView, type AuditLabel } from '@/lib/audit/log';
import { duplicateCandidates } from '@/lib/merge/duplicates';
import type { MergeEntity, MergeKind } from '@/lib/merge/entity';
import { mergeEntities, type MergeOutcome } from '@/lib/merge/merge';
import { mergePreview } from '@/lib/merge/preview';
import type { GraphQLContext } from '../context';

type Ctx = GraphQLContext;
type PageArgs = { first?: number | null; after?: string | null };

const KIND_OF_LABEL: Record<MergeEntity['label'], MergeKind> = { Skill: 'SKILL', Person: 'PERSON', Organization: 'ORGANIZATION' };

function result(o: MergeOutcome) {
  return {
    kind: o.kind,
    kept: o.kept,
    merged: o.merged,
    keptRelationshipsBefore: o.relationshipsBefore.kept,
    mergedRelationshipsBefore: o.relationshipsBefore.merged,
    relationshipsAfter: o.relationshipsAfter,
    moved: o.moved,
    duplicatesRemoved: o.duplicatesRemoved,
    auditEntryId: o.auditEntryId,
  };
}

/** Merging duplicates and reading the audit log: staff only, checked in the services. */
export const mergeAuditResolvers = {
  // Enum values as the services name them.
  RelationshipDirection: { OUT: 'out', IN: 'in' },
  AuditEntityLabel: {
    PERSON: 'Person',
    ORGANIZATION: 'Organization',
    SKILL: 'Skill',
    SECTOR: 'Sector',
    PROJECT: 'Project',
    EVENT: 'Event',
    ACCOUNT: 'Account',
    INVITATION: 'Invitation',
    PROPOSAL: 'Proposal',
  },
  MergeEntity: {
    kind: (e: MergeEntity) => KIND_OF_LABEL[e.label],
  },
  AuditEntry: {
    beforeJson: (e: AuditEntryView) => (e.before ? JSON.stringify(e.before) : null),
    afterJson: (e: AuditEntryView) => (e.after ? JSON.stringify(e.after) : null),
  },
  Query: {
    mergePreview(_: unknown, args: { kind: MergeKind; keepId: string; mergeId: string }, { store, viewer }: Ctx) {
      return mergePreview(store, viewer, args.kind, args.keepId, args.mergeId);
    },
    duplicateCandidates(_: unknown, args: { kind: MergeKind; first?: number | null }, { store, viewer }: Ctx) {
      return duplicateCandidates(store, viewer, args.kind, args.first);
    },
    auditLog(_: unknown, args: PageArgs & { filter?: AuditFilter | null }, { store, viewer }: Ctx) {
      return auditLog(store, viewer, args.filter, args);
    },
    entityHistory(_: unknown, args: PageArgs & { label: AuditLabel; id: string }, { store, viewer }: Ctx) {
      return entityHistory(store, viewer, args.label, args.id, args);
    },
    auditEntry(_: unknown, args: { id: string }, { store, viewer }: Ctx) {
      return auditEntry(store, viewer, args.id);
    },
    auditFacets(_: unknown, __: unknown, { store, viewer }: Ctx) {
      return auditFacets(store, viewer);
    },
  },
  Mutation: {
    async mergeSkills(_: unknown, args: { input: unknown }, { store, viewer }: Ctx) {
      return result(await mergeEntities(store, viewer, 'SKILL', args.input));
    },
    async mergePeople(_: unknown, args: { input: unknown }, { store, viewer }: Ctx) {
      return result(await mergeEntities(store, viewer, 'PERSON', args.input));
    },
    async mergeOrganizations(_: unknown, args: { input: unknown }, { store, viewer }: Ctx) {
      return result(await mergeEntities(store, viewer, 'ORGANIZATION', args.input));
    },
  },
};
