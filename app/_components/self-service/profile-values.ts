import type { Availability, ContactVisibility } from '@/graphql/generated/graphql';

/*
 * The profile form's values, in a plain module (not 'use client') so the server page can
 * build the initial values and the client form can rebuild them after a save.
 */

/** The form's values: every field as the text in its control. */
export interface ProfileFormValues {
  version: number;
  name: string;
  headline: string;
  bio: string;
  email: string;
  phone: string;
  website: string;
  location: string;
  availability: Availability;
  contactVisibility: ContactVisibility;
}

/** Values from the API (nulls) as form values (empty strings). */
export function formValues(p: {
  version: number;
  name: string;
  headline?: string | null;
  bio?: string | null;
  email?: string | null;
  phone?: string | null;
  website?: string | null;
  location?: string | null;
  availability: Availability;
  contactVisibility: ContactVisibility;
}): ProfileFormValues {
  return {
    version: p.version,
    name: p.name,
    headline: p.headline ?? '',
    bio: p.bio ?? '',
    email: p.email ?? '',
    phone: p.phone ?? '',
    website: p.website ?? '',
    location: p.location ?? '',
    availability: p.availability,
    contactVisibility: p.contactVisibility,
  };
}

