/**
 * The explorer page: wires the search box, the graph canvas, the filters, the details panel, the document reader
 * and the resolution view to the URL and to the GraphQL API. The URL is the single source of the view's state:
 * every change is written to it (pushState for moves a reader may want to go back from, replaceState otherwise)
 * and popstate re-reads it.
 */
import { createApi } from './api';
import type { Api } from './api';
import { DetailsPanel, typeBadge } from './details';
import { byId, h, replace } from './dom';
import { download, fileName, viewJson } from './export';
import { displayLabel, GraphModel } from './graph-model';
import type { Filters } from './graph-model';
import { GraphView } from './graph-view';
import { DocumentCache } from './passages';
import { facets, FACETED_TYPES, MAX_DEPTH, neighbourhood, overview } from './queries';
import type { Provenance, SearchHit } from './queries';
import { DocumentReader } from './reader';
import { ResolutionView } from './resolution-view';
import { SearchBox } from './search';
import { EMPTY_STATE, formatState, hrefFor, MAX_EXPANDED, parseState } from './state';
import type { ViewState } from './state';
import { BODIES, EDGE_TYPES, LANGUAGE_NAMES, NODE_TYPES, SECTORS, sectorOfBody } from './theme';

/** What tests and the benchmark read: when the graph was last drawn, and where things are on the screen. */
export interface ExplorerProbe {
  /** `performance.now()` when the first graph was drawn (ms since navigation started), or null. */
  firstRender: number | null;
  renders: number;
  readonly focus: () => string | null;
  readonly selected: () => string | null;
  readonly nodeIds: () => string[];
  readonly edgeIds: () => string[];
  /** Whether the drawing is still (no layout or animation running): positions from `screenPoint` hold. */
  readonly settled: () => boolean;
  readonly screenPoint: (id: string) => { x: number; y: number } | null;
}

declare global {
  interface Window {
    explorer?: ExplorerProbe;
  }
}

const DEFAULT_TYPES = NODE_TYPES.filter((t) => t.shownByDefault).map((t) => t.type);

class Explorer {
  /** The view's state: what the URL says. */
  private state: ViewState;
  /** The state the page was last brought in line with (by {@link apply}), to tell what changed. */
  private applied: ViewState = EMPTY_STATE;
  private readonly api: Api;
  private readonly model = new GraphModel();
  private readonly documents: DocumentCache;
  private readonly view: GraphView;
  private readonly details: DetailsPanel;
  private readonly reader: DocumentReader;
  private readonly resolutionView: ResolutionView;
  private readonly probe: ExplorerProbe;
  /** What the loaded graph was fetched for: focus, depth and the expanded nodes. */
  private loaded: { focus: string; depth: number; expanded: string } | null = null;
  private loadRequest = 0;
  private truncated = false;
  private facetsPending = 0;

