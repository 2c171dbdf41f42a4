/**
 * The details panel: the selected node's properties and every relationship it has, each with the passages that
 * state it; or the selected relationship with its passages. Everything in it is reachable by keyboard: other nodes
 * are buttons that select them, so the graph can be walked without the canvas.
 */
import type { Api } from './api';
import { dirOf, h, replace } from './dom';
import type { Child } from './dom';
import type { GraphModel, MergedEdge } from './graph-model';
import { displayLabel } from './graph-model';
import { passage } from './passages';
import type { DocumentCache, PassageLinks } from './passages';
import { neighbourhood, nodeDetails } from './queries';
import type { DrawEdge, DrawNode, NodeDetails, Ref } from './queries';
import { EDGE_TYPES, edgeStyle, LANGUAGE_NAMES, nodeStyle, RTL_LANGUAGES } from './theme';

export interface DetailsActions extends PassageLinks {
  readonly select: (id: string) => void;
  readonly focus: (id: string) => void;
  readonly expand: (id: string) => void;
  readonly openResolution: (resolutionId: string, year: number | null) => void;
  readonly openDocument: (documentId: string, clause: string | null) => void;
}

/** How many relationships of one kind are listed before a "show all" button. */
const FIRST_ITEMS = 8;

export function typeBadge(type: string): HTMLElement {
  const s = nodeStyle(type);
  return h(
    'span',
    { class: 'type-badge' },
    h('span', { class: `swatch shape-${s.shape}`, style: `--swatch:${s.colour}`, 'aria-hidden': 'true' }),
    type,
  );
}

function relBadge(type: string): HTMLElement {
  const s = edgeStyle(type);
  return h('span', { class: `rel-badge line-${s.line}`, style: `--rel:${s.colour}` }, type);
}

function row(term: string, ...value: (Child | readonly Child[])[]): Child[] {
  return [h('dt', {}, term), h('dd', {}, ...value)];
}

function refList(refs: readonly Ref[] | undefined, actions: DetailsActions): Child {
  if (!refs?.length) return '—';
  return h(
    'ul',
    { class: 'inline-list' },
    refs.map((r) =>
      h('li', {}, h('button', { type: 'button', class: 'link', onclick: () => actions.select(r.id) }, r.name)),
    ),
  );
}

function properties(d: NodeDetails, actions: DetailsActions): Child[] {
  const rows: Child[] = [];
  const add = (term: string, value: Child | readonly Child[] | undefined | null): void => {
    if (value === undefined || value === null || value === '') return;
    rows.push(...row(term, value));
  };
  const lang = (code: string | undefined): string | undefined =>
    code ? `${LANGUAGE_NAMES[code] ?? code} (${code})` : undefined;
  switch (d.__typename) {
    case 'Resolution':
      add('Assembly', d.body);
      add('Number', d.number);
      add('Title', d.title);
      add('Versions', String(d.versions?.length ?? 0));
      break;
    case 'Version':
      add('Resolution', d.resolution ? refList([d.resolution], actions) : null);
      add('Year', d.year);
      add('Place', d.place);
      add('Revision', d.label);
      add('Known from', d.source);
      add('Languages', d.languages?.map((l) => lang(l)).join(', ') || 'no text loaded');
      break;
    case 'Document':
      add('Title', d.title);
      add('Language', lang(d.language));
      add('Kind', d.documentKind);
      add('Version', d.version ? refList([d.version], actions) : null);
      add('File', d.file?.replace(/^.*[\\/]/, ''));
      add('Encoding', d.encoding);
      add('SHA-256', d.checksum ? h('code', { class: 'hash' }, d.checksum) : null);
      add('From the manifest', d.manifestFacts?.length ? d.manifestFacts.join(', ') : null);
      break;
    case 'Clause':
      add('Address', d.address ? h('code', {}, d.address) : null);
      add('Document', d.document ? refList([d.document], actions) : null);
      add('Part', d.part);
      add('Role', d.role);
      break;
    case 'Instruction':
      add('Kind', d.instructionKind);
      add('Version', d.instructionVersion ? refList([d.instructionVersion], actions) : null);
      add('Addressees', refList(d.addressees, actions));
      add('Collaborators', refList(d.collaborators, actions));
      break;
    case 'StudyGroup':
      add('Sector', d.sector?.replace('_', '-'));
      add('Number', d.groupNumber);
      add('Title', d.title);
      break;
    case 'Question':
      add('Sector', d.sector?.replace('_', '-'));
      add('Code', d.code);
      add('Title', d.title);
      add('Study group', d.studyGroup ? refList([d.studyGroup], actions) : null);
      break;
    case 'Organization':
      add('Acronym', d.acronym);
      add('Kind', d.organizationKind);
      break;
    case 'Assembly':
      add('Assembly', d.body);
      add('Year', d.year);
      add('Place', d.place);
      break;
    case 'Instrument':
      add('Kind', d.instrumentKind);
      add('Code', d.code);
      break;
    default:
      break;
  }
  return rows.length ? [h('dl', { class: 'props' }, rows)] : [];
}

