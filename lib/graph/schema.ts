/**
 * The graph schema, written once as data. Kùzu DDL and Neo4j constraints/indexes are
 * generated from it (ddl-kuzu.ts, ddl-neo4j.ts); labels and relationship types used in
 * Cypher come only from the constants below, never from input.
 */

export type PropertyType = 'STRING' | 'INT64' | 'DOUBLE' | 'BOOLEAN' | 'DATE' | 'TIMESTAMP' | 'STRING[]';

export interface NodeSchema {
  readonly label: string;
  /** The primary key property (Kùzu's PRIMARY KEY, a uniqueness constraint in Neo4j). */
  readonly primaryKey: string;
  readonly properties: Readonly<Record<string, PropertyType>>;
  /** Further properties that must be unique (enforced by Neo4j; by the write queue + service checks on Kùzu). */
  readonly unique: readonly string[];
  /** Properties worth a range index in Neo4j (Kùzu has no secondary indexes). */
  readonly indexed: readonly string[];
  /** The full-text index over this label, if any. */
  readonly fulltext?: { readonly name: string; readonly properties: readonly string[] };
}

export interface RelationshipSchema {
  readonly type: string;
  readonly endpoints: readonly (readonly [from: string, to: string])[];
  readonly properties: Readonly<Record<string, PropertyType>>;
}

export interface GraphSchema {
  readonly nodes: readonly NodeSchema[];
  readonly relationships: readonly RelationshipSchema[];
}

export const NODE = {
  Person: 'Person',
  Organization: 'Organization',
  Skill: 'Skill',
  Sector: 'Sector',
  Project: 'Project',
  Event: 'Event',
  Account: 'Account',
  Invitation: 'Invitation',
  Proposal: 'Proposal',
  AuditEntry: 'AuditEntry',
  SchemaMigration: 'SchemaMigration',
} as const;
export type NodeLabel = (typeof NODE)[keyof typeof NODE];

export const REL = {
  HAS_SKILL: 'HAS_SKILL',
  MEMBER_OF: 'MEMBER_OF',
  CONTRIBUTES_TO: 'CONTRIBUTES_TO',
  NEEDS: 'NEEDS',
  IN_SECTOR: 'IN_SECTOR',
  COLLABORATES_WITH: 'COLLABORATES_WITH',
  ENDORSES: 'ENDORSES',
  BROADER: 'BROADER',
  RELATED_TO: 'RELATED_TO',
  ORGANIZED_BY: 'ORGANIZED_BY',
  ATTENDS: 'ATTENDS',
  TEACHES: 'TEACHES',
  TEACHES_SKILL: 'TEACHES_SKILL',
  IS: 'IS',
} as const;
export type RelType = (typeof REL)[keyof typeof REL];

/** Properties every entity node carries: identity, address, timestamps and the optimistic-lock version. */
const ENTITY = {
  id: 'STRING',
  slug: 'STRING',
  createdAt: 'TIMESTAMP',
  updatedAt: 'TIMESTAMP',
  version: 'INT64',
  /** Moderation state: PENDING, ACTIVE or ARCHIVED. */
  state: 'STRING',
  /** Lower-case, accent-free text the full-text index reads (names, aliases, headlines). */
  searchText: 'STRING',
  /** The account that proposed a PENDING entity (null for staff-made and seeded ones). */
  proposedBy: 'STRING',
  /** Why staff rejected a proposal (the entity is then REJECTED), shown to the proposer. */
  reviewNote: 'STRING',
} as const satisfies Record<string, PropertyType>;

function entity(
  label: NodeLabel,
  properties: Record<string, PropertyType>,
  indexed: readonly string[] = [],
): NodeSchema {
  return {
    label,
    primaryKey: 'id',
    properties: { ...ENTITY, ...properties },
    unique: ['slug'],
    indexed: ['state', ...indexed],
    fulltext: { name: `${label.toLowerCase()}_search`, properties: ['searchText'] },
  };
}

