import { hashPassword } from '../auth/password';
import { stableId } from '../graph/ids';
import type { CypherQuery } from '../graph/query';
import type { GraphStore, QueryRunner } from '../graph/store';
import type { ParamValue } from '../graph/types';
import { searchTextFor } from '../search/text';
import * as q from './queries';
import type { SeedCommunity } from './types';

/** When the demo community "was created": fixed, so the seed is deterministic. */
export const SEED_TIME = '2026-01-12T09:00:00.000Z';

export interface SeedReport {
  organizations: number;
  people: number;
  skills: number;
  sectors: number;
  projects: number;
  events: number;
  relationships: number;
  accounts: { email: string; role: string; password: string }[];
}

type Rows = Record<string, ParamValue>[];

/** Deterministic ids for the demo records, by kind and slug. */
export const seedId = {
  person: (slug: string) => stableId('person', slug),
  organization: (slug: string) => stableId('organization', slug),
  skill: (slug: string) => stableId('skill', slug),
  sector: (slug: string) => stableId('sector', slug),
  project: (slug: string) => stableId('project', slug),
  event: (slug: string) => stableId('event', slug),
  account: (email: string) => stableId('account', email),
};

const BATCH = 200;

/** Relationship rows in batches (Kùzu rejects UNWIND over an empty list: none are sent). */
async function upsert(tx: QueryRunner, query: CypherQuery, rows: Rows): Promise<number> {
  for (let i = 0; i < rows.length; i += BATCH) await tx.run(query, { rows: rows.slice(i, i + BATCH) });
  return rows.length;
}

/** Nodes one statement each, so Kùzu's full-text index records every row's own text. */
async function upsertEach(tx: QueryRunner, query: CypherQuery, rows: Rows): Promise<number> {
  for (const row of rows) await tx.run(query, row);
  return rows.length;
}

/**
 * Loads a community into the store in one write unit of work: all of it or nothing.
 * Idempotent: existing nodes and relationships are left as they are.
 */
