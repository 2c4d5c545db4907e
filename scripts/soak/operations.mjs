/**
 * What the soak sends: the operations the pages send (copied from app/, so a schema change
 * that breaks a page breaks the soak too), with variables drawn from the seeded community,
 * 80% reads and 20% member writes that return the id of what they created.
 */
import { randomBytes } from 'node:crypto';
import { mustQuery } from './http.mjs';

const SEARCH_PAGE = `query SearchPage($query: String!, $types: [SearchType!], $first: Int, $filtered: Boolean!) {
  search(query: $query, types: $types, first: $first) {
    total
    groups { type totalCount hits { entity { __typename id slug name
      ... on Person { headline } ... on Organization { organizationKind: kind } ... on Project { summary }
      ... on Skill { nameEn } ... on Sector { nameEn } ... on Event { eventKind: kind } } } }
  }
  overview: search(query: $query, first: 1) @include(if: $filtered) { total groups { type totalCount } }
}`;

const SEARCH_SUGGEST = `query SearchSuggest($query: String!, $first: Int) {
  search(query: $query, first: $first) {
    total
    groups { type totalCount hits { entity { __typename id slug name
      ... on Person { headline } ... on Organization { organizationKind: kind } ... on Project { summary }
      ... on Skill { nameEn } ... on Sector { nameEn } ... on Event { eventKind: kind } } } }
  }
}`;

const PERSON_PROFILE = `query PersonProfile($slug: String!) {
  person(slug: $slug) {
    id slug name headline bio location availability canEndorse
    skillEndorsements { skillId count byMe }
    contact { email phone website }
    skills { level skill { id slug name nameEn } }
    organizations { role since until isManager organization { id slug name } }
    projects { role since until project { id slug name status } }
    collaborators(first: 12) {
      person { id slug name headline }
      sharedProjects { id slug name }
      sharedOrganizations { id slug name }
    }
    events { role event { id slug name kind startsAt } }
  }
}`;

const FIND_COLLABORATORS = `query FindCollaborators($search: CollaboratorSearch!, $first: Int) {
  findCollaborators(search: $search, first: $first) {
    totalCount
    matches {
      score endorsements
      person { id slug name headline availability }
      breakdown { coverage level partial endorsements availability closeness }
      matchedSkills { level endorsements skill { id slug name nameEn } }
      partialMatches { relation level wanted { id slug name nameEn } via { id slug name nameEn } }
      path { __typename id slug name }
    }
  }
}`;

const ORGANIZATION_PROFILE = `query OrganizationProfile($slug: String!) {
  organization(slug: $slug) {
    id slug name kind description website location foundedYear
    sectors { id slug name nameEn }
    members { role since until isManager person { id slug name } }
    projects { role project { id slug name status callOpen } }
    partners { since note organization { id slug name kind } }
  }
}`;

const DIRECTORY_SKILLS = `query DirectorySkills($orderBy: SkillOrder, $first: Int, $after: String) {
  skills(orderBy: $orderBy, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { id slug name nameEn personCount } }
  }
}`;

const PROPOSE_PROJECT = `mutation ProposeProject($input: ProposeProjectInput!) {
  proposeProject(input: $input) { item { id name state } }
}`;

const PROPOSE_ORGANIZATION = `mutation ProposeOrganization($input: ProposeOrganizationInput!) {
  proposeOrganization(input: $input) { item { id name state } }
}`;

const pick = (list) => list[Math.floor(Math.random() * list.length)];

