import { KINDS, type Kind } from '@/lib/csv/formats';
import { parseCsvFile } from '@/lib/csv/parse';
import { planImport, type ImportPlan, type RowReport, type Snapshot } from '@/lib/csv/plan';
import type { EntityRecord } from '@/lib/csv/records';
import type { CellValue } from '@/lib/csv/values';

/** A tiny store, as the planner sees it: two skills, one organization, one person. */
function snapshot(): Snapshot {
  const record = (slug: string, values: Record<string, CellValue>): EntityRecord => ({ id: `id-${slug}`, slug, values });
  const records: Record<Kind, Map<string, EntityRecord>> = Object.fromEntries(KINDS.map((k) => [k, new Map()])) as Record<
    Kind,
    Map<string, EntityRecord>
  >;
  records.skills.set('fotografia', record('fotografia', { name: 'Fotografia', nameEn: 'Photography', aliases: [], description: null, descriptionEn: null, broader: [], related: [], state: 'ACTIVE' }));
  records.skills.set('video', record('video', { name: 'Video', nameEn: null, aliases: [], description: null, descriptionEn: null, broader: [], related: [], state: 'ACTIVE' }));
  records.organizations.set('ponti', record('ponti', { name: 'Ponti', kind: 'ASSOCIATION', sectors: [], state: 'ACTIVE' }));
  records.people.set(
    'maria-rossi',
    record('maria-rossi', {
      name: 'Maria Rossi',
      email: 'maria@rossi.example',
      headline: 'Fotografa',
      bio: null,
      phone: null,
      website: null,
      location: null,
      availability: 'LIMITED',
      contactVisibility: 'PUBLIC',
      skills: [{ slug: 'fotografia', value: 4 }],
      organizations: [{ slug: 'ponti', value: 'Socia' }],
      manages: ['ponti'],
      state: 'ACTIVE',
    }),
  );
  const idsOf = (k: Kind) => new Map([...records[k].values()].map((r) => [r.slug, r.id]));
  const ids: Snapshot['ids'] = {
    sectors: idsOf('sectors'),
    skills: idsOf('skills'),
    organizations: idsOf('organizations'),
    people: idsOf('people'),
    projects: idsOf('projects'),
  };
  return {
    ids,
    peopleByEmail: new Map([['maria@rossi.example', ['maria-rossi']]]),
    skillNames: new Map([
      ['fotografia', { name: 'Fotografia', nameEn: 'Photography', aliases: [] }],
      ['video', { name: 'Video' }],
    ]),
    records,
  };
}

function plan(...files: [string, string][]): ImportPlan {
  return planImport(
    files.map(([name, text]) => parseCsvFile(name, text)),
    snapshot(),
  );
}

function rows(result: ImportPlan, kind: Kind): RowReport[] {
  return [...(result.report.files.find((f) => f.kind === kind)?.rows ?? [])];
}

