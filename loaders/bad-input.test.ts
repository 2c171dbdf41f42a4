/**
 * Bad input: every way a document can be unusable gives a typed LoaderError with its stable code, the file, the
 * line and column of the trouble, and what was expected and found; never a crash, never half a document. And the
 * encodings the loaders accept (UTF-8 with a BOM, UTF-16 with a BOM, GB18030) read exactly as UTF-8 does.
 */
import { closeSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import fsPromises from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {
  DEFAULT_MAX_BYTES,
  LOADER_ERROR_CODES,
  LoaderError,
  MANIFEST_FILE,
  parseDocument,
  parseManifest,
  readCorpus,
  readDocument,
  readManifest,
} from '.';
import type { LoaderErrorCode, ManifestEntry, ParsedDocument, ParsedResolution, ReadOutcome } from '.';

const CORPUS = path.resolve(__dirname, '..', 'corpus');
const EN_FILE = '000_f5802b8d0c79e8c4.txt';
const ZH_FILE = '002_b762f06a99ed772d.txt';
const PAGE_FILE = '004_39d9317b104d6e1f.txt';
const manifest = parseManifest(readFileSync(path.join(CORPUS, MANIFEST_FILE), 'utf8'));
const EN = readFileSync(path.join(CORPUS, EN_FILE), 'utf8');
const ZH = readFileSync(path.join(CORPUS, ZH_FILE), 'utf8');

const parse = (file: string, content: Uint8Array | string, entry?: ManifestEntry): ParsedDocument =>
  parseDocument({
    file,
    content: typeof content === 'string' ? Buffer.from(content, 'utf8') : content,
    manifest: entry,
  });
const enParsed = parse(EN_FILE, EN) as ParsedResolution;
const zhParsed = parse(ZH_FILE, ZH, manifest.get(ZH_FILE)) as ParsedResolution;

/** Runs a parse that must fail, and returns its error; a result or any other exception fails the test. */
function failure(run: () => unknown): LoaderError {
  let result: unknown;
  try {
    result = run();
  } catch (error) {
    if (error instanceof LoaderError) return error;
    throw new Error(`expected a LoaderError, the loader crashed with ${String(error)}`, { cause: error });
  }
  throw new Error(`expected a LoaderError, got a result of kind ${(result as ParsedDocument | undefined)?.kind}`);
}

/** The outcome of a read that must fail: an error, and no document. */
/** The one outcome of a file that failed as a whole (an array: what `readDocument` gives), or one outcome. */
function failedRead(read: ReadOutcome | readonly ReadOutcome[]): LoaderError {
  const outcomes = 'ok' in read ? [read] : read;
  expect(outcomes).toHaveLength(1);
  const outcome = outcomes[0] as ReadOutcome;
  expect(outcome.ok).toBe(false);
  expect(outcome).not.toHaveProperty('document');
  if (outcome.ok) throw new Error(`expected ${outcome.file} to fail`);
  return outcome.error;
}

interface Expected {
  readonly code: LoaderErrorCode;
  readonly file: string;
  readonly line?: number;
  readonly column?: number;
}

/** The error is complete: stable code, file, position, expected, found, and a message that says all of it. */
function expectError(error: LoaderError, want: Expected): void {
  expect(error).toBeInstanceOf(LoaderError);
  expect(error.name).toBe('LoaderError');
  expect(LOADER_ERROR_CODES).toContain(error.code);
  expect({ code: error.code, file: error.file }).toEqual({ code: want.code, file: want.file });
  expect(Number.isInteger(error.line) && error.line >= 1).toBe(true);
  expect(Number.isInteger(error.column) && error.column >= 1).toBe(true);
  if (want.line !== undefined) expect(error.line).toBe(want.line);
  if (want.column !== undefined) expect(error.column).toBe(want.column);
  expect(error.expected.trim()).not.toBe('');
  expect(error.found.trim()).not.toBe('');
  expect(error.message.startsWith(`${want.file}:${error.line}:${error.column}: ${want.code}: expected `)).toBe(true);
  expect(error.toJSON()).toMatchObject({ code: want.code, file: want.file, line: error.line, column: error.column });
}

/** Line (1-based) and column (1-based, in UTF-16 units) just after `before`, as the loaders count them. */
function endOf(before: string): { line: number; column: number } {
  const lines = before.split(/\r\n|[\n\r\u2028\u2029]/);
  return { line: lines.length, column: (lines.at(-1)?.length ?? 0) + 1 };
}

/** Line number of the last line that is not blank. */
const lastLineOf = (text: string): number =>
  text.split(/\r\n|[\n\r\u2028\u2029]/).reduce((last, l, i) => (l.trim() === '' ? last : i + 1), 0);

const LINE_BREAK = /\r\n|\n/;
const linesOf = (text: string): string[] => text.split(LINE_BREAK);

// ---------------------------------------------------------------------------------------------------------------

describe('files with no document in them', () => {
  it('an empty file is FILE_EMPTY', () => {
    expectError(
      failure(() => parse('empty.txt', new Uint8Array())),
      { code: 'FILE_EMPTY', file: 'empty.txt', line: 1, column: 1 },
    );
  });

  it.each([
    ['spaces and line breaks', Buffer.from('   \n\n\t\r\n  \n')],
    ['no-break and ideographic spaces', Buffer.from('\u00A0\u3000 \u2007\n\u202F\n')],
    ['a byte-order mark and blank lines', Buffer.from('\uFEFF\n  \n\n')],
  ])('a file of %s is FILE_EMPTY', (_, bytes) => {
    expectError(
      failure(() => parse('blank.txt', bytes)),
      { code: 'FILE_EMPTY', file: 'blank.txt' },
    );
  });

  const png = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52];
  const zip = [0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00, 0x08, 0x00, 0x21, 0x00];
  it.each([
    // The PNG signature holds two line feeds before its first NUL (offset 8): line 3, column 1.
    ['a PNG header', png, 3, 1],
    // "PK\x03\x04\x14" and then a NUL at offset 5: line 1, column 6.
    ['a ZIP header', zip, 1, 6],
    ['text followed by NULs', [...Buffer.from('RESOLUTION 78\nWorld'), 0x00, 0x00, 0x00, 0x00], 2, 6],
  ])('%s is FILE_BINARY at its first NUL', (_, bytes, line, column) => {
    const error = failure(() => parse('image.bin', Uint8Array.from(bytes)));
    expectError(error, { code: 'FILE_BINARY', file: 'image.bin', line, column });
    expect(error.found).toContain('0x00');
  });
});

