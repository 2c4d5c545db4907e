import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound, redirect } from 'next/navigation';
import { cache, type ReactNode } from 'react';
import { graphql } from '@/graphql/generated';
import { currentViewer, OperationError, runOperation } from '@/graphql/execute';
import { can } from '@/lib/auth/permissions';
import { EntityHistory } from '@/app/_components/staff/entity-history';
import { curationEditPath, curationListPath, kindOfSegment, LABEL_OF, type CurationKind } from '@/lib/curation/kinds';
import { curationText } from '@/lib/i18n/curation';
import { currentLocale } from '@/lib/i18n/locale';
import { entityPath, SIGN_IN_PATH } from '@/lib/routes';
import { EntityForm } from '@/app/_components/curation/entity-form';
import { LifecycleActions } from '@/app/_components/curation/lifecycle-actions';
import { LinkEditor, type ShownLink } from '@/app/_components/curation/link-editor';
import { CurationNotAllowed } from '@/app/_components/curation/not-allowed';
import { SectorsEditor } from '@/app/_components/curation/sectors-editor';
import { formText, linkText } from '@/app/_components/curation/texts';
import styles from '@/app/_components/curation/curation.module.css';

const CurationEditPageQuery = graphql(`
  query CurationEditPage($kind: EntityKind!, $id: ID!) {
    curationEntity(kind: $kind, id: $id) {
      __typename
      ...CurationRecordFields
      ... on CuratedPerson {
        memberships {
          ...CurationLinkFields
        }
        contributions {
          ...CurationLinkFields
        }
      }
      ... on CuratedOrganization {
        members {
          ...CurationLinkFields
        }
        contributions {
          ...CurationLinkFields
        }
        sectors {
          id
        }
        partners {
          ...CurationLinkFields
        }
      }
      ... on CuratedProject {
        contributors {
          ...CurationLinkFields
        }
        needs {
          ...CurationLinkFields
        }
        sectors {
          id
        }
      }
      ... on CuratedSkill {
        broader {
          ...CurationRefFields
        }
        narrower {
          ...CurationRefFields
        }
        related {
          ...CurationRefFields
        }
      }
      ... on CuratedEvent {
        organizers {
          ...CurationLinkFields
        }
        teachers {
          ...CurationRefFields
        }
        skills {
          ...CurationRefFields
        }
      }
    }
  }

  fragment CurationRefFields on CuratedRef {
    entityKind
    id
    name
    state
  }

  fragment CurationLinkFields on CuratedLink {
    role
    since
    until
    isManager
    level
    note
    target {
      ...CurationRefFields
    }
  }
`);

const CurationSectorOptionsQuery = graphql(`
  query CurationSectorOptions {
    sectors {
      id
      name
      nameEn
    }
  }
`);

