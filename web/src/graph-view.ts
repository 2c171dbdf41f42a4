/**
 * The canvas: Cytoscape.js drawing the loaded graph. Small graphs get a force-directed layout (fcose); large ones
 * (a 2,000-node neighbourhood) get concentric rings by distance from the focus, which is linear in the number of
 * nodes, so the page never freezes on a layout. Nodes added by expanding a node are placed around it.
 */
import cytoscape from 'cytoscape';
import type { Core, ElementDefinition, EventObject, NodeSingular, StylesheetJson } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import type { MergedEdge } from './graph-model';
import { displayLabel } from './graph-model';
import type { DrawNode } from './queries';
import { EDGE_TYPES, edgeStyle, NODE_TYPES, nodeStyle } from './theme';

const FALLBACK_NODE_COLOUR = nodeStyle('').colour;
const FALLBACK_EDGE_COLOUR = edgeStyle('').colour;

/** Largest zoom a fit to the canvas may leave. */
const MAX_FIT_ZOOM = 1.25;

/** Two taps on the same node within this many ms are a double tap. */
const DOUBLE_TAP_MS = 400;

/** Above this many nodes, layouts are concentric rings instead of force-directed. */
export const FORCE_LAYOUT_MAX_NODES = 350;
/** Above this many elements (nodes and edges), the graph is drawn in the cheaper style and with viewport optimisations. */
export const LARGE_GRAPH_ELEMENTS = 1200;

const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Liberation Sans", Arial, sans-serif';

export interface GraphViewHandlers {
  readonly onNodeTap: (id: string) => void;
  readonly onNodeDoubleTap: (id: string) => void;
  readonly onEdgeTap: (id: string) => void;
  readonly onBackgroundTap: () => void;
  /** After each layout has been drawn; `first` for the first drawing of a freshly loaded graph. */
  readonly onRendered: (info: { readonly nodes: number; readonly edges: number; readonly ms: number }) => void;
}

/**
 * The canvas styles. A large graph (see {@link LARGE_GRAPH_ELEMENTS}) is drawn more cheaply, as Cytoscape's
 * performance notes advise: straight "haystack" edges without arrows or labels, node labels without wrapping or
 * background. The relationships of the selected element get their arrows and labels back.
 */