/** The text a node carries itself: a clause's words, an instruction's heading and items. */
function ownText(d: NodeDetails): Child[] {
  const language = d.document?.language;
  const attrs = language ? { lang: language, dir: dirOf(language, RTL_LANGUAGES) } : {};
  if (d.__typename === 'Clause' && d.text) {
    return [h('h3', {}, 'Text'), h('blockquote', { class: 'passage-text', ...attrs }, d.text)];
  }
  if (d.__typename === 'Instruction' && d.heading) {
    return [
      h('h3', {}, 'Text'),
      h(
        'div',
        { class: 'instruction-text', ...attrs },
        h('p', { class: 'heading' }, d.heading),
        h(
          'ol',
          {},
          (d.items ?? []).map((item) =>
            h('li', {}, item.label ? h('span', { class: 'item-label' }, `${item.label}) `) : null, item.text),
          ),
        ),
      ),
    ];
  }
  return [];
}

interface Group {
  readonly type: string;
  readonly outgoing: boolean;
  readonly items: { readonly other: string; readonly edges: DrawEdge[] }[];
}

function groupRelationships(id: string, edges: readonly DrawEdge[]): Group[] {
  const groups = new Map<string, Group>();
  for (const e of edges) {
    if (e.source !== id && e.target !== id) continue;
    const outgoing = e.source === id;
    const key = `${e.type}|${outgoing ? 'out' : 'in'}`;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { type: e.type, outgoing, items: [] }));
    const other = outgoing ? e.target : e.source;
    let item = g.items.find((i) => i.other === other);
    if (!item) g.items.push((item = { other, edges: [] }));
    item.edges.push(e);
  }
  // Mandates and links between actors before mentions and structure; then in legend order, outgoing first.
  const rank = (g: Group): number => {
    const at = EDGE_TYPES.findIndex((t) => t.type === g.type);
    const strong = edgeStyle(g.type).strong ? 0 : 1;
    return strong * 1000 + (at < 0 ? EDGE_TYPES.length : at) * 2 + (g.outgoing ? 0 : 1);
  };
  return [...groups.values()].sort((a, b) => rank(a) - rank(b));
}

export class DetailsPanel {
  /** The selection being shown; an answer for an older selection is dropped. */
  private current: string | null = null;

  constructor(
    private readonly root: HTMLElement,
    private readonly api: Api,
    private readonly model: GraphModel,
    private readonly documents: DocumentCache,
    private readonly actions: DetailsActions,
  ) {}

  clear(message: Child | readonly Child[]): void {
    this.current = null;
    replace(this.root, h('div', { class: 'details-empty' }, message));
  }

  private nodeButton(id: string, fallback?: DrawNode): HTMLElement {
    const node = this.model.nodes.get(id) ?? fallback;
    const label = node ? displayLabel(node) : id;
    return h(
      'button',
      { type: 'button', class: 'node-ref', onclick: () => this.actions.select(id), title: id },
      node
        ? h('span', { class: 'swatch-dot', style: `--swatch:${nodeStyle(node.type).colour}`, 'aria-hidden': 'true' })
        : null,
      label,
    );
  }

  private passages(edges: readonly DrawEdge[]): Child[] {
    const withText = edges.filter((e) => e.provenance);
    if (!withText.length) {
      return [h('p', { class: 'muted' }, "Follows from the document's structure; no passage states it.")];
    }
    return withText.map((e) => (e.provenance ? passage(this.documents, e.provenance, this.actions) : null));
  }

