import { graphql } from '@/graphql/generated';
import { OperationError, runOperation } from '@/graphql/execute';
import type { Locale } from '@/lib/i18n/messages';
import { matchingText } from '@/lib/i18n/matching';
import { ProfileSection, EmptyNote } from '../profile/section';
import { CollaboratorResults } from './collaborator-results';
import { OperationAlert } from './operation-error';
import { COLLABORATORS_PATH, MATCH_PARAM, MAX_SKILLS, hrefWith, type ModeParam } from './params';

const OpenCallMatchesQuery = graphql(`
  query OpenCallMatches($slug: String!, $first: Int) {
    project(slug: $slug) {
      id
      callOpen
      needs {
        skill {
          slug
        }
      }
      matchingMembers(first: $first) {
        ...CollaboratorMatchCard
      }
    }
  }
`);

const SHOWN = 5;
/** A call's needs are alternatives more often than a single profile: "at least one". */
const ANY_MODE: ModeParam = 'almeno-una';

/**
 * "Who can answer the call": members matching a project's open call, ranked and
 * explained like the collaborator search. Its own operation, so the project page renders
 * (and streams) without waiting for the ranking, and a failure here stays here.
 */
export async function OpenCallMatches({ slug, locale }: { slug: string; locale: Locale }) {
  const t = matchingText[locale];
  let project;
  try {
    project = (await runOperation(OpenCallMatchesQuery, { slug, first: SHOWN })).project;
  } catch (error) {
    if (!(error instanceof OperationError)) throw error;
    return (
      <ProfileSection id="call-matches" title={t.openCall.title}>
        <OperationAlert error={error} title={t.search.error} failed={t.search.failed} />
      </ProfileSection>
    );
  }
  if (!project?.callOpen) return null;
  const skills = project.needs.map((n) => n.skill.slug).slice(0, MAX_SKILLS);
  const more = hrefWith(COLLABORATORS_PATH, skills, { [MATCH_PARAM.mode]: ANY_MODE });

  return (
    <ProfileSection id="call-matches" title={t.openCall.title} intro={t.openCall.intro}>
      {project.matchingMembers.length === 0 ? (
        <EmptyNote>{t.openCall.empty}</EmptyNote>
      ) : (
        <CollaboratorResults matches={project.matchingMembers} locale={locale} t={t} />
      )}
      {skills.length > 0 && (
        <p>
          <a href={more}>{t.openCall.findMore}</a>
        </p>
      )}
    </ProfileSection>
  );
}
