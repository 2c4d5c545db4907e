import { defineQuery } from '../graph/query';
import { NODE } from '../graph/schema';

export const createAuditEntry = defineQuery('audit.create', {
  kuzu: `CREATE (a:${NODE.AuditEntry} {id: $id, at: timestamp($at), actorId: $actorId, action: $action,
           entityLabel: $entityLabel, entityId: $entityId, before: $before, after: $after, note: $note})`,
  neo4j: `CREATE (a:${NODE.AuditEntry} {id: $id, at: datetime($at), actorId: $actorId, action: $action,
           entityLabel: $entityLabel, entityId: $entityId, before: $before, after: $after, note: $note})`,
});