  constructor() {
    this.state = parseState(window.location.search);
    document.body.classList.toggle('embed', this.state.embed);
    this.api = createApi({
      endpoint: '/graphql',
      onWaiting: (waiting) =>
        this.toast(waiting ? 'The graph is still loading on the server; waiting…' : null, { sticky: waiting }),
    });
    this.documents = new DocumentCache(this.api);
    this.probe = {
      firstRender: null,
      renders: 0,
      focus: () => this.state.focus,
      selected: () => this.state.selected,
      nodeIds: () => this.view.visibleNodeIds(),
      edgeIds: () => this.view.visibleEdgeIds(),
      settled: () => this.view.settled(),
      screenPoint: (id) => this.view.screenPoint(id),
    };
    window.explorer = this.probe;

    const cy = byId('cy');
    this.view = new GraphView(cy, {
      onNodeTap: (id) => this.selectNode(id, { expand: true }),
      onNodeDoubleTap: (id) => this.setFocus(id),
      onEdgeTap: (id) => this.selectEdge(id),
      onBackgroundTap: () => this.clearSelection(),
      onRendered: (info) => this.rendered(info),
    });
    const passageLinks = {
      contextHref: (q: Provenance) =>
        hrefFor({ ...this.state, document: q.document, clause: q.clause, quote: { start: q.start, end: q.end } }),
      openContext: (q: Provenance) =>
        this.openDocument({ document: q.document, clause: q.clause, quote: { start: q.start, end: q.end } }),
    };
    this.details = new DetailsPanel(byId('details'), this.api, this.model, this.documents, {
      ...passageLinks,
      select: (id) => this.selectNode(id, { expand: false, reveal: true, fromKeyboard: true }),
      focus: (id) => this.setFocus(id),
      expand: (id) => void this.expand(id),
      openResolution: (id, year) => this.openResolution(id, year),
      openDocument: (document, clause) => this.openDocument({ document, clause, quote: null }),
    });
    this.reader = new DocumentReader(byId<HTMLDialogElement>('reader'), this.documents, () => {
      if (this.state.document) this.commit({ ...this.state, document: null, clause: null, quote: null }, 'replace');
    });
    this.resolutionView = new ResolutionView(byId('resolution-view'), this.api, {
      changed: (s) =>
        this.commit({ ...this.state, view: 'resolution', resolution: s.resolution, from: s.from, to: s.to }, 'replace'),
      focus: (id) => this.setFocus(id, { view: 'graph' }),
    });
    new SearchBox(
      {
        input: byId<HTMLInputElement>('search-input'),
        language: byId<HTMLSelectElement>('search-language'),
        list: byId('search-results'),
        status: byId('search-status'),
      },
      this.api,
      (hit) => this.chooseHit(hit),
    );
    // The skip link moves the keyboard focus itself (following a fragment only scrolls in some browsers).
    document.querySelector('.skip-link')?.addEventListener('click', (e) => {
      e.preventDefault();
      byId('search-input').focus();
    });
    this.buildControls();
    this.bindKeyboard(cy);
    window.addEventListener('popstate', () => void this.apply(parseState(window.location.search)));
    window.addEventListener('resize', () => this.view.resize());
  }

  // ------------------------------------------------------------------------------------------------------------
  // State and URL

  private get filters(): Filters {
    return {
      types: new Set(this.state.types ?? DEFAULT_TYPES),
      sector: this.state.sector,
      assembly: this.state.assembly,
      year: this.state.year,
    };
  }

  /** Writes a state to the address bar (not applying it). */
  private commit(next: ViewState, how: 'push' | 'replace'): void {
    this.state = next;
    const url = `${window.location.pathname}${formatState(next)}`;
    if (url === `${window.location.pathname}${window.location.search}`) return;
    if (how === 'push') window.history.pushState(null, '', url);
    else window.history.replaceState(null, '', url);
  }

  /** Brings the page in line with a state (on start and on back/forward). */
  async apply(next: ViewState): Promise<void> {
    const previous = this.applied;
    this.applied = next;
    this.state = next;
    document.body.classList.toggle('embed', next.embed);
    this.showView(next.view);
    this.syncControls();
    if (next.view === 'resolution') {
      await this.resolutionView.show({ resolution: next.resolution, from: next.from, to: next.to });
    } else if (
      next.focus &&
      (this.loaded?.focus !== next.focus ||
        this.loaded.depth !== next.depth ||
        this.loaded.expanded !== next.expanded.join())
    ) {
      await this.loadFocus();
    } else if (!next.focus) {
      await this.showLanding();
    } else {
      const filtersChanged =
        previous.types?.join() !== next.types?.join() ||
        previous.sector !== next.sector ||
        previous.assembly !== next.assembly ||
        previous.year !== next.year;
      if (filtersChanged) this.refreshVisibility(true);
      if (next.selected !== previous.selected) this.showSelection(false);
    }
    if (next.document) {
      void this.reader.open({ document: next.document, clause: next.clause, quote: next.quote });
    } else {
      this.reader.close();
    }
  }

