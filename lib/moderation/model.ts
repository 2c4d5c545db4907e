import { NODE } from '../graph/schema';
import { numberOr, text, textList, textOrNull, timestampOrNull } from '../graph/fields';
import type { GraphNode } from '../graph/types';
import type { MODERATION_KINDS } from './input';

/** What can wait for staff: proposed entities and proposed relationships. */
export type ModerationKind = (typeof MODERATION_KINDS)[number];
export type EntityModerationKind = 'SKILL' | 'PROJECT' | 'ORGANIZATION';
export type ProposalKind = 'MEMBERSHIP' | 'CONTRIBUTION' | 'COLLABORATION';

/** Where a proposal stands, for staff and for the proposer. */
export type ModerationState = 'PENDING' | 'APPROVED' | 'REJECTED';

/** The node label behind each entity kind. */
export const ENTITY_LABEL = {
  SKILL: NODE.Skill,
  PROJECT: NODE.Project,
  ORGANIZATION: NODE.Organization,
} as const satisfies Record<EntityModerationKind, string>;
export type ModeratedLabel = (typeof ENTITY_LABEL)[EntityModerationKind];

export const ENTITY_KINDS: readonly EntityModerationKind[] = ['SKILL', 'PROJECT', 'ORGANIZATION'];
export const PROPOSAL_KINDS: readonly ProposalKind[] = ['MEMBERSHIP', 'CONTRIBUTION', 'COLLABORATION'];

export function isEntityKind(kind: ModerationKind): kind is EntityModerationKind {
  return kind === 'SKILL' || kind === 'PROJECT' || kind === 'ORGANIZATION';
}

/** The kinds of node at the ends of a proposed relationship. */
export type EndKind = 'PERSON' | 'ORGANIZATION' | 'PROJECT';

/** The label of each end of each proposed relationship. */
export const PROPOSAL_ENDS: Record<ProposalKind, { from: EndKind; to: EndKind }> = {
  MEMBERSHIP: { from: 'PERSON', to: 'ORGANIZATION' },
  CONTRIBUTION: { from: 'PERSON', to: 'PROJECT' },
  COLLABORATION: { from: 'ORGANIZATION', to: 'ORGANIZATION' },
};

/** One end of a proposed relationship; name and slug are null when the node is gone. */
export interface ModerationEnd {
  id: string;
  kind: EndKind;
  name: string | null;
  slug: string | null;
  /** Whether the public can see it (its state is ACTIVE). */
  isPublic: boolean;
}

/** A named value of what is proposed (a field of an entity, a property of a relationship). */
export interface ModerationField {
  key: string;
  value: string;
}

export interface ModerationProposer {
  accountId: string;
  name: string | null;
  slug: string | null;
}

/** One proposal, as the queue and "my proposals" show it. */
export interface ModerationItem {
  id: string;
  kind: ModerationKind;
  state: ModerationState;
  /** The raw state of the node (ACTIVE, ARCHIVED… for entities; PENDING… for proposals). */
  nodeState: string;
  version: number;
  /** The proposed entity's name; for relationships, filled in from the ends. */
  name: string | null;
  /** The proposed entity's slug (its public address once approved). */
  slug: string | null;
  proposedAt: string | null;
  proposer: ModerationProposer | null;
  reviewNote: string | null;
  reviewedAt: string | null;
  fields: ModerationField[];
  from: ModerationEnd | null;
  to: ModerationEnd | null;
  payload: ModerationField[];
}

/** An entity's state as a moderation state: anything once published counts as approved. */
function entityState(state: string): ModerationState {
  if (state === 'PENDING') return 'PENDING';
  if (state === 'REJECTED') return 'REJECTED';
  return 'APPROVED';
}

function proposalState(state: string): ModerationState {
  return state === 'APPROVED' || state === 'REJECTED' ? state : 'PENDING';
}

