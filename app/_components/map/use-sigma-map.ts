import { useEffect, useRef, useState, type RefObject } from 'react';
import type { Settings } from 'sigma/settings';
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import {
  applyLayout,
  buildMapGraph,
  LAYOUT_LIMITS,
  layoutSettings,
  linkedPart,
  SettleTracker,
  type MapEdgeAttributes,
  type MapGraphModel,
  type MapNodeAttributes,
} from './map-layout';
import { DIMMED_COLOR, EDGE_COLOR, EDGE_HIGHLIGHT_COLOR, type MapGraphData, type MapNodeType } from './map-model';

/**
 * The shared sigma setup of the maps. sigma draws with WebGL, so everything here runs in
 * the browser only, after mount: the graph is built from API data, laid out by
 * ForceAtlas2 in a web worker (bounded in iterations and time, from deterministic
 * starting points), and only then handed to sigma, so nothing moves under the pointer
 * and nothing is drawn while the layout works. Hovering a node, or focusing it from
 * the accessible list, highlights it and its neighbours and dims the rest.
 */

export type MapPhase = 'idle' | 'layout' | 'ready' | 'unsupported';

export interface UseSigmaMapOptions {
  data: MapGraphData | null;
  locale: string;
  /** The node a neighbourhood is drawn around: centred, bigger and always labelled. */
  centreId?: string;
  /**
   * A small map embedded in a page: no wheel zoom, no panning and no touch capture, so
   * scrolling the page over it keeps scrolling the page.
   */
  embedded?: boolean;
  onOpen(node: { type: MapNodeType; slug: string }): void;
}

export interface SigmaMap {
  containerRef: RefObject<HTMLDivElement | null>;
  phase: MapPhase;
  /** Highlights a node and its neighbours and brings it into view; null clears. */
  focus(id: string | null): void;
  zoom(direction: 'in' | 'out' | 'reset'): void;
}

interface Controls {
  focus(id: string | null): void;
  zoom(direction: 'in' | 'out' | 'reset'): void;
}

type Renderer = import('sigma').default<MapNodeAttributes, MapEdgeAttributes>;

