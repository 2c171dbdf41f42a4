/**
 * The resolution view: a resolution's versions on a timeline, and the comparison of the mandates of any two of
 * them: parties and citations added and removed, and each instruction side by side, each side in the language of
 * its own document.
 */
import type { Api } from './api';
import { dirOf, h, replace } from './dom';
import type { Child } from './dom';
import { compareVersions, resolutions, resolutionTimeline } from './queries';
import type {
  ComparedInstruction,
  Comparison,
  Ref,
  ResolutionSummary,
  ResolutionTimeline,
  VersionSummary,
} from './queries';
import { LANGUAGE_NAMES, RTL_LANGUAGES } from './theme';

export interface ResolutionSelection {
  readonly resolution: string | null;
  readonly from: number | null;
  readonly to: number | null;
}

export interface ResolutionViewActions {
  /** The selection changed (to be written to the URL). */
  readonly changed: (selection: ResolutionSelection) => void;
  /** Show this node in the graph. */
  readonly focus: (id: string) => void;
}

const STATUS_TEXT: Readonly<Record<string, string>> = {
  ADDED: 'Added',
  REMOVED: 'Removed',
  REWORDED: 'Reworded',
  UNCHANGED: 'Unchanged',
};

const SOURCE_TEXT: Readonly<Record<string, string>> = {
  TEXT: 'text loaded',
  MANIFEST: 'text loaded',
  HISTORY_LINE: 'known from a history line',
  CITATION: 'known from a citation',
};

function hasText(v: VersionSummary): boolean {
  return v.documents.length > 0;
}

function languageName(code: string | undefined): string {
  return code ? (LANGUAGE_NAMES[code] ?? code) : '';
}

export class ResolutionView {
  private list: readonly ResolutionSummary[] = [];
  private timeline: ResolutionTimeline | null = null;
  private selection: ResolutionSelection = { resolution: null, from: null, to: null };
  private readonly select: HTMLSelectElement;
  private readonly fromSelect: HTMLSelectElement;
  private readonly toSelect: HTMLSelectElement;
  private readonly header: HTMLElement;
  private readonly timelineEl: HTMLElement;
  private readonly comparisonEl: HTMLElement;
  private readonly controls: HTMLElement;
  private request = 0;

  constructor(
    root: HTMLElement,
    private readonly api: Api,
    private readonly actions: ResolutionViewActions,
  ) {
    this.select = h('select', { id: 'res-select' });
    this.fromSelect = h('select', { id: 'res-from' });
    this.toSelect = h('select', { id: 'res-to' });
    this.header = h('div', { class: 'res-header' });
    this.timelineEl = h('div', { class: 'timeline-wrap' });
    this.comparisonEl = h('div', { class: 'comparison', 'aria-live': 'polite' });
    this.controls = h(
      'div',
      { class: 'compare-controls' },
      h('label', { for: 'res-from' }, 'Compare from'),
      this.fromSelect,
      h('label', { for: 'res-to' }, 'to'),
      this.toSelect,
      h('button', { type: 'button', onclick: () => this.swap(), title: 'Swap the two versions' }, '⇄ Swap'),
    );
    replace(
      root,
      h('div', { class: 'res-toolbar' }, h('label', { for: 'res-select' }, 'Resolution'), this.select),
      this.header,
      h('h3', { class: 'section-title' }, 'Versions'),
      this.timelineEl,
      h('h3', { class: 'section-title' }, 'What changed'),
      this.controls,
      this.comparisonEl,
    );
    this.select.addEventListener('change', () => {
      this.selection = { resolution: this.select.value || null, from: null, to: null };
      void this.loadTimeline();
    });
    const onYears = (): void => {
      this.selection = { ...this.selection, from: Number(this.fromSelect.value), to: Number(this.toSelect.value) };
      this.actions.changed(this.selection);
      void this.compare();
    };
    this.fromSelect.addEventListener('change', onYears);
    this.toSelect.addEventListener('change', onYears);
  }

  /** Shows a resolution (the one in the URL, else the first with more than one version loaded). */
  async show(selection: ResolutionSelection): Promise<void> {
    if (!this.list.length) {
      this.list = await resolutions(this.api);
      replace(
        this.select,
        this.list.map((r) => h('option', { value: r.id }, r.name)),
      );
    }
    const same =
      selection.resolution === this.selection.resolution &&
      selection.from === this.selection.from &&
      selection.to === this.selection.to &&
      this.timeline !== null;
    this.selection = selection;
    if (same) return;
    await this.loadTimeline();
  }