describe('files of markup rather than text', () => {
  const PAGE = readFileSync(path.join(CORPUS, PAGE_FILE), 'utf8');
  const asHtml = (text: string): string =>
    `<!DOCTYPE html>\n<html lang="en">\n<head><title>ITU</title></head>\n<body>\n${text
      .split('\n')
      .map((l) => `<p>${l}</p>`)
      .join('\n')}\n</body>\n</html>\n`;

  it.each([
    ['a resolution saved as HTML', asHtml(EN), 'HTML or XML markup', 1, 1],
    [
      'a group page saved as HTML, after blank lines and indentation',
      `\n\n   ${asHtml(PAGE)}`,
      'HTML or XML markup',
      3,
      4,
    ],
    ['HTML without a document type', `<html>\n<body>\n<p>${EN}</p>\n</body>\n</html>`, 'HTML or XML markup', 1, 1],
    ['an XML document', `<?xml version="1.0" encoding="UTF-8"?>\n<doc>${EN}</doc>`, 'HTML or XML markup', 1, 1],
    [
      'an Akoma Ntoso document without a declaration',
      `<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0">\n<p>${EN}</p>\n</akomaNtoso>\n`,
      'HTML or XML markup',
      1,
      1,
    ],
    ['RTF', `{\\rtf1\\ansi\\deff0 {\\fonttbl {\\f0 Times;}}\n\\pard ${EN.split('\n').join('\\par\n')}}`, 'RTF', 1, 1],
  ])('%s is FORMAT_UNSUPPORTED, with a hint', (_, text, found, line, column) => {
    const error = failure(() => parse('saved.html', text));
    expectError(error, { code: 'FORMAT_UNSUPPORTED', file: 'saved.html', line, column });
    expect(error.found).toContain(found);
    expect(error.hint).toMatch(/plain text/u);
  });

  it('reads a Markdown page that opens with an HTML element, and a text that mentions markup', () => {
    const page = parse('page.md', `<div align="center">ITU</div>\n\n${PAGE}`);
    expect(page.kind).toBe('group-page');
    const resolution = parse(EN_FILE, EN.replace(/\n/u, '\n<p> and </p> are paragraph tags in HTML.\n'));
    expect(resolution.kind).toBe('resolution');
  });
});