export const graphSchema: GraphSchema = {
  nodes: [
    entity(
      NODE.Person,
      {
        name: 'STRING',
        headline: 'STRING',
        bio: 'STRING',
        email: 'STRING',
        phone: 'STRING',
        website: 'STRING',
        location: 'STRING',
        /** OPEN, LIMITED or UNAVAILABLE. */
        availability: 'STRING',
        /** Who may see the contact fields: PUBLIC, MEMBERS or STAFF. */
        contactVisibility: 'STRING',
        /** When the person asked to delete their account; staff confirm the deletion. */
        deletionRequestedAt: 'TIMESTAMP',
      },
      ['name', 'availability'],
    ),
    entity(
      NODE.Organization,
      {
        name: 'STRING',
        /** STARTUP, COMPANY, ASSOCIATION, COOPERATIVE, INSTITUTION, COLLECTIVE or HUB. */
        kind: 'STRING',
        description: 'STRING',
        website: 'STRING',
        email: 'STRING',
        location: 'STRING',
        foundedYear: 'INT64',
        /** Where it works, for the map (WGS 84 degrees). */
        latitude: 'DOUBLE',
        longitude: 'DOUBLE',
      },
      ['name', 'kind'],
    ),
    entity(
      NODE.Skill,
      {
        name: 'STRING',
        nameEn: 'STRING',
        aliases: 'STRING[]',
        description: 'STRING',
        descriptionEn: 'STRING',
      },
      ['name'],
    ),
    entity(NODE.Sector, { name: 'STRING', nameEn: 'STRING', description: 'STRING', descriptionEn: 'STRING' }, ['name']),
    entity(
      NODE.Project,
      {
        name: 'STRING',
        summary: 'STRING',
        description: 'STRING',
        /** IDEA, ACTIVE, COMPLETED or PAUSED. */
        status: 'STRING',
        startDate: 'DATE',
        endDate: 'DATE',
        /** The open call text, when the project seeks collaborators. */
        openCall: 'STRING',
        callOpen: 'BOOLEAN',
        website: 'STRING',
      },
      ['name', 'status', 'callOpen'],
    ),
    entity(
      NODE.Event,
      {
        name: 'STRING',
        /** COURSE, WORKSHOP, MEETUP, SERVICE, TALK or OPEN_DAY. */
        kind: 'STRING',
        summary: 'STRING',
        description: 'STRING',
        startsAt: 'TIMESTAMP',
        endsAt: 'TIMESTAMP',
        place: 'STRING',
        language: 'STRING',
      },
      ['name', 'kind', 'startsAt'],
    ),
    {
      label: NODE.Account,
      primaryKey: 'id',
      properties: {
        id: 'STRING',
        email: 'STRING',
        passwordHash: 'STRING',
        /** MEMBER, STAFF or ADMIN. */
        role: 'STRING',
        state: 'STRING',
        createdAt: 'TIMESTAMP',
        updatedAt: 'TIMESTAMP',
        lastSignInAt: 'TIMESTAMP',
        failedSignIns: 'INT64',
        lockedUntil: 'TIMESTAMP',
        /** Bumped to revoke every session token issued before. */
        tokenVersion: 'INT64',
        version: 'INT64',
      },
      unique: ['email'],
      indexed: ['role'],
    },
    {
      /** A single-use, expiring link staff send to invite a person to sign in. */
      label: NODE.Invitation,
      primaryKey: 'id',
      properties: {
        id: 'STRING',
        /** SHA-256 of the token in the link; the token itself is never stored. */
        tokenHash: 'STRING',
        email: 'STRING',
        /** The person the new account will be linked to. */
        personId: 'STRING',
        role: 'STRING',
        createdBy: 'STRING',
        createdAt: 'TIMESTAMP',
        expiresAt: 'TIMESTAMP',
        usedAt: 'TIMESTAMP',
        /** PENDING, USED or REVOKED. */
        state: 'STRING',
      },
      unique: ['tokenHash'],
      indexed: ['email', 'state'],
    },
    {
      /**
       * A member's proposed relationship (a membership, a contribution, a collaboration)
       * waiting for staff. Proposed entities are PENDING nodes; proposed relationships
       * live here until approved, so no public query can ever see them.
       */
      label: NODE.Proposal,
      primaryKey: 'id',
      properties: {
        id: 'STRING',
        /** MEMBERSHIP, CONTRIBUTION or COLLABORATION. */
        kind: 'STRING',
        fromId: 'STRING',
        toId: 'STRING',
        /** JSON of the relationship's properties (role, since, note…). */
        payload: 'STRING',
        /** PENDING, APPROVED or REJECTED. */
        state: 'STRING',
        proposedBy: 'STRING',
        createdAt: 'TIMESTAMP',
        updatedAt: 'TIMESTAMP',
        reviewedBy: 'STRING',
        reviewedAt: 'TIMESTAMP',
        reviewNote: 'STRING',
        version: 'INT64',
      },
      unique: [],
      indexed: ['state', 'kind'],
    },
    {
      label: NODE.AuditEntry,
      primaryKey: 'id',
      properties: {
        id: 'STRING',
        at: 'TIMESTAMP',
        actorId: 'STRING',
        action: 'STRING',
        entityLabel: 'STRING',
        entityId: 'STRING',
        /** JSON of the changed fields before and after. */
        before: 'STRING',
        after: 'STRING',
        note: 'STRING',
      },
      unique: [],
      indexed: ['at', 'entityId', 'actorId'],
    },
    {
      label: NODE.SchemaMigration,
      primaryKey: 'version',
      properties: { version: 'INT64', name: 'STRING', appliedAt: 'TIMESTAMP' },
      unique: [],
      indexed: [],
    },
  ],
  relationships: [
    { type: REL.HAS_SKILL, endpoints: [[NODE.Person, NODE.Skill]], properties: { level: 'INT64', since: 'DATE' } },
    {
      type: REL.MEMBER_OF,
      endpoints: [[NODE.Person, NODE.Organization]],
      properties: { role: 'STRING', since: 'DATE', until: 'DATE', isManager: 'BOOLEAN' },
    },
    {
      type: REL.CONTRIBUTES_TO,
      endpoints: [
        [NODE.Person, NODE.Project],
        [NODE.Organization, NODE.Project],
      ],
      properties: { role: 'STRING', since: 'DATE', until: 'DATE' },
    },
    { type: REL.NEEDS, endpoints: [[NODE.Project, NODE.Skill]], properties: { level: 'INT64', note: 'STRING' } },
    {
      type: REL.IN_SECTOR,
      endpoints: [
        [NODE.Organization, NODE.Sector],
        [NODE.Project, NODE.Sector],
      ],
      properties: {},
    },
    {
      type: REL.COLLABORATES_WITH,
      endpoints: [[NODE.Organization, NODE.Organization]],
      properties: { since: 'DATE', note: 'STRING' },
    },
    { type: REL.ENDORSES, endpoints: [[NODE.Person, NODE.Person]], properties: { skill: 'STRING', at: 'TIMESTAMP' } },
    { type: REL.BROADER, endpoints: [[NODE.Skill, NODE.Skill]], properties: {} },
    { type: REL.RELATED_TO, endpoints: [[NODE.Skill, NODE.Skill]], properties: {} },
    {
      type: REL.ORGANIZED_BY,
      endpoints: [
        [NODE.Event, NODE.Organization],
        [NODE.Event, NODE.Person],
      ],
      properties: { role: 'STRING' },
    },
    { type: REL.ATTENDS, endpoints: [[NODE.Person, NODE.Event]], properties: {} },
    { type: REL.TEACHES, endpoints: [[NODE.Person, NODE.Event]], properties: {} },
    { type: REL.TEACHES_SKILL, endpoints: [[NODE.Event, NODE.Skill]], properties: {} },
    { type: REL.IS, endpoints: [[NODE.Account, NODE.Person]], properties: {} },
  ],
};

/** Looks up a node schema by label; throws for labels the schema does not know. */
export function nodeSchema(label: string): NodeSchema {
  const found = graphSchema.nodes.find((n) => n.label === label);
  if (!found) throw new Error(`Unknown node label ${label}`);
  return found;
}
