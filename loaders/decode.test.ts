/**
 * Decoding by what strict UTF-8 reads: a file is the text a strict decoder gives, or fails at the first byte that
 * decoder refuses. (The decoder is tried first, and the bytes searched for the bad one only where it refuses them:
 * the two must agree.)
 */
import fc from 'fast-check';
import { decode } from './decode';
import { LoaderError } from './errors';
import { splitLines } from './text';

const STRICT = { fatal: true } as const;

/** Byte runs of a text, some of them not UTF-8: single high bytes, and sequences a lax reading of UTF-8 passes. */
const piece = fc.oneof(
  fc.constantFrom('The Assembly ', 'resolves ', 'Study Group 20', '\n', '\t', 'e\u2011health ', '（ITU-D）第2研究组'),
  fc.integer({ min: 0x80, max: 0xff }).map((b) => [b]),
  fc.constantFrom(
    [0xe0, 0x80, 0xaf], // overlong
    [0xf0, 0x80, 0x80, 0xaf], // overlong
    [0xed, 0xa0, 0x80], // a surrogate
    [0xf4, 0x90, 0x80, 0x80], // past U+10FFFF
    [0xc0, 0xaf],
    [0xe2, 0x80], // cut short
    [0xf0, 0x9f, 0x98, 0x80], // an emoji: valid
  ),
  // Any code point but a control character (which reads as binary) or U+FFFD (which tells where decoding failed).
  fc
    .integer({ min: 0x20, max: 0x10ffff })
    .filter((c) => (c < 0xd800 || c > 0xdfff) && c !== 0xfffd && !(c >= 0x7f && c < 0xa0))
    .map((c) => String.fromCodePoint(c)),
);
const bytesOf = (pieces: readonly (string | readonly number[])[]): Uint8Array =>
  Buffer.concat(pieces.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : Buffer.from(p))));

/** Where a strict decoder fails on `bytes`, as line and column of the text before it; null where it does not. */
function strictFailure(bytes: Uint8Array): { line: number; column: number } | null {
  try {
    new TextDecoder('utf-8', STRICT).decode(bytes);
    return null;
  } catch {
    // The replacing decoder puts U+FFFD where the first sequence it refuses starts.
    const lenient = new TextDecoder('utf-8').decode(bytes);
    const lines = splitLines(lenient.slice(0, lenient.indexOf('\uFFFD')));
    return { line: lines.length, column: (lines.at(-1)?.text.length ?? 0) + 1 };
  }
}

describe('decode', () => {
  it('gives the strict UTF-8 text, or fails with ENCODING_UNDECODABLE where the strict decoder does', () => {
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 40 }), (pieces) => {
        const bytes = bytesOf(pieces);
        // Two high bytes may make a UTF-16 byte-order mark ("FF FE", "FE FF"): such a file is UTF-16 by design
        // (bad-input.test.ts reads those), not UTF-8.
        fc.pre(!((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)));
        const failed = strictFailure(bytes);
        let result: ReturnType<typeof decode> | null = null;
        let error: unknown = null;
        try {
          result = decode(bytes, 'x.txt');
        } catch (e) {
          error = e;
        }
        if (!failed) {
          expect(error).toBeNull();
          expect(result).toEqual({ text: new TextDecoder('utf-8', STRICT).decode(bytes), encoding: 'utf-8' });
          return;
        }
        // Bytes that are not UTF-8 may read as Chinese in GB18030; else they fail where UTF-8 does.
        if (result) {
          expect(result.encoding).toBe('gb18030');
          return;
        }
        expect(error).toBeInstanceOf(LoaderError);
        const e = error as LoaderError;
        expect({ code: e.code, line: e.line, column: e.column }).toEqual({ code: 'ENCODING_UNDECODABLE', ...failed });
      }),
      { numRuns: 2000 },
    );
  });

  it('reads a UTF-8 byte-order mark as one, and the text after it strictly', () => {
    const bom = [0xef, 0xbb, 0xbf];
    expect(decode(bytesOf([bom, 'The Assembly\n']), 'x.txt')).toEqual({
      text: 'The Assembly\n',
      encoding: 'utf-8-bom',
    });
    expect(() => decode(bytesOf([bom, 'The ', [0xed, 0xa0, 0x80]]), 'x.txt')).toThrow(LoaderError);
  });
});
