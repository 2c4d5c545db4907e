import type { Metadata } from 'next';
import Form from 'next/form';
import { graphql } from '@/graphql/generated';
import type { FindCollaboratorsQuery } from '@/graphql/generated/graphql';
import { OperationError, runOperation } from '@/graphql/execute';
import { currentLocale } from '@/lib/i18n/locale';
import { matchingText } from '@/lib/i18n/matching';
import { localName } from '@/app/_components/profile/localized';
import { CollaboratorResults } from '@/app/_components/matching/collaborator-results';
import { OperationAlert } from '@/app/_components/matching/operation-error';
import {
  AVAILABILITIES,
  COLLABORATORS_PATH,
  CONNECTIONS_PATH,
  GAPS_PATH,
  LEVELS,
  MATCH_PARAM,
  MAX_SKILLS,
  MODES,
  ORGANIZATION_KINDS,
  TEAMS_PATH,
  collaboratorsView,
  hrefWith,
  type SearchParams,
} from '@/app/_components/matching/params';
import { RelatedLinks } from '@/app/_components/matching/related-links';
import { loadSkillOptions } from '@/app/_components/matching/skill-options';
import { matchSkills } from '@/app/_components/matching/skill-match';
import { SkillPicker } from '@/app/_components/matching/skill-picker';
import styles from '@/app/_components/matching/matching.module.css';

const SectorOptionsQuery = graphql(`
  query MatchingSectorOptions {
    sectors {
      slug
      name
      nameEn
    }
  }
`);

const FindCollaboratorsQueryDoc = graphql(`
  query FindCollaborators($search: CollaboratorSearch!, $first: Int) {
    findCollaborators(search: $search, first: $first) {
      totalCount
      matches {
        ...CollaboratorMatchCard
      }
    }
  }
`);

const RESULTS = 20;

type Props = { searchParams: Promise<SearchParams> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: matchingText[await currentLocale()].search.title };
}

