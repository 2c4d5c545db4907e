import { randomUUID } from 'node:crypto';
import { authorize } from '../auth/permissions';
import type { Viewer } from '../auth/viewer';
import { conflict, DomainError, forbidden, invalidInput, notFound } from '../errors';
import { asNode } from '../graph/fields';
import { NODE } from '../graph/schema';
import type { GraphStore, QueryRunner } from '../graph/store';
import { NAME_END, searchTextFor, searchWords } from '../search/text';
import { slugify } from '../text/slug';
import { recordAudit } from '../write/audit';
import { parseInput } from '../write/validate';
import { describeItems } from './describe';
import {
  proposeCollaborationInput,
  proposeContributionInput,
  proposeMembershipInput,
  proposeOrganizationInput,
  proposeProjectInput,
} from './input';
import { entityItem, proposalItem, type ModerationItem, type ProposalKind } from './model';
import {
  collaborationCount,
  contributionCount,
  createPendingOrganization,
  createPendingProject,
  createProposal,
  entityById,
  linkSectors,
  membershipCount,
  organizationState,
  pendingProposalBetween,
  projectState,
  proposalById,
  publicSectorIds,
  sameNameStates,
  slugsLike,
} from './queries';

/**
 * Proposals write only what public reads never show and no cache holds (a PENDING node or
 * a Proposal node, and an audit entry): the caches stay current (lib/graph/write-generation.ts).
 * Staff approval is an ordinary write.
 */
const PENDING_ONLY = { effect: 'proposal' } as const;

/**
 * Member proposals. A proposed project or organization is a PENDING node (invisible to
 * the public until staff approve it); a proposed membership, contribution or
 * collaboration is a Proposal node. Every check (input, permission, duplicates, what
 * exists already) runs before the first write, and each proposal is one unit of work
 * with one audit entry.
 */

type Label = typeof NODE.Project | typeof NODE.Organization;

/** The base slug of a name; a name without letters or digits has none and is refused. */
function baseSlug(name: string): string {
  const slug = slugify(name);
  if (!slug) throw invalidInput('name', 'name: must contain at least one letter or digit');
  return slug;
}

/**
 * A free slug for a proposed entity. A live entity (pending, public or archived) with the
 * same base slug or the same name means the thing exists already: CONFLICT naming `name`. A rejected one
 * keeps its slug, so the new proposal gets the next free numeric suffix.
 */
async function freeSlug(tx: QueryRunner, label: Label, base: string, what: string, name: string): Promise<string> {
  const rows = await tx.run(slugsLike[label], { slug: base, prefix: `${base}-` });
  // The same name (folded) is the same thing, whatever slug staff gave it.
  const sameName = await tx.run(sameNameStates[label], { nameKey: `${searchWords(name).join(' ')}${NAME_END}` });
  if ([...rows.filter((r) => r.slug === base), ...sameName].some((r) => r.state !== 'REJECTED')) {
    throw conflict(`${what} with this name exists already or is waiting for staff.`, { field: 'name' });
  }
  const taken = new Set(rows.map((r) => r.slug));
  if (!taken.has(base)) return base;
  for (let i = 2; ; i++) if (!taken.has(`${base}-${i}`)) return `${base}-${i}`;
}

async function checkSectors(tx: QueryRunner, ids: readonly string[] | undefined): Promise<string[]> {
  if (!ids || ids.length === 0) return [];
  const known = new Set((await tx.run(publicSectorIds, { ids: [...ids] })).map((r) => r.id));
  const unknown = ids.findIndex((id) => !known.has(id));
  if (unknown >= 0) throw invalidInput(`sectorIds.${unknown}`, `sectorIds.${unknown}: no such sector`);
  return [...ids];
}

/**
 * Reads a proposal back after its unit of work committed: Kùzu does not show a
 * relationship created earlier in the same transaction to a later MATCH over it.
 */
/**
 * Read after the unit, not inside it: in Kùzu 0.11.3 the unit did not see the IN_SECTOR
 * links it had just created (the answer lacked the proposal's sectors).
 */
async function readEntity(store: GraphStore, label: Label, id: string): Promise<ModerationItem> {
  return store.read((tx) => readEntityIn(tx, label, id));
}

