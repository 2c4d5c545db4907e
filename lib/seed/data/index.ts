import type { SeedCommunity } from '../types';
import { accounts } from './accounts';
import { events } from './events';
import { organizations } from './organizations';
import { people } from './people';
import { projects } from './projects';
import { collaborations, endorsements } from './relations';
import { sectors } from './sectors';
import { skills } from './skills';

export { accounts, collaborations, endorsements, events, organizations, people, projects, sectors, skills };

export const community: SeedCommunity = {
  sectors,
  skills,
  organizations,
  people,
  projects,
  events,
  collaborations,
  endorsements,
  accounts,
};
