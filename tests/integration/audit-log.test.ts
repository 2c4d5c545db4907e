import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Viewer } from '@/lib/auth/viewer';
import { NODE } from '@/lib/graph/schema';
import type { GraphStore } from '@/lib/graph/store';
import { seedId } from '@/lib/seed/load';
import { readyStore } from '@/lib/server/ready';
import { recordAudit } from '@/lib/write/audit';
import { runAs } from '../support/as-viewer';
import { postGraphQL } from '../support/graphql-http';
import { sessionCookie, viewerOfEmail } from '../support/session';

/** Browsing and filtering the audit log, and an entity's history: staff only, read only. */
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rizoma-audit-'));

const person = seedId.person('roberto-gallo');
const skill = seedId.skill('fotografia');
const merged = seedId.skill('fotoreportage');

let staff: Viewer;
let admin: Viewer;

async function store(): Promise<GraphStore> {
  return (await readyStore()).store;
}

beforeAll(async () => {
  process.env.RIZOMA_DATA_DIR = dataDir;
  process.env.RIZOMA_SEED_ON_START = 'true';
  process.env.RIZOMA_LOG = 'silent';
  const s = await store();
  staff = await viewerOfEmail(s, 'staff@rizoma.example');
  admin = await viewerOfEmail(s, 'admin@rizoma.example');
  // Three recorded changes at known instants, by two people, and one real merge.
  await s.write(async (tx) => {
    await recordAudit(
      tx,
      { actorId: staff.accountId, action: 'person.update', entityLabel: NODE.Person, entityId: person, before: { headline: 'Vecchio' }, after: { headline: 'Nuovo' } },
      new Date('2026-01-20T10:00:00.000Z'),
    );
    await recordAudit(
      tx,
      { actorId: admin.accountId, action: 'person.update', entityLabel: NODE.Person, entityId: person, before: { phone: null }, after: { phone: '+39 06 1' } },
      new Date('2026-02-20T10:00:00.000Z'),
    );
    await recordAudit(tx, { actorId: null, action: 'skill.create', entityLabel: NODE.Skill, entityId: skill, after: { name: 'Fotografia' } }, new Date('2026-01-10T10:00:00.000Z'));
  });
  const res = await runAs(s, admin, 'mutation M($input: MergeInput!) { mergeSkills(input: $input) { auditEntryId } }', {
    input: { keepId: skill, mergeId: merged, keepVersion: 1, mergeVersion: 1 },
  });
  if (res.errors.length) throw new Error(JSON.stringify(res.errors));
}, 120_000);

afterAll(async () => {
  const { store: s } = await readyStore();
  await s.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

const LOG = `query L($filter: AuditLogFilter, $first: Int, $after: String) {
  auditLog(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { id at action entityLabel entityId entityName note
      actor { accountId name email } entity { id label name path } changes { field before after } beforeJson afterJson } }
  }
}`;

type Entry = {
  id: string;
  at: string;
  action: string;
  entityLabel: string;
  entityId: string;
  entityName: string | null;
  note: string | null;
  actor: { accountId: string; name: string | null; email: string | null } | null;
  entity: { id: string; label: string; name: string | null; path: string | null } | null;
  changes: { field: string; before: string | null; after: string | null }[];
};
type LogData = { auditLog: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: Entry }[] } };

async function log(filter: Record<string, unknown> | null, first?: number, after?: string) {
  const res = await runAs<LogData>(await store(), staff, LOG, { filter, first, after });
  expect(res.errors).toEqual([]);
  return res.data!.auditLog;
}

