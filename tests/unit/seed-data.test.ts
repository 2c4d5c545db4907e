/**
 * Integrity checks for the demo community (lib/seed/data): counts, unique slugs, references,
 * taxonomy shape, plausibility of endorsements and a connected collaboration graph.
 */
import { community } from '@/lib/seed/data';
import type { SeedPerson, SeedProject } from '@/lib/seed/types';

const { sectors, skills, organizations, people, projects, events, collaborations, endorsements, accounts } = community;

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const HUB = 'hub-garbatella';
const MUNICIPIO = 'municipio-roma-viii';
const PARTNER = 'ponti-solidali';

const sectorSlugs = new Set(sectors.map((s) => s.slug));
const skillSlugs = new Set(skills.map((s) => s.slug));
const orgSlugs = new Set(organizations.map((o) => o.slug));
const personSlugs = new Set(people.map((p) => p.slug));
const personBySlug = new Map(people.map((p) => [p.slug, p]));

const orgsOf = (person: SeedPerson): Set<string> => new Set(person.memberships.map((m) => m.organization));
const skillsOf = (person: SeedPerson): Set<string> => new Set(person.skills.map((s) => s.skill));

function isValidDate(value: string): boolean {
  if (!DATE.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

function isExampleEmail(email: string): boolean {
  return /^[a-z0-9._-]+@([a-z0-9-]+\.)+example$/.test(email);
}

function isExampleUrl(url: string): boolean {
  const u = new URL(url);
  return u.protocol === 'https:' && u.hostname.endsWith('.example');
}

/** The UTC offset ("+02:00") that Europe/Rome uses at the given instant. */
function romeOffset(instant: Date): string {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone: 'Europe/Rome', timeZoneName: 'longOffset' }).formatToParts(instant);
  const name = parts.find((p) => p.type === 'timeZoneName')?.value ?? '';
  return name === 'GMT' ? '+00:00' : name.replace('GMT', '');
}

function contributorOrgs(project: SeedProject): Set<string> {
  const listed = new Set(project.organizations.map((o) => o.organization));
  const found = new Set<string>();
  for (const c of project.contributors) {
    const person = personBySlug.get(c.person);
    if (!person) continue;
    for (const org of orgsOf(person)) if (listed.has(org)) found.add(org);
  }
  return found;
}

describe('seed data: counts', () => {
  it('has enough records of every kind', () => {
    expect(sectors.length).toBeGreaterThanOrEqual(8);
    expect(skills.length).toBeGreaterThanOrEqual(100);
    expect(organizations.length).toBeGreaterThanOrEqual(24);
    expect(people.length).toBeGreaterThanOrEqual(80);
    expect(projects.length).toBeGreaterThanOrEqual(20);
    expect(events.length).toBeGreaterThanOrEqual(8);
    expect(collaborations.length).toBeGreaterThanOrEqual(15);
    expect(endorsements.length).toBeGreaterThanOrEqual(60);
  });

  it('has exactly one hub, the municipality as an institution and the partner association', () => {
    const hubs = organizations.filter((o) => o.kind === 'HUB');
    expect(hubs.map((o) => o.slug)).toEqual([HUB]);
    expect(organizations.filter((o) => o.kind === 'INSTITUTION').length).toBeGreaterThanOrEqual(1);
    expect(organizations.find((o) => o.slug === MUNICIPIO)?.kind).toBe('INSTITUTION');
    expect(organizations.find((o) => o.slug === PARTNER)?.kind).toBe('ASSOCIATION');
  });
});

describe('seed data: slugs', () => {
  const collections: [string, { slug: string }[]][] = [
    ['sectors', sectors],
    ['skills', skills],
    ['organizations', organizations],
    ['people', people],
    ['projects', projects],
    ['events', events],
  ];

  it.each(collections)('%s have unique, well-formed slugs', (_name, items) => {
    const slugs = items.map((i) => i.slug);
    for (const slug of slugs) expect(slug).toMatch(SLUG);
    expect(new Set(slugs).size).toBe(slugs.length);
  });
});

