import { defineQuery } from '../graph/query';
import { NODE, REL } from '../graph/schema';

/**
 * Cypher of the accounts area: invitations, account administration, password change and
 * the GDPR deletion of a member. Nodes are written one per statement (Kùzu 0.11.3 and
 * full-text indexes, DESIGN.md); timestamps travel as ISO strings.
 */

// ---------------------------------------------------------------------------------------
// Invitations

/** An invitation with the name of the person it is for. */
export type InvitationRow = {
  id: string;
  email: string;
  personId: string | null;
  personName: string | null;
  role: string;
  state: string;
  createdBy: string | null;
  inviterEmail: string | null;
  createdAt: Date;
  expiresAt: Date;
  usedAt: Date | null;
};

const INVITATION_FIELDS = `i.id AS id, i.email AS email, i.personId AS personId, p.name AS personName, i.role AS role,
  i.state AS state, i.createdBy AS createdBy, c.email AS inviterEmail, i.createdAt AS createdAt,
  i.expiresAt AS expiresAt, i.usedAt AS usedAt`;

export const createInvitation = defineQuery('accounts.invitation.create', {
  kuzu: `CREATE (i:${NODE.Invitation} {id: $id, tokenHash: $tokenHash, email: $email, personId: $personId, role: $role,
           createdBy: $createdBy, createdAt: timestamp($at), expiresAt: timestamp($expiresAt), state: 'PENDING'})`,
  neo4j: `CREATE (i:${NODE.Invitation} {id: $id, tokenHash: $tokenHash, email: $email, personId: $personId, role: $role,
           createdBy: $createdBy, createdAt: datetime($at), expiresAt: datetime($expiresAt), state: 'PENDING'})`,
});

export const invitationByTokenHash = defineQuery<InvitationRow>(
  'accounts.invitation.byTokenHash',
  `MATCH (i:${NODE.Invitation}) WHERE i.tokenHash = $tokenHash
   OPTIONAL MATCH (p:${NODE.Person}) WHERE p.id = i.personId
   OPTIONAL MATCH (c:${NODE.Account}) WHERE c.id = i.createdBy
   RETURN ${INVITATION_FIELDS} LIMIT 1`,
);

export const invitationById = defineQuery<InvitationRow>(
  'accounts.invitation.byId',
  `MATCH (i:${NODE.Invitation} {id: $id})
   OPTIONAL MATCH (p:${NODE.Person}) WHERE p.id = i.personId
   OPTIONAL MATCH (c:${NODE.Account}) WHERE c.id = i.createdBy
   RETURN ${INVITATION_FIELDS}`,
);

/** The latest invitations, newest first (expiry is decided in the service, against its clock). */
export const latestInvitations = defineQuery<InvitationRow>(
  'accounts.invitation.latest',
  `MATCH (i:${NODE.Invitation})
   OPTIONAL MATCH (p:${NODE.Person}) WHERE p.id = i.personId
   OPTIONAL MATCH (c:${NODE.Account}) WHERE c.id = i.createdBy
   RETURN ${INVITATION_FIELDS} ORDER BY createdAt DESC, id SKIP 0 LIMIT $pageSize`,
);

export const setInvitationState = defineQuery('accounts.invitation.setState', `MATCH (i:${NODE.Invitation} {id: $id}) SET i.state = $state`);

export const markInvitationUsed = defineQuery('accounts.invitation.markUsed', {
  kuzu: `MATCH (i:${NODE.Invitation} {id: $id}) SET i.state = 'USED', i.usedAt = timestamp($at)`,
  neo4j: `MATCH (i:${NODE.Invitation} {id: $id}) SET i.state = 'USED', i.usedAt = datetime($at)`,
});

// ---------------------------------------------------------------------------------------
// People an invitation is for

/** A person and the account already linked to them, if any. */
export const personWithAccount = defineQuery<{ id: string; name: string; email: string | null; state: string; accountId: string | null }>(
  'accounts.person.withAccount',
  `MATCH (p:${NODE.Person} {id: $id})
   OPTIONAL MATCH (a:${NODE.Account})-[:${REL.IS}]->(p)
   RETURN p.id AS id, p.name AS name, p.email AS email, p.state AS state, a.id AS accountId LIMIT 1`,
);