export async function loadCommunity(store: GraphStore, c: SeedCommunity): Promise<SeedReport> {
  const at = SEED_TIME;
  const ids = c.accounts.map((a) => seedId.account(a.email));
  const existing = new Set((await store.query(q.existingAccounts, { ids })).map((r) => r.id));
  // Hash outside the write transaction: scrypt is slow on purpose.
  const accountRows: Rows = [];
  for (const a of c.accounts) {
    const id = seedId.account(a.email);
    if (existing.has(id)) continue;
    accountRows.push({
      id,
      email: a.email.toLowerCase(),
      passwordHash: await hashPassword(a.password),
      role: a.role,
      person: seedId.person(a.person),
      at,
    });
  }

  const skillName = new Map(c.skills.map((s) => [s.slug, s]));
  let relationships = 0;

  await store.write(async (tx) => {
    await upsertEach(
      tx,
      q.upsertSectors,
      c.sectors.map((s) => ({
        id: seedId.sector(s.slug),
        slug: s.slug,
        name: s.name,
        nameEn: s.nameEn,
        description: s.description,
        descriptionEn: s.descriptionEn,
        searchText: searchTextFor.sector(s),
        at,
      })),
    );
    await upsertEach(
      tx,
      q.upsertSkills,
      c.skills.map((s) => ({
        id: seedId.skill(s.slug),
        slug: s.slug,
        name: s.name,
        nameEn: s.nameEn,
        aliases: s.aliases,
        description: s.description,
        descriptionEn: s.descriptionEn,
        searchText: searchTextFor.skill(s),
        at,
      })),
    );
    await upsertEach(
      tx,
      q.upsertOrganizations,
      c.organizations.map((o) => ({
        id: seedId.organization(o.slug),
        slug: o.slug,
        name: o.name,
        kind: o.kind,
        description: o.description,
        website: o.website ?? null,
        email: o.email ?? null,
        location: o.location,
        foundedYear: o.foundedYear,
        searchText: searchTextFor.organization(o),
        at,
      })),
    );
    await upsertEach(
      tx,
      q.upsertPeople,
      c.people.map((p) => ({
        id: seedId.person(p.slug),
        slug: p.slug,
        name: p.name,
        headline: p.headline,
        bio: p.bio,
        email: p.email,
        phone: p.phone ?? null,
        website: p.website ?? null,
        location: p.location,
        availability: p.availability,
        contactVisibility: p.contactVisibility,
        searchText: searchTextFor.person({
          ...p,
          skills: p.skills.flatMap((s) => skillName.get(s.skill) ?? []),
        }),
        at,
      })),
    );
    await upsertEach(
      tx,
      q.upsertProjects,
      c.projects.map((p) => ({
        id: seedId.project(p.slug),
        slug: p.slug,
        name: p.name,
        summary: p.summary,
        description: p.description,
        status: p.status,
        startDate: p.startDate,
        endDate: p.endDate ?? null,
        openCall: p.openCall?.text ?? null,
        callOpen: p.openCall?.open ?? false,
        searchText: searchTextFor.project({ ...p, openCall: p.openCall?.text }),
        at,
      })),
    );
    await upsertEach(
      tx,
      q.upsertEvents,
      c.events.map((e) => ({
        id: seedId.event(e.slug),
        slug: e.slug,
        name: e.name,
        kind: e.kind,
        summary: e.summary,
        description: e.description,
        startsAt: new Date(e.startsAt).toISOString(),
        endsAt: new Date(e.endsAt).toISOString(),
        place: e.place,
        language: e.language,
        searchText: searchTextFor.event(e),
        at,
      })),
    );

    const link = async (query: CypherQuery, rows: Rows) => {
      relationships += await upsert(tx, query, rows);
    };
    await link(
      q.linkHasSkill,
      c.people.flatMap((p) =>
        p.skills.map((s) => ({ from: seedId.person(p.slug), to: seedId.skill(s.skill), level: s.level, since: s.since ?? null })),
      ),
    );
    await link(
      q.linkMemberOf,
      c.people.flatMap((p) =>
        p.memberships.map((m) => ({
          from: seedId.person(p.slug),
          to: seedId.organization(m.organization),
          role: m.role,
          since: m.since,
          until: m.until ?? null,
          isManager: m.isManager ?? false,
        })),
      ),
    );
    await link(
      q.linkPersonContributes,
      c.projects.flatMap((p) =>
        p.contributors.map((x) => ({ from: seedId.person(x.person), to: seedId.project(p.slug), role: x.role, since: x.since })),
      ),
    );
    await link(
      q.linkOrganizationContributes,
      c.projects.flatMap((p) =>
        p.organizations.map((x) => ({ from: seedId.organization(x.organization), to: seedId.project(p.slug), role: x.role })),
      ),
    );
    await link(
      q.linkNeeds,
      c.projects.flatMap((p) =>
        p.needs.map((n) => ({ from: seedId.project(p.slug), to: seedId.skill(n.skill), level: n.level, note: n.note ?? null })),
      ),
    );
    await link(
      q.linkOrganizationSector,
      c.organizations.flatMap((o) => o.sectors.map((s) => ({ from: seedId.organization(o.slug), to: seedId.sector(s) }))),
    );
    await link(
      q.linkProjectSector,
      c.projects.flatMap((p) => p.sectors.map((s) => ({ from: seedId.project(p.slug), to: seedId.sector(s) }))),
    );
    await link(
      q.linkCollaboration,
      c.collaborations.map((x) => ({
        from: seedId.organization(x.from),
        to: seedId.organization(x.to),
        since: x.since,
        note: x.note,
      })),
    );
    await link(
      q.linkEndorsement,
      c.endorsements.map((e) => ({ from: seedId.person(e.from), to: seedId.person(e.to), skill: seedId.skill(e.skill), at })),
    );
    await link(
      q.linkBroader,
      c.skills.flatMap((s) => (s.broader ? [{ from: seedId.skill(s.slug), to: seedId.skill(s.broader) }] : [])),
    );
    await link(
      q.linkRelated,
      c.skills.flatMap((s) => (s.related ?? []).map((r) => ({ from: seedId.skill(s.slug), to: seedId.skill(r) }))),
    );
    await link(
      q.linkEventOrganization,
      c.events.flatMap((e) =>
        e.organizers.flatMap((o) =>
          'organization' in o ? [{ from: seedId.event(e.slug), to: seedId.organization(o.organization), role: o.role }] : [],
        ),
      ),
    );
    await link(
      q.linkEventPerson,
      c.events.flatMap((e) =>
        e.organizers.flatMap((o) => ('person' in o ? [{ from: seedId.event(e.slug), to: seedId.person(o.person), role: o.role }] : [])),
      ),
    );
    await link(
      q.linkTeaches,
      c.events.flatMap((e) => e.teachers.map((t) => ({ from: seedId.person(t), to: seedId.event(e.slug) }))),
    );
    await link(
      q.linkAttends,
      c.events.flatMap((e) => e.attendees.map((t) => ({ from: seedId.person(t), to: seedId.event(e.slug) }))),
    );
    await link(
      q.linkEventSkill,
      c.events.flatMap((e) => e.skills.map((s) => ({ from: seedId.event(e.slug), to: seedId.skill(s) }))),
    );
    await upsert(tx, q.upsertAccounts, accountRows);
  });

  return {
    organizations: c.organizations.length,
    people: c.people.length,
    skills: c.skills.length,
    sectors: c.sectors.length,
    projects: c.projects.length,
    events: c.events.length,
    relationships,
    accounts: c.accounts.map((a) => ({ email: a.email, role: a.role, password: a.password })),
  };
}
