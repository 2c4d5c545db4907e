import Graph from 'graphology';
import type { ForceAtlas2Settings } from 'graphology-layout-forceatlas2';
import { DIMMED_COLOR, nodeLabel, nodeSize, TYPE_STYLE, type MapGraphData, type MapNodeType } from './map-model';

/**
 * The map's graph and its layout, without a browser: the components and the benchmark
 * (scripts/bench/map-layout.ts) build and lay out graphs through these same functions.
 */

export interface MapNodeAttributes {
  x: number;
  y: number;
  size: number;
  color: string;
  label: string;
  nodeType: MapNodeType;
  slug: string;
  degree: number;
  /** ForceAtlas2 leaves fixed nodes where they are: a neighbourhood's centre stays in the middle. */
  fixed?: boolean;
}

export interface MapEdgeAttributes {
  edgeType: string;
  size: number;
}

export type MapGraphModel = Graph<MapNodeAttributes, MapEdgeAttributes>;

/** 32-bit FNV-1a of a string: a stable seed per node id. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** A point in the unit disc from a 32-bit seed, uniformly spread. */
function discPoint(seed: number, radius = 1): { x: number; y: number } {
  const angle = ((seed & 0xffff) / 0x10000) * 2 * Math.PI;
  const r = radius * Math.sqrt(((seed >>> 16) + 0.5) / 0x10000);
  return { x: r * Math.cos(angle), y: r * Math.sin(angle) };
}

/**
 * Starting points from the data alone, so the same data always gives the same picture:
 * the best-connected nodes are spread over the unit disc by a hash of their id, then
 * every other node starts near the nodes it links to that are already placed. Starting
 * close to its neighbours saves the force layout many iterations.
 */
export function placeNodes(graph: MapGraphModel, centreId?: string): void {
  const order = graph.nodes().sort((a, b) => graph.degree(b) - graph.degree(a) || (a < b ? -1 : 1));
  const placed = new Set<string>();
  const anchors = Math.max(1, Math.ceil(order.length / 50));
  order.forEach((node, i) => {
    let point = discPoint(hash(node));
    if (node === centreId) point = { x: 0, y: 0 };
    else if (i >= anchors) {
      let sx = 0;
      let sy = 0;
      let n = 0;
      graph.forEachNeighbor(node, (other, attrs) => {
        if (!placed.has(other)) return;
        sx += attrs.x;
        sy += attrs.y;
        n += 1;
      });
      if (n > 0) {
        const jitter = discPoint(hash(node), 0.08);
        point = { x: sx / n + jitter.x, y: sy / n + jitter.y };
      }
    }
    graph.mergeNodeAttributes(node, point);
    placed.add(node);
  });
}

/** Builds the graph to render, with positions, sizes, colours and labels, from API data. */
export function buildMapGraph(data: MapGraphData, locale: string, centreId?: string): MapGraphModel {
  const graph = new Graph<MapNodeAttributes, MapEdgeAttributes>({ type: 'undirected', multi: false, allowSelfLoops: false });
  for (const node of data.nodes) {
    if (graph.hasNode(node.id)) continue;
    graph.addNode(node.id, {
      x: 0,
      y: 0,
      size: nodeSize(node.type, node.degree) + (node.id === centreId ? 4 : 0),
      color: TYPE_STYLE[node.type]?.color ?? DIMMED_COLOR,
      label: nodeLabel(node, locale),
      nodeType: node.type,
      slug: node.slug,
      degree: node.degree,
      ...(node.id === centreId ? { fixed: true } : {}),
    });
  }
  for (const edge of data.edges) {
    if (edge.source === edge.target || !graph.hasNode(edge.source) || !graph.hasNode(edge.target)) continue;
    graph.mergeEdge(edge.source, edge.target, { edgeType: edge.type, size: 1 });
  }
  placeNodes(graph, centreId);
  return graph;
}

/**
 * The part of the graph the force layout moves: the nodes with at least one edge. Nodes
 * with none would only be pushed outwards and shrink the rest of the drawing; they are
 * put on a ring around it afterwards (placeUnlinked).
 */
