import type { SeedPerson } from '../types';
import { peopleA } from './people-a';
import { peopleB } from './people-b';

export const people: SeedPerson[] = [...peopleA, ...peopleB];