describe('truncated documents', () => {
  /** The text up to the middle of the given line, cut after a word and before any sentence end. */
  const cutInLine = (text: string, lineNumber: number): string => {
    const lines = linesOf(text);
    const line = lines[lineNumber - 1] ?? '';
    let at = Math.floor(line.length / 2);
    // Back to a point after a letter or digit, so that the cut is mid-sentence.
    while (at > 1 && !/[\p{L}\p{N}]/u.test(line.charAt(at - 1))) at--;
    return [...lines.slice(0, lineNumber - 1), line.slice(0, at)].join('\n');
  };
  const en = enParsed;
  const itemsOf = (doc: ParsedResolution, part: 'preamble' | 'operative'): number[] =>
    doc.clauses.filter((c) => c.part === part && c.role !== 'heading' && c.text.length > 20).map((c) => c.line);

  it('cut in the middle of the preamble is DOCUMENT_TRUNCATED at the last line', () => {
    const considering = en.sections.find((s) => s.key === 'considering');
    expect(considering).toBeDefined();
    const cut = cutInLine(EN, (considering?.line ?? 0) + 3);
    expect(cut.endsWith('.')).toBe(false);
    const error = failure(() => parse(EN_FILE, cut));
    expectError(error, { code: 'DOCUMENT_TRUNCATED', file: EN_FILE, line: lastLineOf(cut) });
    expect(error.expected).toMatch(/operative/);
  });

  it('cut mid-sentence in an operative item is DOCUMENT_TRUNCATED at the cut', () => {
    const instructs = en.instructions.find((i) => i.kind === 'INSTRUCTS' && i.items.length > 3);
    const item = en.clauses.find((c) => c.address === instructs?.items[2]?.address);
    expect(item).toBeDefined();
    const cut = cutInLine(EN, item?.line ?? 0);
    const error = failure(() => parse(EN_FILE, cut));
    expectError(error, { code: 'DOCUMENT_TRUNCATED', file: EN_FILE, line: item?.line });
    expect(error.found).toContain(linesOf(cut).at(-1)?.trim().slice(-20));
  });

  it.each([
    ['English', EN_FILE, EN, enParsed],
    ['Chinese', ZH_FILE, ZH, zhParsed],
  ])(
    '%s: a cut in the middle of any preamble or operative clause is DOCUMENT_TRUNCATED there',
    (_, file, text, doc) => {
      const lines = [...itemsOf(doc, 'preamble'), ...itemsOf(doc, 'operative')];
      expect(lines.length).toBeGreaterThan(10);
      for (const line of lines) {
        const cut = cutInLine(text, line);
        const error = failure(() => parse(file, cut, manifest.get(file)));
        expectError(error, { code: 'DOCUMENT_TRUNCATED', file, line: lastLineOf(cut) });
      }
    },
  );

  it.each([
    ['English', EN_FILE, EN, enParsed],
    ['Chinese', ZH_FILE, ZH, zhParsed],
  ])('%s: a cut just after a closing bracket inside an operative item is DOCUMENT_TRUNCATED', (_, file, text, doc) => {
    const cuts = doc.clauses
      .filter((c) => c.part === 'operative' && c.role !== 'heading')
      .flatMap((c) => [...c.text.matchAll(/[)）](?=.)/gu)].map((m) => c.span[0] + m.index + 1));
    expect(cuts.length).toBeGreaterThan(1);
    for (const at of cuts) {
      const cut = text.slice(0, at);
      expectError(
        failure(() => parse(file, cut, manifest.get(file))),
        {
          code: 'DOCUMENT_TRUNCATED',
          file,
          line: lastLineOf(cut),
        },
      );
    }
  });

  it('cut right after a section heading, or inside the first one, is DOCUMENT_TRUNCATED too', () => {
    for (const s of en.sections) {
      const cut = linesOf(EN).slice(0, s.line).join('\n');
      expectError(
        failure(() => parse(EN_FILE, cut)),
        { code: 'DOCUMENT_TRUNCATED', file: EN_FILE, line: s.line },
      );
    }
    const first = en.sections[0]?.line ?? 0;
    const inFirst = `${linesOf(EN)
      .slice(0, first - 1)
      .join('\n')}\n${linesOf(EN)[first - 1]?.slice(0, 5)}`;
    expectError(
      failure(() => parse(EN_FILE, inFirst)),
      { code: 'DOCUMENT_TRUNCATED', file: EN_FILE, line: first },
    );
  });
});