function stylesheet(large: boolean): StylesheetJson {
  const labelledEdge = {
    label: 'data(label)',
    'font-family': FONT,
    'font-size': 9,
    color: '#374151',
    'text-rotation': 'autorotate',
    'text-background-color': '#ffffff',
    'text-background-opacity': 0.85,
    'text-background-padding': '1px',
    'min-zoomed-font-size': 8,
    'target-arrow-shape': 'triangle',
    'arrow-scale': 0.9,
  } as const;
  return [
    {
      selector: 'node',
      style: {
        'background-color': FALLBACK_NODE_COLOUR,
        width: 20,
        height: 20,
        label: 'data(label)',
        'font-family': FONT,
        'font-size': 11,
        color: '#111827',
        'text-valign': 'bottom',
        'text-halign': 'center',
        'text-margin-y': 4,
        // A large graph is too dense for every label: they appear only when zoomed far in, except those of the
        // focus and of the selection and its neighbours (below).
        'min-zoomed-font-size': large ? 24 : 6,
        'border-width': large ? 0 : 1.5,
        'border-color': '#ffffff',
        ...(large
          ? {}
          : {
              'text-wrap': 'wrap',
              'text-max-width': '130px',
              'text-background-color': '#ffffff',
              'text-background-opacity': 0.85,
              'text-background-padding': '2px',
              'text-background-shape': 'roundrectangle',
            }),
      },
    },
    // One block per type with plain values, selected by class: much cheaper for Cytoscape than data mappers.
    ...NODE_TYPES.map((t) => ({
      selector: `node.${typeClass(t.type)}`,
      style: { 'background-color': t.colour, shape: t.shape, width: t.size, height: t.size },
    })),
    ...(large
      ? [
          {
            selector: 'node.labelled, node.focus, node:selected',
            style: {
              'min-zoomed-font-size': 5,
              'text-background-color': '#ffffff',
              'text-background-opacity': 0.85,
              'text-background-padding': '2px',
              'z-index': 10,
            },
          },
        ]
      : []),
    {
      selector: 'node.focus',
      style: {
        width: (n: NodeSingular) => Number(n.data('size')) * 1.5,
        height: (n: NodeSingular) => Number(n.data('size')) * 1.5,
        'border-width': 4,
        'border-color': '#111827',
        'font-size': 13,
        'font-weight': 'bold',
        'z-index': 20,
      },
    },
    {
      selector: 'node.expanded',
      style: { 'border-color': '#334155', 'border-style': 'double', 'border-width': 4 },
    },
    {
      selector: 'node:selected',
      style: {
        'border-width': 5,
        'border-color': '#f59e0b',
        'border-style': 'solid',
        'font-weight': 'bold',
        'z-index': 30,
      },
    },
    {
      selector: 'edge',
      style: {
        width: 1,
        'line-color': FALLBACK_EDGE_COLOUR,
        ...(large ? { 'curve-style': 'haystack', 'haystack-radius': 0 } : { 'curve-style': 'bezier', ...labelledEdge }),
      },
    },
    ...EDGE_TYPES.map((t) => ({
      selector: `edge.${typeClass(t.type)}`,
      style: {
        width: t.width,
        'line-color': t.colour,
        'target-arrow-color': t.colour,
        // Dashed and dotted lines are slow to draw on a canvas: a large graph has solid lines only.
        'line-style': large ? 'solid' : t.line,
      },
    })),
    ...(large
      ? EDGE_TYPES.filter((t) => t.line !== 'solid').map((t) => ({
          selector: `edge.labelled.${typeClass(t.type)}`,
          style: { 'line-style': t.line },
        }))
      : []),
    // Labels of structural and mention edges only when zoomed in, so that mandates stay legible.
    { selector: 'edge.weak', style: { color: '#4b5563', 'font-size': 8, 'min-zoomed-font-size': 11 } },
    ...(large
      ? [
          {
            selector: 'edge.labelled',
            style: { 'curve-style': 'straight', ...labelledEdge },
          },
        ]
      : []),
    {
      selector: 'edge:selected',
      style: {
        ...(large ? { 'curve-style': 'straight', ...labelledEdge } : {}),
        width: (e: cytoscape.EdgeSingular) => Number(e.data('width')) + 3,
        'line-color': '#f59e0b',
        'target-arrow-color': '#f59e0b',
        color: '#111827',
        'font-weight': 'bold',
        'z-index': 30,
      },
    },
    { selector: '.faded', style: { opacity: 0.2 } },
    { selector: '.hidden', style: { display: 'none' } },
  ] as StylesheetJson;
}

/** Labels longer than this are cut with an ellipsis (the details panel has the full name). */
const MAX_LABEL = 48;

function shortLabel(node: DrawNode): string {
  const label = displayLabel(node);
  return label.length > MAX_LABEL ? `${label.slice(0, MAX_LABEL - 1).trimEnd()}…` : label;
}

/** The class that gives an element its type's style (types are identifiers, so they make valid class names). */
function typeClass(type: string): string {
  return `t-${type.replace(/[^A-Za-z0-9_-]/g, '_')}`;
}

function nodeElement(node: DrawNode, hidden = false): ElementDefinition {
  return {
    group: 'nodes',
    data: { id: node.id, label: shortLabel(node), type: node.type, size: nodeStyle(node.type).size },
    classes: hidden ? `${typeClass(node.type)} hidden` : typeClass(node.type),
  };
}

function edgeLabel(edge: MergedEdge): string {
  return edge.edges.length > 1 ? `${edge.type} ×${edge.edges.length}` : edge.type;
}

function edgeElement(edge: MergedEdge): ElementDefinition {
  const s = edgeStyle(edge.type);
  return {
    group: 'edges',
    data: {
      id: edge.id,
      source: edge.source,
      target: edge.target,
      type: edge.type,
      label: edgeLabel(edge),
      width: s.width,
    },
    classes: s.strong ? typeClass(edge.type) : `${typeClass(edge.type)} weak`,
  };
}

export interface ScreenPoint {
  readonly x: number;
  readonly y: number;
}

export class GraphView {
  readonly cy: Core;
  private focus: string | null = null;
  private layoutStarted = 0;
  /** A layout is running (its nodes may still move). */
  private layingOut = false;
  private large = false;