describe('planning an import', () => {
  test('an identical row is UNCHANGED; list order and email case do not matter', () => {
    const result = plan(['people.csv', 'slug,name,email,skills,organizations,manages\nmaria-rossi,Maria Rossi,MARIA@rossi.example,fotografia:4,ponti:Socia,ponti\n']);
    expect(rows(result, 'people')[0]).toMatchObject({ action: 'UNCHANGED', changes: [] });
    expect(result.entities).toEqual([]);
  });

  test('a changed cell is an UPDATE listing only that field; columns left out are left alone', () => {
    const result = plan(['people.csv', 'email,headline\nmaria@rossi.example,Fotografa e videomaker\n']);
    const [row] = rows(result, 'people');
    expect(row).toMatchObject({ action: 'UPDATE', slug: 'maria-rossi', changes: [{ column: 'headline', before: 'Fotografa', after: 'Fotografa e videomaker' }] });
    expect(result.entities[0]?.values).toMatchObject({ availability: 'LIMITED', skills: [{ slug: 'fotografia', value: 4 }] });
  });

  test('a blank enum keeps the current value on update and takes the default on creation', () => {
    const result = plan(['people.csv', 'slug,name,availability\nmaria-rossi,Maria Rossi,\nnuovo,Nuovo,\n']);
    expect(rows(result, 'people').map((r) => r.action)).toEqual(['UNCHANGED', 'CREATE']);
    expect(result.entities[0]?.values.availability).toBe('OPEN');
    expect(result.entities[0]?.values.contactVisibility).toBe('MEMBERS');
  });

  test('an empty list cell removes the relationships; dropping a membership drops its manager flag', () => {
    const result = plan(['people.csv', 'slug,skills,organizations\nmaria-rossi,,\n']);
    expect(rows(result, 'people')[0]?.changes.map((c) => c.column)).toEqual(['skills', 'organizations', 'manages']);
    expect(result.entities[0]?.values).toMatchObject({ skills: [], organizations: [], manages: [] });
  });

  test('managing an organization needs a membership in it', () => {
    const result = plan(['people.csv', 'slug,organizations,manages\nmaria-rossi,,ponti\n']);
    expect(rows(result, 'people')[0]?.problems).toEqual([{ column: 'manages', reason: 'managing ponti needs a membership in organizations too' }]);
  });

  test('references resolve across files, whatever order the files come in', () => {
    const result = plan(
      ['people.csv', 'slug,name,skills\nluca,Luca,droni:3;video:2\n'],
      ['skills.csv', 'slug,name,broader\ndroni,Riprese con drone,video\n'],
    );
    expect(result.report.files.map((f) => f.kind)).toEqual(['skills', 'people']);
    expect(result.report.counts).toEqual({ CREATE: 2, UPDATE: 0, UNCHANGED: 0, REJECT: 0 });
    // Written in dependency order: the skill before the person who has it.
    expect(result.entities.map((e) => e.slug)).toEqual(['droni', 'luca']);
  });

  test('a rejected row rejects the rows that refer to it, transitively', () => {
    const result = plan(
      ['skills.csv', 'slug,name,broader\nbase,,\nfiglia,Figlia,base\n'],
      ['projects.csv', 'slug,name,needs\nprogetto,Progetto,figlia:2\n'],
    );
    expect(rows(result, 'skills').map((r) => r.action)).toEqual(['REJECT', 'REJECT']);
    expect(rows(result, 'skills')[1]?.problems[0]?.reason).toBe('skill "base" is in this import but its row is rejected');
    expect(rows(result, 'projects')[0]?.problems[0]?.reason).toBe('skill "figlia" is in this import but its row is rejected');
  });

  test('a skill may not be broader than itself; an end date may not precede the start', () => {
    const result = plan(
      ['skills.csv', 'slug,name,broader\nciclo,Ciclo,ciclo\n'],
      ['projects.csv', 'slug,name,startDate,endDate\np,P,2026-05-01,2026-04-30\n'],
    );
    expect(rows(result, 'skills')[0]?.problems).toEqual([{ column: 'broader', reason: 'a skill cannot refer to itself' }]);
    expect(rows(result, 'projects')[0]?.problems[0]?.column).toBe('endDate');
  });

  test('rows without a slug: matched by the slug of their name; new people with an email get a free slug', () => {
    const result = plan(
      ['organizations.csv', 'name,kind\nPonti,HUB\nNuova Rete,COOPERATIVE\n'],
      ['people.csv', 'name,email\nMaria Rossi,altra.maria@rossi.example\n'],
    );
    expect(rows(result, 'organizations').map((r) => [r.slug, r.action])).toEqual([
      ['ponti', 'UPDATE'],
      ['nuova-rete', 'CREATE'],
    ]);
    // Another Maria Rossi (another email) is another person.
    expect(rows(result, 'people')[0]).toMatchObject({ slug: 'maria-rossi-2', action: 'CREATE' });
  });

  test('a slug given with the email of someone else is refused', () => {
    const result = plan(['people.csv', 'slug,name,email\naltra,Altra,maria@rossi.example\n']);
    expect(rows(result, 'people')[0]?.problems).toEqual([{ column: 'email', reason: 'this email already belongs to another person (maria-rossi)' }]);
  });

  test('a new entity needs a name', () => {
    const result = plan(['skills.csv', 'slug,nameEn\nsenza-nome,Nameless\n']);
    expect(rows(result, 'skills')[0]?.problems).toEqual([{ column: 'name', reason: 'a new skill needs a name' }]);
  });
});
