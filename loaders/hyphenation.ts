/**
 * Words a PDF hyphenated at a line end ("Telecommunication Stand-" / "ardization Bureau"), joined again in a text
 * broken at the page's width (see `unwrapLines` in `text.ts`).
 *
 * The cleaned text keeps the file's length, so that every offset the parser finds is the file's: the join moves the
 * word's second part back to just after its first, and the hyphen, the line break and whatever stood between (page
 * furniture) to just after the joined word, as white space: `Stand-⏎ardization Bureau` is read `Standardization··
 * Bureau`. A hyphen the word is written with stays where it is, and only what stood after it moves: `ITU-⏎T Study
 * Group` is read `ITU-T· Study Group`, and so does a slash inside a word: `ISO/⏎TC 215` is read `ISO/TC· 215`. A word
 * broken at both ends of a line that holds nothing else moves all its parts back, and the gaps go after the last:
 * `ITU-⏎T/⏎ITU-R joint` is read `ITU-T/ITU-R·· joint`.
 * Offsets outside the moved part are the file's as they are; {@link toFilePositions} maps those inside it back, once
 * a document has been read, so that spans point into the file and quotes are the file's own characters
 * (`Telecommunication Stand-⏎ardization Bureau`).
 */
import type { Mention, ParsedDocument, ParsedRelation, Span } from './types';

/** A word joined over a hyphen (or a slash, which it keeps) at a line end. */
export interface HyphenJoin {
  /**
   * Where the word's second part starts in the cleaned text: the offset of the hyphen in the file, or of the
   * character after it where the hyphen is the word's own and stays (`ITU-T`).
   */
  readonly at: number;
  /**
   * How far that part was moved back: the hyphen (unless it stays), the line break and whatever stood between, in
   * the file (with those of the word's earlier parts, where it was broken over several lines).
   */
  readonly shift: number;
  /** Its length: the rest of the word, up to the next white space (with the punctuation after it). */
  readonly length: number;
}

/**
 * A line end where a word was hyphenated: the line ends with two letters, the last in lower case, and a hyphen (an
 * ASCII hyphen-minus, a soft hyphen U+00AD or a hyphen U+2010), and the next line opens with a letter in lower case.
 * A capital after it is a real hyphen (`Anglo-` / `Saxon`), and so is one after a single letter (`e-` / `health`):
 * the word keeps it ({@link writtenHyphenBreak}). A compound hyphenated where it is written with a hyphen (`well-` /
 * `being`) is joined without it all the same, unless the lexicon writes it so ({@link writtenHyphenBreak}, which
 * comes first) or the text does elsewhere ({@link hyphenWrittenInText}); not before a conjunction that suspends the
 * hyphen ({@link suspendedHyphen}). Scripts without case never join so.
 */
const HYPHENATED_END = /^\p{L}\p{Ll}[-\u00AD\u2010]$/u;
const LOWER_START = /^\p{Ll}/u;

/**
 * Whether `line` ends with a word hyphenated by the width, its rest opening `next` (both as the file writes them;
 * `line` may end with white space, `next` start with it).
 */
export function hyphenatedBreak(line: string, next: string): boolean {
  const end = line.trimEnd().length;
  return HYPHENATED_END.test(line.slice(end - 3, end)) && LOWER_START.test(next.trimStart());
}

/** A character of a word's part between hyphens: a letter, a mark or a digit. */
const WORD_PART_CHAR = /[\p{L}\p{M}\p{N}]/u;
/** A hyphen a word may be written with (not a soft hyphen, which only a line end shows). */
const WRITTEN_HYPHEN = /[-\u2010]/u;

/**
 * The parts of a word around a hyphen that ends `line`, where `next` goes on with the word: the letters and digits
 * before the hyphen (after white space, a bracket or another hyphen: `ITU` of `(ITU-`, `эль` of `Шарм-эль-`) and
 * those that open `next` (`T` of `T,`). Null where `line` ends with no hyphen, or either part is empty.
 */
