/**
 * The part of the graph the page has loaded: nodes, the API's edges (one per passage that states a relationship),
 * and those edges merged into one drawn edge per (type, source, target), which keeps every passage. Filtering
 * decides what is shown; it never drops what was loaded.
 */
import type { DrawEdge, DrawNode, Facets, Subgraph } from './queries';

/** One drawn relationship: every API edge of the same type between the same two nodes, in the same direction. */
export interface MergedEdge {
  readonly id: string;
  readonly type: string;
  readonly source: string;
  readonly target: string;
  readonly edges: DrawEdge[];
}

export function mergedEdgeId(type: string, source: string, target: string): string {
  return `${type}|${source}|${target}`;
}

/** A file path used as a label is shown by its file name. */
export function displayLabel(node: DrawNode): string {
  return node.type === 'Document' ? node.label.replace(/^.*[\\/]/, '') : node.label;
}

export interface Filters {
  readonly types: ReadonlySet<string>;
  readonly sector: string | null;
  readonly assembly: string | null;
  readonly year: number | null;
}

export interface Added {
  readonly nodes: readonly DrawNode[];
  /** Merged edges created or given more passages by this subgraph. */
  readonly edges: readonly MergedEdge[];
}

export class GraphModel {
  readonly nodes = new Map<string, DrawNode>();
  readonly edges = new Map<string, DrawEdge>();
  readonly merged = new Map<string, MergedEdge>();
  readonly facets = new Map<string, Facets>();
  /** Nodes whose neighbours have been loaded. */
  readonly expanded = new Set<string>();
  private readonly adjacency = new Map<string, Set<MergedEdge>>();

  clear(): void {
    this.nodes.clear();
    this.edges.clear();
    this.merged.clear();
    this.expanded.clear();
    this.adjacency.clear();
  }

  add(subgraph: Subgraph): Added {
    const nodes: DrawNode[] = [];
    for (const n of subgraph.nodes) {
      if (this.nodes.has(n.id)) continue;
      this.nodes.set(n.id, n);
      nodes.push(n);
    }
    const touched = new Map<string, MergedEdge>();
    for (const e of subgraph.edges) {
      if (this.edges.has(e.id) || !this.nodes.has(e.source) || !this.nodes.has(e.target)) continue;
      this.edges.set(e.id, e);
      const id = mergedEdgeId(e.type, e.source, e.target);
      let m = this.merged.get(id);
      if (!m) {
        m = { id, type: e.type, source: e.source, target: e.target, edges: [] };
        this.merged.set(id, m);
        this.link(e.source, m);
        this.link(e.target, m);
      }
      m.edges.push(e);
      touched.set(id, m);
    }
    return { nodes, edges: [...touched.values()] };
  }

  private link(node: string, edge: MergedEdge): void {
    let set = this.adjacency.get(node);
    if (!set) this.adjacency.set(node, (set = new Set()));
    set.add(edge);
  }

  incident(id: string): readonly MergedEdge[] {
    return [...(this.adjacency.get(id) ?? [])];
  }

  /** Hops from `from` to every node it reaches (ignoring direction), through nodes `allowed` accepts. */
  distances(from: string, allowed: (id: string) => boolean = () => true): Map<string, number> {
    const dist = new Map<string, number>([[from, 0]]);
    let frontier = [from];
    while (frontier.length) {
      const next: string[] = [];
      for (const id of frontier) {
        const d = dist.get(id) ?? 0;
        for (const e of this.adjacency.get(id) ?? []) {
          const other = e.source === id ? e.target : e.source;
          if (dist.has(other) || !allowed(other)) continue;
          dist.set(other, d + 1);
          next.push(other);
        }
      }
      frontier = next;
    }
    return dist;
  }

  /**
   * The nodes to show. A node is hidden when its type is filtered out, or when it has a Sector, assembly or year
   * that differs from an active filter (nodes without one, such as organizations, stay). With a facet filter on,
   * only what is still connected to the focus is shown, so that filtering by year leaves that year's part of the
   * graph rather than every node that happens to have no year. The focus is always shown.
   */
  visible(filters: Filters, focus: string | null): Set<string> {
    const passes = (id: string): boolean => {
      if (id === focus) return true;
      const node = this.nodes.get(id);
      if (!node || !filters.types.has(node.type)) return false;
      const f = this.facets.get(id);
      if (!f) return true;
      if (filters.sector && f.sector && f.sector !== filters.sector) return false;
      if (filters.assembly && f.body && f.body !== filters.assembly) return false;
      if (filters.year !== null && f.year !== undefined && f.year !== filters.year) return false;
      return true;
    };
    const faceted = filters.sector !== null || filters.assembly !== null || filters.year !== null;
    if (faceted && focus && this.nodes.has(focus)) {
      return new Set(this.distances(focus, passes).keys());
    }
    return new Set([...this.nodes.keys()].filter(passes));
  }

  /** Years, assemblies and Sectors present among the loaded nodes, for the filters' choices. */
  facetValues(): { years: number[]; assemblies: string[]; sectors: string[] } {
    const years = new Set<number>();
    const assemblies = new Set<string>();
    const sectors = new Set<string>();
    for (const f of this.facets.values()) {
      if (f.year !== undefined) years.add(f.year);
      if (f.body) assemblies.add(f.body);
      if (f.sector) sectors.add(f.sector);
    }
    return {
      years: [...years].sort((a, b) => a - b),
      assemblies: [...assemblies].sort(),
      sectors: [...sectors].sort(),
    };
  }
}
