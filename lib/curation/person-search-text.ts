import type { QueryRunner } from '../graph/store';
import { searchTextFor } from '../search/text';
import { holdersOfSkill, personTexts, setPersonSearchText, skillNamesOfPerson } from './relationship-queries';

/**
 * A person's searchText includes the names and aliases of their skills, so renaming a
 * skill (or deleting one) must rewrite the searchText of everyone holding it. One
 * statement per person: Kùzu 0.11.3 corrupts its full-text index on multi-row writes.
 */

/** The ids of the people holding a skill, read before the skill changes. */
export async function skillHolderIds(tx: QueryRunner, skillId: string): Promise<string[]> {
  return (await tx.run(holdersOfSkill, { id: skillId })).map((r) => r.id);
}

/** The skill names a person's searchText must include, as the store has them now. */
export async function skillNamesOf(tx: QueryRunner, personId: string) {
  return (await tx.run(skillNamesOfPerson, { id: personId })).map((s) => ({ name: s.name, nameEn: s.nameEn, aliases: s.aliases ?? [] }));
}

/** Recomputes the searchText of each person from their stored texts and skills. */
export async function refreshPeopleSearchText(tx: QueryRunner, personIds: readonly string[]): Promise<void> {
  for (const id of personIds) {
    const [texts] = await tx.run(personTexts, { id });
    if (!texts) continue;
    const searchText = searchTextFor.person({ ...texts, skills: await skillNamesOf(tx, id) });
    await tx.run(setPersonSearchText, { id, searchText });
  }
}