/** People without an account whose searchText holds the folded words, for the invitation picker. */
export const invitablePeople = defineQuery<{ id: string; name: string; email: string | null }>(
  'accounts.person.invitable',
  `MATCH (p:${NODE.Person})
   WHERE p.state IN ['ACTIVE', 'PENDING'] AND p.searchText CONTAINS $words
     AND NOT EXISTS { MATCH (:${NODE.Account})-[:${REL.IS}]->(p) }
   RETURN p.id AS id, p.name AS name, p.email AS email ORDER BY name SKIP 0 LIMIT 20`,
);

/** Slugs equal to `slug` or starting with `prefix` (`slug-`), to make a new slug unique. */
export const personSlugsLike = defineQuery<{ slug: string }>(
  'accounts.person.slugsLike',
  `MATCH (p:${NODE.Person}) WHERE p.slug = $slug OR p.slug STARTS WITH $prefix RETURN p.slug AS slug`,
);

/** A person staff add with an invitation: PENDING (not public) until the invitation is accepted. */
export const createInvitedPerson = defineQuery('accounts.person.create', {
  kuzu: `CREATE (p:${NODE.Person} {id: $id, slug: $slug, name: $name, email: $email, availability: 'OPEN',
           contactVisibility: 'STAFF', searchText: $searchText, state: 'PENDING', version: 1,
           createdAt: timestamp($at), updatedAt: timestamp($at)})`,
  neo4j: `CREATE (p:${NODE.Person} {id: $id, slug: $slug, name: $name, email: $email, availability: 'OPEN',
           contactVisibility: 'STAFF', searchText: $searchText, state: 'PENDING', version: 1,
           createdAt: datetime($at), updatedAt: datetime($at)})`,
});

/** Makes a person created with an invitation public once they accept it. */
export const activateInvitedPerson = defineQuery('accounts.person.activate', {
  kuzu: `MATCH (p:${NODE.Person} {id: $id}) WHERE p.state = 'PENDING' SET p.state = 'ACTIVE', p.updatedAt = timestamp($at)`,
  neo4j: `MATCH (p:${NODE.Person} {id: $id}) WHERE p.state = 'PENDING' SET p.state = 'ACTIVE', p.updatedAt = datetime($at)`,
});

export const createAccountForPerson = defineQuery<{ id: string }>('accounts.account.create', {
  kuzu: `MATCH (p:${NODE.Person} {id: $personId})
         CREATE (a:${NODE.Account} {id: $id, email: $email, passwordHash: $passwordHash, role: $role, state: 'ACTIVE',
           failedSignIns: 0, tokenVersion: 1, version: 1, createdAt: timestamp($at), updatedAt: timestamp($at)})-[:${REL.IS}]->(p)
         RETURN a.id AS id`,
  neo4j: `MATCH (p:${NODE.Person} {id: $personId})
          CREATE (a:${NODE.Account} {id: $id, email: $email, passwordHash: $passwordHash, role: $role, state: 'ACTIVE',
            failedSignIns: 0, tokenVersion: 1, version: 1, createdAt: datetime($at), updatedAt: datetime($at)})-[:${REL.IS}]->(p)
          RETURN a.id AS id`,
});

// ---------------------------------------------------------------------------------------
// Accounts, for admins (never the password hash)

/** What admins see of an account. */
export type AdminAccountRow = {
  id: string;
  email: string;
  role: string;
  state: string;
  version: number | null;
  createdAt: Date | null;
  lastSignInAt: Date | null;
  failedSignIns: number | null;
  personId: string | null;
  personName: string | null;
};

const ADMIN_ACCOUNT_FIELDS = `a.id AS id, a.email AS email, a.role AS role, a.state AS state, a.version AS version,
  a.createdAt AS createdAt, a.lastSignInAt AS lastSignInAt, a.failedSignIns AS failedSignIns,
  p.id AS personId, p.name AS personName`;

/** `$role = ''` and `$text = ''` mean "any" (Kùzu binds a null parameter without a type). */
const ACCOUNT_FILTER = `MATCH (a:${NODE.Account})
   OPTIONAL MATCH (a)-[:${REL.IS}]->(p:${NODE.Person})
   WITH a, p
   WHERE ($role = '' OR a.role = $role)
     AND ($text = '' OR a.email CONTAINS $text OR coalesce(p.searchText, '') CONTAINS $words)`;

