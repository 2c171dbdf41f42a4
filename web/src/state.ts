/**
 * What the address bar holds, so that a view can be shared as a link or embedded in a dashboard:
 *
 * | parameter            | meaning                                                                     |
 * | -------------------- | --------------------------------------------------------------------------- |
 * | `focus`              | id of the node the graph is centred on                                      |
 * | `depth`              | hops around the focus (1 to 3)                                              |
 * | `expand`             | nodes whose neighbours were added by clicking them, comma-separated         |
 * | `types`              | node types shown, comma-separated (absent: the default set)                 |
 * | `sector`, `assembly`, `year` | facet filters                                                       |
 * | `sel`                | selected node or relationship                                               |
 * | `embed=1`            | no chrome: just the graph, for an iframe                                    |
 * | `view=resolution`    | the resolution view; with `res` (resolution id), `from` and `to` (years)    |
 * | `doc`, `clause`, `at`| a document open at a clause; `at=start-end` marks the quoted words          |
 */
import { MAX_DEPTH } from './queries';

export type View = 'graph' | 'resolution';

export interface ViewState {
  readonly focus: string | null;
  readonly depth: number;
  /** Nodes expanded after the focus was loaded, in the order they were expanded. */
  readonly expanded: readonly string[];
  /** Node types shown; null means the default set (see theme.ts). */
  readonly types: readonly string[] | null;
  readonly sector: string | null;
  readonly assembly: string | null;
  readonly year: number | null;
  readonly selected: string | null;
  readonly embed: boolean;
  readonly view: View;
  readonly resolution: string | null;
  readonly from: number | null;
  readonly to: number | null;
  readonly document: string | null;
  readonly clause: string | null;
  readonly quote: { readonly start: number; readonly end: number } | null;
}

export const DEFAULT_DEPTH = 1;
/** Expanded nodes kept in the URL (older ones are dropped), so that links stay short. */
export const MAX_EXPANDED = 30;

export const EMPTY_STATE: ViewState = {
  focus: null,
  depth: DEFAULT_DEPTH,
  expanded: [],
  types: null,
  sector: null,
  assembly: null,
  year: null,
  selected: null,
  embed: false,
  view: 'graph',
  resolution: null,
  from: null,
  to: null,
  document: null,
  clause: null,
  quote: null,
};

function int(value: string | null): number | null {
  if (value === null || !/^\d{1,6}$/.test(value)) return null;
  return Number(value);
}

function text(value: string | null): string | null {
  const v = value?.trim();
  return v ? v : null;
}

/** Reads a query string (`location.search`); anything malformed falls back to its default. */
export function parseState(search: string): ViewState {
  const p = new URLSearchParams(search);
  const depth = int(p.get('depth'));
  const types = p.get('types');
  const at = /^(\d+)-(\d+)$/.exec(p.get('at') ?? '');
  return {
    focus: text(p.get('focus')),
    depth: depth !== null && depth >= 1 && depth <= MAX_DEPTH ? depth : DEFAULT_DEPTH,
    expanded: (p.get('expand') ?? '').split(',').filter(Boolean).slice(0, MAX_EXPANDED),
    types: types === null ? null : types.split(',').filter(Boolean),
    sector: text(p.get('sector')),
    assembly: text(p.get('assembly')),
    year: int(p.get('year')),
    selected: text(p.get('sel')),
    embed: p.get('embed') === '1' || p.get('embed') === 'true',
    view: p.get('view') === 'resolution' ? 'resolution' : 'graph',
    resolution: text(p.get('res')),
    from: int(p.get('from')),
    to: int(p.get('to')),
    document: text(p.get('doc')),
    clause: text(p.get('clause')),
    quote: at ? { start: Number(at[1]), end: Number(at[2]) } : null,
  };
}

/** The query string for a state (with the leading `?`, or '' for the empty state); defaults are left out. */
export function formatState(state: ViewState): string {
  const p = new URLSearchParams();
  if (state.view === 'resolution') {
    p.set('view', 'resolution');
    if (state.resolution) p.set('res', state.resolution);
    if (state.from !== null) p.set('from', String(state.from));
    if (state.to !== null) p.set('to', String(state.to));
  } else {
    if (state.focus) p.set('focus', state.focus);
    if (state.depth !== DEFAULT_DEPTH) p.set('depth', String(state.depth));
    if (state.expanded.length) p.set('expand', state.expanded.join(','));
    if (state.types) p.set('types', state.types.join(','));
    if (state.sector) p.set('sector', state.sector);
    if (state.assembly) p.set('assembly', state.assembly);
    if (state.year !== null) p.set('year', String(state.year));
    if (state.selected) p.set('sel', state.selected);
  }
  if (state.document) {
    p.set('doc', state.document);
    if (state.clause) p.set('clause', state.clause);
    if (state.quote) p.set('at', `${state.quote.start}-${state.quote.end}`);
  }
  if (state.embed) p.set('embed', '1');
  const s = p.toString();
  return s ? `?${s}` : '';
}

/** A link to the page in another state, relative to the current one (keeps the path the page is served at). */
export function hrefFor(state: ViewState): string {
  return `${window.location.pathname}${formatState(state)}`;
}
