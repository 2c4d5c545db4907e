import type { CurationKind } from '@/lib/curation/kinds';
import { curationText } from '@/lib/i18n/curation';
import { enumText } from '@/lib/i18n/enums';
import type { Locale } from '@/lib/i18n/messages';
import type { EntityFormText } from './entity-form';
import type { LinkEditorText } from './link-editor';

/** The plain-data texts the curation client components receive (no functions cross to the browser). */
export function formText(locale: Locale): EntityFormText {
  const t = curationText[locale];
  const e = enumText[locale];
  return {
    form: t.form,
    fields: t.fields,
    options: {
      availability: e.availability,
      contactVisibility: t.contactVisibility,
      organizationKind: e.organizationKind,
      projectStatus: e.projectStatus,
      eventKind: e.eventKind,
    },
  };
}

export function linkText(locale: Locale): LinkEditorText {
  const t = curationText[locale];
  const kindLabels = Object.fromEntries(Object.entries(t.kinds).map(([k, v]) => [k, v.singular])) as Record<CurationKind, string>;
  return { links: t.links, picker: t.picker, form: t.form, kindLabels, stateLabels: t.state };
}