  private showView(view: ViewState['view']): void {
    byId('graph-view').hidden = view !== 'graph';
    byId('resolution-view').hidden = view !== 'resolution';
    const current = (id: string, on: boolean): void => {
      const tab = byId(id);
      if (on) tab.setAttribute('aria-current', 'page');
      else tab.removeAttribute('aria-current');
    };
    current('tab-graph', view === 'graph');
    current('tab-resolution', view === 'resolution');
    document.title = view === 'resolution' ? 'Resolutions · E-health mandates explorer' : 'E-health mandates explorer';
    if (view === 'graph') requestAnimationFrame(() => this.view.resize());
  }

  // ------------------------------------------------------------------------------------------------------------
  // Loading the graph

  private async loadFocus(): Promise<void> {
    const { focus, depth, expanded } = this.state;
    if (!focus) return;
    const request = ++this.loadRequest;
    byId('landing').hidden = true;
    this.status(`Loading the neighbourhood of ${focus}…`);
    let sub;
    let more;
    try {
      // The focus's neighbourhood and those of the nodes expanded since, drawn in one layout.
      [sub, ...more] = await Promise.all([
        neighbourhood(this.api, focus, depth),
        ...expanded.map((id) => neighbourhood(this.api, id, 1)),
      ]);
    } catch (error) {
      if (request === this.loadRequest) this.status(`Could not load ${focus}: ${(error as Error).message}`);
      return;
    }
    if (request !== this.loadRequest) return;
    performance.mark('explorer:fetched');
    if (!sub.nodes.length) {
      this.status(`Nothing with the id ${focus} is in the graph.`);
      this.details.clear(`Nothing with the id ${focus} is in the graph. Try the search box.`);
      this.view.show([], [], null, new Set());
      return;
    }
    this.model.clear();
    this.model.add(sub);
    this.model.expanded.add(focus);
    expanded.forEach((id, i) => {
      const around = more[i];
      if (!around) return;
      this.model.add(around);
      this.model.expanded.add(id);
    });
    this.truncated = sub.truncated;
    this.loaded = { focus, depth, expanded: expanded.join() };
    this.view.show([...this.model.nodes.values()], [...this.model.merged.values()], focus, this.visibleSet());
    this.updateEmbedCaption();
    this.showSelection(false);
    void this.loadFacets([...this.model.nodes.keys()]);
  }

  private visibleSet(): Set<string> {
    return this.model.visible(this.filters, this.state.focus);
  }

  private async loadFacets(ids: readonly string[]): Promise<void> {
    const wanted = ids.filter((id) => {
      const node = this.model.nodes.get(id);
      return node && FACETED_TYPES.has(node.type) && !this.model.facets.has(id);
    });
    if (!wanted.length) {
      this.syncControls();
      return;
    }
    this.facetsPending++;
    try {
      const found = await facets(this.api, wanted, sectorOfBody);
      for (const [id, f] of found) this.model.facets.set(id, f);
    } catch {
      // Without facets the facet filters keep every node; the page stays usable.
    } finally {
      this.facetsPending--;
    }
    this.syncControls();
    const { sector, assembly, year } = this.state;
    if (sector || assembly || year !== null) this.refreshVisibility(true);
    else if (this.loaded) this.status(null);
  }

  async expand(id: string): Promise<void> {
    if (this.model.expanded.has(id) && this.model.nodes.has(id)) {
      this.view.reveal(id);
      return;
    }
    this.status(`Expanding ${this.labelOf(id)}…`);
    let sub;
    try {
      sub = await neighbourhood(this.api, id, 1);
    } catch (error) {
      this.status(`Could not expand ${id}: ${(error as Error).message}`);
      return;
    }
    this.model.expanded.add(id);
    if (this.loaded && id !== this.state.focus && !this.state.expanded.includes(id)) {
      const list = [...this.state.expanded, id].slice(-MAX_EXPANDED);
      this.loaded = { ...this.loaded, expanded: list.join() };
      this.commit({ ...this.state, expanded: list }, 'replace');
    }
    if (!this.model.nodes.has(id)) {
      // Reached from the details panel: a node not drawn yet joins the graph with its neighbours.
      const self = sub.nodes.find((n) => n.id === id);
      if (self) this.model.add({ nodes: [self], edges: [], truncated: false });
    }
    const added = this.model.add(sub);
    this.view.add(added.nodes, added.edges, id, this.visibleSet());
    this.status(null);
    void this.loadFacets(added.nodes.map((n) => n.id));
  }

