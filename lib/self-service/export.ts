import { authorize } from '../auth/permissions';
import type { Viewer } from '../auth/viewer';
import { notFound } from '../errors';
import { asNode, text, textOrNull, timestampOrNull } from '../graph/fields';
import type { GraphStore } from '../graph/store';
import type { Value } from '../graph/types';
import { findByIds } from '../directory/read';
import { listEndorsements, type EndorsementRecord } from './endorsements';
import { listProposals } from './proposals';
import type { ProposalRecord } from './model';
import { ownPersonId } from './own';
import * as q from './queries';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

interface Ref {
  id: string;
  slug: string;
  name: string;
}

/** The other end of one of the member's own links, with its state (not every end is public). */
interface EndRef extends Ref {
  state: string | null;
}

interface EndorsementExport {
  /** The other person: only their public name and address, never private fields. */
  person: { slug: string; name: string };
  skill: { slug: string; name: string };
  at: string | null;
}

/** Everything Rizoma holds about one member, as their "download my data" file. */
export interface MemberExport {
  format: 'rizoma-member-export';
  formatVersion: 1;
  exportedAt: string;
  person: Record<string, Json>;
  account: { email: string; role: string; state: string | null; createdAt: string | null; lastSignInAt: string | null } | null;
  skills: { skill: EndRef & { nameEn: string | null }; level: number; since: string | null }[];
  memberships: { organization: EndRef; role: string | null; since: string | null; until: string | null; isManager: boolean }[];
  contributions: { project: EndRef; role: string | null; since: string | null; until: string | null }[];
  events: { event: EndRef & { startsAt: string | null }; role: 'TEACHER' | 'ATTENDEE' }[];
  endorsementsGiven: EndorsementExport[];
  endorsementsReceived: EndorsementExport[];
  proposals: ProposalRecord[];
  audit: {
    id: string;
    at: string | null;
    action: string;
    entityLabel: string;
    entityId: string;
    byMe: boolean;
    /** Before/after values, only for changes to the member's own person or account. */
    before: Json;
    after: Json;
    note: string | null;
  }[];
}

/** A stored property value as JSON (timestamps as ISO 8601). */
function json(value: Value | undefined): Json {
  if (value === undefined || value === null) return null;
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map((v: Value) => json(v));
  if (typeof value === 'object') return null;
  return value;
}

function day(value: Value | undefined): string | null {
  return value instanceof Date ? value.toISOString().slice(0, 10) : null;
}

function parsed(textValue: string | null): Json {
  if (!textValue) return null;
  try {
    return JSON.parse(textValue) as Json;
  } catch {
    return textValue;
  }
}

async function refsOf<K extends 'Person' | 'Skill' | 'Organization' | 'Project' | 'Event'>(
  store: GraphStore,
  kind: K,
  ids: readonly string[],
) {
  const unique = [...new Set(ids)];
  const records = await findByIds(store, kind, unique);
  return new Map(records.flatMap((r) => (r ? [[r.id, r] as const] : [])));
}

async function endorsementsOut(store: GraphStore, rows: EndorsementRecord[]): Promise<EndorsementExport[]> {
  const people = await refsOf(store, 'Person', rows.map((r) => r.personId));
  const skills = await refsOf(store, 'Skill', rows.map((r) => r.skillId));
  return rows.flatMap((r) => {
    const person = people.get(r.personId);
    const skill = skills.get(r.skillId);
    return person && skill ? [{ person: { slug: person.slug, name: person.name }, skill: { slug: skill.slug, name: skill.name }, at: r.at }] : [];
  });
}

const end = (r: EndRef): EndRef => ({ id: r.id, slug: r.slug, name: r.name, state: r.state });

/**
 * All of the signed-in member's own data (`profile.exportData`): every property of
 * their person, their account without its password hash, their links, endorsements
 * (other people by public name only), proposals and audit entries.
 */
export async function exportMyData(store: GraphStore, viewer: Viewer | null, at: Date = new Date()): Promise<MemberExport> {
  const personId = ownPersonId(viewer);
  authorize(viewer, 'profile.exportData', { personId });
  const [personRow] = await store.query(q.personById, { id: personId });
  if (!personRow) throw notFound('Person');
  const person = asNode(personRow.n);
  const [account] = await store.query(q.accountForExport, { id: personId });

  // Every link, whatever the state of its other end (a proposed skill is still the member's data).
  const skillLinks = await store.query(q.exportSkills, { id: personId });
  const membershipLinks = await store.query(q.exportMemberships, { id: personId });
  const contributionLinks = await store.query(q.exportContributions, { id: personId });
  const eventLinks = await store.query(q.exportEvents, { id: personId });

  const ownIds = new Set([personId, viewer.accountId]);
  const auditRows = await store.query(q.auditOfMember, { accountId: viewer.accountId, entityIds: [...ownIds] });

  return {
    format: 'rizoma-member-export',
    formatVersion: 1,
    exportedAt: at.toISOString(),
    person: Object.fromEntries(Object.entries(person.properties).map(([key, value]) => [key, json(value)])),
    account: account
      ? {
          email: account.email,
          role: account.role,
          state: account.state,
          createdAt: json(account.createdAt) as string | null,
          lastSignInAt: json(account.lastSignInAt) as string | null,
        }
      : null,
    skills: skillLinks.map((l) => ({ skill: { ...end(l), nameEn: l.nameEn }, level: l.level, since: day(l.since) })),
    memberships: membershipLinks.map((l) => ({
      organization: end(l),
      role: l.role,
      since: day(l.since),
      until: day(l.until),
      isManager: l.isManager ?? false,
    })),
    contributions: contributionLinks.map((l) => ({ project: end(l), role: l.role, since: day(l.since), until: day(l.until) })),
    events: eventLinks.map((l) => ({
      event: { ...end(l), startsAt: json(l.startsAt) as string | null },
      role: l.teaches ? ('TEACHER' as const) : ('ATTENDEE' as const),
    })),
    endorsementsGiven: await endorsementsOut(store, await listEndorsements(store, personId, 'given')),
    endorsementsReceived: await endorsementsOut(store, await listEndorsements(store, personId, 'received')),
    proposals: await listProposals(store, personId),
    audit: auditRows.map((row) => {
      const n = asNode(row.n);
      const entityId = text(n, 'entityId');
      // Changes the member made to others may hold those others' data: only what happened is kept.
      const own = ownIds.has(entityId);
      return {
        id: text(n, 'id'),
        at: timestampOrNull(n, 'at'),
        action: text(n, 'action'),
        entityLabel: text(n, 'entityLabel'),
        entityId,
        byMe: textOrNull(n, 'actorId') === viewer.accountId,
        before: own ? parsed(textOrNull(n, 'before')) : null,
        after: own ? parsed(textOrNull(n, 'after')) : null,
        note: own ? textOrNull(n, 'note') : null,
      };
    }),
  };
}