describe('seed data: skills taxonomy', () => {
  it('every skill has names, descriptions and aliases in both languages', () => {
    for (const s of skills) {
      expect(s.name.trim()).not.toBe('');
      expect(s.nameEn.trim()).not.toBe('');
      expect(s.description.trim()).not.toBe('');
      expect(s.descriptionEn.trim()).not.toBe('');
      expect(s.aliases.length).toBeGreaterThan(0);
      for (const a of s.aliases) expect(a.trim()).not.toBe('');
    }
  });

  it('broader and related skills exist and are not the skill itself', () => {
    for (const s of skills) {
      if (s.broader !== undefined) {
        expect(skillSlugs.has(s.broader)).toBe(true);
        expect(s.broader).not.toBe(s.slug);
      }
      for (const r of s.related ?? []) {
        expect(skillSlugs.has(r)).toBe(true);
        expect(r).not.toBe(s.slug);
      }
    }
  });

  it('stores each related pair once', () => {
    const pairs = new Set<string>();
    for (const s of skills) {
      for (const r of s.related ?? []) {
        const key = [s.slug, r].sort().join('|');
        expect(pairs.has(key)).toBe(false);
        pairs.add(key);
      }
    }
  });

  it('has no broader cycles', () => {
    const broaderOf = new Map(skills.map((s) => [s.slug, s.broader]));
    for (const s of skills) {
      const seen = new Set<string>([s.slug]);
      let current = s.broader;
      while (current !== undefined) {
        expect(seen.has(current)).toBe(false);
        seen.add(current);
        current = broaderOf.get(current);
      }
    }
  });

  it('includes the skills the demo talks about', () => {
    for (const slug of ['montaggio-video', 'riprese-video', 'streaming-live', 'audio-live', 'fotografia', 'camera-oscura', 'bim', 'gis', 'python', 'biomateriali', 'economia-circolare', 'microcredito', 'creazione-impresa', 'romanes']) {
      expect(skillSlugs.has(slug)).toBe(true);
    }
    expect(skills.find((s) => s.slug === 'montaggio-video')?.aliases).toContain('video editing');
    expect(skills.find((s) => s.slug === 'montaggio-video')?.broader).toBe('produzione-video');
  });
});

