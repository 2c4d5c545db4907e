import { graphql } from '@/graphql/generated';
import { runOperation } from '@/graphql/execute';
import { currentMessages } from '@/lib/i18n/locale';

const HomeQuery = graphql(`
  query Home {
    stats {
      people
      organizations
      skills
      sectors
      projects
      events
      collaborations
      openCalls
    }
    hub {
      name
      description
      location
    }
    sectors {
      id
      name
      nameEn
      description
      descriptionEn
      organizations {
        id
        name
      }
    }
  }
`);

export default async function HomePage() {
  const [{ locale, t }, data] = await Promise.all([currentMessages(), runOperation(HomeQuery, {})]);
  const { stats, hub } = data;
  const sectors = data.sectors.filter((s) => s.organizations.length > 0);
  const statEntries = (Object.keys(t.stats) as (keyof typeof t.stats)[]).map((key) => ({ key, value: stats[key], label: t.stats[key] }));

  return (
    <>
      <h1>{t.homeTitle}</h1>
      <p className="lead">{t.homeIntro}</p>

      <section aria-labelledby="stats-heading">
        <h2 id="stats-heading">{t.statsHeading}</h2>
        <ul className="stats">
          {statEntries.map((s) => (
            <li key={s.key} data-stat={s.key}>
              <strong>{s.value.toLocaleString(locale)}</strong>
              <span>{s.label}</span>
            </li>
          ))}
        </ul>
      </section>

      {hub && (
        <section aria-labelledby="hub-heading">
          <h2 id="hub-heading">{t.hubHeading}</h2>
          <div className="hub">
            <p>
              <strong>{hub.name}</strong>
              {hub.location ? ` · ${hub.location}` : ''}
            </p>
            {hub.description && <p>{hub.description}</p>}
          </div>
        </section>
      )}

      <section aria-labelledby="sectors-heading">
        <h2 id="sectors-heading">{t.sectorsHeading}</h2>
        <p>{t.sectorsIntro}</p>
        {sectors.length === 0 ? (
          <p>{t.emptyCommunity}</p>
        ) : (
          <ul className="sectors">
            {sectors.map((sector) => {
              const name = locale === 'en' && sector.nameEn ? sector.nameEn : sector.name;
              const description = locale === 'en' && sector.descriptionEn ? sector.descriptionEn : sector.description;
              return (
                <li key={sector.id} className="sector">
                  <h3>{name}</h3>
                  {description && <p>{description}</p>}
                  <p>{t.organizationCount(sector.organizations.length)}</p>
                  <ul>
                    {sector.organizations.map((o) => (
                      <li key={o.id}>{o.name}</li>
                    ))}
                  </ul>
                </li>
              );
            })}
          </ul>
        )}
      </section>
    </>
  );
}