describe('text that is not an ITU document', () => {
  it('English prose is STRUCTURE_UNRECOGNISED, pointing at its first word', () => {
    const prose =
      '\n\n  It was a bright cold day in April, and the clocks were striking thirteen. The hallway smelt of boiled ' +
      'cabbage and old rag mats. At one end of it a coloured poster, too large for indoor display, had been ' +
      'tacked to the wall.\nThe flat was seven flights up, and the lift was seldom working.\n';
    const error = failure(() => parse('novel.txt', prose));
    expectError(error, { code: 'STRUCTURE_UNRECOGNISED', file: 'novel.txt', line: 3, column: 3 });
    expect(error.found).toContain('It was a bright cold day');
  });

  it.each([
    [
      'German',
      'Die Weltversammlung für Telekommunikationsnormung hat beschlossen, dass die Studienkommissionen eng mit der ' +
        'Weltgesundheitsorganisation zusammenarbeiten sollen, um die Gesundheitsversorgung in den ' +
        'Entwicklungsländern zu verbessern. Sie fordert die Mitgliedstaaten auf, nationale Strategien für die ' +
        'digitale Gesundheit zu entwickeln und umzusetzen.',
    ],
    [
      'Italian',
      "L'Assemblea mondiale di normazione delle telecomunicazioni ha deciso che le commissioni di studio " +
        "collaborino con l'Organizzazione mondiale della sanità per migliorare l'assistenza sanitaria nei paesi " +
        'in via di sviluppo. Invita gli Stati membri a sviluppare strategie nazionali per la sanità digitale e a ' +
        'condividere le migliori pratiche.',
    ],
  ])('%s: a paragraph is LANGUAGE_UNKNOWN, with a hint to name the language in the manifest', (_, text) => {
    const error = failure(() => parse('other.txt', text));
    expectError(error, { code: 'LANGUAGE_UNKNOWN', file: 'other.txt', line: 1, column: 1 });
    expect(error.found).toMatch(/Latin/);
    expect(error.hint).toMatch(/manifest/);
  });
});