  constructor(
    private readonly container: HTMLElement,
    private readonly handlers: GraphViewHandlers,
  ) {
    cytoscape.use(fcose);
    this.cy = cytoscape({
      container,
      style: stylesheet(false),
      minZoom: 0.05,
      maxZoom: 4,
      boxSelectionEnabled: false,
      selectionType: 'single',
    });
    // Cytoscape's own dbltap fires for two quick taps anywhere (on two different nodes too): a double tap here is
    // two taps on the same node.
    let lastTap: { id: string; at: number } | null = null;
    this.cy.on('tap', 'node', (e: EventObject) => {
      const id = e.target.id() as string;
      const now = performance.now();
      const double = lastTap !== null && lastTap.id === id && now - lastTap.at < DOUBLE_TAP_MS;
      lastTap = double ? null : { id, at: now };
      handlers.onNodeTap(id);
      if (double) handlers.onNodeDoubleTap(id);
    });
    this.cy.on('tap', 'edge', (e: EventObject) => handlers.onEdgeTap(e.target.id() as string));
    this.cy.on('tap', (e: EventObject) => {
      if (e.target === this.cy) handlers.onBackgroundTap();
    });
  }

  get size(): { nodes: number; edges: number } {
    return { nodes: this.cy.nodes().length, edges: this.cy.edges().length };
  }

  /** Replaces the drawing with these nodes and edges, centred on `focus`. */
  show(
    nodes: readonly DrawNode[],
    edges: readonly MergedEdge[],
    focus: string | null,
    visible: ReadonlySet<string>,
  ): void {
    this.focus = focus;
    this.cy.stop();
    this.setLarge(nodes.length + edges.length > LARGE_GRAPH_ELEMENTS);
    this.cy.batch(() => {
      this.cy.elements().remove();
      this.cy.add([...nodes.map((n) => nodeElement(n, !visible.has(n.id))), ...edges.map(edgeElement)]);
      if (focus) this.cy.getElementById(focus).addClass('focus');
    });
    performance.mark('explorer:elements-added');
    this.layout({ fit: true, animate: false });
  }

  private setLarge(large: boolean): void {
    if (large === this.large) return;
    this.large = large;
    this.cy.style(stylesheet(large));
    // Cytoscape's init options hideEdgesOnViewport and textureOnViewport, which its renderer reads on every frame:
    // cheaper drawing while panning and zooming a large graph, full drawing for small ones.
    const renderer = (this.cy as unknown as { renderer(): Record<string, unknown> }).renderer();
    renderer.hideEdgesOnViewport = large;
    renderer.textureOnViewport = large;
  }

  /** Adds nodes and edges loaded by expanding `around`, placing the new nodes around it. */
  add(nodes: readonly DrawNode[], edges: readonly MergedEdge[], around: string, visible: ReadonlySet<string>): void {
    const centre = this.cy.getElementById(around);
    const origin = centre.nonempty() ? centre.position() : { x: 0, y: 0 };
    const radius = 60 + 6 * Math.sqrt(nodes.length) * 8;
    this.setLarge(this.cy.elements().length + nodes.length + edges.length > LARGE_GRAPH_ELEMENTS);
    this.cy.batch(() => {
      nodes.forEach((n, i) => {
        const angle = (2 * Math.PI * i) / Math.max(nodes.length, 1);
        const el = nodeElement(n);
        this.cy.add({
          ...el,
          position: { x: origin.x + radius * Math.cos(angle), y: origin.y + radius * Math.sin(angle) },
        });
      });
      for (const e of edges) {
        const existing = this.cy.getElementById(e.id);
        if (existing.nonempty()) existing.data('label', edgeLabel(e));
        else this.cy.add(edgeElement(e));
      }
      this.cy.getElementById(around).addClass('expanded');
      this.applyVisible(visible);
    });
    if (nodes.length === 0) {
      this.handlers.onRendered({ ...this.size, ms: 0 });
      return;
    }
    const showAround = (): void => {
      const neighbourhood = this.cy.getElementById(around).closedNeighborhood().intersection(this.shown());
      this.cy.animate({ fit: { eles: neighbourhood, padding: 50 }, duration: 350 });
    };
    if (this.shownNodes().length <= FORCE_LAYOUT_MAX_NODES) {
      this.layout({ fit: false, animate: true, incremental: true, then: showAround });
    } else {
      showAround();
      this.handlers.onRendered({ ...this.size, ms: 0 });
    }
  }

