import DataLoader from 'dataloader';
import type { GraphStore } from '@/lib/graph/store';
import { findByIds, findLinks } from '@/lib/directory/read';
import * as dq from '@/lib/directory/queries';
import type { CypherQuery } from '@/lib/graph/query';
import type { EntityKind } from '@/lib/directory/model';

/**
 * Per-request DataLoaders: every entity and relationship a page asks for is fetched with
 * one statement per kind per tick, however many parents ask. Never share across requests
 * (they cache, and caches would leak between viewers).
 */
export function createLoaders(store: GraphStore) {
  const entities = <K extends EntityKind>(kind: K) => new DataLoader((ids: readonly string[]) => findByIds(store, kind, ids));
  const links = <R extends { owner: string }>(query: CypherQuery<R>) =>
    new DataLoader((owners: readonly string[]) => findLinks(store, query, owners));

  return {
    person: entities('Person'),
    organization: entities('Organization'),
    skill: entities('Skill'),
    sector: entities('Sector'),
    project: entities('Project'),
    event: entities('Event'),

    personSkills: links(dq.skillsOfPeople),
    personMemberships: links(dq.membershipsOfPeople),
    personContributions: links(dq.contributionsOfPeople),
    personEvents: links(dq.eventsOfPeople),

    organizationMembers: links(dq.membersOfOrganizations),
    organizationSectors: links(dq.sectorsOfOrganizations),
    organizationProjects: links(dq.projectsOfOrganizations),
    organizationPartners: links(dq.partnersOfOrganizations),

    projectPeople: links(dq.contributorsOfProjects),
    projectOrganizations: links(dq.organizationsOfProjects),
    projectSectors: links(dq.sectorsOfProjects),
    projectNeeds: links(dq.needsOfProjects),

    skillHolders: links(dq.holdersOfSkills),
    skillNeededBy: links(dq.projectsNeedingSkills),
    skillBroader: links(dq.broaderOfSkills),
    skillNarrower: links(dq.narrowerOfSkills),
    skillRelated: links(dq.relatedOfSkills),
    skillEvents: links(dq.eventsTeachingSkills),

    sectorOrganizations: links(dq.organizationsInSectors),
    sectorProjects: links(dq.projectsInSectors),

    eventOrganizations: links(dq.organizingOrganizations),
    eventPeople: links(dq.organizingPeople),
    eventTeachers: links(dq.teachersOfEvents),
    eventSkills: links(dq.skillsOfEvents),
    eventAttendeeCounts: links(dq.attendeeCounts),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