describe('seed data: references', () => {
  it('organizations reference existing sectors and have plausible years', () => {
    for (const o of organizations) {
      expect(o.sectors.length).toBeGreaterThan(0);
      for (const s of o.sectors) expect(sectorSlugs.has(s)).toBe(true);
      expect(o.foundedYear).toBeGreaterThanOrEqual(2008);
      expect(o.foundedYear).toBeLessThanOrEqual(2025);
      expect(o.description.trim()).not.toBe('');
    }
  });

  it('people reference existing skills and organizations with valid levels and dates', () => {
    for (const p of people) {
      expect(p.skills.length).toBeGreaterThanOrEqual(3);
      expect(p.skills.length).toBeLessThanOrEqual(8);
      expect(new Set(p.skills.map((s) => s.skill)).size).toBe(p.skills.length);
      for (const s of p.skills) {
        expect(skillSlugs.has(s.skill)).toBe(true);
        expect(s.level).toBeGreaterThanOrEqual(1);
        expect(s.level).toBeLessThanOrEqual(5);
        if (s.since !== undefined) expect(isValidDate(s.since)).toBe(true);
      }
      expect(p.memberships.length).toBeGreaterThanOrEqual(1);
      expect(p.memberships.length).toBeLessThanOrEqual(2);
      for (const m of p.memberships) {
        expect(orgSlugs.has(m.organization)).toBe(true);
        expect(m.role.trim()).not.toBe('');
        expect(isValidDate(m.since)).toBe(true);
        if (m.until !== undefined) {
          expect(isValidDate(m.until)).toBe(true);
          expect(m.until > m.since).toBe(true);
        }
      }
      if (p.phone !== undefined) expect(p.phone).toMatch(/^\+39 06 555\d \d{4}$/);
    }
  });

  it('projects reference existing sectors, organizations, people and skills', () => {
    for (const p of projects) {
      expect(isValidDate(p.startDate)).toBe(true);
      if (p.endDate !== undefined) {
        expect(isValidDate(p.endDate)).toBe(true);
        expect(p.endDate > p.startDate).toBe(true);
      }
      for (const s of p.sectors) expect(sectorSlugs.has(s)).toBe(true);
      expect(p.organizations.length).toBeGreaterThanOrEqual(1);
      expect(new Set(p.organizations.map((o) => o.organization)).size).toBe(p.organizations.length);
      for (const o of p.organizations) expect(orgSlugs.has(o.organization)).toBe(true);
      expect(p.contributors.length).toBeGreaterThanOrEqual(2);
      expect(new Set(p.contributors.map((c) => c.person)).size).toBe(p.contributors.length);
      for (const c of p.contributors) {
        expect(personSlugs.has(c.person)).toBe(true);
        expect(isValidDate(c.since)).toBe(true);
      }
      for (const n of p.needs) {
        expect(skillSlugs.has(n.skill)).toBe(true);
        expect(n.level).toBeGreaterThanOrEqual(1);
        expect(n.level).toBeLessThanOrEqual(5);
      }
    }
  });

  it('project contributors belong to one of the project organizations', () => {
    for (const p of projects) {
      const listed = new Set(p.organizations.map((o) => o.organization));
      for (const c of p.contributors) {
        const person = personBySlug.get(c.person);
        const inListed = person !== undefined && [...orgsOf(person)].some((o) => listed.has(o));
        expect({ project: p.slug, person: c.person, inListed }).toEqual({ project: p.slug, person: c.person, inListed: true });
      }
    }
  });

  it('events reference existing organizations, people and skills', () => {
    for (const e of events) {
      expect(e.organizers.length).toBeGreaterThan(0);
      for (const o of e.organizers) {
        if ('organization' in o) expect(orgSlugs.has(o.organization)).toBe(true);
        else expect(personSlugs.has(o.person)).toBe(true);
      }
      for (const t of e.teachers) expect(personSlugs.has(t)).toBe(true);
      for (const a of e.attendees) expect(personSlugs.has(a)).toBe(true);
      expect(e.skills.length).toBeGreaterThan(0);
      for (const s of e.skills) expect(skillSlugs.has(s)).toBe(true);
    }
  });

  it('collaborations, endorsements and accounts reference existing records', () => {
    for (const c of collaborations) {
      expect(orgSlugs.has(c.from)).toBe(true);
      expect(orgSlugs.has(c.to)).toBe(true);
      expect(isValidDate(c.since)).toBe(true);
    }
    for (const e of endorsements) {
      expect(personSlugs.has(e.from)).toBe(true);
      expect(personSlugs.has(e.to)).toBe(true);
      expect(skillSlugs.has(e.skill)).toBe(true);
    }
    for (const a of accounts) expect(personSlugs.has(a.person)).toBe(true);
  });
});

