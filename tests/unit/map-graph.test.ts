import {
  allocateQuotas,
  assignSectors,
  sectorScope,
  shapeGraph,
  type MapEdge,
  type MapNodeType,
  type RawMapNode,
} from '@/lib/map/graph';
import {
  applyLayout,
  buildMapGraph,
  LAYOUT_LIMITS,
  linkedPart,
  placeNodes,
  SettleTracker,
} from '@/app/_components/map/map-layout';
import { mapFilterQuery, nodePath, nodeSize, parseMapFilter, TYPE_STYLE } from '@/app/_components/map/map-model';

/**
 * The pure parts of the ecosystem map: how the service shapes what the store returned
 * (caps, sectors, filters, degrees) and how the browser builds and lays out the graph.
 */

const node = (id: string, type: MapNodeType, label = id): RawMapNode => ({ id, type, slug: `${id}-slug`, label, labelEn: null });
const edge = (source: string, target: string, type: MapEdge['type']): MapEdge => ({ source, target, type });

// A small network: two sectors, an organization in each, a project in the first, people and skills.
const nodes: RawMapNode[] = [
  { ...node('s-video', 'SECTOR'), slug: 'video' },
  { ...node('s-green', 'SECTOR'), slug: 'green' },
  node('o-film', 'ORGANIZATION', 'Film'),
  node('o-solar', 'ORGANIZATION', 'Solar'),
  node('p-doc', 'PROJECT', 'Doc'),
  node('u-ada', 'PERSON', 'Ada'),
  node('u-bo', 'PERSON', 'Bo'),
  node('u-cy', 'PERSON', 'Cy'),
  node('k-edit', 'SKILL', 'Editing'),
  node('k-solder', 'SKILL', 'Soldering'),
  node('k-alone', 'SKILL', 'Alone'),
];
const edges: MapEdge[] = [
  edge('o-film', 's-video', 'IN_SECTOR'),
  edge('o-solar', 's-green', 'IN_SECTOR'),
  edge('p-doc', 's-video', 'IN_SECTOR'),
  edge('o-film', 'o-solar', 'COLLABORATES_WITH'),
  edge('o-solar', 'p-doc', 'CONTRIBUTES_TO'),
  edge('u-ada', 'o-film', 'MEMBER_OF'),
  edge('u-ada', 'p-doc', 'CONTRIBUTES_TO'),
  edge('u-bo', 'o-solar', 'MEMBER_OF'),
  edge('u-ada', 'k-edit', 'HAS_SKILL'),
  edge('u-bo', 'k-solder', 'HAS_SKILL'),
  edge('p-doc', 'k-edit', 'NEEDS'),
];
const byId = new Map(nodes.map((n) => [n.id, n]));

describe('allocateQuotas', () => {
  const none = { PERSON: 0, ORGANIZATION: 0, PROJECT: 0, SKILL: 0, SECTOR: 0 };

  test('everything fits: every type keeps all its nodes', () => {
    const available = { PERSON: 94, ORGANIZATION: 27, PROJECT: 24, SKILL: 163, SECTOR: 11 };
    expect(allocateQuotas(available, 5_000)).toEqual(available);
  });

  test('small types keep all, large ones share the rest evenly', () => {
    const quotas = allocateQuotas({ PERSON: 100_000, ORGANIZATION: 10_000, PROJECT: 20_000, SKILL: 2_000, SECTOR: 11 }, 5_000);
    expect(quotas.SECTOR).toBe(11);
    expect(quotas.SKILL).toBe(1_247); // (5,000 - 11) / 4
    expect(quotas.PERSON + quotas.ORGANIZATION + quotas.PROJECT + quotas.SKILL + quotas.SECTOR).toBeLessThanOrEqual(5_000);
    expect(Math.abs(quotas.PERSON - quotas.PROJECT)).toBeLessThanOrEqual(1);
  });

  test('never more than available or than the cap', () => {
    expect(allocateQuotas({ ...none, PERSON: 10 }, 3)).toEqual({ ...none, PERSON: 3 });
    expect(allocateQuotas({ ...none, PERSON: 10 }, 0)).toEqual(none);
  });
});

