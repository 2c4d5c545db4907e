import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { graphql } from '@/graphql/generated';
import { currentViewer, runOperation } from '@/graphql/execute';
import { currentLocale } from '@/lib/i18n/locale';
import { moderationText } from '@/lib/i18n/moderation';
import { SIGN_IN_PATH } from '@/lib/routes';
import { OrganizationProposalForm, ProjectProposalForm } from '../_components/moderation/entity-forms';
import { MyProposals } from '../_components/moderation/my-proposals';
import { CollaborationProposalForm, ContributionProposalForm, MembershipProposalForm } from '../_components/moderation/relation-forms';
import { PROPOSE_PATH } from '../_components/moderation/staff-tools';
import styles from '../_components/moderation/moderation.module.css';

const ProposePageQuery = graphql(`
  query ProposePage {
    sectors {
      id
      name
      nameEn
    }
    me {
      person {
        organizations {
          organization {
            id
            name
          }
        }
      }
    }
    myProposals {
      id
      kind
      state
      version
      name
      slug
      proposedAt
      reviewNote
      fields {
        key
        value
      }
      from {
        kind
        name
        slug
        isPublic
      }
      to {
        kind
        name
        slug
        isPublic
      }
      payload {
        key
        value
      }
    }
  }
`);

const CHOICES = ['progetto', 'organizzazione', 'adesione', 'contributo', 'collaborazione'] as const;
type Choice = (typeof CHOICES)[number];

export async function generateMetadata(): Promise<Metadata> {
  const t = moderationText[await currentLocale()];
  return { title: t.proposeTitle, robots: { index: false } };
}

/** Where members propose projects, organizations and links, and follow what became of them. */
export default async function ProposePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const choice = CHOICES.find((c) => c === params.tipo) ?? null;
  const viewer = await currentViewer();
  if (!viewer) {
    const back = choice ? `${PROPOSE_PATH}?tipo=${choice}` : PROPOSE_PATH;
    redirect(`${SIGN_IN_PATH}?callbackUrl=${encodeURIComponent(back)}`);
  }
  const locale = await currentLocale();
  const t = moderationText[locale];
  const data = await runOperation(ProposePageQuery, {});
  const sectors = data.sectors.map((s) => ({ value: s.id, label: locale === 'en' && s.nameEn ? s.nameEn : s.name }));
  const organizations = (data.me?.person?.organizations ?? []).map((m) => ({ value: m.organization.id, label: m.organization.name }));

  return (
    <>
      <h1>{t.proposeTitle}</h1>
      <p className="lead">{t.proposeIntro}</p>

      <nav aria-labelledby="propose-choose">
        <h2 id="propose-choose">{t.chooseHeading}</h2>
        <ul className={styles.choices}>
          {CHOICES.map((c) => (
            <li key={c}>
              <Link href={`${PROPOSE_PATH}?tipo=${c}`} aria-current={choice === c ? 'page' : undefined}>
                <strong>{t.choices[c].label}</strong>
                <span>{t.choices[c].description}</span>
              </Link>
            </li>
          ))}
        </ul>
      </nav>

      {choice ? (
        <section aria-labelledby="propose-form-heading">
          <h2 id="propose-form-heading">{t.choices[choice].label}</h2>
          <ChosenForm choice={choice} locale={locale} sectors={sectors} organizations={organizations} />
        </section>
      ) : null}

      <section aria-labelledby="my-proposals">
        <h2 id="my-proposals">{t.mineHeading}</h2>
        <MyProposals items={data.myProposals} locale={locale} />
      </section>
    </>
  );
}

function ChosenForm({
  choice,
  locale,
  sectors,
  organizations,
}: {
  choice: Choice;
  locale: 'it' | 'en';
  sectors: { value: string; label: string }[];
  organizations: { value: string; label: string }[];
}) {
  switch (choice) {
    case 'progetto':
      return <ProjectProposalForm locale={locale} sectors={sectors} />;
    case 'organizzazione':
      return <OrganizationProposalForm locale={locale} sectors={sectors} />;
    case 'adesione':
      return <MembershipProposalForm locale={locale} />;
    case 'contributo':
      return <ContributionProposalForm locale={locale} />;
    case 'collaborazione':
      return <CollaborationProposalForm locale={locale} organizations={organizations} />;
  }
}