describe('seed data: organizations and memberships', () => {
  it('every organization has at least two members and a manager', () => {
    for (const o of organizations) {
      const members = people.filter((p) => p.memberships.some((m) => m.organization === o.slug && m.until === undefined));
      const managers = people.filter((p) => p.memberships.some((m) => m.organization === o.slug && m.isManager === true));
      expect({ org: o.slug, members: members.length >= 2, managers: managers.length >= 1 }).toEqual({
        org: o.slug,
        members: true,
        managers: true,
      });
    }
  });

  it('memberships and collaborations do not start before the organizations were founded', () => {
    const founded = new Map(organizations.map((o) => [o.slug, o.foundedYear]));
    for (const p of people) {
      for (const m of p.memberships) {
        const ok = Number(m.since.slice(0, 4)) >= (founded.get(m.organization) ?? Infinity);
        expect({ person: p.slug, org: m.organization, ok }).toEqual({ person: p.slug, org: m.organization, ok: true });
      }
    }
    for (const c of collaborations) {
      const year = Number(c.since.slice(0, 4));
      expect(year >= (founded.get(c.from) ?? Infinity) && year >= (founded.get(c.to) ?? Infinity)).toBe(true);
    }
  });

  it('the municipality has a few people and the hub has its staff', () => {
    const municipio = people.filter((p) => orgsOf(p).has(MUNICIPIO));
    expect(municipio.length).toBeGreaterThanOrEqual(2);
    expect(municipio.length).toBeLessThanOrEqual(4);
    const hubManagers = people.filter((p) => p.memberships.some((m) => m.organization === HUB && m.isManager));
    expect(hubManagers.length).toBeGreaterThanOrEqual(2);
  });
});

describe('seed data: projects', () => {
  it('most projects are collaborations across organizations', () => {
    const crossing = projects.filter((p) => contributorOrgs(p).size >= 2);
    expect(crossing.length).toBeGreaterThanOrEqual(15);
  });

  it('has a mix of statuses', () => {
    const statuses = new Set(projects.map((p) => p.status));
    expect([...statuses].sort()).toEqual(['ACTIVE', 'COMPLETED', 'IDEA', 'PAUSED']);
    expect(projects.filter((p) => p.status === 'ACTIVE').length).toBeGreaterThan(projects.length / 2);
  });

  it('has open calls with needs that members can match, and at least one skill gap', () => {
    const withCall = projects.filter((p) => p.openCall !== undefined);
    expect(withCall.length).toBeGreaterThanOrEqual(8);
    expect(withCall.filter((p) => p.openCall?.open === true).length).toBeGreaterThanOrEqual(6);
    expect(withCall.filter((p) => p.openCall?.open === false).length).toBeGreaterThanOrEqual(1);
    for (const p of withCall) {
      expect(p.needs.length).toBeGreaterThanOrEqual(1);
      expect(p.openCall?.text.trim()).not.toBe('');
    }

    const holders = (skill: string, level: number) => people.filter((p) => p.skills.some((s) => s.skill === skill && s.level >= level));
    const openNeeds = withCall.filter((p) => p.openCall?.open).flatMap((p) => p.needs);
    const matched = openNeeds.filter((n) => holders(n.skill, n.level).length > 0);
    const gaps = openNeeds.filter((n) => holders(n.skill, n.level).length === 0);
    expect(matched.length).toBeGreaterThan(openNeeds.length / 2);
    expect(gaps.length).toBeGreaterThanOrEqual(1);
  });
});