  private refreshVisibility(relayout: boolean): void {
    this.view.setVisible(this.visibleSet(), relayout);
    this.status(null);
  }

  private rendered(info: { nodes: number; edges: number; ms: number }): void {
    this.probe.renders++;
    if (this.probe.firstRender === null) this.probe.firstRender = performance.now();
    const cy = byId('cy');
    cy.dataset.renders = String(this.probe.renders);
    cy.dataset.nodes = String(info.nodes);
    if (this.loaded) this.status(null);
  }

  // ------------------------------------------------------------------------------------------------------------
  // Selection and focus

  private labelOf(id: string): string {
    const n = this.model.nodes.get(id);
    return n ? displayLabel(n) : id;
  }

  setFocus(id: string, options: { view?: ViewState['view'] } = {}): void {
    const next: ViewState = {
      ...this.state,
      view: options.view ?? 'graph',
      focus: id,
      expanded: [],
      selected: id,
      document: null,
      clause: null,
      quote: null,
    };
    this.commit(next, 'push');
    void this.apply(next);
  }

  private selectNode(id: string, options: { expand: boolean; reveal?: boolean; fromKeyboard?: boolean }): void {
    if (!this.state.focus) {
      this.setFocus(id);
      return;
    }
    this.commit({ ...this.state, selected: id }, 'replace');
    this.view.select(id);
    if (options.reveal) this.view.reveal(id);
    void this.details.showNode(id, { moveFocus: options.fromKeyboard ?? false });
    if (options.expand) void this.expand(id);
  }

  private selectEdge(id: string, fromKeyboard = false): void {
    const edge = this.model.merged.get(id);
    if (!edge) return;
    this.commit({ ...this.state, selected: id }, 'replace');
    this.view.select(id);
    this.details.showEdge(edge, { moveFocus: fromKeyboard });
  }

  private clearSelection(): void {
    this.commit({ ...this.state, selected: null }, 'replace');
    this.view.select(null);
    if (this.state.focus) void this.details.showNode(this.state.focus);
  }

  /** Shows the selection of the state (or the focus) in the canvas and the panel. */
  private showSelection(moveFocus: boolean): void {
    // An embedded graph has no details panel: nothing is selected until the reader clicks.
    if (this.state.embed && !this.state.selected) return;
    let selected = this.state.selected ?? this.state.focus;
    if (!selected) return;
    if (!this.model.nodes.has(selected) && !this.model.merged.has(selected) && this.state.focus) {
      // A selection that is not in the loaded graph (an edge of a node not expanded): show the focus instead.
      selected = this.state.focus;
      this.commit({ ...this.state, selected: null }, 'replace');
    }
    const edge = this.model.merged.get(selected);
    this.view.select(selected);
    if (edge) this.details.showEdge(edge, { moveFocus });
    else void this.details.showNode(selected, { moveFocus });
  }

  private chooseHit(hit: SearchHit): void {
    const input = byId<HTMLInputElement>('search-input');
    input.blur();
    this.setFocus(hit.node.id);
    if (hit.node.__typename === 'Clause' && hit.node.document && hit.node.address) {
      this.openDocument({ document: hit.node.document.id, clause: hit.node.address, quote: null });
    }
  }

  private openDocument(target: { document: string; clause: string | null; quote: ViewState['quote'] }): void {
    this.commit({ ...this.state, ...target }, 'push');
    void this.reader.open(target);
  }

  private openResolution(resolution: string, year: number | null): void {
    const next: ViewState = { ...this.state, view: 'resolution', resolution, from: null, to: year };
    this.commit(next, 'push');
    void this.apply(next);
  }

  // ------------------------------------------------------------------------------------------------------------
  // Controls

