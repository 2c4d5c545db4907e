import { textOrNull } from '../graph/fields';
import type { GraphNode } from '../graph/types';
import { toEvent, toOrganization, toPerson, toProject, toSector, toSkill } from '../directory/model';
import { kindOfLabel, type CurationKind } from './kinds';

/**
 * Records as the curation forms edit them: every editable field under its GraphQL name,
 * in any state, with the version the next update must carry. A CONFLICT carries one of
 * these as `current`, so a form can show what changed under it.
 */

interface CuratedBase {
  entityKind: CurationKind;
  id: string;
  slug: string;
  name: string;
  state: string;
  version: number;
  createdAt: string | null;
  updatedAt: string | null;
  proposedBy: string | null;
  reviewNote: string | null;
}

export interface CuratedPerson extends CuratedBase {
  entityKind: 'PERSON';
  headline: string | null;
  bio: string | null;
  email: string | null;
  phone: string | null;
  website: string | null;
  location: string | null;
  availability: string;
  contactVisibility: string;
}

export interface CuratedOrganization extends CuratedBase {
  entityKind: 'ORGANIZATION';
  kind: string;
  description: string | null;
  website: string | null;
  email: string | null;
  location: string | null;
  foundedYear: number | null;
  latitude: number | null;
  longitude: number | null;
}

export interface CuratedProject extends CuratedBase {
  entityKind: 'PROJECT';
  summary: string | null;
  description: string | null;
  status: string;
  startDate: string | null;
  endDate: string | null;
  openCall: string | null;
  callOpen: boolean;
  website: string | null;
}

export interface CuratedSkill extends CuratedBase {
  entityKind: 'SKILL';
  nameEn: string | null;
  aliases: string[];
  description: string | null;
  descriptionEn: string | null;
}

export interface CuratedSector extends CuratedBase {
  entityKind: 'SECTOR';
  nameEn: string | null;
  description: string | null;
  descriptionEn: string | null;
}

export interface CuratedEvent extends CuratedBase {
  entityKind: 'EVENT';
  kind: string;
  summary: string | null;
  description: string | null;
  startsAt: string | null;
  endsAt: string | null;
  place: string | null;
  language: string | null;
}

export type CuratedRecord = CuratedPerson | CuratedOrganization | CuratedProject | CuratedSkill | CuratedSector | CuratedEvent;

function review(n: GraphNode) {
  return { proposedBy: textOrNull(n, 'proposedBy'), reviewNote: textOrNull(n, 'reviewNote') };
}

/** Maps a node of any curated label to its curation record. */
export function toCurated(n: GraphNode): CuratedRecord {
  const kind = kindOfLabel(n.label);
  switch (kind) {
    case 'PERSON': {
      const { kind: _k, ...p } = toPerson(n);
      return { ...p, ...review(n), entityKind: 'PERSON' };
    }
    case 'ORGANIZATION': {
      const { kind: _k, organizationKind, ...o } = toOrganization(n);
      return { ...o, ...review(n), entityKind: 'ORGANIZATION', kind: organizationKind };
    }
    case 'PROJECT': {
      const { kind: _k, ...p } = toProject(n);
      return { ...p, ...review(n), entityKind: 'PROJECT' };
    }
    case 'SKILL': {
      const { kind: _k, ...s } = toSkill(n);
      return { ...s, ...review(n), entityKind: 'SKILL' };
    }
    case 'SECTOR': {
      const { kind: _k, ...s } = toSector(n);
      return { ...s, ...review(n), entityKind: 'SECTOR' };
    }
    case 'EVENT': {
      const { kind: _k, eventKind, ...e } = toEvent(n);
      return { ...e, ...review(n), entityKind: 'EVENT', kind: eventKind };
    }
    default:
      throw new TypeError(`Not a curated entity: ${n.label}`);
  }
}

/** The fields the audit log compares: the editable ones, without bookkeeping. */
export function auditValues(record: CuratedRecord): Record<string, unknown> {
  const { entityKind: _k, id: _id, version: _v, createdAt: _c, updatedAt: _u, proposedBy: _p, reviewNote: _r, ...values } = record;
  return values;
}

/** Every stored property of a node except the derived searchText, for the audit entry of a deletion. */
export function nodeProperties(n: GraphNode): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(n.properties)) {
    if (key === 'searchText' || value === null || value === undefined) continue;
    out[key] = value instanceof Date ? value.toISOString() : value;
  }
  return out;
}