describe('assignSectors', () => {
  const sectors = assignSectors(byId, edges);

  test('a sector is its own; an organization or project takes its first sector by slug', () => {
    expect(sectors.get('s-video')).toBe('video');
    expect(sectors.get('o-film')).toBe('video');
    expect(sectors.get('o-solar')).toBe('green');
    const twoSectors = assignSectors(byId, [...edges, edge('o-film', 's-green', 'IN_SECTOR')]);
    expect(twoSectors.get('o-film')).toBe('green');
  });

  test('a person takes the most common sector of their organizations and projects', () => {
    expect(sectors.get('u-ada')).toBe('video'); // Film (video) and Doc (video)
    expect(sectors.get('u-bo')).toBe('green');
    expect(sectors.get('u-cy')).toBeNull();
  });

  test('ties are broken alphabetically', () => {
    const tied = assignSectors(byId, [edge('u-cy', 'o-film', 'MEMBER_OF'), edge('u-cy', 'o-solar', 'MEMBER_OF'), ...edges]);
    expect(tied.get('u-cy')).toBe('green');
  });

  test('a skill takes the most common sector of its people and projects', () => {
    expect(sectors.get('k-edit')).toBe('video');
    expect(sectors.get('k-solder')).toBe('green');
    expect(sectors.get('k-alone')).toBeNull();
  });

  test('sectors of organizations whose sector nodes are not in the graph come from ownerSectors', () => {
    const part = new Map([...byId].filter(([id]) => !id.startsWith('s-')));
    const withOwners = assignSectors(part, edges, new Map([['o-film', ['video', 'arts']]]));
    expect(withOwners.get('o-film')).toBe('arts');
    expect(withOwners.get('o-solar')).toBeNull();
  });
});

describe('sectorScope', () => {
  test('the sector, its organizations and projects, their people, and the skills they have or need', () => {
    expect(sectorScope(byId, edges, ['video'])).toEqual(new Set(['s-video', 'o-film', 'p-doc', 'u-ada', 'k-edit']));
  });

  test('an organization that only contributes to a project of the sector stays out', () => {
    expect(sectorScope(byId, edges, ['video']).has('o-solar')).toBe(false);
  });

  test('several sectors are a union; an unknown one is empty', () => {
    expect(sectorScope(byId, edges, ['video', 'green']).size).toBe(9);
    expect(sectorScope(byId, edges, ['nope']).size).toBe(0);
  });
});

describe('shapeGraph', () => {
  test('drops duplicate nodes, loops, edges to missing nodes and duplicate edges in either direction', () => {
    const graph = shapeGraph({
      nodes: [...nodes, node('u-ada', 'PERSON', 'Again')],
      edges: [...edges, edge('o-solar', 'o-film', 'COLLABORATES_WITH'), edge('u-ada', 'u-ada', 'MEMBER_OF'), edge('u-ada', 'ghost', 'MEMBER_OF')],
      truncated: false,
    });
    expect(graph.nodes).toHaveLength(nodes.length);
    expect(graph.nodes.find((n) => n.id === 'u-ada')?.label).toBe('Ada'); // the first one read wins
    expect(graph.edges).toHaveLength(edges.length);
  });

  test('counts degrees in the returned graph and keeps the truncated flag', () => {
    const graph = shapeGraph({ nodes, edges, truncated: true });
    const degree = Object.fromEntries(graph.nodes.map((n) => [n.id, n.degree]));
    expect(degree).toMatchObject({ 'u-ada': 3, 'o-solar': 4, 'k-alone': 0, 'p-doc': 4 });
    expect(graph.truncated).toBe(true);
    expect(graph.nodes.reduce((sum, n) => sum + n.degree, 0)).toBe(2 * graph.edges.length);
  });

  test('orders nodes by type, then name, and edges stably', () => {
    const graph = shapeGraph({ nodes: [...nodes].reverse(), edges: [...edges].reverse(), truncated: false });
    expect(graph.nodes.map((n) => n.type)).toEqual(['PERSON', 'PERSON', 'PERSON', 'ORGANIZATION', 'ORGANIZATION', 'PROJECT', 'SKILL', 'SKILL', 'SKILL', 'SECTOR', 'SECTOR']);
    expect(graph.nodes.slice(0, 3).map((n) => n.label)).toEqual(['Ada', 'Bo', 'Cy']);
    expect(shapeGraph({ nodes, edges, truncated: false })).toEqual(graph);
  });

  test('filters by type after assigning sectors, and degrees follow the filter', () => {
    const graph = shapeGraph({ nodes, edges, truncated: false }, { sectors: [], types: ['PERSON', 'SKILL'] });
    expect(new Set(graph.nodes.map((n) => n.type))).toEqual(new Set(['PERSON', 'SKILL']));
    expect(graph.edges.every((e) => e.type === 'HAS_SKILL')).toBe(true);
    expect(graph.nodes.find((n) => n.id === 'u-ada')).toMatchObject({ degree: 1, sector: 'video' });
  });

  test('filters by sector, then by type', () => {
    const graph = shapeGraph({ nodes, edges, truncated: false }, { sectors: ['video'], types: ['PERSON', 'ORGANIZATION', 'SECTOR'] });
    expect(graph.nodes.map((n) => n.id).sort()).toEqual(['o-film', 's-video', 'u-ada']);
    expect(graph.edges).toHaveLength(2);
  });
});