describe('undecodable bytes', () => {
  /** The English seed with a Latin-1 byte put in after the first occurrence of `after`. */
  const withLatin1 = (after: string, byte = 0xe9): { bytes: Buffer; before: string } => {
    const at = EN.indexOf(after) + after.length;
    expect(at).toBeGreaterThan(after.length - 1);
    const before = EN.slice(0, at);
    return { bytes: Buffer.concat([Buffer.from(before), Buffer.from([byte]), Buffer.from(EN.slice(at))]), before };
  };

  it.each([
    ['in the title, after plain ASCII', 'Information and communication technology applications'],
    ['in the header, after no-break spaces (columns count characters, not bytes)', 'New\u00A0Delhi'],
    ['deep in a clause', 'the importance of safeguarding patients'],
  ])('a Latin-1 byte %s is ENCODING_UNDECODABLE at that byte', (_, after) => {
    const { bytes, before } = withLatin1(after);
    const error = failure(() => parse(EN_FILE, bytes));
    expectError(error, { code: 'ENCODING_UNDECODABLE', file: EN_FILE, ...endOf(before) });
    expect(error.found).toContain('0xe9');
  });

  it.each([
    ['an overlong form of a slash', [0xe0, 0x80, 0xaf]],
    ['an overlong four-byte form', [0xf0, 0x80, 0x80, 0xaf]],
    ['a surrogate (U+D800)', [0xed, 0xa0, 0x80]],
    ['a code point past U+10FFFF', [0xf4, 0x90, 0x80, 0x80]],
  ])('%s, lead and continuation bytes as UTF-8 writes them, is ENCODING_UNDECODABLE at its first byte', (_, seq) => {
    // Before: read as UTF-8 by the byte check, then thrown out by the decoder as a raw TypeError.
    const at = EN.indexOf('the importance of safeguarding patients');
    expect(at).toBeGreaterThan(0);
    const before = EN.slice(0, at);
    const bytes = Buffer.concat([Buffer.from(before), Buffer.from(seq), Buffer.from(EN.slice(at))]);
    const error = failure(() => parse(EN_FILE, bytes));
    expectError(error, { code: 'ENCODING_UNDECODABLE', file: EN_FILE, ...endOf(before) });
    expect(error.found).toContain(`0x${(seq[0] ?? 0).toString(16)}`);
  });

  it('a Latin-1 English text that happens to decode as GB18030 is not read as Chinese', () => {
    // Plain ASCII apart from "Genève" in Latin-1: è followed by a letter is also a valid GB18030 pair ("Gen鑦e").
    const ascii = EN.replace(/[\u00A0\u2007\u202F]/g, ' ')
      .replace(/[\u2010\u2011\u2013]/g, '-')
      .replace(/[“”]/g, '"')
      .replace(/[‘’]/g, "'")
      .replace(/…/g, '...');
    expect([...ascii].every((c) => c.charCodeAt(0) < 0x80)).toBe(true);
    const at = ascii.indexOf('Geneva');
    const before = ascii.slice(0, at + 'Gen'.length);
    const bytes = Buffer.concat([Buffer.from(before), Buffer.from([0xe8]), Buffer.from(`ve${ascii.slice(at + 6)}`)]);
    expectError(
      failure(() => parse(EN_FILE, bytes)),
      { code: 'ENCODING_UNDECODABLE', file: EN_FILE, ...endOf(before) },
    );
  });

  it('a UTF-8 byte-order mark followed by Latin-1 is ENCODING_UNDECODABLE, not counting the mark', () => {
    const { bytes, before } = withLatin1('Information and communication technology applications');
    const error = failure(() => parse(EN_FILE, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), bytes])));
    expectError(error, { code: 'ENCODING_UNDECODABLE', file: EN_FILE, ...endOf(before) });
  });
});