export default async function CollaboratorsPage({ searchParams }: Props) {
  const [params, locale, skillOptions, { sectors }] = await Promise.all([
    searchParams,
    currentLocale(),
    loadSkillOptions(),
    runOperation(SectorOptionsQuery, {}),
  ]);
  const t = matchingText[locale];
  const s = t.search;
  const view = collaboratorsView(params);

  // Text typed in the picker and submitted without choosing: take the best match.
  const skills = [...view.skills];
  const typed = view.addSkill ? matchSkills(skillOptions, view.addSkill, 1)[0] : undefined;
  if (typed && !skills.includes(typed.slug) && skills.length < MAX_SKILLS) skills.push(typed.slug);

  let results: FindCollaboratorsQuery['findCollaborators'] | null = null;
  let failure: OperationError | null = null;
  if (skills.length > 0) {
    try {
      const data = await runOperation(FindCollaboratorsQueryDoc, {
        search: {
          skills,
          mode: MODES[view.mode],
          minLevel: view.level,
          availability: view.availability.length > 0 ? view.availability : null,
          sector: view.sector,
          organizationKind: view.kind,
        },
        first: RESULTS,
      });
      results = data.findCollaborators;
    } catch (error) {
      if (!(error instanceof OperationError)) throw error;
      failure = error;
    }
  }

  const filters = { [MATCH_PARAM.mode]: view.mode === 'tutte' ? null : view.mode, [MATCH_PARAM.level]: view.level ? String(view.level) : null };
  const removeHrefs = Object.fromEntries(skills.map((slug) => [slug, hrefWith(COLLABORATORS_PATH, skills.filter((x) => x !== slug), filters)]));
  const teamsHref = hrefWith(TEAMS_PATH, skills, { [MATCH_PARAM.kind]: view.kind });

  return (
    <>
      <h1>{s.title}</h1>
      <p className="lead">{s.intro}</p>
      <RelatedLinks
        t={t}
        links={[
          { href: teamsHref, label: t.related.teams },
          { href: CONNECTIONS_PATH, label: t.related.connections },
          { href: GAPS_PATH, label: t.related.gaps },
        ]}
      />

      <Form action={COLLABORATORS_PATH} className={styles.form} aria-label={s.title}>
        <SkillPicker
          // A new address (another search) starts the picker from its chips again.
          key={skills.join(',')}
          options={skillOptions}
          selected={skills}
          removeHrefs={removeHrefs}
          name={MATCH_PARAM.skill}
          textName={MATCH_PARAM.addSkill}
          max={MAX_SKILLS}
          locale={locale}
        />
        <fieldset>
          <legend>{s.mode}</legend>
          <div className={styles.choices}>
            {(Object.keys(MODES) as (keyof typeof MODES)[]).map((mode) => (
              <label key={mode} className={styles.choice}>
                <input type="radio" name={MATCH_PARAM.mode} value={mode} defaultChecked={view.mode === mode} />
                {mode === 'tutte' ? s.modeAll : s.modeAny}
              </label>
            ))}
          </div>
        </fieldset>
        <fieldset>
          <legend>{s.filters}</legend>
          <div className={styles.fields}>
            <div className={styles.field}>
              <label htmlFor="filter-level">{s.minLevel}</label>
              <select id="filter-level" name={MATCH_PARAM.level} defaultValue={view.level ? String(view.level) : ''}>
                <option value="">{s.anyLevel}</option>
                {LEVELS.map((n) => (
                  <option key={n} value={n}>
                    {t.level(n)}
                  </option>
                ))}
              </select>
            </div>
            <div className={styles.field}>
              <label htmlFor="filter-sector">{s.sector}</label>
              <select id="filter-sector" name={MATCH_PARAM.sector} defaultValue={view.sector ?? ''}>
                <option value="">{s.anySector}</option>
                {sectors.map((sector) => (
                  <option key={sector.slug} value={sector.slug}>
                    {localName(sector, locale)}
                  </option>
                ))}
              </select>
            </div>
            <div className={styles.field}>
              <label htmlFor="filter-kind">{s.kind}</label>
              <select id="filter-kind" name={MATCH_PARAM.kind} defaultValue={view.kind ?? ''}>
                <option value="">{s.anyKind}</option>
                {ORGANIZATION_KINDS.map((kind) => (
                  <option key={kind} value={kind}>
                    {t.organizationKind[kind]}
                  </option>
                ))}
              </select>
            </div>
            <fieldset className={styles.choices}>
              <legend className={styles.groupLabel}>{s.availability}</legend>
              {AVAILABILITIES.map((a) => (
                <label key={a} className={styles.choice}>
                  <input type="checkbox" name={MATCH_PARAM.availability} value={a} defaultChecked={view.availability.includes(a)} />
                  {t.availability[a]}
                </label>
              ))}
            </fieldset>
            {/* "Escludi le mie organizzazioni" (MATCH_PARAM.excludeMine) appears once sign-in exists: it means nothing to visitors. */}
          </div>
        </fieldset>
        <div className={styles.actions}>
          <button type="submit" className="button">
            {s.submit}
          </button>
          <a href={COLLABORATORS_PATH}>{s.reset}</a>
        </div>
      </Form>

      <section aria-labelledby="results-heading">
        <h2 id="results-heading">{s.results}</h2>
        {skills.length === 0 ? (
          <p className={styles.note}>{s.start}</p>
        ) : failure ? (
          <OperationAlert error={failure} title={s.error} failed={s.failed} />
        ) : results && results.matches.length > 0 ? (
          <>
            <p role="status">
              {s.resultCount(results.totalCount)}
              {results.totalCount > results.matches.length ? ` (${s.showing(results.matches.length, results.totalCount)})` : ''}
            </p>
            <CollaboratorResults matches={results.matches} locale={locale} t={t} />
            <p>
              <a href={teamsHref}>{s.teamsLink}</a>
            </p>
          </>
        ) : (
          <>
            <p role="status" className={styles.note}>
              {s.empty}
            </p>
            <p>
              <a href={teamsHref}>{s.teamsLink}</a>
            </p>
          </>
        )}
      </section>
    </>
  );
}