  private buildControls(): void {
    const language = byId<HTMLSelectElement>('search-language');
    replace(
      language,
      h('option', { value: '' }, 'All languages'),
      Object.entries(LANGUAGE_NAMES).map(([code, name]) => h('option', { value: code }, name)),
    );

    const depth = byId<HTMLSelectElement>('depth');
    replace(
      depth,
      Array.from({ length: MAX_DEPTH }, (_, i) => i + 1).map((d) =>
        h('option', { value: String(d) }, d === 1 ? '1 hop' : `${d} hops`),
      ),
    );
    depth.addEventListener('change', () => this.change({ depth: Number(depth.value) }, 'push'));

    const types = byId('type-filter');
    for (const t of NODE_TYPES) {
      const id = `type-${t.type}`;
      const box = h('input', { type: 'checkbox', id, value: t.type });
      box.addEventListener('change', () => {
        const selected = [...types.querySelectorAll<HTMLInputElement>('input:checked')].map((b) => b.value);
        const same = selected.length === DEFAULT_TYPES.length && DEFAULT_TYPES.every((x) => selected.includes(x));
        this.change({ types: same ? null : selected }, 'replace');
      });
      types.append(
        h(
          'div',
          { class: 'type-option' },
          box,
          h(
            'label',
            { for: id },
            h('span', { class: `swatch shape-${t.shape}`, style: `--swatch:${t.colour}`, 'aria-hidden': 'true' }),
            h('span', { class: 'type-name' }, t.label),
            h('span', { class: 'count', id: `count-${t.type}` }),
          ),
        ),
      );
    }

    const facet = (id: string, key: 'sector' | 'assembly' | 'year'): void => {
      const select = byId<HTMLSelectElement>(id);
      select.addEventListener('change', () => {
        const v = select.value || null;
        this.change({ [key]: key === 'year' && v ? Number(v) : v } as Partial<ViewState>, 'replace');
      });
    };
    facet('filter-sector', 'sector');
    facet('filter-assembly', 'assembly');
    facet('filter-year', 'year');
    byId('reset-filters').addEventListener('click', () =>
      this.change({ types: null, sector: null, assembly: null, year: null }, 'replace'),
    );

    replace(
      byId('edge-legend'),
      EDGE_TYPES.filter((e) => e.strong || ['MENTIONS', 'HAS_VERSION', 'ADOPTED_AT'].includes(e.type)).map((e) =>
        h(
          'li',
          { title: e.type },
          h('span', { class: `line-sample line-${e.line}`, style: `--rel:${e.colour}`, 'aria-hidden': 'true' }),
          h('span', {}, e.verb),
        ),
      ),
    );

    byId('zoom-in').addEventListener('click', () => this.view.zoomBy(1.25));
    byId('zoom-out').addEventListener('click', () => this.view.zoomBy(0.8));
    byId('zoom-fit').addEventListener('click', () => this.view.fit());
    byId('export-png').addEventListener('click', () => void this.exportPng());
    byId('export-json').addEventListener('click', () => this.exportJson());
    byId('copy-link').addEventListener('click', () => void this.copy(window.location.href, 'Link copied'));
    byId('copy-embed').addEventListener('click', () => {
      const embedded: ViewState = {
        ...this.state,
        view: 'graph',
        selected: null,
        document: null,
        clause: null,
        quote: null,
        embed: true,
      };
      const src = new URL(hrefFor(embedded), window.location.href);
      const snippet = `<iframe src="${src.href}" title="E-health mandates graph" width="800" height="500" style="border:0"></iframe>`;
      void this.copy(snippet, 'Embed code copied');
    });
    for (const [tab, view] of [
      ['tab-graph', 'graph'],
      ['tab-resolution', 'resolution'],
    ] as const) {
      byId(tab).addEventListener('click', (e) => {
        const m = e as MouseEvent;
        if (m.ctrlKey || m.metaKey || m.shiftKey || m.button !== 0) return;
        e.preventDefault();
        if (this.state.view === view) return;
        const next = { ...this.state, view };
        this.commit(next, 'push');
        void this.apply(next);
      });
    }
  }

  private change(patch: Partial<ViewState>, how: 'push' | 'replace'): void {
    const next = { ...this.state, ...patch };
    this.commit(next, how);
    void this.apply(next);
  }

