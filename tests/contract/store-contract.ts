import { randomUUID } from 'node:crypto';
import { StoreError } from '@/lib/graph/errors';
import type { CypherQuery } from '@/lib/graph/query';
import type { GraphStore } from '@/lib/graph/store';
import type { GraphNode, GraphPath, GraphRelationship } from '@/lib/graph/types';
import * as q from './queries';

export interface ContractTarget {
  /** Opens a migrated store. */
  open(): Promise<GraphStore>;
  /** Closes it (and cleans up what the suite created, where the store is shared). */
  close(store: GraphStore): Promise<void>;
}

/**
 * The GraphStore contract: what every adapter must do identically. Ids are prefixed per
 * run so the suite can share a Neo4j database without touching other data.
 */
export function describeStoreContract(name: string, target: ContractTarget): void {
  describe(`GraphStore contract: ${name}`, () => {
    let store: GraphStore;
    const run = `contract-${randomUUID().slice(0, 8)}-`;
    const id = (suffix: string) => `${run}${suffix}`;
    const now = '2026-11-27T10:15:30.123Z';

    const organization = (suffix: string, overrides: Record<string, string | number | null> = {}) => ({
      id: id(suffix),
      slug: id(suffix),
      name: `Org ${suffix}`,
      kind: 'STARTUP',
      foundedYear: 2019,
      latitude: 41.8617,
      longitude: 12.4869,
      description: null,
      now,
      ...overrides,
    });

    beforeAll(async () => {
      store = await target.open();
    });

    afterAll(async () => {
      if (!store) return;
      await store.mutate(q.cleanup, { prefix: run });
      await target.close(store);
    });

    describe('nodes', () => {
      test('creates and reads back a node with strings, integers, floats and null', async () => {
        const name = `L'Officina "Fotografica" — caffè 🌱 ${'ñ'} \\ $ {x}`;
        await store.mutate(q.createOrganization, organization('n1', { name }));
        const [row] = await store.query(q.organizationById, { id: id('n1') });
        expect(row).toEqual({
          id: id('n1'),
          name,
          kind: 'STARTUP',
          foundedYear: 2019,
          latitude: 41.8617,
          longitude: 12.4869,
          description: null,
          version: 1,
          createdAt: new Date(now),
        });
        expect(Number.isInteger(row?.foundedYear)).toBe(true);
      });

      test('returns a whole node as a plain GraphNode', async () => {
        await store.mutate(q.createOrganization, organization('n2'));
        const [row] = await store.query(q.organizationNode, { id: id('n2') });
        const node = row?.o as GraphNode;
        expect(node.kind).toBe('node');
        expect(node.label).toBe('Organization');
        expect(node.properties.id).toBe(id('n2'));
        expect(node.properties.foundedYear).toBe(2019);
        expect(Object.keys(node.properties).some((k) => k.startsWith('_'))).toBe(false);
      });

      test('updates a node', async () => {
        await store.mutate(q.createOrganization, organization('n3'));
        const [updated] = await store.mutate(q.renameOrganization, { id: id('n3'), name: 'Nuovo nome' });
        expect(updated).toEqual({ name: 'Nuovo nome', version: 2 });
        const [row] = await store.query(q.organizationById, { id: id('n3') });
        expect(row?.name).toBe('Nuovo nome');
      });

      test('deletes a node with its relationships', async () => {
        await store.mutate(q.createOrganization, organization('n4'));
        await store.mutate(q.createPerson, { id: id('n4-p'), slug: id('n4-p'), name: 'Ada' });
        await store.mutate(q.joinOrganization, { person: id('n4-p'), organization: id('n4'), role: 'socia' });
        const [result] = await store.mutate(q.deleteNode, { id: id('n4') });
        expect(result?.deleted).toBe(1);
        expect(await store.query(q.organizationById, { id: id('n4') })).toEqual([]);
      });

      test('reads an absent node as no rows', async () => {
        expect(await store.query(q.organizationById, { id: id('absent') })).toEqual([]);
      });

      test('refuses a duplicate id with a CONSTRAINT error', async () => {
        await store.mutate(q.createOrganization, organization('dup'));
        await expect(store.mutate(q.createOrganization, organization('dup'))).rejects.toMatchObject({
          code: 'CONSTRAINT',
        });
      });
    });

    describe('parameters of every property type', () => {
      test('strings with quotes and unicode, integers, floats, booleans, null, lists and maps round-trip', async () => {
        const params = {
          text: 'apostrofo \' virgolette " backslash \\ accenti àèìòù emoji 🚲 cirillico Жж',
          n: 42,
          f: 2.5,
          yes: true,
          nothing: null,
          list: ['uno', 'due', 'tre'],
          map: { a: 7 },
        };
        const [row] = await store.query(q.echo, params);
        expect(row).toEqual(params);
      });

      test('dates are compared and returned as UTC-midnight Dates; booleans filter', async () => {
        await store.mutate(q.createProject, {
          id: id('d1'), slug: id('d1'), name: 'P1', startDate: '2024-02-29', callOpen: true, status: 'ACTIVE',
        });
        await store.mutate(q.createProject, {
          id: id('d2'), slug: id('d2'), name: 'P2', startDate: '2025-09-15', callOpen: false, status: 'IDEA',
        });
        const [row] = await store.query(q.projectById, { id: id('d1') });
        expect(row).toEqual({ id: id('d1'), startDate: new Date('2024-02-29T00:00:00.000Z'), callOpen: true, endDate: null });
        const later = await store.query(q.projectsStartingAfter, { prefix: run, after: '2025-01-01' });
        expect(later.map((r) => r.id)).toEqual([id('d2')]);
      });

      test('timestamps keep their milliseconds', async () => {
        const [row] = await store.mutate(q.createEvent, {
          id: id('t1'), slug: id('t1'), name: 'Corso', startsAt: '2026-09-15T16:30:00.250Z',
        });
        expect(row?.startsAt).toEqual(new Date('2026-09-15T16:30:00.250Z'));
      });

      test('lists are stored and searched with IN', async () => {
        const [row] = await store.mutate(q.createSkill, {
          id: id('s1'), slug: id('s1'), name: 'Montaggio video', nameEn: 'Video editing', aliases: ['video editing', 'post-produzione'],
        });
        expect(row?.aliases).toEqual(['video editing', 'post-produzione']);
        const found = await store.query(q.skillsWithAlias, { prefix: run, alias: 'post-produzione' });
        expect(found.map((r) => r.id)).toEqual([id('s1')]);
      });

      test('UNWIND over a list of maps, IN over a list, SKIP and LIMIT from parameters', async () => {
        const rows = [1, 2, 3, 4, 5].map((i) => ({ id: id(`u${i}`), slug: id(`u${i}`), name: `Persona ${i}` }));
        const [created] = await store.mutate(q.unwindPeople, { rows });
        expect(created?.created).toBe(5);
        const page = await store.query(q.pageOfPeople, { ids: rows.map((r) => r.id), skip: 1, limit: 2 });
        expect(page.map((r) => r.id)).toEqual([id('u2'), id('u3')]);
      });
    });

    describe('relationships', () => {
      beforeAll(async () => {
        await store.mutate(q.createPerson, { id: id('r-p'), slug: id('r-p'), name: 'Giulia' });
        await store.mutate(q.createSkill, { id: id('r-s'), slug: id('r-s'), name: 'Regia', nameEn: 'Directing', aliases: [] });
      });

      test('creates, reads, updates and deletes a relationship with properties', async () => {
        const [created] = await store.mutate(q.addSkill, { person: id('r-p'), skill: id('r-s'), level: 4, since: '2020-03-01' });
        expect(created?.level).toBe(4);
        expect(await store.query(q.skillsOfPerson, { person: id('r-p') })).toEqual([
          { skill: id('r-s'), level: 4, since: new Date('2020-03-01T00:00:00.000Z') },
        ]);
        const [rel] = await store.query(q.skillRelationship, { person: id('r-p'), skill: id('r-s') });
        const relationship = rel?.h as GraphRelationship;
        expect(relationship.kind).toBe('relationship');
        expect(relationship.type).toBe('HAS_SKILL');
        expect(relationship.properties.level).toBe(4);

        await store.mutate(q.setSkillLevel, { person: id('r-p'), skill: id('r-s'), level: 5 });
        expect((await store.query(q.skillsOfPerson, { person: id('r-p') }))[0]?.level).toBe(5);

        const [removed] = await store.mutate(q.removeSkill, { person: id('r-p'), skill: id('r-s') });
        expect(removed?.removed).toBe(1);
        expect(await store.query(q.skillsOfPerson, { person: id('r-p') })).toEqual([]);
      });

      test('returns paths as plain GraphPaths', async () => {
        await store.mutate(q.createOrganization, organization('path-o'));
        for (const p of ['path-a', 'path-b']) {
          await store.mutate(q.createPerson, { id: id(p), slug: id(p), name: p });
          await store.mutate(q.joinOrganization, { person: id(p), organization: id('path-o'), role: 'socio' });
        }
        const [row] = await store.query(q.pathBetween, { from: id('path-a'), to: id('path-b') });
        const path = row?.path as GraphPath;
        expect(path.kind).toBe('path');
        expect(path.nodes.map((n) => n.properties.id)).toEqual([id('path-a'), id('path-o'), id('path-b')]);
        expect(path.relationships.map((r) => r.type)).toEqual(['MEMBER_OF', 'MEMBER_OF']);
      });
    });

    describe('units of work', () => {
      test('a write unit commits all its statements together', async () => {
        await store.write(async (tx) => {
          await tx.run(q.createOrganization, organization('w1'));
          await tx.run(q.createOrganization, organization('w2'));
        });
        const [row] = await store.query(q.countOrganizations, { prefix: id('w') });
        expect(row?.n).toBe(2);
      });

      test('a write unit that throws rolls back everything it wrote', async () => {
        await expect(
          store.write(async (tx) => {
            await tx.run(q.createOrganization, organization('rb1'));
            throw new Error('changed my mind');
          }),
        ).rejects.toThrow('changed my mind');
        expect(await store.query(q.organizationById, { id: id('rb1') })).toEqual([]);
      });

      test('a failing statement rolls back the statements before it', async () => {
        await store.mutate(q.createOrganization, organization('rb-existing'));
        const attempt = store.write(async (tx) => {
          await tx.run(q.createOrganization, organization('rb2'));
          await tx.run(q.createOrganization, organization('rb-existing'));
        });
        await expect(attempt).rejects.toBeInstanceOf(StoreError);
        expect(await store.query(q.organizationById, { id: id('rb2') })).toEqual([]);
        // The store is still usable afterwards.
        await store.mutate(q.createOrganization, organization('rb3'));
        expect(await store.query(q.organizationById, { id: id('rb3') })).toHaveLength(1);
      });

      test('reads run during a write and see the last committed state', async () => {
        await store.mutate(q.createOrganization, organization('c0'));
        let release!: () => void;
        const gate = new Promise<void>((resolve) => (release = resolve));
        let wrote!: () => void;
        const written = new Promise<void>((resolve) => (wrote = resolve));
        const writing = store.write(async (tx) => {
          await tx.run(q.createOrganization, organization('c1'));
          wrote();
          await gate;
        });
        await written;
        const during = await Promise.all(
          Array.from({ length: 5 }, () => store.query(q.countOrganizations, { prefix: id('c') })),
        );
        expect(during.map((rows) => rows[0]?.n)).toEqual([1, 1, 1, 1, 1]);
        release();
        await writing;
        const [after] = await store.query(q.countOrganizations, { prefix: id('c') });
        expect(after?.n).toBe(2);
      });

      test('concurrent writes all succeed, one after another', async () => {
        await Promise.all(
          Array.from({ length: 20 }, (_, i) => store.mutate(q.createOrganization, organization(`par${i}`))),
        );
        const [row] = await store.query(q.countOrganizations, { prefix: id('par') });
        expect(row?.n).toBe(20);
      });

      test('a read unit returns what its work returns', async () => {
        const names = await store.read(async (tx) => {
          const a = await tx.run(q.organizationById, { id: id('w1') });
          const b = await tx.run(q.organizationById, { id: id('w2') });
          return [...a, ...b].map((r) => r.name);
        });
        expect(names).toEqual(['Org w1', 'Org w2']);
      });
    });

    describe('safety', () => {
      test('refuses a query that was not declared with defineQuery', async () => {
        const forged = { name: 'contract.echo', kuzu: 'RETURN 1 AS x', neo4j: 'RETURN 1 AS x' } as CypherQuery;
        await expect(store.query(forged)).rejects.toThrow(/unregistered/);
      });

      test('answers a ping', async () => {
        await expect(store.ping()).resolves.toBeUndefined();
      });

      test('migrating again changes nothing', async () => {
        const report = await store.migrate();
        expect(report.applied).toEqual([]);
        expect(report.version).toBeGreaterThanOrEqual(1);
      });
    });
  });
}
