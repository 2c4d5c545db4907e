import { defineQuery } from '../graph/query';
import { NODE, REL } from '../graph/schema';
import type { GraphNode } from '../graph/types';

/**
 * Reading the audit log. Filters travel as parameters with neutral values when unused
 * ('' matches any actor, entity, label or action; the date range defaults to all time),
 * so one text serves every combination on both engines.
 */

type EntryRow = { a: GraphNode };

export const auditPage = defineQuery<EntryRow>('audit.page', {
  kuzu: `MATCH (a:${NODE.AuditEntry})
         WHERE ($actorId = '' OR a.actorId = $actorId) AND ($entityId = '' OR a.entityId = $entityId)
           AND ($entityLabel = '' OR a.entityLabel = $entityLabel) AND ($action = '' OR a.action = $action)
           AND a.at >= timestamp($fromAt) AND a.at < timestamp($toAt)
         RETURN a ORDER BY a.at DESC, a.id DESC SKIP $skipRows LIMIT $pageSize`,
  neo4j: `MATCH (a:${NODE.AuditEntry})
          WHERE ($actorId = '' OR a.actorId = $actorId) AND ($entityId = '' OR a.entityId = $entityId)
            AND ($entityLabel = '' OR a.entityLabel = $entityLabel) AND ($action = '' OR a.action = $action)
            AND a.at >= datetime($fromAt) AND a.at < datetime($toAt)
          RETURN a ORDER BY a.at DESC, a.id DESC SKIP $skipRows LIMIT $pageSize`,
});

export const auditCount = defineQuery<{ n: number }>('audit.count', {
  kuzu: `MATCH (a:${NODE.AuditEntry})
         WHERE ($actorId = '' OR a.actorId = $actorId) AND ($entityId = '' OR a.entityId = $entityId)
           AND ($entityLabel = '' OR a.entityLabel = $entityLabel) AND ($action = '' OR a.action = $action)
           AND a.at >= timestamp($fromAt) AND a.at < timestamp($toAt)
         RETURN count(a) AS n`,
  neo4j: `MATCH (a:${NODE.AuditEntry})
          WHERE ($actorId = '' OR a.actorId = $actorId) AND ($entityId = '' OR a.entityId = $entityId)
            AND ($entityLabel = '' OR a.entityLabel = $entityLabel) AND ($action = '' OR a.action = $action)
            AND a.at >= datetime($fromAt) AND a.at < datetime($toAt)
          RETURN count(a) AS n`,
});

export const auditEntryById = defineQuery<EntryRow>('audit.byId', `MATCH (a:${NODE.AuditEntry} {id: $id}) RETURN a`);

/** The actions the log holds, for the filter's choices. */
export const auditActions = defineQuery<{ action: string }>(
  'audit.actions',
  `MATCH (a:${NODE.AuditEntry}) RETURN DISTINCT a.action AS action ORDER BY action`,
);

/** The accounts that made changes, for the filter's choices. */
export const auditActorIds = defineQuery<{ actorId: string; n: number }>(
  'audit.actorIds',
  `MATCH (a:${NODE.AuditEntry}) RETURN a.actorId AS actorId, count(*) AS n ORDER BY actorId`,
);

/** Accounts by id, with the name of the person each acts as. */
export const actorsByIds = defineQuery<{ id: string; email: string; name: string | null }>(
  'audit.actorsByIds',
  `MATCH (a:${NODE.Account}) WHERE a.id IN $ids
   OPTIONAL MATCH (a)-[:${REL.IS}]->(p:${NODE.Person})
   RETURN a.id AS id, a.email AS email, p.name AS name`,
);

/** What the log shows of an entity that still exists. */
export type EntityNameRow = { id: string; name: string | null; slug: string | null; state: string | null };

export const entityNames = {
  Person: defineQuery<EntityNameRow>(
    'audit.names.Person',
    `MATCH (n:${NODE.Person}) WHERE n.id IN $ids RETURN n.id AS id, n.name AS name, n.slug AS slug, n.state AS state`,
  ),
  Organization: defineQuery<EntityNameRow>(
    'audit.names.Organization',
    `MATCH (n:${NODE.Organization}) WHERE n.id IN $ids RETURN n.id AS id, n.name AS name, n.slug AS slug, n.state AS state`,
  ),
  Skill: defineQuery<EntityNameRow>(
    'audit.names.Skill',
    `MATCH (n:${NODE.Skill}) WHERE n.id IN $ids RETURN n.id AS id, n.name AS name, n.slug AS slug, n.state AS state`,
  ),
  Sector: defineQuery<EntityNameRow>(
    'audit.names.Sector',
    `MATCH (n:${NODE.Sector}) WHERE n.id IN $ids RETURN n.id AS id, n.name AS name, n.slug AS slug, n.state AS state`,
  ),
  Project: defineQuery<EntityNameRow>(
    'audit.names.Project',
    `MATCH (n:${NODE.Project}) WHERE n.id IN $ids RETURN n.id AS id, n.name AS name, n.slug AS slug, n.state AS state`,
  ),
  Event: defineQuery<EntityNameRow>(
    'audit.names.Event',
    `MATCH (n:${NODE.Event}) WHERE n.id IN $ids RETURN n.id AS id, n.name AS name, n.slug AS slug, n.state AS state`,
  ),
  Account: defineQuery<EntityNameRow>(
    'audit.names.Account',
    `MATCH (n:${NODE.Account}) WHERE n.id IN $ids RETURN n.id AS id, n.email AS name, NULL AS slug, n.state AS state`,
  ),
  Invitation: defineQuery<EntityNameRow>(
    'audit.names.Invitation',
    `MATCH (n:${NODE.Invitation}) WHERE n.id IN $ids RETURN n.id AS id, n.email AS name, NULL AS slug, n.state AS state`,
  ),
  Proposal: defineQuery<EntityNameRow>(
    'audit.names.Proposal',
    `MATCH (n:${NODE.Proposal}) WHERE n.id IN $ids RETURN n.id AS id, n.kind AS name, NULL AS slug, n.state AS state`,
  ),
} as const;
