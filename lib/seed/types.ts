/**
 * The demo community as plain data. Every record is addressed by its `slug`, which is
 * also what references between records use; the loader (lib/seed/load.ts) turns slugs
 * into deterministic ids, so seeding twice gives the same graph.
 */

export type Level = 1 | 2 | 3 | 4 | 5;
export type OrganizationKind = 'STARTUP' | 'COMPANY' | 'ASSOCIATION' | 'COOPERATIVE' | 'INSTITUTION' | 'COLLECTIVE' | 'HUB';
export type Availability = 'OPEN' | 'LIMITED' | 'UNAVAILABLE';
export type ContactVisibility = 'PUBLIC' | 'MEMBERS' | 'STAFF';
export type ProjectStatus = 'IDEA' | 'ACTIVE' | 'COMPLETED' | 'PAUSED';
export type EventKind = 'COURSE' | 'WORKSHOP' | 'MEETUP' | 'SERVICE' | 'TALK' | 'OPEN_DAY';
export type Role = 'MEMBER' | 'STAFF' | 'ADMIN';

export interface SeedSector {
  slug: string;
  name: string; // Italian
  nameEn: string;
  description: string; // Italian
  descriptionEn: string;
}

export interface SeedSkill {
  slug: string;
  name: string; // Italian
  nameEn: string;
  /** Other names people search for, in both languages (e.g. "video editing" for "montaggio video"). */
  aliases: string[];
  description: string; // Italian, one sentence
  descriptionEn: string;
  /** Slug of the broader skill, if any (BROADER). */
  broader?: string;
  /** Slugs of related skills (RELATED_TO), stored once per pair. */
  related?: string[];
}

export interface SeedOrganization {
  slug: string;
  name: string;
  kind: OrganizationKind;
  description: string; // Italian, 2-3 sentences
  website?: string; // invented, under the reserved .example TLD
  email?: string; // invented, under .example
  location: string;
  foundedYear: number;
  sectors: string[]; // sector slugs
}

export interface SeedPerson {
  slug: string;
  name: string;
  headline: string; // Italian, short
  bio: string; // Italian, 2-3 sentences
  email: string; // invented, under .example
  phone?: string; // invented, +39 06 555 xxxx style (555 = fictional)
  website?: string;
  location: string;
  availability: Availability;
  contactVisibility: ContactVisibility;
  skills: { skill: string; level: Level; since?: string /* YYYY-MM-DD */ }[];
  memberships: { organization: string; role: string; since: string; until?: string; isManager?: boolean }[];
}

export interface SeedProject {
  slug: string;
  name: string;
  summary: string; // Italian, one sentence
  description: string; // Italian, 2-4 sentences
  status: ProjectStatus;
  startDate: string; // YYYY-MM-DD
  endDate?: string;
  sectors: string[];
  organizations: { organization: string; role: string }[];
  contributors: { person: string; role: string; since: string }[];
  /** Present when the project seeks collaborators. */
  openCall?: { text: string; open: boolean };
  needs: { skill: string; level: Level; note?: string }[];
}

export interface SeedEvent {
  slug: string;
  name: string;
  kind: EventKind;
  summary: string;
  description: string;
  startsAt: string; // ISO 8601 with offset, Europe/Rome
  endsAt: string;
  place: string;
  language: 'it' | 'en';
  organizers: ({ organization: string; role: string } | { person: string; role: string })[];
  teachers: string[]; // person slugs
  attendees: string[]; // person slugs
  skills: string[]; // skill slugs taught or used
}

export interface SeedCollaboration {
  from: string; // organization slug
  to: string;
  since: string;
  note: string;
}

export interface SeedEndorsement {
  from: string; // person slug
  to: string;
  skill: string; // skill slug the endorsed person has
}

export interface SeedAccount {
  email: string;
  password: string;
  role: Role;
  person: string; // person slug
}

export interface SeedCommunity {
  sectors: SeedSector[];
  skills: SeedSkill[];
  organizations: SeedOrganization[];
  people: SeedPerson[];
  projects: SeedProject[];
  events: SeedEvent[];
  collaborations: SeedCollaboration[];
  endorsements: SeedEndorsement[];
  accounts: SeedAccount[];
}