export function linkedPart(graph: MapGraphModel): MapGraphModel {
  const part = graph.copy();
  part.forEachNode((node) => {
    if (part.degree(node) === 0) part.dropNode(node);
  });
  return part;
}

/**
 * Copies the laid-out positions back and puts the nodes without edges on a ring just
 * outside the drawing, in label order, so they stay visible and findable.
 */
export function applyLayout(graph: MapGraphModel, part: MapGraphModel): void {
  let cx = 0;
  let cy = 0;
  part.forEachNode((node, a) => {
    graph.mergeNodeAttributes(node, { x: a.x, y: a.y });
    cx += a.x / part.order;
    cy += a.y / part.order;
  });
  let radius = 0;
  part.forEachNode((_, a) => {
    radius = Math.max(radius, Math.hypot(a.x - cx, a.y - cy));
  });
  const unlinked = graph.filterNodes((node) => !part.hasNode(node));
  unlinked.sort((a, b) => graph.getNodeAttribute(a, 'label').localeCompare(graph.getNodeAttribute(b, 'label')));
  const ring = part.order === 0 ? 1 : radius * 1.12 + 1;
  unlinked.forEach((node, i) => {
    const angle = (2 * Math.PI * i) / unlinked.length - Math.PI / 2;
    graph.mergeNodeAttributes(node, { x: cx + ring * Math.cos(angle), y: cy + ring * Math.sin(angle) });
  });
}

/**
 * ForceAtlas2 settings for a graph of `order` nodes: the library's own inference
 * (strong gravity keeps unlinked nodes near the rest), Barnes-Hut from 1,000 nodes
 * (the O(n log n) repulsion is what keeps 5,000 nodes interactive, see the benchmark).
 */
export function layoutSettings(order: number): ForceAtlas2Settings {
  return {
    barnesHutOptimize: order >= 1_000,
    barnesHutTheta: 0.8,
    strongGravityMode: true,
    gravity: 0.05,
    scalingRatio: 10,
    slowDown: 1 + Math.log(Math.max(1, order)),
  };
}

/** When the layout stops: settled, or out of iterations, or out of time. */
export const LAYOUT_LIMITS = {
  maxIterations: 500,
  maxMs: 2_000,
  /** Mean movement per iteration, as a share of the drawing's size, under which it is still. */
  settledShare: 0.0015,
  /** Iterations in a row under that share before the layout counts as settled. */
  settledRuns: 10,
} as const;

/**
 * Watches a layout run: after each iteration it measures how far nodes moved on average
 * relative to the drawing's extent, and says when that stays small.
 */
export class SettleTracker {
  private previous: Float64Array;
  private calm = 0;
  iterations = 0;
  lastShare = Infinity;

  constructor(private readonly graph: MapGraphModel) {
    this.previous = this.positions();
  }

  private positions(): Float64Array {
    const out = new Float64Array(this.graph.order * 2);
    let i = 0;
    this.graph.forEachNode((_, a) => {
      out[i++] = a.x;
      out[i++] = a.y;
    });
    return out;
  }

  /** Records one iteration; true once the layout has settled. */
  record(): boolean {
    const now = this.positions();
    let moved = 0;
    let minX = Infinity;
    let maxX = -Infinity;
    let minY = Infinity;
    let maxY = -Infinity;
    for (let i = 0; i < now.length; i += 2) {
      const x = now[i] ?? 0;
      const y = now[i + 1] ?? 0;
      moved += Math.hypot(x - (this.previous[i] ?? 0), y - (this.previous[i + 1] ?? 0));
      minX = Math.min(minX, x);
      maxX = Math.max(maxX, x);
      minY = Math.min(minY, y);
      maxY = Math.max(maxY, y);
    }
    this.previous = now;
    this.iterations += 1;
    const extent = Math.max(maxX - minX, maxY - minY, 1e-9);
    this.lastShare = now.length === 0 ? 0 : moved / (now.length / 2) / extent;
    this.calm = this.lastShare < LAYOUT_LIMITS.settledShare ? this.calm + 1 : 0;
    return this.calm >= LAYOUT_LIMITS.settledRuns;
  }
}
