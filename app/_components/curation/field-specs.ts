import type { CurationKind } from '@/lib/curation/kinds';

/**
 * The fields of each kind's form, in order: how each is entered and the limits the
 * browser checks before sending (the API checks them again). Names match the API's
 * `<Kind>Values` inputs.
 */
export type FieldType = 'text' | 'textarea' | 'email' | 'url' | 'slug' | 'integer' | 'decimal' | 'select' | 'checkbox' | 'date' | 'datetime' | 'lines';

export type OptionSet = 'availability' | 'contactVisibility' | 'organizationKind' | 'projectStatus' | 'eventKind';

export interface FieldSpec {
  name: string;
  type: FieldType;
  required?: boolean;
  maxLength?: number;
  min?: number;
  max?: number;
  options?: OptionSet;
  /** The value of a new record. */
  initial?: string;
}

export const OPTION_VALUES: Record<OptionSet, readonly string[]> = {
  availability: ['OPEN', 'LIMITED', 'UNAVAILABLE'],
  contactVisibility: ['PUBLIC', 'MEMBERS', 'STAFF'],
  organizationKind: ['STARTUP', 'COMPANY', 'ASSOCIATION', 'COOPERATIVE', 'INSTITUTION', 'COLLECTIVE', 'HUB'],
  projectStatus: ['IDEA', 'ACTIVE', 'COMPLETED', 'PAUSED'],
  eventKind: ['COURSE', 'WORKSHOP', 'MEETUP', 'SERVICE', 'TALK', 'OPEN_DAY'],
};

const NAME: FieldSpec = { name: 'name', type: 'text', required: true, maxLength: 200 };
const SLUG: FieldSpec = { name: 'slug', type: 'slug', maxLength: 80 };
const LONG = 5000;

export const FIELDS: Record<CurationKind, readonly FieldSpec[]> = {
  PERSON: [
    NAME,
    SLUG,
    { name: 'headline', type: 'text', maxLength: 200 },
    { name: 'bio', type: 'textarea', maxLength: LONG },
    { name: 'email', type: 'email', maxLength: 254 },
    { name: 'phone', type: 'text', maxLength: 50 },
    { name: 'website', type: 'url', maxLength: 500 },
    { name: 'location', type: 'text', maxLength: 200 },
    { name: 'availability', type: 'select', options: 'availability', required: true },
    { name: 'contactVisibility', type: 'select', options: 'contactVisibility', required: true, initial: 'MEMBERS' },
  ],
  ORGANIZATION: [
    NAME,
    SLUG,
    { name: 'kind', type: 'select', options: 'organizationKind', required: true },
    { name: 'description', type: 'textarea', maxLength: LONG },
    { name: 'website', type: 'url', maxLength: 500 },
    { name: 'email', type: 'email', maxLength: 254 },
    { name: 'location', type: 'text', maxLength: 200 },
    { name: 'foundedYear', type: 'integer', min: 1800, max: 2100 },
    { name: 'latitude', type: 'decimal', min: -90, max: 90 },
    { name: 'longitude', type: 'decimal', min: -180, max: 180 },
  ],
  PROJECT: [
    NAME,
    SLUG,
    { name: 'summary', type: 'textarea', maxLength: LONG },
    { name: 'description', type: 'textarea', maxLength: LONG },
    { name: 'status', type: 'select', options: 'projectStatus', required: true },
    { name: 'startDate', type: 'date' },
    { name: 'endDate', type: 'date' },
    { name: 'openCall', type: 'textarea', maxLength: LONG },
    { name: 'callOpen', type: 'checkbox' },
    { name: 'website', type: 'url', maxLength: 500 },
  ],
  SKILL: [
    NAME,
    SLUG,
    { name: 'nameEn', type: 'text', maxLength: 200 },
    { name: 'aliases', type: 'lines' },
    { name: 'description', type: 'textarea', maxLength: LONG },
    { name: 'descriptionEn', type: 'textarea', maxLength: LONG },
  ],
  SECTOR: [
    NAME,
    SLUG,
    { name: 'nameEn', type: 'text', maxLength: 200 },
    { name: 'description', type: 'textarea', maxLength: LONG },
    { name: 'descriptionEn', type: 'textarea', maxLength: LONG },
  ],
  EVENT: [
    NAME,
    SLUG,
    { name: 'kind', type: 'select', options: 'eventKind', required: true },
    { name: 'summary', type: 'textarea', maxLength: LONG },
    { name: 'description', type: 'textarea', maxLength: LONG },
    { name: 'startsAt', type: 'datetime', required: true },
    { name: 'endsAt', type: 'datetime' },
    { name: 'place', type: 'text', maxLength: 200 },
    { name: 'language', type: 'text', maxLength: 2 },
  ],
};

/** What a form holds while editing: text for inputs, booleans for checkboxes. */
export type FormState = Record<string, string | boolean>;

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** An ISO instant as a `datetime-local` value, in the browser's time zone. */
export function toLocalDateTime(iso: string): string {
  const d = new Date(iso);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** The form state of a record (or of the defaults, for a new one). */
export function toFormState(kind: CurationKind, record: Readonly<Record<string, unknown>> | null): FormState {
  const state: FormState = {};
  for (const field of FIELDS[kind]) {
    // The record types name the kind field after their enum (`organizationKind`, `eventKind`);
    // a CONFLICT's `current` calls it `kind`.
    const raw = field.name === 'kind' ? (record?.organizationKind ?? record?.eventKind ?? record?.kind) : record?.[field.name];
    if (field.type === 'checkbox') state[field.name] = raw === true;
    else if (field.type === 'lines') state[field.name] = Array.isArray(raw) ? raw.filter((x) => typeof x === 'string').join('\n') : '';
    else if (field.type === 'datetime') state[field.name] = typeof raw === 'string' && raw ? toLocalDateTime(raw) : '';
    else if (field.type === 'select') state[field.name] = typeof raw === 'string' ? raw : (field.initial ?? OPTION_VALUES[field.options ?? 'availability'][0] ?? '');
    else state[field.name] = raw === null || raw === undefined ? '' : String(raw);
  }
  return state;
}

/** A field's text, or '' for a checkbox. */
export function textOf(state: FormState, name: string): string {
  const v = state[name];
  return typeof v === 'string' ? v : '';
}
