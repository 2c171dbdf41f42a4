/**
 * The search box: a combobox (WAI-ARIA 1.2 pattern) over the API's full-text search, in every language of the
 * corpus or in one. Arrow keys move through the hits, Enter chooses one, Escape closes the list.
 */
import type { Api } from './api';
import { h, markedSnippet, replace } from './dom';
import type { Child } from './dom';
import { typeBadge } from './details';
import { search } from './queries';
import type { SearchHit } from './queries';

const DEBOUNCE_MS = 200;

export interface SearchBoxElements {
  readonly input: HTMLInputElement;
  readonly language: HTMLSelectElement;
  readonly list: HTMLElement;
  readonly status: HTMLElement;
}

/** What a hit is called in the list: an entity's name, or a clause's address; and, for text, its document. */
function hitTitle(hit: SearchHit): Child[] {
  const n = hit.node;
  const doc = n.document
    ? h('span', { class: 'hit-doc' }, `${n.document.name.replace(/^.*[\\/]/, '')} [${n.document.language}]`)
    : null;
  if (n.name) return [h('span', { class: 'hit-name' }, n.name)];
  if (n.address) return [h('code', { class: 'hit-name' }, n.address), doc];
  if (n.heading) return [h('span', { class: 'hit-name' }, n.heading), doc];
  return [h('span', { class: 'hit-name' }, n.id)];
}

export class SearchBox {
  private hits: readonly SearchHit[] = [];
  private active = -1;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private request = 0;

  constructor(
    private readonly el: SearchBoxElements,
    private readonly api: Api,
    private readonly onChoose: (hit: SearchHit) => void,
  ) {
    const { input, list, language } = el;
    input.setAttribute('role', 'combobox');
    input.setAttribute('aria-autocomplete', 'list');
    input.setAttribute('aria-expanded', 'false');
    input.setAttribute('aria-controls', list.id);
    list.setAttribute('role', 'listbox');
    input.addEventListener('input', () => this.schedule());
    language.addEventListener('change', () => this.schedule(0));
    input.addEventListener('keydown', (e) => this.onKey(e));
    input.addEventListener('focus', () => {
      if (this.hits.length) this.setOpen(true);
    });
    document.addEventListener('click', (e) => {
      if (!(e.target instanceof Node) || (!list.contains(e.target) && e.target !== input)) this.setOpen(false);
    });
  }

  private schedule(delay = DEBOUNCE_MS): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.run(), delay);
  }

  private async run(): Promise<void> {
    const text = this.el.input.value.trim();
    const id = ++this.request;
    if (!text) {
      this.render([]);
      this.el.status.textContent = '';
      return;
    }
    const languages = this.el.language.value ? [this.el.language.value] : [];
    try {
      const hits = await search(this.api, text.slice(0, 500), languages);
      if (id !== this.request) return;
      this.render(hits);
      this.el.status.textContent = hits.length ? `${hits.length} results` : `No results for “${text}”`;
      this.setOpen(true);
    } catch (error) {
      if (id !== this.request) return;
      this.render([]);
      this.el.status.textContent = `Search failed: ${(error as Error).message}`;
    }
  }

  private render(hits: readonly SearchHit[]): void {
    this.hits = hits;
    this.active = -1;
    this.el.input.removeAttribute('aria-activedescendant');
    if (!hits.length) {
      replace(
        this.el.list,
        this.el.input.value.trim() ? h('li', { class: 'empty', role: 'presentation' }, 'No results') : null,
      );
      if (!this.el.input.value.trim()) this.setOpen(false);
      return;
    }
    replace(
      this.el.list,
      hits.map((hit, i) =>
        h(
          'li',
          {
            id: `search-hit-${i}`,
            role: 'option',
            'aria-selected': 'false',
            'data-id': hit.node.id,
            onmousedown: (e: Event) => e.preventDefault(),
            onclick: () => this.choose(i),
          },
          h('div', { class: 'hit-title' }, typeBadge(hit.node.__typename), hitTitle(hit)),
          h('div', { class: 'hit-snippet', lang: hit.node.document?.language ?? null }, markedSnippet(hit.snippet)),
        ),
      ),
    );
  }

  private setOpen(open: boolean): void {
    const show = open && this.el.list.childElementCount > 0;
    this.el.list.hidden = !show;
    this.el.input.setAttribute('aria-expanded', String(show));
  }

  private move(to: number): void {
    const items = [...this.el.list.querySelectorAll<HTMLElement>('[role=option]')];
    if (!items.length) return;
    this.active = (to + items.length) % items.length;
    items.forEach((item, i) => item.setAttribute('aria-selected', String(i === this.active)));
    const current = items[this.active];
    if (current) {
      this.el.input.setAttribute('aria-activedescendant', current.id);
      current.scrollIntoView({ block: 'nearest' });
    }
  }

  private onKey(e: KeyboardEvent): void {
    switch (e.key) {
      case 'ArrowDown':
        e.preventDefault();
        this.setOpen(true);
        this.move(this.active + 1);
        break;
      case 'ArrowUp':
        e.preventDefault();
        this.move(this.active - 1);
        break;
      case 'Enter':
        e.preventDefault();
        if (this.active >= 0) this.choose(this.active);
        else if (this.hits.length) this.choose(0);
        else this.schedule(0);
        break;
      case 'Escape':
        if (!this.el.list.hidden) {
          e.preventDefault();
          this.setOpen(false);
        }
        break;
      default:
        break;
    }
  }

  private choose(index: number): void {
    const hit = this.hits[index];
    if (!hit) return;
    this.setOpen(false);
    this.onChoose(hit);
  }
}
