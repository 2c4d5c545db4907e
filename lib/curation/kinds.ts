import type { EntityKind as Label } from '../directory/model';

/**
 * The six kinds of entity staff curate, as the API names them (`EntityKind`), as the
 * graph labels them, and as the staff pages address them (`/staff/gestione/<tipo>`).
 * Pure data: safe to import from client components.
 */
export const CURATION_KINDS = ['PERSON', 'ORGANIZATION', 'PROJECT', 'SKILL', 'SECTOR', 'EVENT'] as const;
export type CurationKind = (typeof CURATION_KINDS)[number];

export const ENTITY_STATES = ['PENDING', 'ACTIVE', 'ARCHIVED', 'REJECTED'] as const;
export type EntityState = (typeof ENTITY_STATES)[number];

/** The graph label of each kind. */
export const LABEL_OF: Record<CurationKind, Label> = {
  PERSON: 'Person',
  ORGANIZATION: 'Organization',
  PROJECT: 'Project',
  SKILL: 'Skill',
  SECTOR: 'Sector',
  EVENT: 'Event',
};

/** The `<area>` of audit actions (`skill.update`, `organization.archive`…). */
export const AREA_OF: Record<CurationKind, string> = {
  PERSON: 'person',
  ORGANIZATION: 'organization',
  PROJECT: 'project',
  SKILL: 'skill',
  SECTOR: 'sector',
  EVENT: 'event',
};

/** The Italian path segment of each kind under /staff/gestione. */
export const SEGMENT_OF: Record<CurationKind, string> = {
  PERSON: 'persone',
  ORGANIZATION: 'organizzazioni',
  PROJECT: 'progetti',
  SKILL: 'competenze',
  SECTOR: 'settori',
  EVENT: 'eventi',
};

/** The kind a path segment names, or null for anything else. */
export function kindOfSegment(segment: string): CurationKind | null {
  return CURATION_KINDS.find((k) => SEGMENT_OF[k] === segment) ?? null;
}

/** The kind of a graph label (for nodes read back from the store). */
export function kindOfLabel(label: string): CurationKind | null {
  return CURATION_KINDS.find((k) => LABEL_OF[k] === label) ?? null;
}

export function isEntityState(value: unknown): value is EntityState {
  return typeof value === 'string' && (ENTITY_STATES as readonly string[]).includes(value);
}

export const CURATION_PATH = '/staff/gestione';

/** The staff list of a kind. */
export function curationListPath(kind: CurationKind): string {
  return `${CURATION_PATH}/${SEGMENT_OF[kind]}`;
}

/** The staff edit page of one record. */
export function curationEditPath(kind: CurationKind, id: string): string {
  return `${curationListPath(kind)}/${encodeURIComponent(id)}`;
}
