/**
 * The words behind a link: a relationship's provenance shown as its whole clause with the matched words marked,
 * the clause's address and document, and a link that opens the clause in context. Documents' clauses are fetched
 * once per document and kept.
 */
import type { Api } from './api';
import { dirOf, h, replace } from './dom';
import type { Child } from './dom';
import { documentText } from './queries';
import { quoteRange } from './quote-range';
import type { ClauseText, DocumentText, Provenance } from './queries';
import { LANGUAGE_NAMES, RTL_LANGUAGES } from './theme';

export class DocumentCache {
  private readonly documents = new Map<string, Promise<DocumentText | null>>();

  constructor(private readonly api: Api) {}

  get(id: string): Promise<DocumentText | null> {
    let doc = this.documents.get(id);
    if (!doc) {
      doc = documentText(this.api, id).catch((error: unknown) => {
        this.documents.delete(id);
        throw error;
      });
      this.documents.set(id, doc);
    }
    return doc;
  }
}

/** The clause's text with the quote in `<mark>` (the whole text unmarked if the quote is not found in it). */
export function markedClause(clause: ClauseText, quote: Provenance | null): Child[] {
  const range = quote ? quoteRange(clause, quote) : null;
  if (!range) return [clause.text];
  return [
    clause.text.slice(0, range.start),
    h('mark', {}, clause.text.slice(range.start, range.end)),
    clause.text.slice(range.end),
  ];
}

/** A readable name for a document: its title, else its version, else its file name; with the language. */
export function documentName(doc: Pick<DocumentText, 'title' | 'version' | 'file' | 'language'>): string {
  const name = doc.title ?? doc.version?.name ?? doc.file.replace(/^.*[\\/]/, '');
  return `${name} [${doc.language}]`;
}

export interface PassageLinks {
  /** The URL that opens this clause in context (used as the link's href, so it can open in a new tab). */
  readonly contextHref: (quote: Provenance) => string;
  /** Opens the clause in context in this page. */
  readonly openContext: (quote: Provenance) => void;
}

/**
 * A `<figure>` for one passage: filled in once the document's clauses are loaded (the quote alone is shown at
 * once, so the panel never waits on a document).
 */
export function passage(documents: DocumentCache, quote: Provenance, links: PassageLinks): HTMLElement {
  const body = h('blockquote', { class: 'passage-text' }, h('mark', {}, quote.quote));
  const docName = h('span', { class: 'passage-doc' }, quote.document);
  const open = h(
    'a',
    {
      class: 'passage-open',
      href: links.contextHref(quote),
      onclick: (event: Event) => {
        const e = event as MouseEvent;
        if (e.ctrlKey || e.metaKey || e.shiftKey || e.button !== 0) return;
        e.preventDefault();
        links.openContext(quote);
      },
    },
    'Open in context',
  );
  const figure = h(
    'figure',
    { class: 'passage' },
    body,
    h(
      'figcaption',
      {},
      quote.clause ? ['Clause ', h('code', {}, quote.clause), ' · '] : ['Document header · '],
      docName,
      ' · ',
      open,
    ),
  );
  documents
    .get(quote.document)
    .then((doc) => {
      if (!doc) return;
      docName.textContent = documentName(doc);
      docName.setAttribute('title', LANGUAGE_NAMES[doc.language] ?? doc.language);
      body.setAttribute('lang', doc.language);
      body.setAttribute('dir', dirOf(doc.language, RTL_LANGUAGES));
      const clause = quote.clause ? doc.clauses.find((c) => c.address === quote.clause) : undefined;
      if (clause) replace(body, markedClause(clause, quote));
    })
    .catch(() => {
      docName.textContent = `${quote.document} (could not be loaded)`;
    });
  return figure;
}
