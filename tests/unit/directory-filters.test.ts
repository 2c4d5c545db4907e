import {
  eventsView,
  isFiltered,
  listHref,
  organizationsView,
  pageLinks,
  peopleView,
  projectsView,
  skillsView,
  viewEntries,
} from '@/app/_components/directory/url-state';
import { decodeCursor, encodeCursor } from '@/lib/directory/connection';
import { eventParams, InvalidFilterError, MAX_SKILLS_FILTER, skillsFilter, slugFilter } from '@/lib/directory/lists';

/** The list filters: the service's validation and the pages' address parsing. */

function fieldOf(work: () => unknown): string | null {
  try {
    work();
    return null;
  } catch (error) {
    if (error instanceof InvalidFilterError) return error.field;
    throw error;
  }
}

describe('service validation', () => {
  test('slug filters: trimmed, blank means none, overlong refused', () => {
    expect(slugFilter('  lucefilm ', 'filter.organization')).toBe('lucefilm');
    expect(slugFilter('   ', 'filter.organization')).toBeNull();
    expect(slugFilter(null, 'filter.organization')).toBeNull();
    expect(fieldOf(() => slugFilter('x'.repeat(201), 'filter.sector'))).toBe('filter.sector');
  });

  test('skills: blanks and repeats dropped, at most 10', () => {
    expect(skillsFilter(['a', ' b ', '', 'a'])).toEqual(['a', 'b']);
    expect(skillsFilter(null)).toEqual([]);
    const many = Array.from({ length: MAX_SKILLS_FILTER + 1 }, (_, i) => `s${i}`);
    expect(fieldOf(() => skillsFilter(many))).toBe('filter.skills');
    expect(skillsFilter([...many.slice(0, MAX_SKILLS_FILTER), 's0'])).toHaveLength(MAX_SKILLS_FILTER);
  });

  const now = new Date('2026-11-27T10:00:00Z');

  test.each([
    ['winter', '2026-01-15', '2026-01-14T23:00:00.000Z', '2026-01-15T23:00:00.000Z'],
    ['summer', '2026-07-01', '2026-06-30T22:00:00.000Z', '2026-07-01T22:00:00.000Z'],
    ['the day summer time starts', '2026-03-29', '2026-03-28T23:00:00.000Z', '2026-03-29T22:00:00.000Z'],
    ['the day summer time ends', '2026-10-25', '2026-10-24T22:00:00.000Z', '2026-10-25T23:00:00.000Z'],
  ])('event days are whole days in Rome (%s)', (_label, day, since, until) => {
    expect(eventParams({ from: day, to: day }, now)).toMatchObject({ sinceIso: since, untilIso: until });
  });

  test('event times: UPCOMING, PAST, ALL', () => {
    expect(eventParams({ when: 'UPCOMING' }, now)).toEqual({
      kind: null,
      sinceIso: null,
      untilIso: null,
      upcoming: true,
      nowIso: now.toISOString(),
    });
    expect(eventParams({ when: 'PAST', kind: 'COURSE' }, now)).toMatchObject({ upcoming: false, kind: 'COURSE' });
    expect(eventParams(null, now)).toMatchObject({ upcoming: null });
  });

  test('event days: impossible dates and reversed ranges are refused, naming the field', () => {
    expect(fieldOf(() => eventParams({ from: '2026-02-30' }, now))).toBe('filter.from');
    expect(fieldOf(() => eventParams({ to: '26-01-01' }, now))).toBe('filter.to');
    expect(fieldOf(() => eventParams({ from: '2026-05-02', to: '2026-05-01' }, now))).toBe('filter.to');
    expect(fieldOf(() => eventParams({ from: '2026-05-01', to: '2026-05-01' }, now))).toBeNull();
  });
});

