/**
 * Loader errors: a stable code, the file, the line and column, what was expected and what was found, and the
 * underlying cause. A document that raises one contributes nothing to the graph; other documents still load.
 */

export const LOADER_ERROR_CODES = [
  'FILE_UNREADABLE',
  'FILE_EMPTY',
  'FILE_TOO_LARGE',
  'FILE_BINARY',
  'ENCODING_UNDECODABLE',
  'ENCODING_UNSUPPORTED',
  /** Markup rather than text: an HTML or XML document, or RTF. */
  'FORMAT_UNSUPPORTED',
  'LANGUAGE_UNKNOWN',
  'STRUCTURE_UNRECOGNISED',
  'DOCUMENT_TRUNCATED',
  'SECTION_EMPTY',
  'ITEM_WITHOUT_HEADING',
  'IDENTITY_MISSING',
  'MANIFEST_INVALID',
  /** parseDocument was given a file that holds several resolutions (parseDocuments reads each). */
  'MULTIPLE_RESOLUTIONS',
  /** The parser itself failed on this document: a bug, reported with the cause; other documents still load. */
  'PARSER_FAILED',
] as const;
export type LoaderErrorCode = (typeof LOADER_ERROR_CODES)[number];

export interface LoaderErrorDetails {
  readonly code: LoaderErrorCode;
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly expected: string;
  readonly found: string;
  readonly hint?: string;
  readonly cause?: unknown;
}

/** A document could not be loaded. `message` reads `file:line:column: CODE: expected …, found …`. */
export class LoaderError extends Error {
  override readonly name = 'LoaderError';
  readonly code: LoaderErrorCode;
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly expected: string;
  readonly found: string;
  readonly hint: string | undefined;

  constructor(details: LoaderErrorDetails) {
    super(
      `${details.file}:${details.line}:${details.column}: ${details.code}: expected ${details.expected}, found ${details.found}` +
        (details.hint ? `. ${details.hint}` : ''),
      details.cause === undefined ? undefined : { cause: details.cause },
    );
    this.code = details.code;
    this.file = details.file;
    this.line = details.line;
    this.column = details.column;
    this.expected = details.expected;
    this.found = details.found;
    this.hint = details.hint;
  }

  toJSON(): Record<string, unknown> {
    return {
      code: this.code,
      file: this.file,
      line: this.line,
      column: this.column,
      expected: this.expected,
      found: this.found,
      ...(this.hint ? { hint: this.hint } : {}),
      message: this.message,
    };
  }
}

/** Shortens found text for messages: first line, at most 60 characters, quoted. */
export function quoteFound(text: string): string {
  const line = text.split('\n', 1)[0] ?? '';
  const trimmed = line.trim();
  return trimmed.length > 60 ? `'${trimmed.slice(0, 57)}…'` : `'${trimmed}'`;
}
