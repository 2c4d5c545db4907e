import { text, textOrNull, timestampOrNull } from '../graph/fields';
import type { GraphNode } from '../graph/types';
import { toPerson, type PersonRecord } from '../directory/model';

/** A person's own record as its owner (or staff) edits it: the public fields plus the private ones. */
export interface ProfileRecord extends PersonRecord {
  deletionRequestedAt: string | null;
}

/** Maps a Person node to the editable record. */
export function toProfile(n: GraphNode): ProfileRecord {
  return { ...toPerson(n), deletionRequestedAt: timestampOrNull(n, 'deletionRequestedAt') };
}

/** The values of the profile form: what `updateMyProfile` takes and what a CONFLICT returns as `current`. */
export interface ProfileValues {
  version: number;
  name: string;
  headline: string | null;
  bio: string | null;
  email: string | null;
  phone: string | null;
  website: string | null;
  location: string | null;
  availability: string;
  contactVisibility: string;
}

/** The form values of a profile record. */
export function profileValues(p: PersonRecord): ProfileValues {
  return {
    version: p.version,
    name: p.name,
    headline: p.headline,
    bio: p.bio,
    email: p.email,
    phone: p.phone,
    website: p.website,
    location: p.location,
    availability: p.availability,
    contactVisibility: p.contactVisibility,
  };
}

export type ProposalKind = 'SKILL' | 'PROJECT' | 'ORGANIZATION' | 'MEMBERSHIP' | 'CONTRIBUTION' | 'COLLABORATION';
export type ProposalState = 'PENDING' | 'APPROVED' | 'REJECTED';
export type ProposalEndKind = 'PERSON' | 'ORGANIZATION' | 'PROJECT' | 'SKILL';

/** One end of a proposal: the proposed entity, or an entity a proposed relationship joins. */
export interface ProposalEnd {
  id: string;
  kind: ProposalEndKind;
  name: string;
  slug: string | null;
  /** Whether the entity has a public page (it is ACTIVE). */
  public: boolean;
}

/** Something a member proposed, as they follow it: what, its state, and the staff's note. */
export interface ProposalRecord {
  id: string;
  kind: ProposalKind;
  state: ProposalState;
  subject: ProposalEnd;
  target: ProposalEnd | null;
  role: string | null;
  reviewNote: string | null;
  createdAt: string | null;
  reviewedAt: string | null;
}

const END_KIND: Record<string, ProposalEndKind> = {
  Person: 'PERSON',
  Organization: 'ORGANIZATION',
  Project: 'PROJECT',
  Skill: 'SKILL',
};

/** An entity node as a proposal end. */
export function toProposalEnd(n: GraphNode): ProposalEnd {
  return {
    id: text(n, 'id'),
    kind: END_KIND[n.label] ?? 'PERSON',
    name: text(n, 'name'),
    slug: textOrNull(n, 'slug'),
    public: (textOrNull(n, 'state') ?? 'ACTIVE') === 'ACTIVE',
  };
}

/** A proposed entity (a PENDING or REJECTED Skill, Project or Organization) as a proposal. */
export function entityProposal(n: GraphNode): ProposalRecord {
  const end = toProposalEnd(n);
  const state = textOrNull(n, 'state');
  return {
    id: end.id,
    kind: end.kind === 'PERSON' ? 'SKILL' : end.kind,
    state: state === 'REJECTED' ? 'REJECTED' : state === 'PENDING' ? 'PENDING' : 'APPROVED',
    subject: end,
    target: null,
    role: null,
    reviewNote: textOrNull(n, 'reviewNote'),
    createdAt: timestampOrNull(n, 'createdAt'),
    reviewedAt: null,
  };
}

const RELATIONSHIP_KINDS: readonly ProposalKind[] = ['MEMBERSHIP', 'CONTRIBUTION', 'COLLABORATION'];
const STATES: readonly ProposalState[] = ['PENDING', 'APPROVED', 'REJECTED'];

/** The role in a proposal's JSON payload, when there is one. */
function payloadRole(payload: string | null): string | null {
  if (!payload) return null;
  try {
    const parsed: unknown = JSON.parse(payload);
    if (parsed && typeof parsed === 'object' && 'role' in parsed && typeof parsed.role === 'string') return parsed.role;
  } catch {
    // A payload that is not JSON carries no role worth showing.
  }
  return null;
}

/** A Proposal node (a proposed relationship) with its ends looked up; null if an end is gone. */
export function relationshipProposal(n: GraphNode, ends: ReadonlyMap<string, ProposalEnd>): ProposalRecord | null {
  const kind = RELATIONSHIP_KINDS.find((k) => k === textOrNull(n, 'kind'));
  const state = STATES.find((s) => s === textOrNull(n, 'state')) ?? 'PENDING';
  const subject = ends.get(textOrNull(n, 'fromId') ?? '');
  const target = ends.get(textOrNull(n, 'toId') ?? '');
  if (!kind || !subject) return null;
  return {
    id: text(n, 'id'),
    kind,
    state,
    subject,
    target: target ?? null,
    role: payloadRole(textOrNull(n, 'payload')),
    reviewNote: textOrNull(n, 'reviewNote'),
    createdAt: timestampOrNull(n, 'createdAt'),
    reviewedAt: timestampOrNull(n, 'reviewedAt'),
  };
}