describe('addresses', () => {
  test('the people address of the issue', () => {
    const view = peopleView({
      competenza: ['montaggio-video', 'streaming-live'],
      organizzazione: 'lucefilm',
      disponibilita: 'OPEN',
      ordine: 'nome',
      dopo: encodeCursor(19),
    });
    expect(view).toEqual({
      skills: ['montaggio-video', 'streaming-live'],
      organization: 'lucefilm',
      availability: 'OPEN',
      order: 'nome',
      after: encodeCursor(19),
    });
  });

  test('unknown or malformed values are ignored, never sent to the API', () => {
    const view = peopleView({ competenza: ['', ' ', 'a', 'a'], disponibilita: 'SOMETIMES', ordine: 'random', dopo: 'garbage' });
    expect(view).toEqual({ skills: ['a'], organization: null, availability: null, order: 'nome', after: null });
    expect(peopleView({ competenza: Array.from({ length: 15 }, (_, i) => `s${i}`) }).skills).toHaveLength(MAX_SKILLS_FILTER);
    expect(peopleView({ disponibilita: 'limited' }).availability).toBe('LIMITED');
    expect(organizationsView({ tipo: 'cooperative', settore: 'design', ordine: 'MEMBRI' })).toMatchObject({
      kind: 'COOPERATIVE',
      sector: 'design',
      order: 'membri',
    });
    expect(projectsView({ bando: 'aperto', stato: 'ACTIVE' })).toMatchObject({ openCall: true, status: 'ACTIVE', order: 'nome' });
    expect(projectsView({ bando: 'sì' }).openCall).toBe(false);
    expect(skillsView({ ordine: 'persone' }).order).toBe('persone');
  });

  test('events: coming up by default, impossible days ignored, reversed days put right', () => {
    expect(eventsView({})).toEqual({ kind: null, when: 'prossimi', from: null, to: null, after: null });
    expect(eventsView({ dal: '2026-02-30', al: '2026-03-01' })).toMatchObject({ from: null, to: '2026-03-01' });
    expect(eventsView({ dal: '2026-05-10', al: '2026-05-01', quando: 'tutti' })).toMatchObject({
      from: '2026-05-01',
      to: '2026-05-10',
      when: 'tutti',
    });
  });

  test('addresses leave out empty and default values', () => {
    const view = peopleView({ competenza: ['a', 'b'], ordine: 'nome', organizzazione: '' });
    const entries = viewEntries.people(view);
    expect(listHref('/persone', entries)).toBe('/persone?competenza=a&competenza=b');
    expect(isFiltered(entries)).toBe(true);
    expect(isFiltered(viewEntries.people(peopleView({ ordine: 'recenti' })))).toBe(false);
    expect(listHref('/persone', viewEntries.people(peopleView({ ordine: 'recenti' })))).toBe('/persone?ordine=recenti');
    expect(listHref('/eventi', viewEntries.events(eventsView({})))).toBe('/eventi');
    expect(listHref('/eventi', viewEntries.events(eventsView({ quando: 'passati' })))).toBe('/eventi?quando=passati');
    expect(listHref('/progetti', viewEntries.projects(projectsView({ bando: 'aperto' })))).toBe('/progetti?bando=aperto');
  });

  test('page links keep the filters; previous is computed from the offset', () => {
    const entries = viewEntries.people(peopleView({ competenza: 'a' }));
    const first = pageLinks('/persone', entries, null, 20, { hasNextPage: true, endCursor: encodeCursor(19) });
    expect(first).toEqual({ from: 1, to: 20, previous: null, next: `/persone?competenza=a&dopo=${encodeCursor(19)}` });

    const second = pageLinks('/persone', entries, encodeCursor(19), 20, { hasNextPage: true, endCursor: encodeCursor(39) });
    expect(second.previous).toBe('/persone?competenza=a');
    expect(second).toMatchObject({ from: 21, to: 40 });

    const third = pageLinks('/persone', entries, encodeCursor(39), 14, { hasNextPage: false, endCursor: encodeCursor(53) });
    expect(third).toMatchObject({ from: 41, to: 54, next: null });
    const previousCursor = new URL(`http://x${third.previous}`).searchParams.get('dopo');
    expect(decodeCursor(previousCursor!)).toBe(19);

    // An offset that is not a multiple of the page size goes back to the start, not before it.
    expect(pageLinks('/persone', [], encodeCursor(4), 20, { hasNextPage: false, endCursor: null }).previous).toBe('/persone');
    expect(pageLinks('/persone', [], null, 0, { hasNextPage: false, endCursor: null })).toEqual({ from: 0, to: 0, previous: null, next: null });
  });
});