describe('broken structure', () => {
  /** The English seed with the lines of one section's items (or body) removed. */
  const withoutItems = (key: string): { text: string; headingLine: number; next: string | null } => {
    const lines = linesOf(EN);
    const sections = enParsed.sections;
    const i = sections.findIndex((s) => s.key === key);
    const section = sections[i];
    const heading = enParsed.clauses.find((c) => c.section === key && c.role === 'heading');
    if (!section || !heading) throw new Error(`no section ${key}`);
    const headingEnd = endOf(EN.slice(0, heading.span[1])).line;
    const nextLine = sections[i + 1]?.line ?? lines.length + 1;
    const kept = [...lines.slice(0, headingEnd), ...lines.slice(nextLine - 1)];
    return { text: kept.join('\n'), headingLine: section.line, next: sections[i + 1]?.heading ?? null };
  };

  it('a preamble heading with no items is SECTION_EMPTY at that heading', () => {
    const { text, headingLine, next } = withoutItems('recognizing');
    const error = failure(() => parse(EN_FILE, text));
    expectError(error, { code: 'SECTION_EMPTY', file: EN_FILE, line: headingLine, column: 1 });
    expect(error.expected).toContain('recognizing');
    expect(error.found).toContain(next?.slice(0, 20));
    expect(error.found).toContain(`line ${headingLine + 1}`);
  });

  it.each(enParsed.sections.slice(0, -1).map((s) => [s.key]))(
    'without its items or text, section %s is SECTION_EMPTY at its heading',
    (key) => {
      const { text, headingLine } = withoutItems(key);
      expectError(
        failure(() => parse(EN_FILE, text)),
        { code: 'SECTION_EMPTY', file: EN_FILE, line: headingLine },
      );
    },
  );

  it('without the items of the last section the text is cut short: DOCUMENT_TRUNCATED at its heading', () => {
    const last = enParsed.sections.at(-1);
    const { text, headingLine } = withoutItems(last?.key ?? '');
    expectError(
      failure(() => parse(EN_FILE, text)),
      { code: 'DOCUMENT_TRUNCATED', file: EN_FILE, line: headingLine },
    );
  });

  it.each([
    ['a lettered item', 'a)\tan item before any section heading;'],
    ['a numbered item', '1\tto do something before any section heading;'],
  ])('%s right after the opening line is ITEM_WITHOUT_HEADING at that line', (_, item) => {
    const lines = linesOf(EN);
    const opening = endOf(EN.slice(0, enParsed.identitySpans.opening?.[1] ?? 0)).line;
    const text = [...lines.slice(0, opening), item, ...lines.slice(opening)].join('\n');
    const error = failure(() => parse(EN_FILE, text));
    expectError(error, { code: 'ITEM_WITHOUT_HEADING', file: EN_FILE, line: opening + 1, column: 1 });
    expect(error.found).toContain(item.slice(0, 10));
  });

  it('a resolution that states no number, with no manifest entry, is IDENTITY_MISSING naming the manifest', () => {
    const error = failure(() => parse(ZH_FILE, ZH));
    expectError(error, { code: 'IDENTITY_MISSING', file: ZH_FILE });
    expect(error.found).toBe('no resolution number in the text');
    expect(error.hint).toContain('manifest');
    expect(error.hint).toContain(ZH_FILE);
    expect(error.hint).toContain('resolution.number');
    // With its manifest entry the same bytes load.
    expect(zhParsed.number).toEqual({ value: '78', source: 'manifest' });
  });
});

describe('bad manifests', () => {
  it('invalid JSON is MANIFEST_INVALID at the offending character', () => {
    const text = '{\n  "documents": {\n    "a.txt": { "resolution": { "number": "78" } },\n  }\n}\n';
    const error = failure(() => parseManifest(text, 'corpus/manifest.json'));
    expectError(error, { code: 'MANIFEST_INVALID', file: 'corpus/manifest.json', line: 4, column: 3 });
    expect(error.expected).toBe('valid JSON');
  });

  it.each([
    ['a number that is not a string', { number: 78 }, undefined, 'resolution.number', '78'],
    ['an unknown body', { body: 'UNGA' }, undefined, 'resolution.body', '"UNGA"'],
    [
      'an unknown series',
      { number: '2', series: 'recommendation' },
      undefined,
      'resolution.series',
      '"recommendation"',
    ],
    ['a year that is a string', undefined, { year: '2012' }, 'version.year', '"2012"'],
  ])('%s is MANIFEST_INVALID at that field of that entry', (_, resolution, version, field, found) => {
    // Two entries with the same fields: the error must point into the second, the bad one.
    const text = JSON.stringify(
      {
        documents: {
          'first.txt': { resolution: { number: '1', body: 'WTSA' }, version: { year: 2020 } },
          'second.txt': { resolution: resolution ?? { number: '2' }, version: version ?? { year: 2021 } },
        },
      },
      null,
      2,
    );
    const key = field.split('.').at(-1) ?? '';
    const at = text.indexOf(`"${key}"`, text.indexOf('"second.txt"'));
    const error = failure(() => parseManifest(text, 'manifest.json'));
    expectError(error, { code: 'MANIFEST_INVALID', file: 'manifest.json', ...endOf(text.slice(0, at)) });
    expect(error.expected).toContain(`documents.second.txt.${field}`);
    expect(error.found).toBe(found);
  });

  it('documents that are not an object keyed by file name are MANIFEST_INVALID', () => {
    const error = failure(() => parseManifest('{ "documents": ["a.txt"] }', 'manifest.json'));
    expectError(error, { code: 'MANIFEST_INVALID', file: 'manifest.json', line: 1, column: 3 });
  });
});

