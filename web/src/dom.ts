/**
 * A small element builder. Text from the graph always goes in as text nodes, never as HTML, so nothing a document
 * says can inject markup into the page.
 */

export type Child = Node | string | number | null | undefined | false;
type Handler = (event: Event) => void;
export type Props = Readonly<Record<string, string | number | boolean | null | undefined | Handler>>;

/**
 * `h('a', { href, class: 'x', onclick: fn }, 'text', child)`. `false`/`null` props and children are skipped;
 * `on…` props are event listeners; `style` is applied through the CSSOM.
 */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Props = {},
  ...children: (Child | readonly Child[])[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(props)) {
    if (value === null || value === undefined || value === false) continue;
    if (typeof value === 'function') {
      el.addEventListener(name.replace(/^on/, ''), value);
    } else if (name === 'style') {
      // Through the CSSOM: the page's Content-Security-Policy refuses inline style attributes.
      for (const declaration of String(value).split(';')) {
        const colon = declaration.indexOf(':');
        if (colon > 0) el.style.setProperty(declaration.slice(0, colon).trim(), declaration.slice(colon + 1).trim());
      }
    } else if (value === true) {
      el.setAttribute(name, '');
    } else {
      el.setAttribute(name, String(value));
    }
  }
  append(el, children);
  return el;
}

export function append(parent: Node, children: readonly (Child | readonly Child[])[]): void {
  for (const child of children) {
    if (Array.isArray(child)) {
      append(parent, child);
    } else if (child !== null && child !== undefined && child !== false) {
      parent.appendChild(child instanceof Node ? child : document.createTextNode(String(child)));
    }
  }
}

/** Replaces every child of `parent`. */
export function replace(parent: Node, ...children: (Child | readonly Child[])[]): void {
  while (parent.firstChild) parent.removeChild(parent.firstChild);
  append(parent, children);
}

/** The element with this id, or an error naming it (the page's skeleton is static HTML). */
export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const el = document.getElementById(id);
  if (!el) throw new Error(`The page has no element #${id}`);
  return el as T;
}

/**
 * A snippet from the search API, where the match is between « and », as text with the match in `<mark>`.
 */
export function markedSnippet(snippet: string): Node[] {
  const out: Node[] = [];
  const re = /«([^»]*)»/g;
  let last = 0;
  for (const m of snippet.matchAll(re)) {
    const at = m.index ?? 0;
    if (at > last) out.push(document.createTextNode(snippet.slice(last, at)));
    out.push(h('mark', {}, m[1] ?? ''));
    last = at + m[0].length;
  }
  if (last < snippet.length) out.push(document.createTextNode(snippet.slice(last)));
  return out;
}

/** Text direction for a language code. */
export function dirOf(language: string | null | undefined, rtl: ReadonlySet<string>): 'rtl' | 'ltr' {
  return language && rtl.has(language) ? 'rtl' : 'ltr';
}