describe('seed data: events', () => {
  const organizedBy = (slug: string) => (e: (typeof events)[number]) =>
    e.organizers.some((o) => 'organization' in o && o.organization === slug);

  it('includes the photography course taught by the photography collective', () => {
    const courses = events.filter((e) => e.kind === 'COURSE' && (/fotograf/i.test(e.name) || e.skills.includes('fotografia')));
    expect(courses.length).toBeGreaterThanOrEqual(1);
    const course = courses[0]!;
    expect(course.skills).toContain('fotografia');
    expect(course.startsAt.slice(5, 7)).toBe('09');
    expect(course.teachers.length).toBeGreaterThan(0);
    for (const t of course.teachers) expect(orgsOf(personBySlug.get(t)!).has('grana-fine')).toBe(true);
  });

  it('includes business-creation workshops run with the partner association', () => {
    const workshops = events.filter((e) => e.kind === 'WORKSHOP' && organizedBy(PARTNER)(e));
    expect(workshops.length).toBeGreaterThanOrEqual(2);
    for (const w of workshops) expect(w.skills.some((s) => ['creazione-impresa', 'business-plan', 'microcredito', 'e-commerce'].includes(s))).toBe(true);
  });

  it('includes streaming, audio and video services for the municipality', () => {
    const services = events.filter((e) => e.kind === 'SERVICE' && organizedBy(MUNICIPIO)(e));
    expect(services.length).toBeGreaterThanOrEqual(3);
    for (const s of services) {
      expect(organizedBy(HUB)(s)).toBe(true);
      expect(s.skills.some((k) => ['streaming-live', 'audio-live', 'regia-video'].includes(k))).toBe(true);
    }
  });

  it('have valid times between September 2025 and March 2027 with the Europe/Rome offset', () => {
    for (const e of events) {
      for (const value of [e.startsAt, e.endsAt]) {
        expect(value).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/);
        const instant = new Date(value);
        expect(Number.isNaN(instant.getTime())).toBe(false);
        expect({ event: e.slug, offset: value.slice(-6) }).toEqual({ event: e.slug, offset: romeOffset(instant) });
      }
      const start = new Date(e.startsAt).getTime();
      const end = new Date(e.endsAt).getTime();
      expect(end).toBeGreaterThan(start);
      expect(start).toBeGreaterThanOrEqual(new Date('2025-09-01T00:00:00+02:00').getTime());
      expect(end).toBeLessThanOrEqual(new Date('2027-04-01T00:00:00+02:00').getTime());
    }
  });
});

describe('seed data: relations', () => {
  it('collaborations are between different organizations, once per pair, and follow from shared work', () => {
    const pairs = new Set<string>();
    for (const c of collaborations) {
      expect(c.from).not.toBe(c.to);
      const key = [c.from, c.to].sort().join('|');
      expect(pairs.has(key)).toBe(false);
      pairs.add(key);
      const sharedProject = projects.some((p) => {
        const orgs = p.organizations.map((o) => o.organization);
        return orgs.includes(c.from) && orgs.includes(c.to);
      });
      const sharedEvent = events.some((e) => {
        const orgs = e.organizers.flatMap((o) => ('organization' in o ? [o.organization] : []));
        return orgs.includes(c.from) && orgs.includes(c.to);
      });
      expect({ pair: key, shared: sharedProject || sharedEvent }).toEqual({ pair: key, shared: true });
    }
  });

  it('endorsements are not self-endorsements, not duplicated, for a held skill, between people who worked together', () => {
    const seen = new Set<string>();
    for (const e of endorsements) {
      expect(e.from).not.toBe(e.to);
      const key = `${e.from}|${e.to}|${e.skill}`;
      expect(seen.has(key)).toBe(false);
      seen.add(key);
      const from = personBySlug.get(e.from)!;
      const to = personBySlug.get(e.to)!;
      expect({ key, held: skillsOf(to).has(e.skill) }).toEqual({ key, held: true });
      const sameOrg = [...orgsOf(from)].some((o) => orgsOf(to).has(o));
      const sameProject = projects.some((p) => {
        const ids = p.contributors.map((c) => c.person);
        return ids.includes(e.from) && ids.includes(e.to);
      });
      expect({ key, workedTogether: sameOrg || sameProject }).toEqual({ key, workedTogether: true });
    }
  });
});