export const listAccounts = defineQuery<AdminAccountRow>(
  'accounts.account.list',
  `${ACCOUNT_FILTER}
   RETURN ${ADMIN_ACCOUNT_FIELDS} ORDER BY email SKIP $skipRows LIMIT $pageSize`,
);

export const countAccounts = defineQuery<{ total: number }>('accounts.account.count', `${ACCOUNT_FILTER} RETURN count(a) AS total`);

export const adminAccountById = defineQuery<AdminAccountRow>(
  'accounts.account.byId',
  `MATCH (a:${NODE.Account} {id: $id})
   OPTIONAL MATCH (a)-[:${REL.IS}]->(p:${NODE.Person})
   RETURN ${ADMIN_ACCOUNT_FIELDS} LIMIT 1`,
);

/** Active admins other than `$id`: an account change must never leave nobody to manage accounts. */
export const otherActiveAdmins = defineQuery<{ n: number }>(
  'accounts.account.otherActiveAdmins',
  `MATCH (a:${NODE.Account}) WHERE a.role = 'ADMIN' AND a.state = 'ACTIVE' AND a.id <> $id RETURN count(a) AS n`,
);

/** Role changes end the account's sessions (the token version moves on). */
export const setAccountRole = defineQuery('accounts.account.setRole', {
  kuzu: `MATCH (a:${NODE.Account} {id: $id}) SET a.role = $role, a.version = coalesce(a.version, 1) + 1,
           a.tokenVersion = coalesce(a.tokenVersion, 0) + 1, a.updatedAt = timestamp($at)`,
  neo4j: `MATCH (a:${NODE.Account} {id: $id}) SET a.role = $role, a.version = coalesce(a.version, 1) + 1,
           a.tokenVersion = coalesce(a.tokenVersion, 0) + 1, a.updatedAt = datetime($at)`,
});

export const setAccountState = defineQuery('accounts.account.setState', {
  kuzu: `MATCH (a:${NODE.Account} {id: $id}) SET a.state = $state, a.version = coalesce(a.version, 1) + 1,
           a.tokenVersion = coalesce(a.tokenVersion, 0) + 1, a.updatedAt = timestamp($at)`,
  neo4j: `MATCH (a:${NODE.Account} {id: $id}) SET a.state = $state, a.version = coalesce(a.version, 1) + 1,
           a.tokenVersion = coalesce(a.tokenVersion, 0) + 1, a.updatedAt = datetime($at)`,
});

/** A new password ends every session issued before it. */
export const setAccountPassword = defineQuery('accounts.account.setPassword', {
  kuzu: `MATCH (a:${NODE.Account} {id: $id}) SET a.passwordHash = $passwordHash, a.version = coalesce(a.version, 1) + 1,
           a.tokenVersion = coalesce(a.tokenVersion, 0) + 1, a.updatedAt = timestamp($at)`,
  neo4j: `MATCH (a:${NODE.Account} {id: $id}) SET a.passwordHash = $passwordHash, a.version = coalesce(a.version, 1) + 1,
           a.tokenVersion = coalesce(a.tokenVersion, 0) + 1, a.updatedAt = datetime($at)`,
});

// ---------------------------------------------------------------------------------------
// Deletion requests (GDPR)

export type DeletionRequestRow = {
  personId: string;
  name: string;
  slug: string;
  personEmail: string | null;
  accountId: string | null;
  accountEmail: string | null;
  /** Null when the person has not asked (the subject lookup reads anyone). */
  requestedAt: Date | null;
};

const DELETION_FIELDS = `p.id AS personId, p.name AS name, p.slug AS slug, p.email AS personEmail, a.id AS accountId,
  a.email AS accountEmail, p.deletionRequestedAt AS requestedAt`;

export const deletionRequests = defineQuery<DeletionRequestRow>(
  'accounts.deletion.list',
  `MATCH (p:${NODE.Person}) WHERE p.deletionRequestedAt IS NOT NULL
   OPTIONAL MATCH (a:${NODE.Account})-[:${REL.IS}]->(p)
   RETURN ${DELETION_FIELDS} ORDER BY requestedAt, personId`,
);