async function readEntityIn(tx: QueryRunner, label: Label, id: string): Promise<ModerationItem> {
  const [row] = await tx.run(entityById[label], { id });
  if (!row) throw new Error(`The ${label} just created is missing`);
  const [item] = await describeItems(tx, [entityItem(label === NODE.Project ? 'PROJECT' : 'ORGANIZATION', asNode(row.n))]);
  if (!item) throw new Error('describeItems lost an item');
  return item;
}

async function readProposal(tx: QueryRunner, id: string): Promise<ModerationItem> {
  const [row] = await tx.run(proposalById, { id });
  if (!row) throw new Error('The proposal just created is missing');
  const [item] = await describeItems(tx, [proposalItem(asNode(row.n))]);
  if (!item) throw new Error('describeItems lost an item');
  return item;
}

/** Proposes a new project: a PENDING project; its proposer becomes a contributor when staff approve it. */
export async function proposeProject(store: GraphStore, viewer: Viewer | null, input: unknown): Promise<ModerationItem> {
  authorize(viewer, 'proposal.create');
  const data = parseInput(proposeProjectInput, input);
  const base = baseSlug(data.name);
  const id = randomUUID();
  await store.write(async (tx) => {
    const sectorIds = await checkSectors(tx, data.sectorIds);
    const slug = await freeSlug(tx, NODE.Project, base, 'A project', data.name);
    const at = new Date().toISOString();
    const fields = {
      name: data.name,
      summary: data.summary,
      description: data.description ?? null,
      status: data.status,
      website: data.website ?? null,
      openCall: data.openCall ?? null,
      callOpen: Boolean(data.openCall),
    };
    await tx.run(createPendingProject, {
      id,
      slug,
      ...fields,
      searchText: searchTextFor.project(fields),
      proposedBy: viewer.accountId,
      at,
    });
    if (sectorIds.length > 0) await tx.run(linkSectors.Project, { id, sectorIds });
    await recordAudit(tx, {
      actorId: viewer.accountId,
      action: 'moderation.propose',
      entityLabel: NODE.Project,
      entityId: id,
      after: { slug, state: 'PENDING', sectorIds, ...fields },
    });
  }, PENDING_ONLY);
  return readEntity(store, NODE.Project, id);
}

/** Proposes a new organization: a PENDING organization; its proposer becomes a managing member when staff approve it. */
export async function proposeOrganization(store: GraphStore, viewer: Viewer | null, input: unknown): Promise<ModerationItem> {
  authorize(viewer, 'proposal.create');
  const data = parseInput(proposeOrganizationInput, input);
  const base = baseSlug(data.name);
  const id = randomUUID();
  await store.write(async (tx) => {
    const sectorIds = await checkSectors(tx, data.sectorIds);
    const slug = await freeSlug(tx, NODE.Organization, base, 'An organization', data.name);
    const at = new Date().toISOString();
    const fields = {
      name: data.name,
      kind: data.kind,
      description: data.description,
      website: data.website ?? null,
      email: data.email ?? null,
      location: data.location ?? null,
    };
    await tx.run(createPendingOrganization, {
      id,
      slug,
      ...fields,
      searchText: searchTextFor.organization(fields),
      proposedBy: viewer.accountId,
      at,
    });
    if (sectorIds.length > 0) await tx.run(linkSectors.Organization, { id, sectorIds });
    await recordAudit(tx, {
      actorId: viewer.accountId,
      action: 'moderation.propose',
      entityLabel: NODE.Organization,
      entityId: id,
      after: { slug, state: 'PENDING', sectorIds, ...fields },
    });
  }, PENDING_ONLY);
  return readEntity(store, NODE.Organization, id);
}

/** The person a member proposes as; an account without a profile has nobody to propose as. */
function proposerPerson(viewer: Viewer): string {
  if (!viewer.personId) throw forbidden('Your account has no person profile to propose this for.');
  return viewer.personId;
}

interface NewProposal {
  kind: ProposalKind;
  fromId: string;
  toId: string;
  payload: Record<string, string | null>;
}