export function partsAtHyphen(line: string, next: string): { before: string; after: string } | null {
  const hyphen = line.trimEnd().length - 1;
  if (hyphen < 1 || !WRITTEN_HYPHEN.test(line.charAt(hyphen))) return null;
  let start = hyphen;
  while (start > 0 && WORD_PART_CHAR.test(line.charAt(start - 1))) start--;
  const rest = next.trimStart();
  let end = 0;
  while (end < rest.length && WORD_PART_CHAR.test(rest.charAt(end))) end++;
  if (start === hyphen || end === 0) return null;
  return { before: line.slice(start, hyphen), after: rest.slice(0, end) };
}

/**
 * Whether `line` ends with a hyphen the word is written with, its rest opening `next`: the word is read joined with
 * its hyphen. So where the lexicon writes it there (`writesHyphen`: `ITU-` / `T Study Group 16`, `Шарм-` /
 * `эль-Шейх`, `Шарм-эль-` / `Шейх`), whatever the case of its parts; and where the case of the parts shows a
 * compound no hyphenation could have broken ({@link ownHyphen}: `e-` / `health`, `Asia-` / `Pacific`, `COVID-` /
 * `19`, `ITU-` / `based`), unless the text writes the word joined more often ({@link ownHyphenJoinedInText}). Not
 * where the hyphen is suspended ({@link suspendedHyphen}).
 */
export function writtenHyphenBreak(
  line: string,
  next: string,
  reader: {
    readonly writesHyphen: (before: string, after: string) => boolean;
    readonly suspends: (word: string) => boolean;
    /** How the text writes its words: where it writes this one joined more often, the hyphen is not its own. */
    readonly spellings?: () => Spellings;
  },
): boolean {
  const parts = partsAtHyphen(line, next);
  if (parts === null) return false;
  if (reader.writesHyphen(parts.before, parts.after)) return true;
  return (
    ownHyphen(parts.before, parts.after) &&
    !reader.suspends(parts.after) &&
    !(reader.spellings && joinedInText(parts, reader.spellings))
  );
}

/**
 * Whether `line` ends with a hyphen that the case of the word's parts shows to be the word's own ({@link ownHyphen}:
 * `e-` / `health`), where the text writes that word joined elsewhere (`ehealth`, not broken at a line end) more often
 * than with its hyphen: the document's own spelling wins over the guess from the case, as it does for `well-` /
 * `being` ({@link hyphenWrittenInText}), and the word is read joined, without its hyphen. Not where the lexicon writes
 * the word with its hyphen there (`ITU-` / `T`), nor where the hyphen is suspended ({@link suspendedHyphen}).
 */
export function ownHyphenJoinedInText(
  line: string,
  next: string,
  reader: {
    readonly writesHyphen: (before: string, after: string) => boolean;
    readonly suspends: (word: string) => boolean;
    readonly spellings: () => Spellings;
  },
): boolean {
  const parts = partsAtHyphen(line, next);
  if (parts === null || reader.writesHyphen(parts.before, parts.after)) return false;
  return ownHyphen(parts.before, parts.after) && !reader.suspends(parts.after) && joinedInText(parts, reader.spellings);
}

/** Whether the text writes the two parts joined (`ehealth`) more often than with a hyphen between (`e-health`). */
function joinedInText(parts: { before: string; after: string }, spellings: () => Spellings): boolean {
  // Not a number's: `1-` / `2 June` is a range, whatever `12` the text holds.
  if (HAS_DIGIT.test(parts.before) || HAS_DIGIT.test(parts.after)) return false;
  const before = parts.before.toLowerCase();
  const after = parts.after.toLowerCase();
  const { words, compounds } = spellings();
  const joined = words.get(before + after) ?? 0;
  return joined > 0 && joined > (compounds.get(`${before}-${after}`) ?? 0);
}

const CASED = /^[\p{Lu}\p{Ll}\p{Lt}]$/u;
const DIGIT = /^\p{N}$/u;
const UPPER = /^[\p{Lu}\p{Lt}]$/u;
const LOWER = /^\p{Ll}$/u;

/**
 * Whether a hyphen between `before` and `after` (the parts {@link partsAtHyphen} finds) is the word's own where the
 * lexicon does not say: where no hyphenation breaks a word and the case of the parts shows a compound: after a
 * single letter (`e-` / `health`), beside a digit (`COVID-` / `19`, `2018-` / `2022`), after a capital before
 * lower case (`ITU-` / `based`), or between a capitalised word and a capital (`Asia-` / `Pacific`). Not where both
 * parts are in one case (`TELECOMMUNI-` / `CATION`, a title hyphenated), after a word in lower case before a capital
 * (`pacie-` / `Oficina`: the next line is another's), nor in a script without case, where nothing shows it.
 */