describe('auditLog', () => {
  test('newest first, with who, what, before and after as a list of changes', async () => {
    const page = await log(null, 100);
    const nodes = page.edges.map((e) => e.node);
    expect(page.totalCount).toBeGreaterThanOrEqual(4);
    const times = nodes.map((n) => n.at);
    expect([...times].sort().reverse()).toEqual(times);
    expect(nodes[0]?.action).toBe('skill.merge');
    const update = nodes.find((n) => n.action === 'person.update' && n.actor?.accountId === staff.accountId);
    expect(update).toMatchObject({
      entityLabel: 'PERSON',
      entityId: person,
      entityName: 'Roberto Gallo',
      actor: { name: 'Matteo Loiacono', email: 'staff@rizoma.example' },
      entity: { name: 'Roberto Gallo', path: '/persone/roberto-gallo', label: 'PERSON' },
      changes: [{ field: 'headline', before: 'Vecchio', after: 'Nuovo' }],
    });
    const system = nodes.find((n) => n.action === 'skill.create');
    expect(system?.actor).toBeNull();
    expect(system?.changes).toEqual([{ field: 'name', before: null, after: 'Fotografia' }]);
  });

  test.each([
    ['actor', () => ({ actorId: admin.accountId }), (n: Entry) => n.actor?.accountId === admin.accountId],
    ['entity', () => ({ entityId: person }), (n: Entry) => n.entityId === person],
    ['label', () => ({ entityLabel: 'SKILL' }), (n: Entry) => n.entityLabel === 'SKILL'],
    ['action', () => ({ action: 'person.update' }), (n: Entry) => n.action === 'person.update'],
    [
      'date range',
      () => ({ from: '2026-01-15T00:00:00.000Z', to: '2026-02-01T00:00:00.000Z' }),
      (n: Entry) => n.at >= '2026-01-15T00:00:00.000Z' && n.at < '2026-02-01T00:00:00.000Z',
    ],
  ] as const)('filters by %s', async (_what, filter, holds) => {
    const all = (await log(null, 100)).edges.map((e) => e.node);
    const page = await log(filter(), 100);
    const nodes = page.edges.map((e) => e.node);
    expect(nodes.length).toBeGreaterThan(0);
    expect(nodes.every(holds)).toBe(true);
    expect(page.totalCount).toBe(all.filter(holds).length);
  });

  test('filters combine', async () => {
    const page = await log({ entityId: person, actorId: staff.accountId, action: 'person.update' });
    expect(page.totalCount).toBe(1);
  });

  test('pages with cursors', async () => {
    const first = await log(null, 1);
    expect(first.edges).toHaveLength(1);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = await log(null, 1, first.pageInfo.endCursor ?? undefined);
    expect(second.edges[0]?.node.id).not.toBe(first.edges[0]?.node.id);
    expect(second.totalCount).toBe(first.totalCount);
  });

  test('a merged-away entity keeps its recorded name; the merge entry names both', async () => {
    const merge = (await log({ action: 'skill.merge' })).edges[0]?.node;
    expect(merge).toMatchObject({ entityId: skill, entityName: 'Fotografia', actor: { email: 'admin@rizoma.example' } });
    expect(merge?.note).toContain('Fotoreportage');
    expect(merge?.changes.find((c) => c.field === 'merged.name')).toMatchObject({ before: 'Fotoreportage', after: null });
  });

  test('bad filters and cursors are BAD_USER_INPUT naming the field', async () => {
    const s = await store();
    const cases: [Record<string, unknown>, string][] = [
      [{ filter: { action: 'drop table' } }, 'action'],
      [{ filter: { from: '2026-03-01T00:00:00Z', to: '2026-01-01T00:00:00Z' } }, 'to'],
      [{ after: 'not-a-cursor' }, 'after'],
    ];
    for (const [vars, field] of cases) {
      const res = await runAs(s, staff, LOG, vars);
      expect(res.errors[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
  });
});

describe('entityHistory and facets', () => {
  test("an entity's history holds only its own entries, newest first", async () => {
    const res = await runAs<{ entityHistory: { totalCount: number; edges: { node: { entityId: string; action: string } }[] } }>(
      await store(),
      staff,
      `query H($id: ID!) { entityHistory(label: PERSON, id: $id) { totalCount edges { node { entityId action } } } }`,
      { id: person },
    );
    expect(res.errors).toEqual([]);
    expect(res.data?.entityHistory.totalCount).toBe(2);
    expect(res.data?.entityHistory.edges.every((e) => e.node.entityId === person)).toBe(true);
  });

  test('facets list the actions and the people who acted', async () => {
    const res = await runAs<{ auditFacets: { actions: string[]; actors: { email: string }[] } }>(
      await store(),
      staff,
      '{ auditFacets { actions actors { email } } }',
    );
    expect(res.data?.auditFacets.actions).toEqual(expect.arrayContaining(['person.update', 'skill.create', 'skill.merge']));
    expect(res.data?.auditFacets.actors.map((a) => a.email)).toEqual(expect.arrayContaining(['staff@rizoma.example', 'admin@rizoma.example']));
  });
});

describe('only staff read the log', () => {
  const member: Viewer = { accountId: 'acc-member', personId: seedId.person('karim-benali'), role: 'MEMBER' };
  const manager: Viewer = { accountId: 'acc-manager', personId: seedId.person('francesca-deluca'), role: 'MEMBER' };
  const queries = [
    '{ auditLog { totalCount } }',
    `{ entityHistory(label: PERSON, id: "${person}") { totalCount } }`,
    '{ auditEntry(id: "x") { id } }',
    '{ auditFacets { actions } }',
  ];

  test.each([
    ['a visitor', null, 'UNAUTHENTICATED'],
    ['a member, even about themselves', member, 'FORBIDDEN'],
    ['an organization manager', manager, 'FORBIDDEN'],
  ] as const)('%s is refused', async (_who, viewer, code) => {
    for (const q of queries) {
      const res = await runAs(await store(), viewer, q);
      expect(res.errors[0]?.extensions?.code).toBe(code);
    }
  });

  test('staff read it over HTTP with a session cookie', async () => {
    const { cookie } = await sessionCookie(await store(), 'staff@rizoma.example');
    const res = await postGraphQL<{ auditLog: { totalCount: number } }>('{ auditLog { totalCount } }', {}, { cookie });
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data?.auditLog.totalCount).toBeGreaterThanOrEqual(4);
    const member = await sessionCookie(await store(), 'membro@rizoma.example');
    const refused = await postGraphQL('{ auditLog { totalCount } }', {}, member);
    expect(refused.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
