/**
 * "Open in context": a dialog with the whole document, clause by clause, the chosen clause highlighted and
 * scrolled to, and the quoted words marked in it. The dialog is a native `<dialog>`: Escape closes it and focus
 * returns to where it was.
 */
import { dirOf, h, replace } from './dom';
import { documentName, markedClause } from './passages';
import type { DocumentCache } from './passages';
import type { Provenance } from './queries';
import { LANGUAGE_NAMES, RTL_LANGUAGES } from './theme';

export interface ReaderTarget {
  readonly document: string;
  readonly clause: string | null;
  readonly quote: { readonly start: number; readonly end: number } | null;
}

export class DocumentReader {
  private readonly title: HTMLElement;
  private readonly meta: HTMLElement;
  private readonly body: HTMLElement;

  constructor(
    private readonly dialog: HTMLDialogElement,
    private readonly documents: DocumentCache,
    onClose: () => void,
  ) {
    this.title = h('h2', { id: 'reader-title' });
    this.meta = h('p', { class: 'muted' });
    this.body = h('div', { class: 'reader-body' });
    dialog.setAttribute('aria-labelledby', 'reader-title');
    replace(
      dialog,
      h(
        'div',
        { class: 'reader-head' },
        h('div', {}, this.title, this.meta),
        h(
          'button',
          { type: 'button', class: 'close', onclick: () => dialog.close(), 'aria-label': 'Close the document' },
          '×',
        ),
      ),
      this.body,
    );
    dialog.addEventListener('close', onClose);
    // A click on the backdrop (the dialog element itself, outside its content) closes it.
    dialog.addEventListener('click', (e) => {
      if (e.target === dialog) dialog.close();
    });
  }

  get isOpen(): boolean {
    return this.dialog.open;
  }

  close(): void {
    if (this.dialog.open) this.dialog.close();
  }

  async open(target: ReaderTarget): Promise<void> {
    this.title.textContent = 'Loading…';
    this.meta.textContent = target.document;
    replace(this.body);
    if (!this.dialog.open) this.dialog.showModal();
    const doc = await this.documents.get(target.document).catch(() => null);
    if (!doc) {
      this.title.textContent = 'Document not found';
      this.meta.textContent = `No document ${target.document} in the graph.`;
      return;
    }
    this.title.textContent = documentName(doc);
    replace(
      this.meta,
      `${LANGUAGE_NAMES[doc.language] ?? doc.language} · ${doc.clauses.length} clauses · `,
      h('code', {}, doc.id),
      target.clause ? [' · clause ', h('code', {}, target.clause)] : null,
    );
    const quote: Provenance | null =
      target.quote && target.clause
        ? { document: doc.id, clause: target.clause, quote: '', start: target.quote.start, end: target.quote.end }
        : null;
    let current: HTMLElement | null = null;
    const list = h('ol', { class: 'clauses', lang: doc.language, dir: dirOf(doc.language, RTL_LANGUAGES) });
    for (const clause of doc.clauses) {
      const isTarget = clause.address === target.clause;
      // The offsets identify the quoted words; their text comes from the clause itself.
      const inside = isTarget && quote && quote.start >= clause.start && quote.end <= clause.end;
      const words = inside ? clause.text.slice(quote.start - clause.start, quote.end - clause.start) : '';
      const marked = quote && words ? markedClause(clause, { ...quote, quote: words }) : [clause.text];
      const item = h(
        'li',
        {
          class: `clause role-${clause.role}${isTarget ? ' current' : ''}`,
          'aria-current': isTarget ? 'true' : null,
          tabindex: isTarget ? '-1' : null,
        },
        h('span', { class: 'clause-address', lang: 'en', dir: 'ltr' }, clause.address),
        h(
          'span',
          { class: 'clause-text' },
          clause.label && clause.role === 'item' ? `${clause.label}) ` : null,
          marked,
        ),
      );
      if (isTarget) current = item;
      list.append(item);
    }
    replace(this.body, list);
    if (current) {
      current.scrollIntoView({ block: 'center' });
      current.focus({ preventScroll: true });
    }
  }
}