function ownHyphen(before: string, after: string): boolean {
  const chars = [...before];
  const last = chars[chars.length - 1] ?? '';
  const first = [...after][0] ?? '';
  if (chars.length === 1 && CASED.test(last)) return true;
  if (DIGIT.test(last) || DIGIT.test(first)) return true;
  if (UPPER.test(last) && LOWER.test(first)) return true;
  return UPPER.test(chars[0] ?? '') && LOWER.test(last) && UPPER.test(first);
}

/**
 * Whether the text itself writes with its hyphen the word that a hyphenated-looking break splits (`well-` /
 * `being`): nothing at the line end tells a compound written with a hyphen from a word the width hyphenated, but
 * the rest of the document does, as PDF-to-text tools judge it. The word is read with its hyphen where the text
 * writes it so (not broken at a line end: `well-being`, `well‑being`) more often than joined (`wellbeing`); where it
 * writes it neither way, or as often each way, the hyphen is the width's, as before. `spellings` counts how the text
 * writes words ({@link tallySpellings}).
 */
export function hyphenWrittenInText(line: string, next: string, spellings: () => Spellings): boolean {
  const parts = partsAtHyphen(line, next);
  if (parts === null) return false;
  const before = parts.before.toLowerCase();
  const after = parts.after.toLowerCase();
  const { words, compounds } = spellings();
  const written = compounds.get(`${before}-${after}`) ?? 0;
  return written > 0 && written > (words.get(before + after) ?? 0);
}

/** How a text writes its words, in lower case (see {@link tallySpellings}). */
export interface Spellings {
  /** Each word (a whole run of letters, marks and digits) and how many times the text writes it. */
  readonly words: ReadonlyMap<string, number>;
  /**
   * Each pair of such words the text writes joined by one hyphen (`-`, U+2010 or the non-breaking U+2011), as
   * `before-after`, and how many times: `well-being` counts once in `a well-being index`, and in `well-being-based`
   * so do `well-being` and `being-based`.
   */
  readonly compounds: ReadonlyMap<string, number>;
}

/** A written hyphen between two parts of a word, mid-line (the non-breaking one too; not a soft hyphen). */
const COMPOUND_HYPHEN = /^[-\u2010\u2011]$/u;
const HAS_DIGIT = /\p{N}/u;
const WORD_PART = /[\p{L}\p{M}\p{N}]+/gu;

/**
 * How `text` writes its words, counted in one pass over it (in lower case): every word whole, and every two joined
 * by a hyphen. Counting each word a break asks about with a search of the whole text would cost the text's length
 * for each break, and a long text broken at a width has thousands.
 */
export function tallySpellings(text: string): Spellings {
  const lower = text.toLowerCase();
  const words = new Map<string, number>();
  const compounds = new Map<string, number>();
  // Word by word between white space; not the words of an address or a path (`itu.int/en/ITU-D/ehealth/`,
  // `ehealth@itu.int`): how a site names its pages is not how the text spells its words.
  for (const token of lower.matchAll(TOKEN)) {
    if (IN_ADDRESS.test(token[0])) continue;
    let previous: { word: string; end: number } | null = null;
    for (const m of token[0].matchAll(WORD_PART)) {
      const word = m[0];
      words.set(word, (words.get(word) ?? 0) + 1);
      if (previous && m.index === previous.end + 1 && COMPOUND_HYPHEN.test(token[0].charAt(previous.end))) {
        const compound = `${previous.word}-${word}`;
        compounds.set(compound, (compounds.get(compound) ?? 0) + 1);
      }
      previous = { word, end: m.index + word.length };
    }
  }
  return { words, compounds };
}

/** A run of characters between white space. */
const TOKEN = /[^\s\u00A0]+/gu;
/** What an address or a path holds and a word does not: a slash or an at sign. */
const IN_ADDRESS = /[/@]/u;