  /** Sets the controls from the state and the loaded graph (choices, counts). */
  private syncControls(): void {
    byId<HTMLSelectElement>('depth').value = String(this.state.depth);
    const shown = new Set(this.state.types ?? DEFAULT_TYPES);
    const counts = new Map<string, number>();
    for (const n of this.model.nodes.values()) counts.set(n.type, (counts.get(n.type) ?? 0) + 1);
    for (const t of NODE_TYPES) {
      const box = document.getElementById(`type-${t.type}`) as HTMLInputElement | null;
      if (box) box.checked = shown.has(t.type);
      const count = document.getElementById(`count-${t.type}`);
      if (count) count.textContent = counts.get(t.type) ? String(counts.get(t.type)) : '';
    }
    const values = this.model.facetValues();
    const options = (
      id: string,
      all: string,
      choices: readonly { value: string; label: string }[],
      current: string | null,
    ): void => {
      const select = byId<HTMLSelectElement>(id);
      const list = [...choices];
      if (current && !list.some((c) => c.value === current)) list.push({ value: current, label: current });
      replace(
        select,
        h('option', { value: '' }, all),
        list.map((c) => h('option', { value: c.value }, c.label)),
      );
      select.value = current ?? '';
    };
    options(
      'filter-sector',
      'All Sectors',
      SECTORS.filter((s) => values.sectors.includes(s.value)),
      this.state.sector,
    );
    options(
      'filter-assembly',
      'All assemblies',
      BODIES.filter((b) => values.assemblies.includes(b.value)),
      this.state.assembly,
    );
    options(
      'filter-year',
      'All years',
      values.years.map((y) => ({ value: String(y), label: String(y) })),
      this.state.year === null ? null : String(this.state.year),
    );
  }

  private bindKeyboard(cy: HTMLElement): void {
    cy.addEventListener('keydown', (e) => {
      const order = this.view.orderedNodeIds();
      const at = this.state.selected ? order.indexOf(this.state.selected) : -1;
      const step = (by: number): void => {
        const id = order[(at + by + order.length) % order.length];
        if (id) this.selectNode(id, { expand: false, reveal: true });
      };
      switch (e.key) {
        case 'ArrowRight':
        case 'ArrowDown':
          step(1);
          break;
        case 'ArrowLeft':
        case 'ArrowUp':
          step(-1);
          break;
        case 'Enter':
          if (this.state.selected && this.model.nodes.has(this.state.selected)) void this.expand(this.state.selected);
          break;
        case 'c':
        case 'C':
          if (this.state.selected && this.model.nodes.has(this.state.selected)) this.setFocus(this.state.selected);
          break;
        case '+':
        case '=':
          this.view.zoomBy(1.25);
          break;
        case '-':
          this.view.zoomBy(0.8);
          break;
        case '0':
          this.view.fit();
          break;
        case 'Escape':
          this.clearSelection();
          break;
        default:
          return;
      }
      e.preventDefault();
    });
  }

  // ------------------------------------------------------------------------------------------------------------
  // Status, landing, embed, export

  private status(message: string | null): void {
    const el = byId('graph-status');
    if (message) {
      el.textContent = message;
      return;
    }
    const { nodes, edges } = this.view.size;
    const shown = this.view.visibleNodeIds().length;
    const focus = this.state.focus ? this.labelOf(this.state.focus) : null;
    replace(
      el,
      focus
        ? [
            'Centred on ',
            h('strong', {}, focus),
            ` · ${this.state.depth === 1 ? '1 hop' : `${this.state.depth} hops`} · `,
          ]
        : null,
      shown === nodes ? `${nodes} nodes` : `${shown} of ${nodes} nodes shown`,
      ` · ${edges} relationships`,
      this.truncated ? h('span', { class: 'warn' }, ' · cut at 2,000 nodes') : null,
      this.facetsPending ? ' · reading filters…' : null,
    );
    byId('cy').setAttribute('aria-label', focus ? `Graph centred on ${focus}, ${shown} nodes shown` : 'Graph canvas');
  }

