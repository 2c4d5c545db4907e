import {
  boolOr,
  dateOrNull,
  numberOrNull,
  numberOr,
  text,
  textList,
  textOrNull,
  timestampOrNull,
} from '../graph/fields';
import type { GraphNode } from '../graph/types';

/** The public shapes of the community's entities, as services hand them to the API. */

interface EntityBase {
  id: string;
  slug: string;
  state: string;
  version: number;
  createdAt: string | null;
  updatedAt: string | null;
}

export interface PersonRecord extends EntityBase {
  kind: 'Person';
  name: string;
  headline: string | null;
  bio: string | null;
  location: string | null;
  availability: string;
  contactVisibility: string;
  email: string | null;
  phone: string | null;
  website: string | null;
}

export interface OrganizationRecord extends EntityBase {
  kind: 'Organization';
  name: string;
  organizationKind: string;
  description: string | null;
  website: string | null;
  email: string | null;
  location: string | null;
  foundedYear: number | null;
  latitude: number | null;
  longitude: number | null;
}

export interface SkillRecord extends EntityBase {
  kind: 'Skill';
  name: string;
  nameEn: string | null;
  aliases: string[];
  description: string | null;
  descriptionEn: string | null;
}

export interface SectorRecord extends EntityBase {
  kind: 'Sector';
  name: string;
  nameEn: string | null;
  description: string | null;
  descriptionEn: string | null;
}

export interface ProjectRecord extends EntityBase {
  kind: 'Project';
  name: string;
  summary: string | null;
  description: string | null;
  status: string;
  startDate: string | null;
  endDate: string | null;
  openCall: string | null;
  callOpen: boolean;
  website: string | null;
}

export interface EventRecord extends EntityBase {
  kind: 'Event';
  name: string;
  eventKind: string;
  summary: string | null;
  description: string | null;
  startsAt: string | null;
  endsAt: string | null;
  place: string | null;
  language: string | null;
}

export type EntityRecord =
  | PersonRecord
  | OrganizationRecord
  | SkillRecord
  | SectorRecord
  | ProjectRecord
  | EventRecord;

export type EntityKind = EntityRecord['kind'];

function base(n: GraphNode): EntityBase {
  return {
    id: text(n, 'id'),
    slug: text(n, 'slug'),
    state: textOrNull(n, 'state') ?? 'ACTIVE',
    version: numberOr(n, 'version', 1),
    createdAt: timestampOrNull(n, 'createdAt'),
    updatedAt: timestampOrNull(n, 'updatedAt'),
  };
}

export function toPerson(n: GraphNode): PersonRecord {
  return {
    ...base(n),
    kind: 'Person',
    name: text(n, 'name'),
    headline: textOrNull(n, 'headline'),
    bio: textOrNull(n, 'bio'),
    location: textOrNull(n, 'location'),
    availability: textOrNull(n, 'availability') ?? 'OPEN',
    contactVisibility: textOrNull(n, 'contactVisibility') ?? 'MEMBERS',
    email: textOrNull(n, 'email'),
    phone: textOrNull(n, 'phone'),
    website: textOrNull(n, 'website'),
  };
}

export function toOrganization(n: GraphNode): OrganizationRecord {
  return {
    ...base(n),
    kind: 'Organization',
    name: text(n, 'name'),
    organizationKind: textOrNull(n, 'kind') ?? 'COMPANY',
    description: textOrNull(n, 'description'),
    website: textOrNull(n, 'website'),
    email: textOrNull(n, 'email'),
    location: textOrNull(n, 'location'),
    foundedYear: numberOrNull(n, 'foundedYear'),
    latitude: numberOrNull(n, 'latitude'),
    longitude: numberOrNull(n, 'longitude'),
  };
}

export function toSkill(n: GraphNode): SkillRecord {
  return {
    ...base(n),
    kind: 'Skill',
    name: text(n, 'name'),
    nameEn: textOrNull(n, 'nameEn'),
    aliases: textList(n, 'aliases'),
    description: textOrNull(n, 'description'),
    descriptionEn: textOrNull(n, 'descriptionEn'),
  };
}

export function toSector(n: GraphNode): SectorRecord {
  return {
    ...base(n),
    kind: 'Sector',
    name: text(n, 'name'),
    nameEn: textOrNull(n, 'nameEn'),
    description: textOrNull(n, 'description'),
    descriptionEn: textOrNull(n, 'descriptionEn'),
  };
}

export function toProject(n: GraphNode): ProjectRecord {
  return {
    ...base(n),
    kind: 'Project',
    name: text(n, 'name'),
    summary: textOrNull(n, 'summary'),
    description: textOrNull(n, 'description'),
    status: textOrNull(n, 'status') ?? 'IDEA',
    startDate: dateOrNull(n, 'startDate'),
    endDate: dateOrNull(n, 'endDate'),
    openCall: textOrNull(n, 'openCall'),
    callOpen: boolOr(n, 'callOpen', false),
    website: textOrNull(n, 'website'),
  };
}

export function toEvent(n: GraphNode): EventRecord {
  return {
    ...base(n),
    kind: 'Event',
    name: text(n, 'name'),
    eventKind: textOrNull(n, 'kind') ?? 'MEETUP',
    summary: textOrNull(n, 'summary'),
    description: textOrNull(n, 'description'),
    startsAt: timestampOrNull(n, 'startsAt'),
    endsAt: timestampOrNull(n, 'endsAt'),
    place: textOrNull(n, 'place'),
    language: textOrNull(n, 'language'),
  };
}

/** Maps any entity node by its label. */
export function toEntity(n: GraphNode): EntityRecord {
  switch (n.label) {
    case 'Person':
      return toPerson(n);
    case 'Organization':
      return toOrganization(n);
    case 'Skill':
      return toSkill(n);
    case 'Sector':
      return toSector(n);
    case 'Project':
      return toProject(n);
    case 'Event':
      return toEvent(n);
    default:
      throw new TypeError(`Not a directory entity: ${n.label}`);
  }
}