/**
 * Whether the hyphen that ends `line` stands for a part the word that follows the next one shares: `next` opens with
 * a conjunction (lexicon `suspendingWords`, `suspends`) after which a hyphen is suspended (`e-` / `and m-health`,
 * `tele-` / `and e-health`, `radio-` / `or television`, `pré-` / `et post-natals`). The hyphen is kept and the words
 * stay apart, whatever the word before it: neither a hyphenated word ({@link hyphenatedBreak}) nor one written with
 * its hyphen ({@link writtenHyphenBreak}) is joined there, unless the lexicon writes that very word with it.
 */
export function suspendedHyphen(line: string, next: string, suspends: (word: string) => boolean): boolean {
  const parts = partsAtHyphen(line, next);
  return parts !== null && suspends(parts.after);
}

/**
 * Whether `line` ends with a slash inside a word, its rest opening `next` (`ISO/` / `TC 215`, `Question 2/` / `2`, an
 * address's `https://www.itu.int/` / `en/…`): no white space stands before the slash, and `next` opens with a letter
 * or a digit. A slash joins the parts of a name or a code, with no space after it; the word is read joined, the slash
 * kept, where the width broke the line (`unwrapLines`): an address ends with a slash too, so a line of its own may
 * (`World Health Organization: https://www.who.int/` / `Telecommunication Development Bureau: …`). After an
 * address ({@link ADDRESS}), what opens `next` goes on with it only where it is written as an address's rest is
 * ({@link ADDRESS_REST}: `en/ITU-D/`, `index.html`): a word or a number (`https://www.who.int/` / `2 to 5`, `/` /
 * `Member States`) is the text's own, after the address; but not after an address broken inside its path
 * ({@link withinPath}: `…/handle/10665/` / `260480`).
 */
export function slashBreak(line: string, next: string): boolean {
  const slash = line.trimEnd().length - 1;
  if (slash < 1 || line.charAt(slash) !== '/' || /\s/u.test(line.charAt(slash - 1))) return false;
  const rest = next.trimStart();
  if (!WORD_PART_CHAR.test(rest.charAt(0))) return false;
  let start = slash;
  while (start > 0 && !/\s/u.test(line.charAt(start - 1))) start--;
  const address = line.slice(start, slash + 1);
  if (!ADDRESS.test(address) || withinPath(address)) return true;
  const space = rest.search(/\s/u);
  const word = space < 0 ? rest : rest.slice(0, space);
  return ADDRESS_REST.test(word) && !NUMBER.test(word);
}

/**
 * A word that is an address, or ends with one: a scheme (`https://`), `www.`, or a host's domain before a slash
 * (`who.int/`: a stop, then two letters in lower case; a code's stop stands before a digit or a capital, `Q.1/16`,
 * `H.810/`).
 */
const ADDRESS = /:\/\/|(?:^|[^\p{L}\p{N}])www\.|\.\p{Ll}{2,}\//u;
/**
 * Whether an address is broken inside its path, after the host (`https://apps.who.int/iris/handle/10665/`,
 * `doi.org/10.1016/`): a slash stands before its last, not one of the scheme's. What opens the next line goes on
 * with it, whatever it is (`260480`, `S0140-6736(20)30183-5`): a path's last segment may be a bare number or word,
 * and a text does not go on from the middle of a path.
 */
function withinPath(address: string): boolean {
  const scheme = address.indexOf('://');
  const first = address.indexOf('/', scheme < 0 ? 0 : scheme + 3);
  return first >= 0 && first < address.length - 1;
}
/**
 * A word written as the rest of an address: it holds a slash, a stop between letters or digits, two of them on one
 * side at least (`index.html`, `v2.1`), or a mark of a query or a fragment. Not a bare word or number, nor a word
 * with a hyphen alone (`e-health`, which the text may write after an address as readily as a path, `health-topics`),
 * nor an abbreviation whose stops stand after single letters (`e.g.`, `i.e.`); nor a number ({@link NUMBER}).
 */
const ADDRESS_REST = /[/?#=&%_~]|[\p{L}\p{N}]{2}\.[\p{L}\p{N}]|[\p{L}\p{N}]\.[\p{L}\p{N}]{2}/u;
/**
 * A number with decimals, perhaps a percentage, as a text writes one after an address (`12.5 per cent`, `0.25`,
 * `10.5%,`): the text's, though a path's segment may be a number too (`1.0`); a text goes on after an address more
 * often than a path breaks after its host.
 */
const NUMBER = /^\p{N}+(?:[.,]\p{N}+)+%?[.,;:)]*$/u;