function prefersReducedMotion(): boolean {
  return typeof window.matchMedia === 'function' && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/**
 * Runs ForceAtlas2 in a web worker on the linked part of the graph until it settles, or
 * for at most LAYOUT_LIMITS.maxIterations iterations or maxMs, then writes the positions
 * back. Resolves early (keeping the starting positions) when workers are unavailable.
 */
async function layOut(graph: MapGraphModel, onDispose: (stop: () => void) => void): Promise<void> {
  const part = linkedPart(graph);
  if (part.order > 1) {
    const { default: FA2Layout } = await import('graphology-layout-forceatlas2/worker');
    await new Promise<void>((resolve) => {
      const tracker = new SettleTracker(part);
      const started = performance.now();
      let layout: InstanceType<typeof FA2Layout> | null = null;
      let finished = false;
      const finish = () => {
        if (finished) return;
        finished = true;
        part.removeListener('eachNodeAttributesUpdated', onIteration);
        clearTimeout(deadline);
        layout?.kill();
        resolve();
      };
      function onIteration() {
        if (finished) return;
        const settled = tracker.record();
        const late = performance.now() - started >= LAYOUT_LIMITS.maxMs;
        // The supervisor is still inside its message handler: kill it after that returns.
        if (settled || late || tracker.iterations >= LAYOUT_LIMITS.maxIterations) setTimeout(finish, 0);
      }
      // A worker that never answers must not keep the map waiting.
      const deadline = setTimeout(finish, LAYOUT_LIMITS.maxMs + 1_000);
      onDispose(finish);
      try {
        layout = new FA2Layout(part, { settings: layoutSettings(part.order), getEdgeWeight: null });
        part.on('eachNodeAttributesUpdated', onIteration);
        layout.start();
      } catch {
        finish();
      }
    });
  }
  applyLayout(graph, part);
}

function rendererSettings(
  graph: MapGraphModel,
  highlight: { active: string | null; neighbours: Set<string> },
  options: Pick<UseSigmaMapOptions, 'centreId' | 'embedded'>,
): Partial<Settings<MapNodeAttributes, MapEdgeAttributes>> {
  const { centreId, embedded = false } = options;
  return {
    // A hidden or collapsed container is normal (tabs, print, small screens): no errors.
    allowInvalidContainer: true,
    renderEdgeLabels: false,
    enableEdgeEvents: false,
    defaultEdgeColor: EDGE_COLOR,
    labelFont: 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif',
    labelSize: 13,
    labelWeight: '600',
    labelColor: { color: '#1d1f24' },
    labelDensity: 0.5,
    labelRenderedSizeThreshold: graph.order > 1_000 ? 9 : 6,
    zIndex: true,
    hideEdgesOnMove: graph.size > 5_000,
    minCameraRatio: 0.03,
    maxCameraRatio: 2,
    enableCameraZooming: !embedded,
    enableCameraPanning: !embedded,
    nodeReducer: (node, attrs): Partial<NodeDisplayData> => {
      const { active, neighbours } = highlight;
      if (active === null) return node === centreId ? { ...attrs, highlighted: true, forceLabel: true, zIndex: 1 } : attrs;
      if (node === active) return { ...attrs, highlighted: true, forceLabel: true, zIndex: 2 };
      if (neighbours.has(node)) return { ...attrs, forceLabel: neighbours.size <= 40, zIndex: 1 };
      return { ...attrs, color: DIMMED_COLOR, label: null, zIndex: 0 };
    },
    edgeReducer: (edge, attrs): Partial<EdgeDisplayData> => {
      const { active } = highlight;
      if (active === null) return attrs;
      if (graph.hasExtremity(edge, active)) return { ...attrs, color: EDGE_HIGHLIGHT_COLOR, size: 2, zIndex: 1 };
      return { ...attrs, hidden: true };
    },
  };
}

/** Draws `data` with sigma in the returned container once laid out; see the module comment. */
export function useSigmaMap({ data, locale, centreId, embedded, onOpen }: UseSigmaMapOptions): SigmaMap {
  const containerRef = useRef<HTMLDivElement>(null);
  const controls = useRef<Controls | null>(null);
  const pendingFocus = useRef<string | null>(null);
  const onOpenRef = useRef(onOpen);
  const [phaseOf, setPhaseOf] = useState<{ data: MapGraphData; phase: MapPhase } | null>(null);

  useEffect(() => {
    onOpenRef.current = onOpen;
  }, [onOpen]);

  useEffect(() => {
    const container = containerRef.current;
    if (!data || !container) return;
    let disposed = false;
    const disposers: (() => void)[] = [];
    const setPhase = (phase: MapPhase) => {
      if (!disposed) setPhaseOf({ data, phase });
    };

    const start = async () => {
      const graph = buildMapGraph(data, locale, centreId);
      await layOut(graph, (stop) => disposers.push(stop));
      if (disposed) return;
      const { default: Sigma } = await import('sigma');
      if (disposed) return;

      const highlight = { active: null as string | null, neighbours: new Set<string>() };
      let hovered: string | null = null;
      let focused: string | null = null;
      let renderer: Renderer;
      try {
        renderer = new Sigma<MapNodeAttributes, MapEdgeAttributes>(graph, container, rendererSettings(graph, highlight, { centreId, embedded }));
      } catch {
        // No WebGL (old browser, disabled GPU): the list of nodes still works.
        setPhase('unsupported');
        return;
      }
      disposers.push(() => renderer.kill());
      if (embedded) renderer.getTouchCaptor().enabled = false;

      const update = () => {
        const active = hovered ?? focused;
        highlight.active = active !== null && graph.hasNode(active) ? active : null;
        highlight.neighbours = highlight.active ? new Set(graph.neighbors(highlight.active)) : new Set();
        renderer.refresh({ skipIndexation: true });
      };
      renderer.on('enterNode', ({ node }) => {
        hovered = node;
        container.style.cursor = 'pointer';
        update();
      });
      renderer.on('leaveNode', () => {
        hovered = null;
        container.style.cursor = '';
        update();
      });
      renderer.on('clickNode', ({ node }) => {
        const attrs = graph.getNodeAttributes(node);
        onOpenRef.current({ type: attrs.nodeType, slug: attrs.slug });
      });

      // sigma follows window resizes only; the container also changes with the layout.
      let frame = 0;
      const observer = new ResizeObserver(() => {
        cancelAnimationFrame(frame);
        frame = requestAnimationFrame(() => renderer.refresh());
      });
      observer.observe(container);
      disposers.push(() => {
        observer.disconnect();
        cancelAnimationFrame(frame);
      });

      const duration = () => (prefersReducedMotion() ? 0 : 400);
      controls.current = {
        focus(id) {
          focused = id;
          update();
          const shown = id === null ? undefined : renderer.getNodeDisplayData(id);
          if (!shown || embedded) return;
          const camera = renderer.getCamera();
          const ratio = Math.min(camera.ratio, graph.order > 500 ? 0.3 : 0.7);
          void camera.animate({ x: shown.x, y: shown.y, ratio }, { duration: duration() });
        },
        zoom(direction) {
          const camera = renderer.getCamera();
          if (direction === 'in') void camera.animatedZoom({ duration: duration() });
          else if (direction === 'out') void camera.animatedUnzoom({ duration: duration() });
          else void camera.animatedReset({ duration: duration() });
        },
      };
      disposers.push(() => {
        controls.current = null;
      });
      if (pendingFocus.current !== null) controls.current.focus(pendingFocus.current);
      setPhase('ready');
    };

    start().catch(() => setPhase('unsupported'));
    return () => {
      disposed = true;
      for (const dispose of disposers.splice(0).reverse()) dispose();
    };
  }, [data, locale, centreId, embedded]);

  const phase: MapPhase = !data ? 'idle' : phaseOf?.data === data ? phaseOf.phase : 'layout';
  return {
    containerRef,
    phase,
    focus(id) {
      pendingFocus.current = id;
      controls.current?.focus(id);
    },
    zoom(direction) {
      controls.current?.zoom(direction);
    },
  };
}