describe('the map URL', () => {
  const sectors = ['video', 'green'];

  test('reads types and a known sector; unknown values are ignored', () => {
    expect(parseMapFilter({ tipo: ['persone', 'progetti', 'draghi'], settore: 'video' }, sectors)).toEqual({
      types: ['PERSON', 'PROJECT'],
      sector: 'video',
    });
    expect(parseMapFilter({ tipo: 'competenze', settore: 'nope' }, sectors)).toEqual({ types: ['SKILL'], sector: null });
    expect(parseMapFilter({}, sectors)).toEqual({ types: [], sector: null });
  });

  test('every type selected is the same as none', () => {
    expect(parseMapFilter({ tipo: Object.values(TYPE_STYLE).map((s) => s.param) }, sectors).types).toEqual([]);
  });

  test('writes the query string it reads', () => {
    const filter = { types: ['ORGANIZATION', 'SECTOR'] as MapNodeType[], sector: 'green' };
    const query = mapFilterQuery(filter);
    expect(query).toBe('tipo=organizzazioni&tipo=settori&settore=green');
    const params = new URLSearchParams(query);
    expect(parseMapFilter({ tipo: params.getAll('tipo'), settore: params.getAll('settore') }, sectors)).toEqual(filter);
    expect(mapFilterQuery({ types: [], sector: null })).toBe('');
  });

  test('a node opens its profile page', () => {
    expect(nodePath({ type: 'PERSON', slug: 'ada' })).toBe('/persone/ada');
    expect(nodePath({ type: 'SKILL', slug: 'montaggio video' })).toBe('/competenze/montaggio%20video');
    expect(nodePath({ type: 'SECTOR', slug: 'video' })).toBe('/settori/video');
  });
});

describe('the browser graph', () => {
  const data = shapeGraph({ nodes, edges, truncated: false });

  test('node sizes grow with degree, differ by type and stay bounded', () => {
    expect(nodeSize('PERSON', 9)).toBeGreaterThan(nodeSize('PERSON', 1));
    expect(nodeSize('SECTOR', 0)).toBeGreaterThan(nodeSize('PERSON', 0));
    expect(nodeSize('PERSON', 1_000_000)).toBeLessThanOrEqual(22);
  });

  test('is built with labels in the reader’s language and the same starting positions every time', () => {
    const withEnglish = { ...data, nodes: data.nodes.map((n) => (n.id === 'k-edit' ? { ...n, labelEn: 'Video editing' } : n)) };
    const a = buildMapGraph(withEnglish, 'en');
    const b = buildMapGraph(withEnglish, 'en');
    expect(a.order).toBe(nodes.length);
    expect(a.size).toBe(edges.length);
    expect(a.getNodeAttribute('k-edit', 'label')).toBe('Video editing');
    expect(buildMapGraph(withEnglish, 'it').getNodeAttribute('k-edit', 'label')).toBe('Editing');
    a.forEachNode((n, attrs) => expect([attrs.x, attrs.y]).toEqual([b.getNodeAttribute(n, 'x'), b.getNodeAttribute(n, 'y')]));
  });

  test('keeps a neighbourhood’s centre fixed in the middle', () => {
    const graph = buildMapGraph(data, 'it', 'u-ada');
    expect(graph.getNodeAttributes('u-ada')).toMatchObject({ x: 0, y: 0, fixed: true });
    expect(graph.getNodeAttribute('u-ada', 'size')).toBeGreaterThan(nodeSize('PERSON', 3));
  });

  test('starts nodes near the nodes they link to', () => {
    const graph = buildMapGraph(data, 'it');
    placeNodes(graph);
    const dist = (a: string, b: string) =>
      Math.hypot(graph.getNodeAttribute(a, 'x') - graph.getNodeAttribute(b, 'x'), graph.getNodeAttribute(a, 'y') - graph.getNodeAttribute(b, 'y'));
    // Bo's only link is Solar: he starts within the jitter of it.
    expect(dist('u-bo', 'o-solar')).toBeLessThan(0.1);
  });

  test('lays out the linked part and rings the unlinked nodes around it', () => {
    const graph = buildMapGraph(data, 'it');
    const part = linkedPart(graph);
    expect(part.hasNode('k-alone')).toBe(false);
    expect(part.hasNode('u-cy')).toBe(false);
    expect(part.order).toBe(nodes.length - 2);
    applyLayout(graph, part);
    let radius = 0;
    part.forEachNode((_, a) => (radius = Math.max(radius, Math.hypot(a.x, a.y))));
    for (const lonely of ['k-alone', 'u-cy']) {
      const { x, y } = graph.getNodeAttributes(lonely);
      expect(Math.hypot(x, y)).toBeGreaterThan(radius * 0.9);
    }
  });

  test('the settle tracker waits for several calm iterations', () => {
    const graph = buildMapGraph(data, 'it');
    const tracker = new SettleTracker(graph);
    graph.updateEachNodeAttributes((_, a) => ({ ...a, x: a.x + 0.5 }));
    expect(tracker.record()).toBe(false);
    let settled = false;
    for (let i = 0; i < LAYOUT_LIMITS.settledRuns; i++) settled = tracker.record();
    expect(settled).toBe(true);
    expect(tracker.iterations).toBe(LAYOUT_LIMITS.settledRuns + 1);
  });
});