/** The offset a span's start at `offset` of the cleaned text has in the file. */
export function offsetInFile(joins: readonly HyphenJoin[], offset: number): number {
  for (const j of joins) if (offset >= j.at && offset < j.at + j.length) return offset + j.shift;
  return offset;
}

/** The offset a span's end at `offset` of the cleaned text has in the file. */
function endInFile(joins: readonly HyphenJoin[], offset: number): number {
  for (const j of joins) if (offset > j.at && offset <= j.at + j.length) return offset + j.shift;
  return offset;
}

/** A span of the cleaned text as a span of the file. */
export function spanInFile(joins: readonly HyphenJoin[], span: Span): Span {
  return [offsetInFile(joins, span[0]), endInFile(joins, span[1])];
}

/**
 * A document read from a text with joined words, with its spans the file's and its quotes the file's characters at
 * them. The same document where no word was joined. Only what holds an offset inside a moved part is rebuilt (a
 * clause, mention, relation or instruction, the lists that hold it, and the document): every other offset is the
 * file's as it is, and the rest is shared with `doc`.
 */
export function toFilePositions<T extends ParsedDocument>(doc: T, joins: readonly HyphenJoin[], text: string): T {
  if (!joins.length) return doc;
  const moved = (span: Span): Span | null => {
    const s = spanInFile(joins, span);
    return s[0] === span[0] && s[1] === span[1] ? null : s;
  };
  // Mentions are shared between clauses, instructions and citations: each is mapped once.
  const mapped = new Map<Mention, Mention>();
  const mention = (m: Mention): Mention => {
    let out = mapped.get(m);
    if (!out) {
      const span = moved(m.span);
      out = span ? { ...m, span, quote: text.slice(span[0], span[1]) } : m;
      mapped.set(m, out);
    }
    return out;
  };
  const relation = (r: ParsedRelation): ParsedRelation => {
    const span = moved(r.span);
    return span ? { ...r, span, quote: text.slice(span[0], span[1]) } : r;
  };
  const clauses = rebuilt(doc.clauses, (c) => {
    const span = moved(c.span);
    const mentions = rebuilt(c.mentions, mention);
    return span || mentions !== c.mentions ? { ...c, span: span ?? c.span, mentions } : c;
  });
  const relations = rebuilt(doc.relations, relation);
  const citations = rebuilt(doc.citations, mention);
  if (doc.kind === 'group-page') {
    return clauses === doc.clauses && relations === doc.relations && citations === doc.citations
      ? doc
      : { ...doc, clauses, relations, citations };
  }
  const instructions = rebuilt(doc.instructions, (i) => {
    const span = moved(i.span);
    const addressees = rebuilt(i.addressees, mention);
    const collaborators = rebuilt(i.collaborators, mention);
    return span || addressees !== i.addressees || collaborators !== i.collaborators
      ? { ...i, span: span ?? i.span, addressees, collaborators }
      : i;
  });
  const spans = doc.identitySpans;
  const identity = (span: Span | null): Span | null => (span && moved(span)) ?? span;
  const header = identity(spans.header);
  const history = identity(spans.history);
  const opening = identity(spans.opening);
  const identitySpans =
    header === spans.header && history === spans.history && opening === spans.opening
      ? spans
      : { header, history, opening };
  if (
    clauses === doc.clauses &&
    relations === doc.relations &&
    instructions === doc.instructions &&
    citations === doc.citations &&
    identitySpans === spans
  ) {
    return doc;
  }
  return { ...doc, clauses, relations, instructions, citations, identitySpans };
}

/** `list` with each item `f` gives, the same list where `f` gives each item itself. */
function rebuilt<X>(list: readonly X[], f: (x: X) => X): readonly X[] {
  let out: X[] | undefined;
  for (let i = 0; i < list.length; i++) {
    const x = list[i] as X;
    const y = f(x);
    if (y !== x) out ??= list.slice(0, i);
    out?.push(y);
  }
  return out ?? list;
}
