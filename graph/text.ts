/**
 * Text normalisation shared by both stores' full-text search, so that both find the same things:
 * NFKC, every hyphen-like character folded to "-", no-break spaces to spaces, case folded.
 * ("e-health" typed with a plain hyphen finds a text written with U+2011.)
 */

const HYPHENS = /[\u00AD\u2010\u2011\u2012\u2013\u2014\u2212\uFE63\uFF0D]/g;
const SPACES = /[\s\u00A0\u2007\u202F\u3000]+/g;

/** Folds text for indexing and querying. Preserves length only approximately; do not use for spans. */
export function foldForSearch(text: string): string {
  return text.normalize('NFKC').replace(HYPHENS, '-').replace(SPACES, ' ').toLowerCase().trim();
}

const segmenters = new Map<string, Intl.Segmenter>();
function segmenter(locale: string): Intl.Segmenter {
  let s = segmenters.get(locale);
  if (!s) {
    s = new Intl.Segmenter(locale, { granularity: 'word' });
    segmenters.set(locale, s);
  }
  return s;
}

const HAN = /\p{Script=Han}/u;

/**
 * Word tokens of folded text. Uses the platform's Unicode word segmentation (ICU), which splits Chinese into words;
 * Han runs are additionally emitted as character bigrams so that a query matches whatever ICU's dictionary chose.
 * Hyphenated compounds ("e-health") are kept whole and also split.
 */
/** Word characters of scripts written with spaces between words. */
const SPACED_WORD = /[\p{L}\p{N}\p{M}]+(?:\.[\p{L}\p{N}]+)*/gu;

export function tokenize(text: string): string[] {
  const folded = foldForSearch(text);
  const out: string[] = [];
  if (!HAN.test(folded) && !/[\p{Script=Thai}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(folded)) {
    // Fast path: scripts that separate words with spaces need no dictionary segmentation.
    for (const part of folded.split(' ')) {
      if (part.includes('-')) {
        // Elided articles (l'e-santé) are not part of the compound.
        const compound = part.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '').replace(/^\p{L}{1,2}['’]/u, '');
        if (/^[\p{L}\p{N}]+(-[\p{L}\p{N}]+)+$/u.test(compound)) out.push(compound);
      }
      for (const m of part.matchAll(SPACED_WORD)) out.push(m[0]);
    }
    return out;
  }
  for (const part of folded.split(' ')) {
    if (part.includes('-')) {
      const compound = part.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
      if (/^[\p{L}\p{N}]+(-[\p{L}\p{N}]+)+$/u.test(compound)) out.push(compound);
    }
  }
  for (const { segment, isWordLike } of segmenter('zh').segment(folded)) {
    if (!isWordLike) continue;
    if (HAN.test(segment) && segment.length > 1) {
      for (let i = 0; i + 1 < segment.length; i++) out.push(segment.slice(i, i + 2));
    } else {
      out.push(segment);
    }
  }
  return out;
}

/**
 * A snippet of `text` around the first match of any of `terms` (already folded), with the match wrapped in «…».
 * Falls back to the start of the text.
 */
export function makeSnippet(text: string, terms: readonly string[], radius = 60): string {
  // Same length as `flat`, so offsets found in one are offsets in the other.
  const flat = text.replace(SPACES, ' ').trim();
  const folded = flat.replace(HYPHENS, '-').toLowerCase();
  let best = -1;
  let len = 0;
  for (const t of terms) {
    if (!t) continue;
    const i = folded.indexOf(t);
    if (i >= 0 && (best < 0 || i < best)) {
      best = i;
      len = t.length;
    }
  }
  if (best < 0 || flat.length !== folded.length) {
    return flat.length > radius * 2 ? `${flat.slice(0, radius * 2)}…` : flat;
  }
  const start = Math.max(0, best - radius);
  const end = Math.min(flat.length, best + len + radius);
  return (
    (start > 0 ? '…' : '') +
    flat.slice(start, best) +
    '«' +
    flat.slice(best, best + len) +
    '»' +
    flat.slice(best + len, end) +
    (end < flat.length ? '…' : '')
  );
}