  /** Shows exactly the nodes in `visible` (and the edges between them). */
  setVisible(visible: ReadonlySet<string>, relayout: boolean): void {
    this.cy.batch(() => this.applyVisible(visible));
    if (relayout) this.layout({ fit: true, animate: false });
  }

  private applyVisible(visible: ReadonlySet<string>): void {
    // Two bulk class changes rather than one per node: each change restyles, and restyling is what costs.
    const nodes = this.cy.nodes();
    const shown = nodes.filter((n) => visible.has(n.id()));
    shown.filter('.hidden').removeClass('hidden');
    nodes.not(shown).not('.hidden').addClass('hidden');
  }

  private layout(options: { fit: boolean; animate: boolean; incremental?: boolean; then?: () => void }): void {
    const eles = this.shown();
    const n = eles.nodes().length;
    this.layoutStarted = performance.now();
    this.layingOut = true;
    const done = (): void => {
      this.layingOut = false;
      const ms = performance.now() - this.layoutStarted;
      performance.mark('explorer:laid-out');
      // A few nodes fitted to the whole canvas would be drawn huge: keep them at a reading size.
      if (options.fit && this.cy.zoom() > MAX_FIT_ZOOM) {
        this.cy.zoom(MAX_FIT_ZOOM);
        this.cy.center(eles);
      }
      options.then?.();
      // The layout has positioned the nodes; report once the browser has painted them.
      requestAnimationFrame(() => requestAnimationFrame(() => this.handlers.onRendered({ ...this.size, ms })));
    };
    if (n === 0) {
      done();
      return;
    }
    let layout: cytoscape.Layouts;
    if (n <= FORCE_LAYOUT_MAX_NODES) {
      layout = eles.layout({
        name: 'fcose',
        quality: 'default',
        randomize: !options.incremental,
        animate: options.animate,
        animationDuration: 450,
        fit: options.fit,
        padding: 40,
        nodeDimensionsIncludeLabels: true,
        idealEdgeLength: () => 110,
        nodeRepulsion: () => 9000,
        nodeSeparation: 90,
        numIter: 1500,
      } as cytoscape.LayoutOptions);
    } else {
      this.radialLayout(eles, options.fit);
      done();
      return;
    }
    layout.one('layoutstop', done);
    layout.run();
  }

  /**
   * Bands by distance from the focus: the nodes at distance d fill concentric circles (as many as they need) around
   * those at distance d - 1, each placed at about the angle of its parent, so that branches stay together and the
   * disc is filled rather than one huge circle. Linear in the number of nodes; positions and the viewport are set
   * directly (Cytoscape's concentric layout and fit measure every label's box, which takes seconds at 2,000 nodes).
   */
  private radialLayout(eles: cytoscape.CollectionReturnValue, fit: boolean): void {
    const { depth, parent } = this.bfs(this.focus);
    const rings: string[][] = [];
    const far = Math.max(0, ...depth.values()) + 1;
    eles.nodes().forEach((n) => {
      const d = depth.get(n.id()) ?? far;
      (rings[d] ??= []).push(n.id());
    });
    const spacing = 38;
    const angle = new Map<string, number>();
    const position = new Map<string, { x: number; y: number }>();
    let radius = 0;
    rings.forEach((ring, d) => {
      if (!ring?.length) return;
      if (d === 0 && ring.length === 1) {
        const [only] = ring;
        if (only) position.set(only, { x: 0, y: 0 });
        return;
      }
      ring.sort((a, b) => {
        const pa = angle.get(parent.get(a) ?? '') ?? 0;
        const pb = angle.get(parent.get(b) ?? '') ?? 0;
        return pa - pb || a.localeCompare(b);
      });
      const slots: { r: number; a: number }[] = [];
      radius += d <= 1 ? 120 : 90;
      for (let left = ring.length; left > 0; radius += spacing) {
        const take = Math.min(left, Math.max(6, Math.floor((2 * Math.PI * radius) / spacing)));
        // Each circle starts at a slightly different angle, so that neighbouring circles do not line up.
        const offset = (slots.length % 7) * 0.37;
        for (let k = 0; k < take; k++)
          slots.push({ r: radius, a: ((2 * Math.PI * k) / take + offset) % (2 * Math.PI) });
        left -= take;
      }
      radius -= spacing;
      slots.sort((p, q) => p.a - q.a);
      ring.forEach((id, i) => {
        const slot = slots[i] ?? { r: radius, a: 0 };
        angle.set(id, slot.a);
        position.set(id, { x: slot.r * Math.cos(slot.a), y: slot.r * Math.sin(slot.a) });
      });
    });
    this.cy.batch(() => {
      eles.nodes().positions((n) => position.get(n.id()) ?? { x: 0, y: 0 });
    });
    if (!fit) return;
    const { width, height } = this.container.getBoundingClientRect();
    const extent = Math.max(radius, 1) * 2 + 80;
    const zoom = Math.max(this.cy.minZoom(), Math.min(width / extent, height / extent, 1.5));
    this.cy.viewport({ zoom, pan: { x: width / 2, y: height / 2 } });
  }

