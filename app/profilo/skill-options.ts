import 'server-only';
import { graphql } from '@/graphql/generated';
import { runOperation } from '@/graphql/execute';
import { encodeCursor } from '@/lib/directory/connection';
import type { SkillChoice } from '@/app/_components/self-service/skill-combobox';

const SkillChoicesQuery = graphql(`
  query SelfServiceSkillChoices($first: Int!, $after: String) {
    skills(orderBy: NAME, first: $first, after: $after) {
      totalCount
      edges {
        node {
          id
          slug
          name
          nameEn
          aliases
        }
      }
    }
  }
`);

const PAGE = 100;
/** Enough pages for a few hundred skills (the demo has 163). */
const MAX_PAGES = 5;

/** Every published skill with its id, names and aliases, for the skill picker (as the collaborator finder loads its options). */
export async function loadSkillChoices(): Promise<SkillChoice[]> {
  const first = await runOperation(SkillChoicesQuery, { first: PAGE });
  const choices = first.skills.edges.map((e) => e.node);
  const pages = Math.min(MAX_PAGES, Math.ceil(first.skills.totalCount / PAGE));
  for (let page = 1; page < pages; page++) {
    const next = await runOperation(SkillChoicesQuery, { first: PAGE, after: encodeCursor(page * PAGE - 1) });
    choices.push(...next.skills.edges.map((e) => e.node));
  }
  return choices;
}