/** Refuses a second pending proposal between the same ends, then writes the Proposal and its audit entry. */
async function writeProposal(tx: QueryRunner, viewer: Viewer, proposal: NewProposal): Promise<ModerationItem> {
  const [pending] = await tx.run(pendingProposalBetween, { kind: proposal.kind, fromId: proposal.fromId, toId: proposal.toId });
  if (pending) throw conflict('The same proposal is already waiting for staff.', { field: 'input' });
  const id = randomUUID();
  const payload = JSON.stringify(proposal.payload);
  await tx.run(createProposal, {
    id,
    kind: proposal.kind,
    fromId: proposal.fromId,
    toId: proposal.toId,
    payload,
    proposedBy: viewer.accountId,
    at: new Date().toISOString(),
  });
  await recordAudit(tx, {
    actorId: viewer.accountId,
    action: 'moderation.propose',
    entityLabel: NODE.Proposal,
    entityId: id,
    after: { kind: proposal.kind, fromId: proposal.fromId, toId: proposal.toId, state: 'PENDING', ...proposal.payload },
  });
  return readProposal(tx, id);
}

async function requirePublic(tx: QueryRunner, what: 'organization' | 'project', id: string, field: string): Promise<void> {
  const [row] = await tx.run(what === 'organization' ? organizationState : projectState, { id });
  if (!row || row.state !== 'ACTIVE') {
    const { message } = notFound(what === 'organization' ? 'The organization' : 'The project');
    throw new DomainError('NOT_FOUND', message, { field });
  }
}

/** Proposes that the signed-in member belongs to an existing organization. */
export async function proposeMembership(
  store: GraphStore,
  viewer: Viewer | null,
  organizationId: string,
  input: unknown,
): Promise<ModerationItem> {
  authorize(viewer, 'proposal.create');
  const data = parseInput(proposeMembershipInput, { ...(input as object), organizationId });
  const personId = proposerPerson(viewer);
  return store.write(async (tx) => {
    await requirePublic(tx, 'organization', data.organizationId, 'organizationId');
    const [member] = await tx.run(membershipCount, { personId, organizationId: data.organizationId });
    if ((member?.n ?? 0) > 0) throw conflict('You are already a member of this organization.', { field: 'organizationId' });
    return writeProposal(tx, viewer, {
      kind: 'MEMBERSHIP',
      fromId: personId,
      toId: data.organizationId,
      payload: { role: data.role, since: data.since ?? null },
    });
  }, PENDING_ONLY);
}

/** Proposes that the signed-in member contributes to an existing project. */
export async function proposeContribution(
  store: GraphStore,
  viewer: Viewer | null,
  projectId: string,
  input: unknown,
): Promise<ModerationItem> {
  authorize(viewer, 'proposal.create');
  const data = parseInput(proposeContributionInput, { ...(input as object), projectId });
  const personId = proposerPerson(viewer);
  return store.write(async (tx) => {
    await requirePublic(tx, 'project', data.projectId, 'projectId');
    const [existing] = await tx.run(contributionCount, { personId, projectId: data.projectId });
    if ((existing?.n ?? 0) > 0) throw conflict('You already contribute to this project.', { field: 'projectId' });
    return writeProposal(tx, viewer, { kind: 'CONTRIBUTION', fromId: personId, toId: data.projectId, payload: { role: data.role } });
  }, PENDING_ONLY);
}

/** Proposes a collaboration between an organization the member belongs to and another one. */
export async function proposeCollaboration(
  store: GraphStore,
  viewer: Viewer | null,
  organizationId: string,
  partnerOrganizationId: string,
  input: unknown,
): Promise<ModerationItem> {
  authorize(viewer, 'proposal.create');
  const data = parseInput(proposeCollaborationInput, { ...(input as object), organizationId, partnerOrganizationId });
  if (data.organizationId === data.partnerOrganizationId) {
    throw invalidInput('partnerOrganizationId', 'partnerOrganizationId: must be another organization');
  }
  const personId = proposerPerson(viewer);
  return store.write(async (tx) => {
    await requirePublic(tx, 'organization', data.organizationId, 'organizationId');
    await requirePublic(tx, 'organization', data.partnerOrganizationId, 'partnerOrganizationId');
    const [member] = await tx.run(membershipCount, { personId, organizationId: data.organizationId });
    if ((member?.n ?? 0) === 0) throw forbidden('Only a member of the organization may propose its collaborations.');
    const [existing] = await tx.run(collaborationCount, { organizationId: data.organizationId, partnerId: data.partnerOrganizationId });
    if ((existing?.n ?? 0) > 0) throw conflict('These organizations already collaborate.', { field: 'partnerOrganizationId' });
    return writeProposal(tx, viewer, {
      kind: 'COLLABORATION',
      fromId: data.organizationId,
      toId: data.partnerOrganizationId,
      payload: { note: data.note },
    });
  }, PENDING_ONLY);
}