  /** Hops from `from` (and each node's parent on a shortest path) over the nodes shown. */
  private bfs(from: string | null): { depth: Map<string, number>; parent: Map<string, string> } {
    const depth = new Map<string, number>();
    const parent = new Map<string, string>();
    if (!from) return { depth, parent };
    this.shown().breadthFirstSearch({
      roots: this.cy.getElementById(from),
      directed: false,
      visit: (v, _e, u, _i, d) => {
        depth.set(v.id(), d);
        if (u) parent.set(v.id(), u.id());
      },
    });
    return { depth, parent };
  }

  private hops(from: string): Map<string, number> {
    return this.bfs(from).depth;
  }

  /**
   * The nodes shown: those without the `hidden` class. (Selecting by class, not with `:visible`, which would make
   * Cytoscape compute the style of every element first: seconds on a 2,000-node graph.)
   */
  private shownNodes(): cytoscape.NodeCollection {
    return this.cy.nodes().not('.hidden');
  }

  /** The nodes shown and the edges between them. */
  private shown(): cytoscape.CollectionReturnValue {
    const nodes = this.shownNodes();
    return nodes.union(nodes.edgesWith(nodes));
  }

  select(id: string | null): void {
    this.cy.elements(':selected').unselect();
    this.cy.elements('.faded').removeClass('faded');
    this.cy.elements('.labelled').removeClass('labelled');
    if (!id) return;
    const el = this.cy.getElementById(id);
    if (el.empty()) return;
    el.select();
    if (el.isNode()) el.closedNeighborhood().addClass('labelled');
    else (el as cytoscape.EdgeSingular).connectedNodes().addClass('labelled');
    const keep = el.isNode()
      ? el.closedNeighborhood()
      : (el as cytoscape.EdgeSingular).union((el as cytoscape.EdgeSingular).connectedNodes());
    if (this.cy.nodes().length <= FORCE_LAYOUT_MAX_NODES * 3) {
      this.cy.elements().not(keep).addClass('faded');
    }
  }

  /** Pans (and zooms, if far out) to an element. */
  reveal(id: string): void {
    const el = this.cy.getElementById(id);
    if (el.empty()) return;
    this.cy.animate({ center: { eles: el }, zoom: Math.max(this.cy.zoom(), 0.8), duration: 300 });
  }

  fit(): void {
    this.cy.animate({ fit: { eles: this.shown(), padding: 40 }, duration: 300 });
  }

  zoomBy(factor: number): void {
    const { width, height } = this.container.getBoundingClientRect();
    this.cy.zoom({ level: this.cy.zoom() * factor, renderedPosition: { x: width / 2, y: height / 2 } });
  }

  /**
   * Whether the drawing is still: no layout running, no viewport or node animation. Where {@link screenPoint} says
   * an element is drawn holds only while the drawing is still.
   */
  settled(): boolean {
    return (
      !this.layingOut &&
      !this.cy.animated() &&
      !this.cy
        .nodes()
        .toArray()
        .some((n) => (n as cytoscape.NodeSingular).animated())
    );
  }