// ---------------------------------------------------------------------------------------------------------------

/** A tiny GB18030 encoder: the reverse of the decoder over every 2-byte and (BMP) 4-byte sequence. */
function gb18030Encoder(): (text: string) => Buffer {
  const decoder = new TextDecoder('gb18030', { fatal: true });
  const table = new Map<string, number[]>();
  const add = (bytes: number[]): void => {
    let ch: string;
    try {
      ch = decoder.decode(Uint8Array.from(bytes));
    } catch {
      return;
    }
    if ([...ch].length === 1 && !table.has(ch)) table.set(ch, bytes);
  };
  for (let b1 = 0x81; b1 <= 0xfe; b1++) {
    for (let b2 = 0x40; b2 <= 0xfe; b2++) if (b2 !== 0x7f) add([b1, b2]);
  }
  for (let b1 = 0x81; b1 <= 0x84; b1++) {
    for (let b2 = 0x30; b2 <= 0x39; b2++) {
      for (let b3 = 0x81; b3 <= 0xfe; b3++) for (let b4 = 0x30; b4 <= 0x39; b4++) add([b1, b2, b3, b4]);
    }
  }
  return (text) => {
    const bytes: number[] = [];
    for (const ch of text) {
      if (ch.charCodeAt(0) < 0x80) bytes.push(ch.charCodeAt(0));
      else {
        const code = table.get(ch);
        if (!code) throw new Error(`no GB18030 code for U+${ch.codePointAt(0)?.toString(16)}`);
        bytes.push(...code);
      }
    }
    return Buffer.from(bytes);
  };
}

describe('encodings that must work', () => {
  const utf16le = (text: string): Buffer => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
  const utf16be = (text: string): Buffer => {
    const le = Buffer.from(text, 'utf16le');
    return Buffer.concat([Buffer.from([0xfe, 0xff]), le.swap16()]);
  };
  const shape = (d: ParsedDocument): unknown => {
    const r = d as ParsedResolution;
    return { text: r.text, sections: r.sections, instructions: r.instructions, clauses: r.clauses };
  };

  it.each([
    ['UTF-8 with a byte-order mark', 'utf-8-bom', (t: string) => Buffer.from(`\uFEFF${t}`, 'utf8')],
    ['UTF-16LE with a byte-order mark', 'utf-16le', utf16le],
    ['UTF-16BE with a byte-order mark', 'utf-16be', utf16be],
  ])('the English seed in %s reads as it does in UTF-8', (_, encoding, encode) => {
    const doc = parse(EN_FILE, encode(EN));
    expect(doc.encoding).toBe(encoding);
    expect(shape(doc)).toEqual(shape(enParsed));
    expect(enParsed.sections.length).toBeGreaterThan(5);
  });

  it('the Chinese seed in GB18030 reads as it does in UTF-8', () => {
    const bytes = gb18030Encoder()(ZH);
    expect(new TextDecoder('gb18030').decode(bytes)).toBe(ZH);
    expect(bytes.equals(Buffer.from(ZH, 'utf8'))).toBe(false);
    const doc = parse(ZH_FILE, bytes, manifest.get(ZH_FILE));
    expect(doc.encoding).toBe('gb18030');
    expect(shape(doc)).toEqual(shape(zhParsed));
    expect(zhParsed.instructions.length).toBeGreaterThan(2);
  });
});

// ---------------------------------------------------------------------------------------------------------------