  private async loadTimeline(): Promise<void> {
    const id = ++this.request;
    let summary = this.list.find((r) => r.id === this.selection.resolution);
    if (!summary) {
      // No resolution asked for: the first one whose versions can be compared, else the first.
      for (const r of this.list) {
        const t = await resolutionTimeline(this.api, r.body, r.number);
        if (t && t.versions.filter(hasText).length >= 2) {
          summary = r;
          break;
        }
      }
      summary ??= this.list[0];
    }
    if (!summary) {
      replace(this.header, h('p', {}, 'No resolutions in the graph yet.'));
      return;
    }
    this.select.value = summary.id;
    const timeline = await resolutionTimeline(this.api, summary.body, summary.number);
    if (id !== this.request) return;
    this.timeline = timeline;
    if (!timeline) {
      replace(this.header, h('p', {}, `${summary.name} is not in the graph.`));
      return;
    }
    const withText = timeline.versions.filter(hasText);
    const years = withText.map((v) => v.year);
    const to =
      this.selection.to !== null && years.includes(this.selection.to) ? this.selection.to : (years.at(-1) ?? null);
    const earlier = years.filter((y) => to === null || y < to);
    const from =
      this.selection.from !== null && years.includes(this.selection.from) && this.selection.from !== to
        ? this.selection.from
        : (earlier[0] ?? years[0] ?? null);
    this.selection = { resolution: timeline.id, from, to };
    this.actions.changed(this.selection);
    this.renderHeader(timeline);
    this.renderTimeline(timeline);
    const option = (v: VersionSummary): HTMLOptionElement =>
      h('option', { value: String(v.year) }, `${v.year} · ${v.label} (${v.languages.map(languageName).join(', ')})`);
    replace(this.fromSelect, withText.map(option));
    replace(this.toSelect, withText.map(option));
    if (from !== null) this.fromSelect.value = String(from);
    if (to !== null) this.toSelect.value = String(to);
    this.controls.hidden = withText.length < 2;
    await this.compare();
  }

  private swap(): void {
    const { from, to } = this.selection;
    if (from === null || to === null) return;
    this.selection = { ...this.selection, from: to, to: from };
    this.fromSelect.value = String(to);
    this.toSelect.value = String(from);
    this.actions.changed(this.selection);
    void this.compare();
  }

  private renderHeader(t: ResolutionTimeline): void {
    replace(
      this.header,
      h('h2', { id: 'res-title' }, t.name),
      t.title ? h('p', { class: 'res-title' }, t.title) : null,
      h(
        'p',
        { class: 'actions' },
        h('button', { type: 'button', onclick: () => this.actions.focus(t.id) }, 'Show in the graph'),
      ),
    );
  }

  private renderTimeline(t: ResolutionTimeline): void {
    const selected = new Set([this.selection.from, this.selection.to]);
    replace(
      this.timelineEl,
      h(
        'ol',
        { class: 'timeline', 'aria-label': `Versions of ${t.name}` },
        t.versions.map((v) =>
          h(
            'li',
            { class: `version${hasText(v) ? ' has-text' : ''}${selected.has(v.year) ? ' selected' : ''}` },
            h('span', { class: 'dot', 'aria-hidden': 'true' }),
            h('span', { class: 'year' }, String(v.year)),
            h('span', { class: 'label' }, v.label),
            h(
              'span',
              { class: 'source' },
              hasText(v)
                ? `text: ${v.languages.map(languageName).join(', ')}`
                : (SOURCE_TEXT[v.source] ?? v.source.toLowerCase()),
            ),
            h('button', { type: 'button', class: 'link', onclick: () => this.actions.focus(v.id) }, 'Show in graph'),
          ),
        ),
      ),
    );
  }

  private async compare(): Promise<void> {
    const t = this.timeline;
    const { from, to } = this.selection;
    if (t) this.renderTimeline(t);
    if (!t || from === null || to === null) {
      replace(
        this.comparisonEl,
        h(
          'p',
          { class: 'muted' },
          'Fewer than two versions of this resolution have a text in the graph: nothing to compare.',
        ),
      );
      return;
    }
    if (from === to) {
      replace(this.comparisonEl, h('p', { class: 'muted' }, 'Choose two different versions.'));
      return;
    }
    const id = ++this.request;
    replace(this.comparisonEl, h('p', { class: 'muted', role: 'status' }, 'Comparing…'));
    let comparison: Comparison | null;
    try {
      comparison = await compareVersions(this.api, { body: t.body, number: t.number, from, to });
    } catch (error) {
      if (id === this.request) replace(this.comparisonEl, h('p', { class: 'error' }, (error as Error).message));
      return;
    }
    if (id !== this.request) return;
    if (!comparison) {
      replace(this.comparisonEl, h('p', {}, 'These versions cannot be compared.'));
      return;
    }
    this.renderComparison(comparison, t);
  }

  private chips(refs: readonly Ref[], sign: '+' | '−', kind: string): Child {
    if (!refs.length) return null;
    const cls = sign === '+' ? 'added' : 'removed';
    return h(
      'div',
      { class: 'chip-row' },
      h('span', { class: `chip-row-label ${cls}` }, sign === '+' ? 'Added' : 'Removed'),
      this.chipList(refs, sign, kind, cls),
    );
  }