  private async showLanding(): Promise<void> {
    this.loaded = null;
    this.model.clear();
    this.view.show([], [], null, new Set());
    const landing = byId('landing');
    landing.hidden = false;
    this.details.clear([
      h('h2', { id: 'details-title' }, 'Details'),
      h('p', {}, 'Select a node or a relationship to see its properties and the exact words of the texts behind it.'),
    ]);
    this.status('Search for an organization, a study group or a resolution, or start from a document below.');
    replace(landing, h('p', { class: 'muted' }, 'Loading the corpus overview…'));
    let stats;
    try {
      stats = await overview(this.api);
    } catch (error) {
      replace(landing, h('p', { class: 'error' }, `The API could not be reached: ${(error as Error).message}`));
      return;
    }
    const count = (type: string): number => stats.nodes.find((n) => n.type === type)?.count ?? 0;
    replace(
      landing,
      h('h1', {}, 'Who has been told to do what about e-health?'),
      h(
        'p',
        { class: 'lead' },
        `The graph holds ${count('Resolution')} resolutions in ${count('Version')} versions, ${count('Organization')} organizations, ${count('StudyGroup')} study groups and ${count('Instruction')} instructions, read from ${stats.documents.length} documents. Every link quotes the words it was read from.`,
      ),
      h('h2', {}, 'Start from a document'),
      h(
        'ul',
        { class: 'start-list' },
        stats.documents.map((d) => {
          const target = d.version?.id ?? d.id;
          return h(
            'li',
            {},
            h(
              'button',
              { type: 'button', class: 'start', onclick: () => this.setFocus(target) },
              typeBadge(d.version ? 'Version' : 'Document'),
              h('span', { class: 'start-name' }, d.version?.name ?? d.title ?? d.name),
              h('span', { class: 'lang-tag' }, LANGUAGE_NAMES[d.language] ?? d.language),
            ),
          );
        }),
      ),
      h(
        'p',
        { class: 'muted' },
        'Or compare the versions of a resolution in the ',
        h('a', { href: hrefFor({ ...EMPTY_STATE, view: 'resolution' }) }, 'Resolutions'),
        ' view.',
      ),
    );
  }

  private updateEmbedCaption(): void {
    const caption = byId('embed-caption');
    caption.hidden = !this.state.embed;
    if (!this.state.embed || !this.state.focus) return;
    const focus = this.state.focus;
    const node = this.model.nodes.get(focus);
    const full = new URL(hrefFor({ ...this.state, embed: false }), window.location.href).href;
    replace(
      caption,
      node ? typeBadge(node.type) : null,
      h('strong', { class: 'embed-focus' }, this.labelOf(focus)),
      h('a', { href: full, target: '_blank', rel: 'noopener' }, 'Open in the explorer ↗'),
    );
  }

  private async exportPng(): Promise<void> {
    if (!this.view.size.nodes) {
      this.toast('Nothing to export yet.');
      return;
    }
    download(fileName(this.state.focus, 'png'), await this.view.png());
  }

  private exportJson(): void {
    const json = viewJson(this.model, new Set(this.view.visibleNodeIds()), {
      focus: this.state.focus,
      depth: this.state.depth,
      filters: this.filters,
      url: window.location.href,
    });
    download(fileName(this.state.focus, 'json'), new Blob([json], { type: 'application/json' }));
  }

  private async copy(text: string, done: string): Promise<void> {
    try {
      await navigator.clipboard.writeText(text);
      this.toast(done);
    } catch {
      window.prompt('Copy this:', text);
    }
  }

  private toastTimer: ReturnType<typeof setTimeout> | undefined;

  /** A short message at the bottom of the page; gone after a few seconds unless sticky (null hides it). */
  private toast(message: string | null, options: { readonly sticky?: boolean } = {}): void {
    const el = byId('toast');
    clearTimeout(this.toastTimer);
    el.hidden = !message;
    el.textContent = message ?? '';
    if (message && !options.sticky) this.toastTimer = setTimeout(() => (el.hidden = true), 4000);
  }
}

function start(): void {
  const explorer = new Explorer();
  void explorer.apply(parseState(window.location.search));
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
else start();
