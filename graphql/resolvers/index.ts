import { accountResolvers } from './accounts';
import { collaboratorResolvers } from './collaborators';
import { curationResolvers } from './curation';
import { directoryResolvers } from './directory';
import { eventResolvers } from './event';
import { mapResolvers } from './map';
import { mergeAuditResolvers } from './merge-audit';
import { matchingTeamResolvers } from './matching-teams';
import { matchingResolvers } from './matching';
import { moderationResolvers } from './moderation';
import { organizationResolvers } from './organization';
import { personResolvers } from './person';
import { projectResolvers } from './project';
import { queryResolvers } from './query';
import { scalarResolvers } from './scalars';
import { searchResolvers } from './search';
import { selfServiceResolvers } from './self-service';
import { sectorResolvers } from './sector';
import { skillResolvers } from './skill';
import { viewerResolvers } from './viewer';

/** Every resolver map, merged by @graphql-tools/schema. */
export const resolvers = [
  scalarResolvers,
  queryResolvers,
  personResolvers,
  organizationResolvers,
  skillResolvers,
  sectorResolvers,
  projectResolvers,
  eventResolvers,
  collaboratorResolvers,
  searchResolvers,
  directoryResolvers,
  mapResolvers,
  matchingTeamResolvers,
  matchingResolvers,
  viewerResolvers,
  selfServiceResolvers,
  accountResolvers,
  moderationResolvers,
  curationResolvers,
  mergeAuditResolvers,
];
