/**
 * What the loaders produce: typed records of one document, with every fact tied to its place in the text.
 * These are plain data; graph/ turns them into graph nodes and edges.
 */
import type { AssemblyBody, OperativeKey, PreambleKey, TextSeries } from './lexicon/types';

export type { TextSeries };

export type Language = 'en' | 'fr' | 'es' | 'ru' | 'ar' | 'zh';
export type SectorCode = 'ITU-T' | 'ITU-D' | 'ITU-R';

/** [start, end) offsets in UTF-16 code units of the decoded text. */
export type Span = readonly [number, number];

/** A fact with where it came from. */
export interface Fact<T> {
  readonly value: T;
  readonly source: 'text' | 'manifest';
}

/** A reference to a real-world entity, normalised to its canonical identity. */
export type EntityRef =
  | { readonly type: 'StudyGroup'; readonly sector: SectorCode; readonly number: number }
  | {
      readonly type: 'Question';
      readonly sector: SectorCode;
      readonly studyGroup: number;
      readonly code: string | null;
      readonly title: string | null;
    }
  | {
      readonly type: 'Organization';
      readonly key: string;
      readonly name: string;
      readonly acronym: string | null;
      readonly kind: string;
    }
  | { readonly type: 'Office'; readonly key: string; readonly name: string }
  | { readonly type: 'Stakeholder'; readonly key: string; readonly name: string }
  | {
      readonly type: 'Instrument';
      readonly key: string;
      readonly kind: string;
      readonly name: string;
      readonly code: string | null;
    }
  | {
      readonly type: 'ItuResolution';
      readonly body: AssemblyBody;
      /** A resolution, or a decision ("Decision 482 of the Council"). */
      readonly series: TextSeries;
      readonly number: string;
      /** The revision cited, when the citation names one. */
      readonly revision: { readonly year: number; readonly place: string | null; readonly revised: boolean } | null;
    };

/** An entity named at a place in a clause. */
export interface Mention {
  readonly entity: EntityRef;
  readonly clause: string;
  readonly span: Span;
  /** The words as written. */
  readonly quote: string;
}

export type ClausePart = 'preamble' | 'operative' | 'annex' | 'page';
export type ClauseRole = 'heading' | 'item' | 'body' | 'paragraph';

export interface ParsedClause {
  /**
   * Stable address: "preamble/noting/b", "instructs-2", "instructs-2/item-3", "invites-1/body", "annex-1" (an annex's
   * heading), "annex-1/p-2", "page/p-2".
   */
  readonly address: string;
  readonly part: ClausePart;
  /** Section key: a PreambleKey or an OperativeKey with its ordinal ("instructs-2"), or "page". */
  readonly section: string;
  readonly role: ClauseRole;
  /** "a", "3", or null. */
  readonly label: string | null;
  /** Clause text as written (Word artefacts removed, white space kept; a word a PDF hyphenated at a line end joined). */
  readonly text: string;
  readonly span: Span;
  readonly line: number;
  readonly footnotes: readonly string[];
  readonly mentions: readonly Mention[];
}

export interface ParsedSection {
  readonly key: string;
  readonly part: 'preamble' | 'operative';
  /** 'unlisted': a heading the lexicon does not list, read as one from where it stands (warning HEADING_UNLISTED). */
  readonly marker: PreambleKey | OperativeKey | 'unlisted';
  /** The heading as written. */
  readonly heading: string;
  readonly line: number;
  readonly itemCount: number;
  readonly hasBody: boolean;
}

export type InstructionKind = 'RESOLVES' | 'INSTRUCTS' | 'REQUESTS' | 'INVITES' | 'ENCOURAGES' | 'URGES';

export interface ParsedInstruction {
  /** Address of the heading clause, e.g. "instructs-2". */
  readonly address: string;
  readonly kind: InstructionKind;
  readonly marker: OperativeKey;
  readonly heading: string;
  readonly addressees: readonly Mention[];
  readonly collaborators: readonly Mention[];
  readonly items: readonly { readonly label: string | null; readonly text: string; readonly address: string }[];
  readonly span: Span;
}

export type RelationType = 'REPORTS_TO' | 'PARTNER_OF' | 'LAUNCHED_BY' | 'SUCCEEDS' | 'COORDINATED_BY' | 'STUDIED_BY';

export interface ParsedRelation {
  readonly type: RelationType;
  readonly from: EntityRef;
  readonly to: EntityRef;
  readonly clause: string;
  readonly span: Span;
  readonly quote: string;
}

export interface Diagnostic {
  readonly severity: 'warning' | 'info';
  readonly code: string;
  readonly message: string;
  readonly line: number;
  readonly column: number;
}

interface ParsedBase {
  readonly file: string;
  readonly language: Language;
  readonly encoding: string;
  /** sha256 of the raw bytes. */
  readonly checksum: string;
  /** The decoded text, as the spans index it. */
  readonly text: string;
  readonly clauses: readonly ParsedClause[];
  readonly relations: readonly ParsedRelation[];
  readonly diagnostics: readonly Diagnostic[];
}

export interface ParsedResolution extends ParsedBase {
  readonly kind: 'resolution';
  readonly body: Fact<AssemblyBody>;
  /** What the header names: a resolution ("RESOLUTION 1408"), or a decision ("DECISION 482"). */
  readonly series: TextSeries;
  readonly number: Fact<string>;
  readonly title: Fact<string> | null;
  /** The version this text is: year and place of the adopting assembly. */
  readonly year: Fact<number>;
  readonly place: Fact<string | null>;
  /** "Rev. New Delhi, 2024", or the place and year when the text is the first version. */
  readonly revisionLabel: string;
  /**
   * Earlier (and this) versions from the history line, oldest first; `label` where the header counts the revisions
   * and the history line lists each ("RESOLUTION ITU-R 69-2", "(2012-2015-2023)": the 2015 version is "Rev. 1, 2015").
   */
  readonly history: readonly { readonly place: string | null; readonly year: number; readonly label?: string }[];
  /** The foreword before the resolution's own text, kept apart (not parsed into clauses). */
  readonly foreword: string | null;
  /** Where the text states its identity: header, history line and opening line (null when absent). */
  readonly identitySpans: {
    readonly header: Span | null;
    readonly history: Span | null;
    readonly opening: Span | null;
  };
  readonly sections: readonly ParsedSection[];
  readonly instructions: readonly ParsedInstruction[];
  readonly citations: readonly Mention[];
}

export interface ParsedGroupPage extends ParsedBase {
  readonly kind: 'group-page';
  readonly title: string | null;
  /** The group the page is about. */
  readonly subject: EntityRef | null;
  /**
   * What the page cites, in the order of its text: ITU resolutions (with the revision the citation names) and other
   * instruments, as a resolution's `citations` ("supports the implementation of WTSA Resolution 78 (Rev. New Delhi,
   * 2024)"). The same mentions as in its clauses.
   */
  readonly citations: readonly Mention[];
}

export type ParsedDocument = ParsedResolution | ParsedGroupPage;

/** What the corpus manifest may say about a file. */
export interface ManifestEntry {
  readonly kind?: 'resolution' | 'group-page';
  readonly language?: Language;
  readonly resolution?: {
    readonly body?: AssemblyBody;
    readonly number?: string;
    readonly title?: string;
    /** A decision's number where the text's header does not say (as a text without one). */
    readonly series?: TextSeries;
  };
  readonly version?: { readonly year?: number; readonly place?: string };
}
