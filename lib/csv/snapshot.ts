import type { CypherQuery } from '../graph/query';
import type { QueryRunner } from '../graph/store';
import type { SkillNames } from '../search/text';
import { KINDS, type Kind } from './formats';
import type { ParsedFile } from './parse';
import { candidateSlugs, type Snapshot } from './plan';
import * as q from './queries';
import { loadRecords, type EntityRecord } from './records';

const SLUGS: Record<Exclude<Kind, 'people' | 'skills'>, CypherQuery<{ id: string; slug: string }>> = {
  sectors: q.sectorSlugs,
  organizations: q.organizationSlugs,
  projects: q.projectSlugs,
};

/**
 * Reads what planning an import needs, in the caller's unit of work: every slug (to
 * resolve references and keep new slugs unique), people's emails, skills' names, and
 * the full records of the entities the files' rows may be about.
 */
export async function loadSnapshot(tx: QueryRunner, files: readonly ParsedFile[]): Promise<Snapshot> {
  const ids = {} as Record<Kind, Map<string, string>>;
  const peopleByEmail = new Map<string, string[]>();
  const skillNames = new Map<string, SkillNames>();
  for (const kind of KINDS) {
    if (kind === 'people') {
      const rows = await tx.run(q.personSlugs);
      ids.people = new Map(rows.map((r) => [r.slug, r.id]));
      for (const r of rows) {
        const email = r.email?.trim().toLowerCase();
        if (email) peopleByEmail.set(email, [...(peopleByEmail.get(email) ?? []), r.slug]);
      }
    } else if (kind === 'skills') {
      const rows = await tx.run(q.skillSlugs);
      ids.skills = new Map(rows.map((r) => [r.slug, r.id]));
      for (const r of rows) skillNames.set(r.slug, { name: r.name, nameEn: r.nameEn, aliases: r.aliases ?? [] });
    } else {
      ids[kind] = new Map((await tx.run(SLUGS[kind])).map((r) => [r.slug, r.id]));
    }
  }
  const records = Object.fromEntries(KINDS.map((k) => [k, new Map<string, EntityRecord>()])) as Record<Kind, Map<string, EntityRecord>>;
  for (const file of files) {
    const wanted = candidateSlugs(file, { peopleByEmail })
      .map((slug) => ids[file.kind].get(slug))
      .filter((id): id is string => typeof id === 'string');
    for (const record of await loadRecords(tx, file.kind, wanted)) records[file.kind].set(record.slug, record);
  }
  return { ids, peopleByEmail, skillNames, records };
}