type Props = {
  params: Promise<{ tipo: string; id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

type Loaded = { record: NonNullable<Awaited<ReturnType<typeof loadRecord>>>; forbidden: false } | { record: null; forbidden: boolean };

const loadRecord = cache(async (kind: CurationKind, id: string) => (await runOperation(CurationEditPageQuery, { kind, id })).curationEntity);

/** The record, null when absent, or `forbidden` when the viewer may not edit it. */
async function load(kind: CurationKind, id: string): Promise<Loaded> {
  try {
    const record = await loadRecord(kind, id);
    return record ? { record, forbidden: false } : { record: null, forbidden: false };
  } catch (error) {
    if (error instanceof OperationError && error.errors.some((e) => e.extensions?.code === 'FORBIDDEN')) return { record: null, forbidden: true };
    throw error;
  }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { tipo, id } = await params;
  const kind = kindOfSegment(tipo);
  const t = curationText[await currentLocale()];
  if (!kind || !(await currentViewer())) return { title: t.title, robots: { index: false } };
  const loaded = await load(kind, decodeURIComponent(id));
  return { title: loaded.record ? t.editTitle(loaded.record.name) : t.title, robots: { index: false } };
}

/** Links as the editors list them (the API's lists are already in the shape they read). */
function shown(links: readonly ShownLink[] | undefined): ShownLink[] {
  return links ? [...links] : [];
}

function refs(list: readonly ShownLink['target'][] | undefined): ShownLink[] {
  return (list ?? []).map((target) => ({ target }));
}

/**
 * The edit page of one record: the form, the editors of its relationships, and archive,
 * restore and delete. Staff see everything; an organization's managers reach their own
 * organization here (from its public page) and edit it and its members.
 */
export default async function CurationEditPage({ params, searchParams }: Props) {
  const { tipo, id: rawId } = await params;
  const kind = kindOfSegment(tipo);
  if (!kind) notFound();
  const id = decodeURIComponent(rawId);
  const viewer = await currentViewer();
  if (!viewer) redirect(`${SIGN_IN_PATH}?callbackUrl=${encodeURIComponent(curationEditPath(kind, id))}`);
  const locale = await currentLocale();
  const isStaff = can(viewer, 'entity.edit');
  // Everyone but staff is refused before any read, except on an organization they may manage.
  if (!isStaff && kind !== 'ORGANIZATION') return <CurationNotAllowed locale={locale} />;
  const loaded = await load(kind, id);
  if (loaded.forbidden) return <CurationNotAllowed locale={locale} />;
  const t = curationText[locale];
  const record = loaded.record;
  if (!record) {
    return (
      <div className="not-found">
        <h1>{t.notFound}</h1>
        <p>{isStaff ? <Link href={curationListPath(kind)}>{t.backToList}</Link> : <Link href="/">{t.backHome}</Link>}</p>
      </div>
    );
  }
  const justCreated = (await searchParams).creata === '1';
  const links = linkText(locale);
  const sectorOptions =
    isStaff && (kind === 'ORGANIZATION' || kind === 'PROJECT')
      ? (await runOperation(CurationSectorOptionsQuery, {})).sectors.map((s) => ({ id: s.id, name: locale === 'en' && s.nameEn ? s.nameEn : s.name }))
      : [];

  const editors: ReactNode[] = [];
  const editor = (relation: Parameters<typeof LinkEditor>[0]['relation'], title: string, list: ShownLink[], canLinkOut = true) =>
    editors.push(<LinkEditor key={relation} relation={relation} ownerId={record.id} title={title} links={list} text={links} canLinkOut={canLinkOut} />);

  switch (record.__typename) {
    case 'CuratedPerson':
      editor('personMemberships', t.links.memberships, shown(record.memberships));
      editor('personContributions', t.links.personContributions, shown(record.contributions));
      break;
    case 'CuratedOrganization':
      editor('organizationMembers', t.links.members, shown(record.members), isStaff);
      if (isStaff) {
        editor('organizationContributions', t.links.organizationContributions, shown(record.contributions));
        editor('partners', t.links.partners, shown(record.partners));
        editors.push(
          <SectorsEditor key="sectors" owner="ORGANIZATION" ownerId={record.id} sectors={sectorOptions} selected={record.sectors.map((s) => s.id)} text={links} />,
        );
      }
      break;
    case 'CuratedProject':
      editor('projectContributors', t.links.contributors, shown(record.contributors));
      editor('projectNeeds', t.links.needs, shown(record.needs));
      editors.push(<SectorsEditor key="sectors" owner="PROJECT" ownerId={record.id} sectors={sectorOptions} selected={record.sectors.map((s) => s.id)} text={links} />);
      break;
    case 'CuratedSkill':
      editor('broader', t.links.broader, refs(record.broader));
      editor('related', t.links.related, refs(record.related));
      break;
    case 'CuratedEvent':
      editor('eventOrganizers', t.links.organizers, shown(record.organizers));
      editor('eventTeachers', t.links.teachers, refs(record.teachers));
      editor('eventSkills', t.links.eventSkills, refs(record.skills));
      break;
    default:
      break;
  }

  return (
    <>
      <p>
        {isStaff ? <Link href={curationListPath(kind)}>← {t.kinds[kind].plural}</Link> : null}
        {record.state === 'ACTIVE' ? (
          <>
            {isStaff ? ' · ' : null}
            <Link href={entityPath(LABEL_OF[kind], record.slug)}>{t.publicPage}</Link>
          </>
        ) : null}
      </p>
      <h1>{t.editTitle(record.name)}</h1>
      <p>
        <span className={styles.state}>{t.state[record.state]}</span>
      </p>
      <EntityForm kind={kind} mode="edit" id={record.id} version={record.version} record={record} text={formText(locale)} justCreated={justCreated} />

      {editors.length > 0 ? (
        <section aria-labelledby="links-heading" className={styles.editors}>
          <h2 id="links-heading">{t.links.heading}</h2>
          {editors}
          {record.__typename === 'CuratedSkill' && record.narrower.length > 0 ? (
            <section className={styles.editor} aria-labelledby="narrower-heading">
              <h3 id="narrower-heading">{t.links.narrower}</h3>
              <p className={styles.hint}>{t.links.narrowerHelp}</p>
              <ul className={styles.linkList}>
                {record.narrower.map((n) => (
                  <li key={n.id}>
                    <Link href={curationEditPath('SKILL', n.id)}>{n.name}</Link>
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
        </section>
      ) : null}

      {isStaff ? (
        <LifecycleActions
          kind={kind}
          id={record.id}
          name={record.name}
          version={record.version}
          state={record.state}
          stateLabel={t.state[record.state]}
          text={{ lifecycle: t.lifecycle, form: t.form }}
        />
      ) : null}

      {isStaff ? <EntityHistory label={LABEL_OF[kind]} id={record.id} /> : null}
    </>
  );
}