describe('reading files', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'loaders-bad-input-'));
  });
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });
  afterEach(() => {
    jest.restoreAllMocks();
  });

  it('a 50 MB file is FILE_TOO_LARGE, found from its size before it is read', async () => {
    const big = path.join(dir, 'big', 'huge.txt');
    mkdirSync(path.dirname(big));
    // Written a megabyte at a time, so the test never holds the whole file.
    const chunk = Buffer.alloc(1024 * 1024, 'recalling that e-health matters to everyone;\n');
    const fd = openSync(big, 'w');
    try {
      for (let i = 0; i < 50; i++) writeSync(fd, chunk);
    } finally {
      closeSync(fd);
    }
    const readFile = jest.spyOn(fsPromises, 'readFile');

    const error = failedRead(await readDocument(big, new Map()));
    expectError(error, { code: 'FILE_TOO_LARGE', file: big, line: 1, column: 1 });
    expect(error.found).toBe(`${50 * 1024 * 1024} bytes`);
    expect(error.expected).toContain(String(DEFAULT_MAX_BYTES));

    const [outcome, ...rest] = await readCorpus([path.dirname(big)]);
    expect(rest).toEqual([]);
    expectError(failedRead(outcome as ReadOutcome), { code: 'FILE_TOO_LARGE', file: big });
    // The spy sees the loader's reads (the folder's manifest), but never the big file.
    expect(readFile.mock.calls.map(([file]) => String(file))).toContain(path.join(path.dirname(big), MANIFEST_FILE));
    expect(readFile.mock.calls.map(([file]) => String(file))).not.toContain(big);
    rmSync(big);
  });

  it('a file that is not there is FILE_UNREADABLE', async () => {
    const missing = path.join(dir, 'missing.txt');
    expectError(failedRead(await readDocument(missing, new Map())), { code: 'FILE_UNREADABLE', file: missing });
  });

  it('an empty file read from disk is FILE_EMPTY', async () => {
    const empty = path.join(dir, 'empty.txt');
    writeFileSync(empty, '');
    expectError(failedRead(await readDocument(empty, new Map())), { code: 'FILE_EMPTY', file: empty });
    rmSync(empty);
  });

  it('a corpus folder with one bad file reports it and still loads the three others', async () => {
    const corpus = path.join(dir, 'corpus');
    mkdirSync(corpus);
    for (const f of [EN_FILE, ZH_FILE, PAGE_FILE, MANIFEST_FILE]) {
      writeFileSync(path.join(corpus, f), readFileSync(path.join(CORPUS, f)));
    }
    const bad = path.join(corpus, '003_broken.txt');
    writeFileSync(bad, EN.slice(0, EN.indexOf('instructs Study Groups') + 'instructs Study Groups 20'.length));
    const progress: number[] = [];
    const outcomes = await readCorpus([corpus], { onProgress: (done) => progress.push(done) });

    expect(outcomes.map((o) => [path.basename(o.file), o.ok])).toEqual([
      [EN_FILE, true],
      [ZH_FILE, true],
      ['003_broken.txt', false],
      [PAGE_FILE, true],
    ]);
    expect(progress).toEqual([1, 2, 3, 4]);
    expectError(failedRead(outcomes[2] as ReadOutcome), { code: 'DOCUMENT_TRUNCATED', file: bad });
    const loaded = outcomes.flatMap((o) => (o.ok ? [o.document] : []));
    expect(loaded.map((d) => d.kind)).toEqual(['resolution', 'resolution', 'group-page']);
    expect((loaded[1] as ParsedResolution).number).toEqual({ value: '78', source: 'manifest' });
    expect((loaded[0] as ParsedResolution).sections).toEqual(enParsed.sections);
  });

  it('a folder whose manifest is invalid fails as a whole, with MANIFEST_INVALID naming the manifest', async () => {
    const corpus = path.join(dir, 'bad-manifest');
    mkdirSync(corpus);
    writeFileSync(path.join(corpus, EN_FILE), EN);
    const manifestFile = path.join(corpus, MANIFEST_FILE);
    writeFileSync(manifestFile, '{ "documents": { "x.txt": { "version": { "year": 12 } } } }');
    await expect(readManifest(corpus)).rejects.toMatchObject({ code: 'MANIFEST_INVALID', file: manifestFile });
    const error = await readCorpus([corpus]).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(LoaderError);
    expectError(error as LoaderError, { code: 'MANIFEST_INVALID', file: manifestFile, line: 1 });
  });
});