export const deletionSubject = defineQuery<DeletionRequestRow>(
  'accounts.deletion.subject',
  `MATCH (p:${NODE.Person} {id: $id})
   OPTIONAL MATCH (a:${NODE.Account})-[:${REL.IS}]->(p)
   RETURN ${DELETION_FIELDS} LIMIT 1`,
);

export const clearDeletionRequest = defineQuery(
  'accounts.deletion.clear',
  `MATCH (p:${NODE.Person} {id: $id}) SET p.deletionRequestedAt = NULL`,
);

/** Audit entries that name a person anywhere: as actor, as subject, or inside their texts. */
export const auditEntriesNaming = defineQuery<{
  id: string;
  actorId: string | null;
  entityId: string | null;
  before: string | null;
  after: string | null;
  note: string | null;
}>(
  'accounts.deletion.auditNaming',
  `MATCH (e:${NODE.AuditEntry})
   WITH e, coalesce(e.before, '') + ' ' + coalesce(e.after, '') + ' ' + coalesce(e.note, '') AS t
   WHERE e.actorId = $accountId OR e.entityId = $personId OR e.entityId = $accountId
     OR t CONTAINS $personId OR t CONTAINS $accountId OR t CONTAINS $email OR t CONTAINS $personEmail
     OR t CONTAINS $name OR t CONTAINS $slug
   RETURN e.id AS id, e.actorId AS actorId, e.entityId AS entityId, e.before AS before, e.after AS after, e.note AS note`,
);

export const rewriteAuditEntry = defineQuery(
  'accounts.deletion.rewriteAudit',
  `MATCH (e:${NODE.AuditEntry} {id: $id})
   SET e.actorId = $actorId, e.entityId = $entityId, e.before = $before, e.after = $after, e.note = $note`,
);

export const deleteAccountsOfPerson = defineQuery(
  'accounts.deletion.accounts',
  `MATCH (a:${NODE.Account})-[:${REL.IS}]->(p:${NODE.Person} {id: $id}) DETACH DELETE a`,
);

export const deletePerson = defineQuery('accounts.deletion.person', `MATCH (p:${NODE.Person} {id: $id}) DETACH DELETE p`);

export const deleteInvitationsOf = defineQuery(
  'accounts.deletion.invitations',
  `MATCH (i:${NODE.Invitation}) WHERE i.personId = $personId OR i.email = $email OR i.email = $personEmail DETACH DELETE i`,
);

/** Invitations the deleted account sent keep existing, without naming who sent them. */
export const forgetInviter = defineQuery(
  'accounts.deletion.inviter',
  `MATCH (i:${NODE.Invitation}) WHERE i.createdBy = $accountId SET i.createdBy = 'deleted-account'`,
);

/** Proposed relationships from or to the person go with them. */
export const deleteProposalsAbout = defineQuery(
  'accounts.deletion.proposals',
  `MATCH (x:${NODE.Proposal}) WHERE x.fromId = $personId OR x.toId = $personId DETACH DELETE x`,
);

export const forgetProposalPeople = defineQuery(
  'accounts.deletion.proposalPeople',
  `MATCH (x:${NODE.Proposal}) WHERE x.proposedBy = $accountId OR x.reviewedBy = $accountId
   SET x.proposedBy = CASE WHEN x.proposedBy = $accountId THEN 'deleted-account' ELSE x.proposedBy END,
       x.reviewedBy = CASE WHEN x.reviewedBy = $accountId THEN 'deleted-account' ELSE x.reviewedBy END`,
);

/** Entities the account proposed stay, without naming who proposed them. */
export const forgetProposer = defineQuery('accounts.deletion.proposer', {
  kuzu: `MATCH (n:${NODE.Person}:${NODE.Organization}:${NODE.Skill}:${NODE.Sector}:${NODE.Project}:${NODE.Event})
         WHERE n.proposedBy = $accountId SET n.proposedBy = 'deleted-account'`,
  neo4j: `MATCH (n:${NODE.Person}|${NODE.Organization}|${NODE.Skill}|${NODE.Sector}|${NODE.Project}|${NODE.Event})
          WHERE n.proposedBy = $accountId SET n.proposedBy = 'deleted-account'`,
});