  async showNode(id: string, options: { readonly moveFocus?: boolean } = {}): Promise<void> {
    this.current = id;
    const known = this.model.nodes.get(id);
    const heading = h('h2', { id: 'details-title', tabindex: '-1' }, known ? displayLabel(known) : id);
    replace(
      this.root,
      h(
        'div',
        { class: 'details-head' },
        known ? typeBadge(known.type) : null,
        heading,
        h('code', { class: 'node-id' }, id),
      ),
      h('p', { class: 'muted', role: 'status' }, 'Loading…'),
    );
    if (options.moveFocus) heading.focus();
    let details: NodeDetails | null;
    let edges: readonly DrawEdge[];
    let others: ReadonlyMap<string, DrawNode>;
    try {
      const [d, sub] = await Promise.all([nodeDetails(this.api, id), neighbourhood(this.api, id, 1)]);
      details = d;
      edges = sub.edges;
      others = new Map(sub.nodes.map((n) => [n.id, n]));
    } catch (error) {
      if (this.current !== id) return;
      this.clear(`Could not load ${id}: ${(error as Error).message}`);
      return;
    }
    if (this.current !== id) return;
    if (!details) {
      this.clear(`Nothing is known about ${id}.`);
      return;
    }
    const d = details;
    if (d.name) heading.textContent = d.name;
    const buttons: Child[] = [
      h('button', { type: 'button', onclick: () => this.actions.focus(id) }, 'Centre graph here'),
      h('button', { type: 'button', onclick: () => this.actions.expand(id) }, 'Expand neighbours'),
    ];
    if (d.__typename === 'Resolution') {
      buttons.push(
        h('button', { type: 'button', onclick: () => this.actions.openResolution(id, null) }, 'Versions and changes'),
      );
    }
    if (d.__typename === 'Version' && d.resolution) {
      const resolution = d.resolution.id;
      buttons.push(
        h(
          'button',
          { type: 'button', onclick: () => this.actions.openResolution(resolution, d.year ?? null) },
          'Compare versions',
        ),
      );
    }
    if (d.__typename === 'Document') {
      buttons.push(
        h('button', { type: 'button', onclick: () => this.actions.openDocument(id, null) }, 'Read the document'),
      );
    }
    if (d.__typename === 'Clause' && d.document && d.address) {
      const doc = d.document.id;
      const address = d.address;
      buttons.push(
        h('button', { type: 'button', onclick: () => this.actions.openDocument(doc, address) }, 'Open in context'),
      );
    }
    const groups = groupRelationships(id, edges);
    replace(
      this.root,
      h('div', { class: 'details-head' }, typeBadge(d.__typename), heading, h('code', { class: 'node-id' }, id)),
      h('div', { class: 'actions' }, buttons),
      properties(d, this.actions),
      ownText(d),
      h('h3', {}, `Relationships (${groups.reduce((n, g) => n + g.items.length, 0)})`),
      groups.length ? groups.map((g) => this.groupSection(g, others)) : h('p', { class: 'muted' }, 'None.'),
    );
  }

  private groupSection(group: Group, others: ReadonlyMap<string, DrawNode>): HTMLElement {
    const list = h('ol', { class: 'relations' });
    const render = (items: Group['items']): void => {
      for (const item of items) {
        list.append(
          h(
            'li',
            {},
            h(
              'div',
              { class: 'relation-head' },
              group.outgoing ? '→ ' : '← ',
              this.nodeButton(item.other, others.get(item.other)),
            ),
            this.passages(item.edges),
          ),
        );
      }
    };
    render(group.items.slice(0, FIRST_ITEMS));
    const rest = group.items.slice(FIRST_ITEMS);
    const more = rest.length
      ? h(
          'button',
          {
            type: 'button',
            class: 'link',
            onclick: (e: Event) => {
              render(rest);
              (e.currentTarget as HTMLElement).remove();
            },
          },
          `Show ${rest.length} more`,
        )
      : null;
    const verb = edgeStyle(group.type).verb;
    return h(
      'section',
      { class: 'relation-group' },
      h(
        'h4',
        {},
        relBadge(group.type),
        ' ',
        h('span', { class: 'muted' }, group.outgoing ? verb : `${verb} (incoming)`),
        ` · ${group.items.length}`,
      ),
      list,
      more,
    );
  }

  showEdge(edge: MergedEdge, options: { readonly moveFocus?: boolean } = {}): void {
    this.current = edge.id;
    const s = edgeStyle(edge.type);
    const heading = h('h2', { id: 'details-title', tabindex: '-1' }, edge.type);
    const count = edge.edges.length;
    replace(
      this.root,
      h('div', { class: 'details-head' }, h('span', { class: 'type-badge' }, 'Relationship'), heading),
      h(
        'p',
        { class: 'edge-sentence' },
        this.nodeButton(edge.source),
        h('span', { class: 'verb' }, ` ${s.verb} `),
        this.nodeButton(edge.target),
      ),
      h('h3', {}, count === 1 ? 'Stated in' : `Stated in ${count} passages`),
      this.passages(edge.edges),
    );
    if (options.moveFocus) heading.focus();
  }
}
