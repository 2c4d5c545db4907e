import 'server-only';
import { cache } from 'react';
import { graphql } from '@/graphql/generated';
import { runOperation } from '@/graphql/execute';
import { encodeCursor } from '@/lib/directory/connection';
import type { SkillOption } from './skill-match';

const SkillOptionsQuery = graphql(`
  query MatchingSkillOptions($first: Int!, $after: String) {
    skills(orderBy: NAME, first: $first, after: $after) {
      totalCount
      edges {
        node {
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

/**
 * Every public skill with its names and aliases, for the picker's suggestions and chip
 * labels: a page of 100 at a time (the API's maximum), once per render.
 */
export const loadSkillOptions = cache(async (): Promise<SkillOption[]> => {
  const first = await runOperation(SkillOptionsQuery, { first: PAGE });
  const options = first.skills.edges.map((e) => e.node);
  const pages = Math.min(MAX_PAGES, Math.ceil(first.skills.totalCount / PAGE));
  for (let page = 1; page < pages; page++) {
    const next = await runOperation(SkillOptionsQuery, { first: PAGE, after: encodeCursor(page * PAGE - 1) });
    options.push(...next.skills.edges.map((e) => e.node));
  }
  return options;
});