/** The seeded community the variables come from, read through the API as the member. */
export async function discover(base, cookie) {
  const people = await mustQuery(base, {
    cookie,
    query: '{ people(first: 100) { edges { node { slug name skills { skill { slug } } } } } }',
  });
  const organizations = await mustQuery(base, { cookie, query: '{ organizations(first: 100) { edges { node { slug } } } }' });
  const skills = await mustQuery(base, { cookie, query: '{ skills(first: 100) { edges { node { slug name } } } }' });
  const sectors = await mustQuery(base, { cookie, query: '{ sectors { id } }' });
  const persons = people.people.edges.map((e) => e.node);
  const community = {
    personSlugs: persons.map((p) => p.slug),
    // Pairs of skills someone really has, so most searches find people.
    skillPairs: persons.filter((p) => p.skills.length >= 2).map((p) => [p.skills[0].skill.slug, p.skills[1].skill.slug]),
    organizationSlugs: organizations.organizations.edges.map((e) => e.node.slug),
    sectorIds: sectors.sectors.map((s) => s.id),
    // Words people type: first names, surnames and the first word of skill names.
    words: [
      ...persons.flatMap((p) => p.name.split(' ')),
      ...skills.skills.edges.map((e) => e.node.name.split(' ')[0]),
    ].filter((w) => w.length >= 3),
  };
  for (const [key, list] of Object.entries(community)) {
    if (list.length === 0) throw new Error(`the store has no ${key} to soak with: is it seeded?`);
  }
  return community;
}

let written = 0;
/** A name no other soak write uses (the API refuses a second project of the same name). */
function uniqueName(kind) {
  written += 1;
  return `Soak ${kind} ${written} ${randomBytes(4).toString('hex')}`;
}

/**
 * The mix, by weight out of 100: reads 80, writes 20. Each entry builds the variables of
 * one request; `write` names the kind a write creates (curationEntity's EntityKind) and
 * `idOf` reads the created id from the response data.
 */
export function operationMix(community) {
  return [
    { name: 'SearchPage', weight: 15, query: SEARCH_PAGE, variables: () => ({ query: pick(community.words), types: ['PERSON'], first: 20, filtered: true }) },
    { name: 'SearchSuggest', weight: 10, query: SEARCH_SUGGEST, variables: () => ({ query: pick(community.words).slice(0, 2 + Math.floor(Math.random() * 4)), first: 4 }) },
    { name: 'PersonProfile', weight: 20, query: PERSON_PROFILE, variables: () => ({ slug: pick(community.personSlugs) }) },
    {
      name: 'FindCollaborators',
      weight: 15,
      query: FIND_COLLABORATORS,
      variables: () => ({ search: { skills: pick(community.skillPairs), mode: pick(['ALL', 'ANY']) }, first: 20 }),
    },
    { name: 'OrganizationProfile', weight: 12, query: ORGANIZATION_PROFILE, variables: () => ({ slug: pick(community.organizationSlugs) }) },
    { name: 'DirectorySkills', weight: 8, query: DIRECTORY_SKILLS, variables: () => ({ orderBy: pick(['NAME', 'PEOPLE']), first: 20 }) },
    {
      name: 'ProposeProject',
      weight: 12,
      write: 'PROJECT',
      query: PROPOSE_PROJECT,
      variables: () => ({
        input: {
          name: uniqueName('project'),
          summary: 'Un progetto proposto dal soak test: resta in attesa della redazione.',
          status: pick(['IDEA', 'ACTIVE']),
          sectorIds: [pick(community.sectorIds)],
        },
      }),
      idOf: (data) => data?.proposeProject?.item?.id,
    },
    {
      name: 'ProposeOrganization',
      weight: 8,
      write: 'ORGANIZATION',
      query: PROPOSE_ORGANIZATION,
      variables: () => ({
        input: {
          name: uniqueName('organization'),
          kind: pick(['STARTUP', 'ASSOCIATION', 'COLLECTIVE']),
          description: 'Un’organizzazione proposta dal soak test: resta in attesa della redazione.',
          location: 'Roma, Garbatella',
          sectorIds: [pick(community.sectorIds)],
        },
      }),
      idOf: (data) => data?.proposeOrganization?.item?.id,
    },
  ];
}

/** A function that draws one operation of the mix at random, by weight. */
export function drawer(mix) {
  const total = mix.reduce((n, op) => n + op.weight, 0);
  return () => {
    let r = Math.random() * total;
    for (const op of mix) {
      r -= op.weight;
      if (r < 0) return op;
    }
    return mix[mix.length - 1];
  };
}