describe('seed data: accounts', () => {
  it('has exactly the four demo accounts', () => {
    expect(accounts).toHaveLength(4);
    const byRole = new Map(accounts.filter((a) => a.email !== 'gestore@rizoma.example').map((a) => [a.role, a]));
    expect(byRole.get('MEMBER')?.email).toBe('membro@rizoma.example');
    expect(byRole.get('STAFF')?.email).toBe('staff@rizoma.example');
    expect(byRole.get('ADMIN')?.email).toBe('admin@rizoma.example');
    expect(byRole.get('MEMBER')?.password).toBe('rizoma-membro-2026');
    expect(byRole.get('STAFF')?.password).toBe('rizoma-staff-2026');
    expect(byRole.get('ADMIN')?.password).toBe('rizoma-admin-2026');
    expect(new Set(accounts.map((a) => a.person)).size).toBe(4);
  });

  it('gives the organization-manager demo account a person who manages an organization', () => {
    const manager = accounts.find((a) => a.email === 'gestore@rizoma.example')!;
    expect(manager.role).toBe('MEMBER');
    expect(personBySlug.get(manager.person)!.memberships.some((m) => m.isManager)).toBe(true);
  });

  it('links the member to a videomaker and staff and admin to hub coordinators', () => {
    const member = personBySlug.get(accounts.find((a) => a.role === 'MEMBER')!.person)!;
    expect(member.memberships.some((m) => /videomaker/i.test(m.role))).toBe(true);
    for (const role of ['STAFF', 'ADMIN'] as const) {
      const person = personBySlug.get(accounts.find((a) => a.role === role)!.person)!;
      expect(person.memberships.some((m) => m.organization === HUB && m.isManager)).toBe(true);
    }
  });
});

describe('seed data: contacts', () => {
  it('uses only invented addresses under the reserved .example TLD', () => {
    for (const o of organizations) {
      if (o.email !== undefined) expect(isExampleEmail(o.email)).toBe(true);
      if (o.website !== undefined) expect(isExampleUrl(o.website)).toBe(true);
    }
    for (const p of people) {
      expect(isExampleEmail(p.email)).toBe(true);
      if (p.website !== undefined) expect(isExampleUrl(p.website)).toBe(true);
    }
    for (const a of accounts) expect(isExampleEmail(a.email)).toBe(true);
  });

  it('gives every person a unique email', () => {
    const emails = people.map((p) => p.email);
    expect(new Set(emails).size).toBe(emails.length);
  });
});

describe('seed data: graph', () => {
  it('people, organizations and projects form one connected component', () => {
    const adjacency = new Map<string, Set<string>>();
    const link = (a: string, b: string) => {
      if (!adjacency.has(a)) adjacency.set(a, new Set());
      if (!adjacency.has(b)) adjacency.set(b, new Set());
      adjacency.get(a)!.add(b);
      adjacency.get(b)!.add(a);
    };
    for (const o of organizations) adjacency.set(`org:${o.slug}`, new Set());
    for (const p of people) {
      adjacency.set(`person:${p.slug}`, adjacency.get(`person:${p.slug}`) ?? new Set());
      for (const m of p.memberships) link(`person:${p.slug}`, `org:${m.organization}`);
    }
    for (const p of projects) {
      adjacency.set(`project:${p.slug}`, adjacency.get(`project:${p.slug}`) ?? new Set());
      for (const c of p.contributors) link(`project:${p.slug}`, `person:${c.person}`);
      for (const o of p.organizations) link(`project:${p.slug}`, `org:${o.organization}`);
    }

    const start = `org:${HUB}`;
    const visited = new Set<string>([start]);
    const queue = [start];
    while (queue.length > 0) {
      const node = queue.shift()!;
      for (const next of adjacency.get(node) ?? []) {
        if (!visited.has(next)) {
          visited.add(next);
          queue.push(next);
        }
      }
    }
    const unreached = [...adjacency.keys()].filter((n) => !visited.has(n));
    expect(unreached).toEqual([]);
    expect(visited.size).toBe(organizations.length + people.length + projects.length);
  });

  it('every person takes part in a project or an event, or works in an organization that has projects', () => {
    const inProject = new Set(projects.flatMap((p) => p.contributors.map((c) => c.person)));
    const inEvent = new Set(events.flatMap((e) => [...e.teachers, ...e.attendees]));
    const orgsWithProjects = new Set(projects.flatMap((p) => p.organizations.map((o) => o.organization)));
    for (const p of people) {
      const ok = inProject.has(p.slug) || inEvent.has(p.slug) || [...orgsOf(p)].some((o) => orgsWithProjects.has(o));
      expect({ person: p.slug, ok }).toEqual({ person: p.slug, ok: true });
    }
  });
});
