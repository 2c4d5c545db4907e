import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { NextRequest } from 'next/server';
import { POST as importRoute } from '@/app/api/staff/import/route';
import { exportCsv } from '@/lib/csv/export';
import type { ImportReport, RowReport } from '@/lib/csv/plan';
import { MAX_UPLOAD_BYTES } from '@/lib/csv/upload';
import { findBySlug } from '@/lib/directory/read';
import { defineQuery } from '@/lib/graph/query';
import { NODE } from '@/lib/graph/schema';
import type { GraphStore } from '@/lib/graph/store';
import { seedId } from '@/lib/seed/load';
import { community } from '@/lib/seed/data';
import { readyStore } from '@/lib/server/ready';
import { graphDigest } from '@/lib/transfer/digest';
import { exportGraph } from '@/lib/transfer/export';
import { postGraphQL } from '../support/graphql-http';
import { demoAccount, sessionCookie, viewerOfEmail } from '../support/session';

/**
 * POST /api/staff/import over a real seeded Kùzu store: permissions, preview (writes
 * nothing), apply (atomic: one rejected row and nothing is written), idempotent re-runs,
 * size and format refusals, the injection guard, searchText and audit entries.
 */
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rizoma-csv-import-'));
const FIXTURES = path.join(__dirname, '..', 'fixtures', 'csv');
const fixture = (name: string) => ({ name, text: fs.readFileSync(path.join(FIXTURES, name), 'utf8') });

beforeAll(async () => {
  process.env.RIZOMA_DATA_DIR = dataDir;
  process.env.RIZOMA_SEED_ON_START = 'true';
  process.env.RIZOMA_LOG = 'silent';
  await readyStore();
}, 120_000);