function present(entries: readonly [string, string | null | undefined][]): ModerationField[] {
  return entries.filter((e): e is [string, string] => typeof e[1] === 'string' && e[1].length > 0).map(([key, value]) => ({ key, value }));
}

function entityFields(kind: EntityModerationKind, n: GraphNode): ModerationField[] {
  switch (kind) {
    case 'SKILL':
      return present([
        ['nameEn', textOrNull(n, 'nameEn')],
        ['aliases', textList(n, 'aliases').join(', ')],
        ['description', textOrNull(n, 'description')],
        ['descriptionEn', textOrNull(n, 'descriptionEn')],
      ]);
    case 'PROJECT':
      return present([
        ['summary', textOrNull(n, 'summary')],
        ['status', textOrNull(n, 'status')],
        ['description', textOrNull(n, 'description')],
        ['website', textOrNull(n, 'website')],
        ['openCall', textOrNull(n, 'openCall')],
      ]);
    case 'ORGANIZATION':
      return present([
        ['kind', textOrNull(n, 'kind')],
        ['description', textOrNull(n, 'description')],
        ['website', textOrNull(n, 'website')],
        ['email', textOrNull(n, 'email')],
        ['location', textOrNull(n, 'location')],
      ]);
  }
}

/** A proposed entity node as an item (proposer, sectors filled in later by `describeItems`). */
export function entityItem(kind: EntityModerationKind, n: GraphNode): ModerationItem {
  const state = textOrNull(n, 'state') ?? 'ACTIVE';
  const proposedBy = textOrNull(n, 'proposedBy');
  return {
    id: text(n, 'id'),
    kind,
    state: entityState(state),
    nodeState: state,
    version: numberOr(n, 'version', 1),
    name: text(n, 'name'),
    slug: textOrNull(n, 'slug'),
    proposedAt: timestampOrNull(n, 'createdAt'),
    proposer: proposedBy ? { accountId: proposedBy, name: null, slug: null } : null,
    reviewNote: textOrNull(n, 'reviewNote'),
    reviewedAt: state === 'PENDING' ? null : timestampOrNull(n, 'updatedAt'),
    fields: entityFields(kind, n),
    from: null,
    to: null,
    payload: [],
  };
}

function isProposalKind(kind: string): kind is ProposalKind {
  return kind === 'MEMBERSHIP' || kind === 'CONTRIBUTION' || kind === 'COLLABORATION';
}

/** The stored payload JSON as fields, in a stable order. */
export function payloadFields(json: string | null): ModerationField[] {
  if (!json) return [];
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    return [];
  }
  if (!parsed || typeof parsed !== 'object') return [];
  return Object.entries(parsed)
    .filter((e): e is [string, string] => typeof e[1] === 'string' && e[1].length > 0)
    .map(([key, value]) => ({ key, value }));
}

/** A Proposal node as an item (ends and proposer filled in later by `describeItems`). */
export function proposalItem(n: GraphNode): ModerationItem {
  const kind = text(n, 'kind');
  if (!isProposalKind(kind)) throw new TypeError(`Unknown proposal kind ${kind}`);
  const state = textOrNull(n, 'state') ?? 'PENDING';
  const proposedBy = textOrNull(n, 'proposedBy');
  const ends = PROPOSAL_ENDS[kind];
  return {
    id: text(n, 'id'),
    kind,
    state: proposalState(state),
    nodeState: state,
    version: numberOr(n, 'version', 1),
    name: null,
    slug: null,
    proposedAt: timestampOrNull(n, 'createdAt'),
    proposer: proposedBy ? { accountId: proposedBy, name: null, slug: null } : null,
    reviewNote: textOrNull(n, 'reviewNote'),
    reviewedAt: timestampOrNull(n, 'reviewedAt'),
    fields: [],
    from: { id: text(n, 'fromId'), kind: ends.from, name: null, slug: null, isPublic: false },
    to: { id: text(n, 'toId'), kind: ends.to, name: null, slug: null, isPublic: false },
    payload: payloadFields(textOrNull(n, 'payload')),
  };
}