  private chipList(refs: readonly Ref[], sign: '+' | '−', kind: string, cls: string): HTMLElement {
    return h(
      'ul',
      { class: `chips ${cls}`, 'aria-label': `${kind} ${cls}` },
      refs.map((r) =>
        h(
          'li',
          {},
          h(
            'button',
            {
              type: 'button',
              class: `chip ${cls}`,
              onclick: () => this.actions.focus(r.id),
              title: `${r.id}: show in the graph`,
            },
            h('span', { class: 'sign', 'aria-hidden': 'true' }, sign),
            h('span', { class: 'sr-only' }, sign === '+' ? 'added: ' : 'removed: '),
            r.name,
          ),
        ),
      ),
    );
  }

  private summaryBox(title: string, added: readonly Ref[], removed: readonly Ref[]): HTMLElement {
    return h(
      'section',
      { class: 'summary-box' },
      h('h4', {}, title),
      added.length || removed.length
        ? [this.chips(added, '+', title), this.chips(removed, '−', title)]
        : h('p', { class: 'muted' }, 'No change'),
    );
  }

  private side(instruction: ComparedInstruction | null, version: string): HTMLElement {
    if (!instruction) return h('div', { class: 'side empty' }, h('p', { class: 'muted' }, `Not in ${version}`));
    const language = instruction.document.language;
    return h(
      'div',
      { class: 'side', lang: language, dir: dirOf(language, RTL_LANGUAGES) },
      h('p', { class: 'heading' }, instruction.heading),
      instruction.items.length
        ? h(
            'ol',
            { class: 'items' },
            instruction.items.map((item) =>
              h('li', {}, item.label ? h('span', { class: 'item-label' }, `${item.label}) `) : null, item.text),
            ),
          )
        : null,
    );
  }

  private renderComparison(c: Comparison, t: ResolutionTimeline): void {
    const versionOf = (id: string): VersionSummary | undefined => t.versions.find((v) => v.id === id);
    const fromV = versionOf(c.from.id);
    const toV = versionOf(c.to.id);
    const columnTitle = (label: string, v: VersionSummary | undefined): HTMLElement =>
      h(
        'div',
        { class: 'side-title' },
        label,
        v ? h('span', { class: 'lang-tag' }, v.languages.map(languageName).join(', ')) : null,
      );
    const fromLanguages = fromV?.languages.join() ?? '';
    const toLanguages = toV?.languages.join() ?? '';
    const acrossLanguages = fromLanguages !== toLanguages;
    const counts = new Map<string, number>();
    for (const change of c.instructions) counts.set(change.status, (counts.get(change.status) ?? 0) + 1);
    replace(
      this.comparisonEl,
      h(
        'div',
        { class: 'summary' },
        this.summaryBox('Addressees', c.addedAddressees, c.removedAddressees),
        this.summaryBox('Collaborators', c.addedCollaborators, c.removedCollaborators),
        this.summaryBox('Citations', c.addedCitations, c.removedCitations),
      ),
      h(
        'h4',
        { class: 'instructions-title' },
        `Instructions: `,
        ['ADDED', 'REMOVED', 'REWORDED', 'UNCHANGED'].map((s) =>
          counts.get(s)
            ? h(
                'span',
                { class: `status status-${s.toLowerCase()}` },
                `${counts.get(s)} ${STATUS_TEXT[s]?.toLowerCase()}`,
              )
            : null,
        ),
      ),
      acrossLanguages
        ? h(
            'p',
            { class: 'note' },
            `The two texts are in different languages (${languageName(fromV?.languages[0])} and ${languageName(toV?.languages[0])}): instructions are matched by kind and addressees, and a change of wording between languages is not detected, so “unchanged” means the same kind of instruction to the same parties.`,
          )
        : null,
      h(
        'div',
        { class: 'sides-head', 'aria-hidden': 'true' },
        columnTitle(c.from.name, fromV),
        columnTitle(c.to.name, toV),
      ),
      c.instructions.map((change) =>
        h(
          'article',
          { class: `change status-${change.status.toLowerCase()}` },
          h(
            'header',
            {},
            h(
              'span',
              { class: `status status-${change.status.toLowerCase()}` },
              STATUS_TEXT[change.status] ?? change.status,
            ),
            h('span', { class: 'kind' }, change.kind),
            h(
              'span',
              { class: 'addressees' },
              (change.after ?? change.before)?.addressees.map((a) => a.name).join(', ') ?? '',
            ),
          ),
          h('div', { class: 'sides' }, this.side(change.before, c.from.label), this.side(change.after, c.to.label)),
        ),
      ),
    );
  }
}
