import { authorize } from '../auth/permissions';
import type { Viewer } from '../auth/viewer';
import { notFound } from '../errors';
import { asNode, text, textOrNull, timestampOrNull } from '../graph/fields';
import type { GraphStore } from '../graph/store';
import type { Value } from '../graph/types';
import { findByIds, findLinks } from '../directory/read';
import * as dq from '../directory/queries';
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
  skills: { skill: Ref & { nameEn: string | null }; level: number; since: string | null }[];
  memberships: { organization: Ref; role: string | null; since: string | null; until: string | null; isManager: boolean }[];
  contributions: { project: Ref; role: string | null; since: string | null; until: string | null }[];
  events: { event: Ref & { startsAt: string | null }; role: 'TEACHER' | 'ATTENDEE' }[];
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

const ref = (r: { id: string; slug: string; name: string }): Ref => ({ id: r.id, slug: r.slug, name: r.name });

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

  const [skillLinks = []] = await findLinks(store, dq.skillsOfPeople, [personId]);
  const [membershipLinks = []] = await findLinks(store, dq.membershipsOfPeople, [personId]);
  const [contributionLinks = []] = await findLinks(store, dq.contributionsOfPeople, [personId]);
  const [eventLinks = []] = await findLinks(store, dq.eventsOfPeople, [personId]);
  const skills = await refsOf(store, 'Skill', skillLinks.map((l) => l.id));
  const organizations = await refsOf(store, 'Organization', membershipLinks.map((l) => l.id));
  const projects = await refsOf(store, 'Project', contributionLinks.map((l) => l.id));
  const events = await refsOf(store, 'Event', eventLinks.map((l) => l.id));

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
    skills: skillLinks.flatMap((l) => {
      const s = skills.get(l.id);
      return s ? [{ skill: { ...ref(s), nameEn: s.nameEn }, level: l.level, since: day(l.since) }] : [];
    }),
    memberships: membershipLinks.flatMap((l) => {
      const o = organizations.get(l.id);
      return o ? [{ organization: ref(o), role: l.role, since: day(l.since), until: day(l.until), isManager: l.isManager ?? false }] : [];
    }),
    contributions: contributionLinks.flatMap((l) => {
      const p = projects.get(l.id);
      return p ? [{ project: ref(p), role: l.role, since: day(l.since), until: day(l.until) }] : [];
    }),
    events: eventLinks.flatMap((l) => {
      const e = events.get(l.id);
      return e ? [{ event: { ...ref(e), startsAt: e.startsAt }, role: l.teaches ? ('TEACHER' as const) : ('ATTENDEE' as const) }] : [];
    }),
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