afterAll(async () => {
  const { store } = await readyStore();
  await store.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

interface Upload {
  name: string;
  text: string;
  type?: string;
}

interface ImportBody {
  mode: string;
  applied?: boolean;
  report?: ImportReport;
  written?: Record<string, number>;
  importId?: string | null;
  error?: { code: string; message: string };
}

async function postImport(mode: string, files: Upload[], headers: Record<string, string> = {}) {
  const form = new FormData();
  for (const f of files) form.append('file', new File([f.text], f.name, { type: f.type ?? 'text/csv' }));
  const req = new NextRequest(`http://localhost/api/staff/import?mode=${mode}`, { method: 'POST', body: form, headers });
  const res = await importRoute(req);
  return { status: res.status, body: (await res.json()) as ImportBody };
}

async function staff() {
  const { store } = await readyStore();
  return sessionCookie(store, demoAccount('STAFF').email);
}

const auditCount = defineQuery<{ n: number }>('test.csvImport.auditCount', `MATCH (a:${NODE.AuditEntry}) RETURN count(a) AS n`);
const auditOf = defineQuery<{ action: string; note: string | null; actorId: string; entityId: string }>(
  'test.csvImport.auditOf',
  `MATCH (a:${NODE.AuditEntry}) WHERE a.action = $action RETURN a.action AS action, a.note AS note, a.actorId AS actorId, a.entityId AS entityId`,
);
const searchTextOf = defineQuery<{ searchText: string }>(
  'test.csvImport.searchText',
  `MATCH (n:${NODE.Person} {slug: $slug}) RETURN n.searchText AS searchText`,
);

async function digest(store: GraphStore): Promise<string> {
  return graphDigest(await exportGraph(store, 1));
}

function rowsOf(report: ImportReport | undefined, kind: string): RowReport[] {
  return report?.files.find((f) => f.kind === kind)?.rows.slice() ?? [];
}

describe('permissions', () => {
  test('visitors get 401 and members (managers too) 403, and nothing is written', async () => {
    const { store } = await readyStore();
    const before = await digest(store);
    const files = [fixture('people-small.csv')];
    for (const mode of ['preview', 'apply']) {
      const visitor = await postImport(mode, files);
      expect(visitor.status).toBe(401);
      expect(visitor.body.error?.code).toBe('UNAUTHENTICATED');
      for (const email of [demoAccount('MEMBER').email, 'gestore@rizoma.example']) {
        const refused = await postImport(mode, files, await sessionCookie(store, email));
        expect(refused.status).toBe(403);
        expect(refused.body.error?.code).toBe('FORBIDDEN');
      }
    }
    expect(await digest(store)).toBe(before);
  });

  test('admins may import like staff', async () => {
    const { store } = await readyStore();
    const res = await postImport('preview', [fixture('people-small.csv')], await sessionCookie(store, demoAccount('ADMIN').email));
    expect(res.status).toBe(200);
  });

  test('a cross-site request is refused even with a staff cookie', async () => {
    const res = await postImport('apply', [fixture('people-small.csv')], { ...(await staff()), 'sec-fetch-site': 'cross-site' });
    expect(res.status).toBe(403);
  });
});

describe('refused uploads', () => {
  test('more than 5 MB is a 413', async () => {
    const big = `slug,name,bio\n${'x'.repeat(MAX_UPLOAD_BYTES + 10)}\n`;
    const res = await postImport('preview', [{ name: 'people.csv', text: big }], await staff());
    expect(res.status).toBe(413);
    expect(res.body.error?.code).toBe('PAYLOAD_TOO_LARGE');
  });

  test('a file that is not CSV, unreadable CSV, unknown columns, no file: 400 with a clear message', async () => {
    const headers = await staff();
    const png = await postImport('preview', [{ name: 'photo.png', text: 'PNG', type: 'image/png' }], headers);
    expect(png.status).toBe(400);
    expect(png.body.error?.message).toMatch(/photo\.png is not a CSV file/);

    const broken = await postImport('preview', [{ name: 'people.csv', text: 'slug,name\n"unterminated,x\n' }], headers);
    expect(broken.status).toBe(400);
    expect(broken.body.error?.message).toMatch(/people\.csv: not readable as CSV/);

    const unknown = await postImport('preview', [{ name: 'people.csv', text: 'slug,name,favouriteColour\na,A,red\n' }], headers);
    expect(unknown.status).toBe(400);
    expect(unknown.body.error?.message).toMatch(/unknown column "favouriteColour"/);

    const nameless = await postImport('preview', [{ name: 'export.csv', text: 'colour\nred\n' }], headers);
    expect(nameless.status).toBe(400);
    expect(nameless.body.error?.message).toMatch(/cannot tell which kind/);

    const twice = await postImport('preview', [fixture('people-small.csv'), { name: 'persone.csv', text: 'slug,name\nx,X\n' }], headers);
    expect(twice.status).toBe(400);

    const form = new FormData();
    form.append('note', 'no file here');
    const res = await importRoute(new NextRequest('http://localhost/api/staff/import?mode=preview', { method: 'POST', body: form, headers }));
    expect(res.status).toBe(400);

    const mode = await postImport('upload', [fixture('people-small.csv')], headers);
    expect(mode.status).toBe(400);
  });
});

describe('preview', () => {
  test('reports each row with its action, changes and reasons, and writes nothing', async () => {
    const { store } = await readyStore();
    const before = await digest(store);
    const existing = community.people[3]!;
    const people = {
      name: 'people.csv',
      text: [
        'slug,name,email,headline,skills',
        // A new person with the skill the skills file creates.
        'sara-onde,Sara Onde,sara@onde.example,Fotografa subacquea,fotografia-subacquea:4;fotografia:3',
        // An existing person matched by email, with a new headline.
        `,${existing.name},${existing.email.toUpperCase()},Un titolo nuovo,${existing.skills.map((s) => `${s.skill}:${s.level}`).join(';')}`,
        // An existing person, nothing changed.
        `${existing.slug},${existing.name},${existing.email},Un titolo nuovo,${existing.skills.map((s) => `${s.skill}:${s.level}`).join(';')}`,
      ].join('\n'),
    };
    const res = await postImport('preview', [people, fixture('skills.csv')], await staff());
    expect(res.status).toBe(200);
    const report = res.body.report!;
    // Files are reported in writing order: skills before people.
    expect(report.files.map((f) => f.kind)).toEqual(['skills', 'people']);
    expect(rowsOf(report, 'skills')).toEqual([expect.objectContaining({ row: 2, slug: 'fotografia-subacquea', action: 'CREATE' })]);
    const [created, updated, duplicate] = rowsOf(report, 'people');
    expect(created).toMatchObject({ row: 2, slug: 'sara-onde', action: 'CREATE', problems: [] });
    expect(updated).toMatchObject({ row: 3, slug: existing.slug, action: 'UPDATE' });
    expect(updated?.changes).toEqual([{ column: 'headline', before: existing.headline, after: 'Un titolo nuovo' }]);
    // The same person twice in one file: the second row is a duplicate.
    expect(duplicate).toMatchObject({ row: 4, action: 'REJECT', problems: [{ column: null, reason: expect.stringMatching(/duplicate row: row 3/) }] });
    expect(report.counts).toEqual({ CREATE: 2, UPDATE: 1, UNCHANGED: 0, REJECT: 1 });
    expect(await digest(store)).toBe(before);
  });

  test('names the row, the column and the reason of every rejection', async () => {
    const res = await postImport('preview', [fixture('people-with-errors.csv')], await staff());
    expect(res.status).toBe(200);
    const rows = rowsOf(res.body.report, 'people');
    const problems = (row: number) => rows.find((r) => r.row === row)?.problems ?? [];
    expect(rows.every((r) => r.action === 'REJECT')).toBe(true);
    expect(problems(2)).toEqual([{ column: 'email', reason: '"non-una-email" is not an email address' }]);
    expect(problems(3).map((p) => p.column)).toEqual(['website', 'availability', 'skills']);
    expect(problems(3).map((p) => p.reason).join(' ')).toMatch(/not a web address.*not one of OPEN, LIMITED, UNAVAILABLE.*from 1 to 5/);
    expect(rows.some((r) => r.row === 4)).toBe(false); // a blank line is no row
    expect(problems(5)).toEqual([{ column: 'name', reason: 'the name is empty' }]);
    expect(problems(6)).toEqual([
      { column: 'skills', reason: 'unknown skill "competenza-inesistente": not in the directory nor created by this import' },
    ]);
    expect(problems(7)[0]?.reason).toMatch(/duplicate row: row 6/);
  });

  test('oversized texts, malformed slugs and references to rejected rows are rejected', async () => {
    const skills = { name: 'skills.csv', text: `slug,name,description\nnuova-competenza,Nuova,${'a'.repeat(5001)}\nBad Slug,Cattivo,\n` };
    const people = { name: 'people.csv', text: 'slug,name,skills\nchi-la-usa,Chi la usa,nuova-competenza:2\n' };
    const res = await postImport('preview', [skills, people], await staff());
    const skillRows = rowsOf(res.body.report, 'skills');
    expect(skillRows[0]?.problems).toEqual([{ column: 'description', reason: 'the text is longer than 5000 characters (5001)' }]);
    expect(skillRows[1]?.problems[0]?.column).toBe('slug');
    expect(rowsOf(res.body.report, 'people')[0]?.problems).toEqual([
      { column: 'skills', reason: 'skill "nuova-competenza" is in this import but its row is rejected' },
    ]);
  });
});

describe('apply', () => {
  test('with any rejected row: 422 with the report, and nothing is written', async () => {
    const { store } = await readyStore();
    const before = await digest(store);
    // 200 good rows and 2 bad ones (1%).
    const lines = ['slug,name,email,availability'];
    for (let i = 0; i < 200; i += 1) lines.push(`persona-${i},Persona ${i},persona${i}@massa.example,OPEN`);
    lines.splice(50, 0, 'persona-x,Persona X,non-valida,OPEN');
    lines.splice(150, 0, 'persona-y,Persona Y,y@massa.example,QUALCHE');
    const res = await postImport('apply', [{ name: 'people.csv', text: lines.join('\n') }], await staff());
    expect(res.status).toBe(422);
    expect(res.body.applied).toBe(false);
    expect(res.body.error?.code).toBe('ROWS_REJECTED');
    expect(res.body.report?.counts).toEqual({ CREATE: 200, UPDATE: 0, UNCHANGED: 0, REJECT: 2 });
    expect(rowsOf(res.body.report, 'people').filter((r) => r.action === 'REJECT').map((r) => r.row)).toEqual([51, 151]);
    expect(await digest(store)).toBe(before);
    expect(await findBySlug(store, 'Person', 'persona-1')).toBeNull();
  }, 60_000);

  test('writes every row in one go, with audit entries; the same import again changes nothing', async () => {
    const { store } = await readyStore();
    const headers = await staff();
    const viewer = await viewerOfEmail(store, demoAccount('STAFF').email);
    const [auditsBefore] = await store.query(auditCount);
    const files = [fixture('people-small.csv'), fixture('skills.csv')];

    const res = await postImport('apply', files, headers);
    expect(res.status).toBe(200);
    expect(res.body.applied).toBe(true);
    expect(res.body.report?.counts).toEqual({ CREATE: 3, UPDATE: 0, UNCHANGED: 0, REJECT: 0 });
    expect(res.body.written).toMatchObject({ nodesCreated: 3, nodesUpdated: 0, relationshipsAdded: 8 });

    const giulia = await findBySlug(store, 'Person', 'giulia-ferrante');
    expect(giulia).toMatchObject({ name: 'Giulia Ferrante', headline: 'Illustratrice e fumettista', contactVisibility: 'PUBLIC', state: 'ACTIVE', version: 1 });
    const skill = await findBySlug(store, 'Skill', 'fotografia-subacquea');
    expect(skill).toMatchObject({ nameEn: 'Underwater photography', aliases: ["foto sott'acqua", 'underwater'] });
    // searchText through lib/search/text.ts: the person's skills are searchable by their names.
    const [text] = await store.query(searchTextOf, { slug: 'giulia-ferrante' });
    expect(text?.searchText).toMatch(/^giulia ferrante \| illustratrice e fumettista .*fotoritocco/);
    // …and the full-text index follows: the site search finds her by a word of her headline.
    const found = await postGraphQL<{ search: { groups: { hits: { entity: { name?: string } }[] }[] } }>(
      'query($q: String!) { search(query: $q, types: [PERSON]) { groups { hits { entity { ... on Person { name } } } } } }',
      { q: 'fumettista' },
    );
    expect(found.body.data?.search.groups.flatMap((g) => g.hits.map((h) => h.entity.name))).toContain('Giulia Ferrante');

    // One summary entry (network.import) and one per entity.
    const [auditsAfter] = await store.query(auditCount);
    expect((auditsAfter?.n ?? 0) - (auditsBefore?.n ?? 0)).toBe(4);
    const summaries = await store.query(auditOf, { action: 'network.import' });
    expect(summaries).toHaveLength(1);
    expect(summaries[0]).toMatchObject({ actorId: viewer.accountId, entityId: res.body.importId });
    expect(summaries[0]?.note).toMatch(/3 created, 0 updated, 0 unchanged/);

    const before = await digest(store);
    const again = await postImport('apply', files, headers);
    expect(again.status).toBe(200);
    expect(again.body.report?.counts).toEqual({ CREATE: 0, UPDATE: 0, UNCHANGED: 3, REJECT: 0 });
    expect(again.body.importId).toBeNull();
    expect(await digest(store)).toBe(before);
  });

  test('updates only what changed, bumps the version, and relationships follow the cells', async () => {
    const { store } = await readyStore();
    const headers = await staff();
    const person = community.people[10]!;
    const orgs = person.memberships.map((m) => `${m.organization}:${m.role}`);
    const text = [
      // Only the columns given are touched: the bio and the contact fields stay.
      'slug,headline,skills,organizations',
      `${person.slug},Nuovo titolo,fotografia:5,${orgs.join(';')}`,
    ].join('\n');
    const res = await postImport('apply', [{ name: 'people.csv', text }], headers);
    expect(res.status).toBe(200);
    const row = rowsOf(res.body.report, 'people')[0];
    expect(row?.action).toBe('UPDATE');
    expect(row?.changes.map((c) => c.column)).toEqual(['headline', 'skills']);
    const after = await findBySlug(store, 'Person', person.slug);
    expect(after).toMatchObject({ headline: 'Nuovo titolo', bio: person.bio, email: person.email, version: 2 });
    const csv = await exportCsv(store, await viewerOfEmail(store, demoAccount('STAFF').email), 'people');
    const line = csv.split('\n').find((l) => l.startsWith(`${person.slug},`));
    expect(line).toContain(',fotografia:5,');
  });

  test('renaming a skill refreshes the searchText of the people who have it', async () => {
    const { store } = await readyStore();
    const holder = community.people.find((p) => p.skills.some((s) => s.skill === 'podcast'))!;
    const res = await postImport('apply', [{ name: 'skills.csv', text: 'slug,name,aliases\npodcast,Podcast,audioracconto;radiodramma\n' }], await staff());
    expect(res.status).toBe(200);
    expect(res.body.written?.searchTextRefreshed).toBeGreaterThan(0);
    const [text] = await store.query(searchTextOf, { slug: holder.slug });
    expect(text?.searchText).toContain('radiodramma');
  });

  test('formula cells are imported without their guard apostrophe and exported with it', async () => {
    const { store } = await readyStore();
    const text = "slug,name,headline\nformula-test,Formula Test,'=HYPERLINK(\"http://x.example\")\n";
    const res = await postImport('apply', [{ name: 'people.csv', text }], await staff());
    expect(res.status).toBe(200);
    expect((await findBySlug(store, 'Person', 'formula-test'))?.headline).toBe('=HYPERLINK("http://x.example")');
    const csv = await exportCsv(store, await viewerOfEmail(store, demoAccount('STAFF').email), 'people');
    expect(csv).toContain(`formula-test,Formula Test,,"'=HYPERLINK(""http://x.example"")"`);
  });

  test('rows with a name only create entities of every kind with empty fields and lists', async () => {
    const { store } = await readyStore();
    const files = [
      { name: 'sectors.csv', text: 'name\nSettore minimo\n' },
      { name: 'skills.csv', text: 'name\nCompetenza minima\n' },
      { name: 'organizations.csv', text: 'name\nOrganizzazione minima\n' },
      { name: 'people.csv', text: 'name\nPersona minima\n' },
      { name: 'projects.csv', text: 'name\nProgetto minimo\n' },
    ];
    const res = await postImport('apply', files, await staff());
    expect(res.status).toBe(200);
    expect(res.body.report?.counts.CREATE).toBe(5);
    expect(await findBySlug(store, 'Skill', 'competenza-minima')).toMatchObject({ aliases: [], nameEn: null, state: 'ACTIVE' });
    expect(await findBySlug(store, 'Organization', 'organizzazione-minima')).toMatchObject({ organizationKind: 'COMPANY', foundedYear: null, latitude: null });
    expect(await findBySlug(store, 'Person', 'persona-minima')).toMatchObject({ availability: 'OPEN', contactVisibility: 'MEMBERS', email: null });
    expect(await findBySlug(store, 'Project', 'progetto-minimo')).toMatchObject({ status: 'IDEA', startDate: null, callOpen: false });
    expect(await findBySlug(store, 'Sector', 'settore-minimo')).toMatchObject({ name: 'Settore minimo' });
    // Matched by the slug of their name the second time.
    const again = await postImport('preview', files, await staff());
    expect(again.body.report?.counts).toEqual({ CREATE: 0, UPDATE: 0, UNCHANGED: 5, REJECT: 0 });
  });

  test('a person matched by slug keeps their id; ids of the seed are untouched', async () => {
    const { store } = await readyStore();
    const person = community.people[5]!;
    await postImport('apply', [{ name: 'people.csv', text: `slug,location\n${person.slug},Testaccio\n` }], await staff());
    expect((await findBySlug(store, 'Person', person.slug))?.id).toBe(seedId.person(person.slug));
  });
});