  /**
   * Where to click an element on the screen (client coordinates): a node's centre; for an edge, the point nearest
   * its middle that no node (with its label) covers and no other edge passes near, so that a click there can only
   * hit this edge. For tests; ask once the drawing is {@link settled}.
   */
  screenPoint(id: string): ScreenPoint | null {
    const el = this.cy.getElementById(id);
    if (el.empty() || !this.shown().contains(el)) return null;
    const box = this.container.getBoundingClientRect();
    if (el.isNode()) {
      const p = el.renderedPosition();
      return { x: box.left + p.x, y: box.top + p.y };
    }
    const edge = el as cytoscape.EdgeSingular;
    const nodes = this.shownNodes().map((n) => n.renderedBoundingBox({ includeLabels: true }));
    const others = this.shown()
      .edges()
      .filter((e) => e.id() !== id)
      .map((e) => curvePoints(e as cytoscape.EdgeSingular, EDGE_SAMPLES));
    const free = (x: number, y: number): boolean =>
      !nodes.some((b) => x >= b.x1 && x <= b.x2 && y >= b.y1 && y <= b.y2) &&
      !others.some((points) => nearPolyline(points, x, y, EDGE_CLEARANCE));
    const curve = curvePoints(edge, EDGE_SAMPLES);
    // From the middle outwards: the middle first, then alternately towards either end.
    const order = curve
      .map((p, i) => ({ p, d: Math.abs(i - EDGE_SAMPLES / 2) }))
      .filter(({ d }) => d < EDGE_SAMPLES / 2 - 1)
      .sort((a, b) => a.d - b.d);
    const found = order.find(({ p }) => free(p.x, p.y));
    const point = found?.p ?? edge.renderedMidpoint();
    return { x: box.left + point.x, y: box.top + point.y };
  }

  visibleNodeIds(): string[] {
    return this.shownNodes().map((n) => n.id());
  }

  visibleEdgeIds(): string[] {
    return this.shown()
      .edges()
      .map((e) => e.id());
  }

  /** The visible nodes in reading order (by distance from the focus, then by label), for keyboard stepping. */
  orderedNodeIds(): string[] {
    const dist = this.focus ? this.hops(this.focus) : new Map<string, number>();
    return this.shownNodes()
      .sort((a, b) => {
        const da = dist.get(a.id()) ?? 99;
        const db = dist.get(b.id()) ?? 99;
        return da !== db ? da - db : String(a.data('label')).localeCompare(String(b.data('label')));
      })
      .map((n) => n.id());
  }

  png(): Promise<Blob> {
    return this.cy.png({
      output: 'blob-promise',
      full: true,
      scale: 2,
      bg: '#ffffff',
      maxWidth: 8000,
      maxHeight: 8000,
    });
  }

  resize(): void {
    this.cy.resize();
  }
}

/** Points sampled along an edge as drawn (rendered coordinates). */
const EDGE_SAMPLES = 24;
/** How far (rendered px) another edge must pass from a click point: Cytoscape's edge hit area is a few px wide. */
const EDGE_CLEARANCE = 8;

/**
 * An edge as drawn, in `samples` + 1 points from its source's end to its target's: a straight line, or the
 * quadratic curve through its control point for edges drawn bent (two edges between the same nodes).
 */
function curvePoints(edge: cytoscape.EdgeSingular, samples: number): ScreenPoint[] {
  const from = edge.renderedSourceEndpoint();
  const to = edge.renderedTargetEndpoint();
  // (`renderedControlPoints()` throws for a straight edge, which has none; `controlPoints()` is undefined then.)
  const model = edge.controlPoints()?.[0];
  const zoom = edge.cy().zoom();
  const pan = edge.cy().pan();
  const control = model
    ? { x: model.x * zoom + pan.x, y: model.y * zoom + pan.y }
    : { x: (from.x + to.x) / 2, y: (from.y + to.y) / 2 };
  const points: ScreenPoint[] = [];
  for (let i = 0; i <= samples; i++) {
    const t = i / samples;
    points.push({
      x: (1 - t) ** 2 * from.x + 2 * (1 - t) * t * control.x + t ** 2 * to.x,
      y: (1 - t) ** 2 * from.y + 2 * (1 - t) * t * control.y + t ** 2 * to.y,
    });
  }
  return points;
}

/** Whether (x, y) lies within `distance` of the polyline through `points`. */
function nearPolyline(points: readonly ScreenPoint[], x: number, y: number, distance: number): boolean {
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1];
    const b = points[i];
    if (!a || !b) continue;
    const dx = b.x - a.x;
    const dy = b.y - a.y;
    const length2 = dx * dx + dy * dy;
    const t = length2 === 0 ? 0 : Math.max(0, Math.min(1, ((x - a.x) * dx + (y - a.y) * dy) / length2));
    if (Math.hypot(a.x + t * dx - x, a.y + t * dy - y) <= distance) return true;
  }
  return false;
}
