/**
 * Bytes to text. The encoding is detected, never configured: a BOM (UTF-8, UTF-16LE/BE), else strict UTF-8, else
 * strict GB18030 when the result reads as Chinese. Anything else is a typed error naming the first bad byte.
 */
import { LoaderError } from './errors';
import { splitLines } from './text';

export interface Decoded {
  readonly text: string;
  readonly encoding: 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'gb18030';
}

/** Default size limit: ITU resolutions are tens of kilobytes; anything this large is not one. */
export const DEFAULT_MAX_BYTES = 8 * 1024 * 1024;

/**
 * Line and column of a byte offset, counted as the parser counts them (characters, not bytes; the same line breaks),
 * from the text before it read as UTF-8.
 */
function position(bytes: Uint8Array, offset: number): { line: number; column: number } {
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const lines = splitLines(new TextDecoder('utf-8').decode(bytes.subarray(start, Math.max(start, offset))));
  return { line: lines.length, column: (lines.at(-1)?.text.length ?? 0) + 1 };
}

/**
 * Offset of the first byte that breaks UTF-8, or -1: as strict decoding reads it, the first byte of a sequence that
 * is cut short, overlong (E0 80–9F, F0 80–8F), a surrogate (ED A0–BF) or past U+10FFFF (F4 90–BF).
 */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    const need =
      b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (need < 0) return i;
    // The second byte's range is narrower after these leads (RFC 3629, section 4).
    const low = b === 0xe0 ? 0xa0 : b === 0xf0 ? 0x90 : 0x80;
    const high = b === 0xed ? 0x9f : b === 0xf4 ? 0x8f : 0xbf;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80 || (k === 1 && (c < low || c > high))) return i;
    }
    i += need + 1;
  }
  return -1;
}

function looksBinary(bytes: Uint8Array): number {
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i] ?? 0;
    if (b === 0) return i;
    if (b < 0x09 || (b > 0x0d && b < 0x20 && b !== 0x1b)) control++;
  }
  return control > n * 0.05 ? 0 : -1;
}

/** Decodes a document's bytes, or throws a {@link LoaderError}. */
export function decode(bytes: Uint8Array, file: string, maxBytes = DEFAULT_MAX_BYTES): Decoded {
  const fail = (code: LoaderError['code'], offset: number, expected: string, found: string, hint?: string): never => {
    const { line, column } = position(bytes, offset);
    throw new LoaderError({ code, file, line, column, expected, found, ...(hint ? { hint } : {}) });
  };
  if (bytes.length > maxBytes) {
    fail(
      'FILE_TOO_LARGE',
      0,
      `at most ${maxBytes} bytes`,
      `${bytes.length} bytes`,
      'Split the file or raise the limit',
    );
  }
  if (bytes.length === 0) fail('FILE_EMPTY', 0, 'a document', 'an empty file');

  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    const text = utf8OrNull(bytes.subarray(3));
    if (text !== null) return { text, encoding: 'utf-8-bom' };
    const badAfterBom = firstInvalidUtf8(bytes.subarray(3));
    if (badAfterBom >= 0) {
      fail(
        'ENCODING_UNDECODABLE',
        badAfterBom + 3,
        'UTF-8 after the UTF-8 byte-order mark',
        'a byte that is not valid UTF-8',
      );
    }
    return strictUtf8(bytes.subarray(3), 'utf-8-bom');
  }
  for (const [b0, b1, encoding] of [
    [0xff, 0xfe, 'utf-16le'],
    [0xfe, 0xff, 'utf-16be'],
  ] as const) {
    if (bytes[0] !== b0 || bytes[1] !== b1) continue;
    try {
      return { text: new TextDecoder(encoding, { fatal: true }).decode(bytes.subarray(2)), encoding };
    } catch (cause) {
      const { line, column } = position(bytes, bytes.length - 1);
      throw new LoaderError({
        code: 'ENCODING_UNDECODABLE',
        file,
        line,
        column,
        expected: `${encoding.toUpperCase()} after its byte-order mark`,
        found: 'an incomplete or invalid UTF-16 sequence',
        cause,
      });
    }
  }
  const binaryAt = looksBinary(bytes);
  if (binaryAt >= 0) {
    fail(
      'FILE_BINARY',
      binaryAt,
      'text (UTF-8, UTF-16 with a byte-order mark, or GB18030)',
      `binary data (byte 0x${(bytes[binaryAt] ?? 0).toString(16).padStart(2, '0')} at offset ${binaryAt})`,
      'Export the document as plain text; UTF-16 needs a byte-order mark',
    );
  }
  const text = utf8OrNull(bytes);
  if (text !== null) return { text, encoding: 'utf-8' };
  const bad = firstInvalidUtf8(bytes);
  if (bad < 0) return strictUtf8(bytes, 'utf-8');

  // Not UTF-8: GB18030 is the one legacy encoding we accept, and only when the result reads as Chinese.
  try {
    const text = new TextDecoder('gb18030', { fatal: true }).decode(bytes);
    const nonAscii = [...text].filter((c) => c.charCodeAt(0) > 0x7f);
    const han = nonAscii.filter((c) => /\p{Script=Han}|[\u3000-\u303f\uff00-\uffef]/u.test(c)).length;
    // Latin-1 text with a few accented letters also decodes as GB18030 ("Genève" as "Gen鑦e"): Chinese text is
    // mostly Han characters, not Latin letters with a few Han among them.
    const letters = [...text].filter((c) => /\p{L}/u.test(c)).length;
    if (nonAscii.length > 0 && han / nonAscii.length >= 0.8 && han >= letters * 0.25) {
      return { text, encoding: 'gb18030' };
    }
  } catch {
    // fall through to the error below
  }
  return fail(
    'ENCODING_UNDECODABLE',
    bad,
    'UTF-8 (with or without BOM), UTF-16 with BOM, or GB18030 Chinese',
    `byte 0x${(bytes[bad] ?? 0).toString(16).padStart(2, '0')} that is not valid UTF-8, and the text does not read as GB18030 Chinese`,
    'Re-save the file as UTF-8',
  );
}

/**
 * The bytes decoded as strict UTF-8, or null where they are not UTF-8. Tried before {@link firstInvalidUtf8}, which
 * only an error needs: it reads every byte in JavaScript, and most files are UTF-8. Where this decodes the bytes,
 * that check finds no bad byte (it refuses what strict decoding refuses), so the text is the one the check and
 * {@link strictUtf8} after it gave.
 */
function utf8OrNull(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

function strictUtf8(bytes: Uint8Array, encoding: 'utf-8' | 'utf-8-bom'): Decoded {
  return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding };
}
