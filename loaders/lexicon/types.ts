/**
 * The shape of one language's lexicon. Everything language-specific the loaders know lives in rows of these tables;
 * the parser has no `if (language === ...)` branches. Adding a language means adding a table.
 *
 * Phrases are plain text: a space matches any run of white space (including no-break spaces), and a hyphen matches
 * any hyphen-like character (U+2010/U+2011 non-breaking hyphen, en dash, ...). Templates additionally contain slots
 * (see {@link TemplateSlot}) and may use a little regex syntax: `(?:a|b)` for alternatives, `?` for an optional
 * character or group, character classes, and `{0,19}` for a bounded repetition. Letter case is ignored for scripts
 * that have it.
 */

/** Slots usable in templates. Each is compiled to a named capture group. */
export type TemplateSlot =
  /** one integer, e.g. 78 */
  | '{N}'
  /** a list of integers joined by the language's list separators, e.g. "20 and 21", "第11和第17" */
  | '{NUMS}'
  /** a list of resolution numbers (up to four digits each), e.g. "78 and 90" */
  | '{RNUMS}'
  /**
   * a list of resolution numbers in a numbering that names the body ({HEADERBODY}), each perhaps with its revision
   * counted after a hyphen: "1-8 and ITU-R 2-8" (the revisions are not read). The slot matches the first; the loader
   * reads the others after the match, each with the body's name again or its revision counted ("1-8 and 2-8").
   */
  | '{HBNUMS}'
  /** goals named by number alone after the Sustainable Development Goals ("… the SDGs, in particular Goals 3 and 9") */
  | '{GOALS}'
  /** an ITU Question code, e.g. 2/2, 14-3/2, 28/16 */
  | '{QCODE}'
  /** a list of Question codes, e.g. "2/2 and 4/2" */
  | '{QCODES}'
  /** a UN-style resolution number, e.g. 70/1 */
  | '{UNNUM}'
  /** a list of UN-style resolution numbers, e.g. "55/63, 56/121 and 57/239" */
  | '{UNNUMS}'
  /** a World Health Assembly resolution number, e.g. 58.28 */
  | '{WHANUM}'
  /** a list of World Health Assembly resolution numbers, "WHA" before each optional: "58.28 and WHA71.7" */
  | '{WHANUMS}'
  /** a list of World Health Assembly resolution symbols, "WHA" before each: "WHA58.28 and WHA71.7" */
  | '{WHACODES}'
  /** a four-digit year */
  | '{YEAR}'
  /** a Council session, its year in two or four digits: "C19", "C-1985" (the year of the text or citation) */
  | '{SESSION}'
  /** a place name (letters, spaces, hyphens; no digits or punctuation) */
  | '{PLACE}'
  /** free text up to the next clause punctuation */
  | '{TEXT}'
  /**
   * in relation templates, a few words that name no entity and hold no punctuation, as a date or a place between a
   * verb and its agent ("launched in July 2023 by", "于2018年7月设立"): up to four words, or twelve characters
   * where the script writes no spaces
   */
  | '{WORDS}'
  /** how a header names the body after its marker ("ITU-R" in "RESOLUTION ITU-R 69-2"): bodies' `headerNames` */
  | '{HEADERBODY}';

export type PreambleKey =
  | 'recalling'
  | 'recalling-further'
  | 'recognizing'
  | 'recognizing-further'
  | 'considering'
  | 'considering-further'
  | 'noting'
  | 'noting-further'
  | 'bearing-in-mind'
  | 'taking-into-account'
  | 'emphasizing'
  | 'acknowledging'
  | 'aware'
  | 'concerned'
  | 'observing'
  | 'welcoming'
  | 'having-regard-to'
  | 'having-examined'
  | 'reaffirming'
  | 'convinced';

/** Operative section kinds. Each maps to an instruction kind in the graph. */
export type OperativeKey =
  | 'resolves'
  | 'resolves-to-instruct'
  | 'resolves-to-invite'
  | 'resolves-to-request'
  | 'instructs'
  | 'requests'
  | 'invites'
  | 'encourages'
  | 'urges'
  | 'calls-upon';

/**
 * The series a text is numbered in: an assembly's resolutions, or its decisions (the Council's, the Plenipotentiary
 * Conference's), numbered apart, so that Decision 482 is not Resolution 482.
 */
export type TextSeries = 'resolution' | 'decision';

export type AssemblyBody = 'WTSA' | 'PP' | 'WTDC' | 'RA' | 'COUNCIL' | 'WCIT' | 'WRC';

export interface Lexicon {
  /** ISO 639-1 code. */
  readonly language: 'en' | 'fr' | 'es' | 'ru' | 'ar' | 'zh';
  /** The Unicode script that identifies the language's texts. */
  readonly script: 'Latin' | 'Han' | 'Cyrillic' | 'Arabic';
  /** Frequent function words, used to tell languages of one script apart. Lower case. */
  readonly stopwords: readonly string[];
  /** Words joining list members: "and", "和", ... (plain phrases). */
  readonly listJoiners: readonly string[];
  /**
   * Conjunctions written as a prefix of the next word (Arabic و, ف): a mention that starts with one goes on a list,
   * so a Sector named right before it is another member of the list, not its owner ("قطاع تقييس الاتصالات ولجان
   * الدراسات": the Sector and the study groups).
   */
  readonly conjunctionPrefixes?: readonly string[];
  /**
   * Nouns a number counts, as written right after it, besides the stakeholders' names (`entityNames`), which count
   * too: "countries", "experts"; Russian in the genitive a number takes ("стран", "экспертов"), Arabic as a number
   * from 11 on takes its noun ("دولة عضواً"), Chinese with its measure word ("个成员国"). In a list of resolutions, a
   * number so followed after a conjunction that begins anew ("Resolutions 78 and 90, and 17 Member States have …")
   * counts them and is no member (see mentions.ts).
   */
  readonly countNouns?: readonly string[];
  /**
   * A citation's head words in the dual, which name two (Arabic "قرارين", "مقررين"): a list of resolutions after one
   * has two members, and a number after them opens a sentence of its own ("بالقرارين 78 و90، و17 منها …").
   */
  readonly dualWords?: readonly string[];
  /** Words that may precede each number of a list ("第" in 第11和第17研究组). */
  readonly numberPrefixes: readonly string[];
  /** Characters that end a sentence or clause. */
  readonly terminators: readonly string[];

  /** Preamble section headings. A heading line is the phrase alone (optionally followed by a colon). */
  readonly preamble: readonly { readonly key: PreambleKey; readonly phrases: readonly string[] }[];
  /**
   * Operative section headings. The phrase starts the line; the rest of the line (and, while the heading is
   * unfinished, the next lines) names the addressees and collaborators.
   */
  readonly operative: readonly {
    readonly key: OperativeKey;
    readonly phrases: readonly string[];
    /**
     * The kind of a heading with this marker whose addressees are all ITU's own (its officials, Bureaux, Sectors,
     * groups, study groups), where the language writes two kinds with one word: Chinese 请 requests the
     * Secretary-General ("请秘书长") but invites Member States ("请各成员国").
     */
    readonly towardsItu?: OperativeKey;
  }[];
  /**
   * Words that open an operative item or an unnumbered body ("to" in "1 to continue…", "d'" in "1 d'étudier…"),
   * where the language has such words; a document's own items add theirs. They tell where a heading ends and its
   * body starts when a PDF's width ran the two together.
   */
  readonly operativeOpeners?: readonly string[];
  /**
   * Words that open a relative clause about the name before them ("الدول الأعضاء التي تقوم بتطوير …": the Member
   * States that undertake …): an opener word right after one is that clause's verb, not where the body starts; and an
   * opener that is one of these (English "that") starts a body only right after the marker ("resolves that …"), not
   * after the addressees ("invites Member States that are able to do so to support …"). In a language with no
   * opener word (`bodyVerbEndings`), the verb in the clause one opens, up to the punctuation that closes it, is the
   * clause's ("Государствам-Членам, которые в состоянии сделать это, внести вклад …"); so with a qualifier below.
   */
  readonly relativePronouns?: readonly string[];
  /**
   * Adjectives and participles that qualify an addressee and take a preposition, as the words of a relative clause
   * do ("الدول الأعضاء القادرة على ذلك إلى المساهمة …": the Member States able to do so, to contribute …): an opener
   * right after one, or after one with a conjunction prefix (`conjunctionPrefixes`), is that preposition, not where
   * the body starts.
   */
  readonly addresseeQualifiers?: readonly string[];
  /**
   * Words that, right before one of `addresseeQualifiers`, stand for what it would take (English "so": "Member
   * States that so wish to participate …"): the qualifier then has no opener of its own, and the one after it starts
   * the body.
   */
  readonly qualifierPronouns?: readonly string[];
  /**
   * Opener words that are also relative pronouns, where a body opens with them after the addressees too (Spanish
   * "que": "encarga al Director que informe …"), so that they open a clause about the addressees only where one of
   * `addresseeQualifiers` follows them, after any `qualifierPronouns`: "invita a los Estados Miembros que estén en
   * condiciones de hacerlo a contribuir …", "que lo deseen a participar …", "que así lo deseen a …" start their body
   * at "a". Unlike `relativePronouns`, which open such a clause whatever follows.
   */
  readonly qualifiedRelatives?: readonly string[];
  /**
   * Prepositions written joined to the verbal noun a body may open with (Arabic ب: "يكلف الأمين العام بتقديم تقرير
   * إلى المجلس", to submit a report to the Council). On a heading's line that holds its body, such a word right after
   * an addressee's name (white space or a comma between) opens the body, as an opener word does, where the noun
   * joined to it has no joined article (`joinedArticles`: "الدول الأعضاء بالاتحاد" is of the Union) and more than
   * two letters ("بين", "بما" are function words).
   */
  readonly bodyProclitics?: readonly string[];
  /**
   * Words a body proclitic begins that are adverbs or prepositions, not the verbal noun a body opens with (Arabic
   * "بشدة", strongly: "تحث الدول الأعضاء بشدة على المشاركة …" starts its body at "على"; "بشأن", about).
   */
  readonly procliticAdverbs?: readonly string[];
  /** Articles written joined to their noun (Arabic ال): a word a proclitic and one of these begin is no verbal noun. */
  readonly joinedArticles?: readonly string[];
  /**
   * Openers of a body whose subject is the heading's addressee: "requests that the Secretary-General report …"
   * ("that"; "que"). The heading's line may hold such a body right after its marker, and the party the body opens
   * with, after articles, is then addressed (with those a list joins to it).
   */
  readonly subjectOpeners?: readonly string[];
  /**
   * Where the language has no opener word (`operativeOpeners`), the endings of the verb form an operative body opens
   * with (the Russian infinitive: "продолжить", "принять участие", "содействовать"): on a heading's line that holds
   * its body, the body starts at the first word so ended after the addressees.
   */
  readonly bodyVerbEndings?: readonly string[];
  /**
   * The endings of the adverbs that may stand between the addressees and the word a body opens with (an opener or a
   * verb of `bodyVerbEndings`), and then are the body's first words: the Russian "-о", "-е" ("предлагает
   * Государствам-Членам активно участвовать …", "не допускать …"), the English "-ly" ("invites Member States actively
   * to participate …"). Read only where such adverbs alone, in lower case, stand between the last name and that
   * word, as on a line of the body's own below the heading. Nouns end so too ("the ITU family", "the United Nations
   * family"): such a word is no adverb after a name that follows an article (`articles`), as a noun's modifier does.
   */
  readonly bodyAdverbEndings?: readonly string[];
  /**
   * Whole words read as the adverbs of `bodyAdverbEndings` are, whatever stands before the name: the English
   * negation ("requests the Secretary-General not to duplicate …" opens its body with "not"), and the adverbs the texts
   * put there ("requests the Secretary-General actively to …"), which a noun of the same ending would not be read as.
   */
  readonly bodyAdverbs?: readonly string[];
  /**
   * Articles and other short words that follow a preposition inside a name, never an opener that starts a body
   * ("à la", "a los", "to the"): an opener followed by one of them does not start the body of a heading written on
   * the same line as its body.
   */
  readonly articles?: readonly string[];
  /**
   * Words no paragraph ends with (prepositions, articles, conjunctions: "in", "with", "the"): a hard-wrapped line
   * that ends with one goes on in the next line, though the next line's first word would have fit on it (a PDF's
   * proportional font fills lines unevenly: "…, in" / "close collaboration with …"). Lower case.
   */
  readonly openWords?: readonly string[];
  /**
   * Conjunctions a hyphen may stand before for the part the next word shares ("e- and m-health", "radio- or
   * television", "pré- et post-natals"): a hyphen that ends a line before one is kept and the words stay apart, whatever
   * the word before it (a PDF leaves no such word alone as the rest of a hyphenated one). Lower case.
   */
  readonly suspendingWords?: readonly string[];
  /**
   * Words that say what role a group was given, right after it ("TSAG established Study Group 16 as the lead study
   * group"): an active relation template (`{AGENTS}`) whose object, a study group, they follow names no launch (a
   * focus group or an initiative "established as an open platform" is launched). Lower case.
   */
  readonly predicatives?: readonly string[];
  /**
   * Where the language marks what an active verb sets up by its case, the endings the first word of its name may
   * have: Russian, whose groups and initiatives are feminine nouns, the accusative `-у`, `-ю` ("создали Оперативную
   * группу …", "16-ю Исследовательскую комиссию"), so that a name in another case after the verb ("запустила в 2019
   * году 16-й Исследовательской комиссией …", an instrumental) is no object. A name written in capitals (an acronym)
   * has no case. Lower case.
   */
  readonly objectEndings?: readonly string[];
  /**
   * Dates that may open a sentence before its subject with no comma after them ("In July 2018 ITU-T Study Group 16
   * established …", "В июле 2018 года 16-я Исследовательская комиссия создала …"): the agents of an active relation
   * template (`{AGENTS}`) may follow one, where otherwise they follow no word. Regex source as in the templates,
   * each from the sentence's first word up to the date's last; the templates' look-behind for where agents start
   * must let them follow one too (see `AGENTS_FIRST` in en.ts).
   */
  readonly sentenceDates?: readonly string[];
  /**
   * Phrases that open with an operative opener word but start no body after a clause about the addressees: a
   * preposition's fixed phrase ("a nivel", "a fin de", "a través de": "invita a los Estados Miembros que hayan
   * adoptado estrategias a nivel nacional a compartir …" starts its body at "a compartir"). Elsewhere ("invita a los
   * Estados Miembros a nivel nacional …") the phrase is the body's start, as any opener. Lower case, whole words.
   */
  readonly prepositionalPhrases?: readonly string[];
  /** Phrases after which the named parties are collaborators rather than addressees. */
  readonly collaboration: readonly {
    readonly phrase: string;
    /** When set, the heading counts as unfinished until one of these closes the construct (zh: 与 … 协作). */
    readonly closing?: readonly string[];
    /**
     * Closings of joint action, which close the construct too but join the parties on both sides as equals: where
     * the first closing after the phrase is one of these, it names no collaborators ("请各成员国与部门成员共同努力":
     * Member States and Sector Members, together, both invited; "与世卫组织协作": with WHO, a collaborator).
     */
    readonly jointly?: readonly string[];
  }[];

  /**
   * Phrases that say what the party before them acts as ("the Secretary-General, in his capacity as Chair of the
   * United Nations System Chief Executives Board, …"): the names in such a phrase describe that party, and are
   * mentions but no party of the instruction. The phrase runs to the next punctuation or collaboration phrase, or to
   * a list joiner that the next party of the list follows ("… as Chair of the Joint Coordination Activity and the
   * Director of TSB": the Director is addressed too), or, with `closing`, to the word that closes it (zh: 以 … 身份).
   */
  readonly capacity?: readonly {
    readonly phrase: string;
    readonly closing?: readonly string[];
    /**
     * Where the phrase stands before the party it describes, not after one (zh 作为 … 的: "责成作为电子卫生牵头研究组的
     * ITU-T第16研究组"), the word that ends it: the first of these after it, and the name after that word is the party.
     * Where a party comes right before the phrase ("责成电信标准化局主任作为…"), these end nothing (a 的 there joins
     * the words of what that party acts as).
     */
    readonly modifierEnd?: readonly string[];
  }[];

  /** Item labels: letters in order for lettered items (a, b, c … / а, б, в … / أ، ب، ج …). */
  readonly itemLetters: string;

  /** Line templates. */
  readonly templates: {
    /**
     * "RESOLUTION 78 (Rev. New Delhi, 2024)"; slots {N}, optionally {PLACE}, {YEAR}. A Council text states the year
     * after the word for a modified text ("RESOLUTION 1408 (modified 2023)"), listed in `revision`.
     */
    readonly header: readonly string[];
    /**
     * The header of a decision, a text of the series numbered apart from resolutions ("DECISION 482 (modified
     * 2020)", Spanish Council texts "ACUERDO 482"); slots as in `header`.
     */
    readonly decisionHeader: readonly string[];
    /**
     * A note in brackets that may close the header line, as Council texts say where a text was adopted: "RESOLUTION
     * 1305 (adopted at the ninth Plenary Meeting)". Each entry is the whole text inside the brackets, as a pattern
     * (no slots); the note is no part of the text's identity. Optional: a language without it reads no such note.
     */
    readonly headerNote?: readonly string[];
    /** One entry of the history line: "Dubai, 2012"; slots {PLACE}, {YEAR}. */
    readonly historyEntry: readonly string[];
    /** Separators between history entries. */
    readonly historySeparators: readonly string[];
    /** "The World Telecommunication Standardization Assembly (New Delhi, 2024),": {BODY} is an assembly name. */
    readonly opening: readonly string[];
    /**
     * Markers of a revised text in a header or citation, as phrases: "Rev.", and the word for a modified text in the
     * Council's "(modified 2023)".
     */
    readonly revision: readonly string[];
    /**
     * A line that starts an annex, appendix or attachment after the operative part ("ANNEX TO RESOLUTION 78 (Rev.
     * New Delhi, 2024)", "Annex A", "ANNEX TO DECISION 482 (modified 2020)", "ANNEX TO RESOLUTION ITU-R 61-2"), as
     * the whole line; slots {N}, {PLACE}, {YEAR}, {SESSION}, {HEADERBODY} as in the header. One row per form: the
     * rows are only tested, never read, so each may name the same slots.
     */
    readonly annex: readonly string[];
  };

  /** Assembly and conference names, by body. Include inflected forms where the language inflects. */
  readonly bodies: readonly {
    readonly body: AssemblyBody;
    readonly names: readonly string[];
    /**
     * Names a header gives the body after its marker only ("ITU-R" in "RESOLUTION ITU-R 69-2"): elsewhere they name
     * a Sector, not the assembly, so they are read in headers alone (slot {HEADERBODY}).
     */
    readonly headerNames?: readonly string[];
    /**
     * Acronyms texts write with the year of the session after a hyphen ("WTDC-22", "PP-18", "ВАСЭ-24"): the body, of
     * whichever year. Read only so, the year written.
     */
    readonly datedNames?: readonly string[];
  }[];
  /**
   * How a text names the assembly that adopts it, after a citation of its own resolutions ("Resolutions 139 and 175
   * of this conference", "de la présente Conférence"): the adopting body. Plain phrases, after `citationBodyLinks`.
   */
  readonly ownBodyNames?: readonly string[];
  /** Words that link a citation to its body when the body follows: "of the", "de la" ... */
  readonly citationBodyLinks: readonly string[];
  /**
   * Words that link study groups or a Question to the Sector named after them, besides `citationBodyLinks` (Arabic
   * في, "in": "لجان الدراسات المعنية في قطاعي تقييس الاتصالات وتنمية الاتصالات" are the study groups of both Sectors,
   * as "the relevant study groups of ITU-T and ITU-D" are).
   */
  readonly sectorLinks?: readonly string[];
  /**
   * Words before the names of Bureaux that make them their Directors ("the Directors of the Telecommunication
   * Development Bureau and the Radiocommunication Bureau"): each Bureau of the list that follows is read as its
   * Director. With their link word and article, as written right before the first name.
   */
  readonly directorsOf?: readonly string[];
  /**
   * The title of Director follows the Bureau's name and is shared by a list of Bureaux right before it
   * ("电信标准化局和电信发展局主任": the Directors of both Bureaux). A collaboration phrase between them still parts
   * them ("电信标准化局与电信发展局主任": the Bureau, with the Director).
   */
  readonly directorsAfterList?: boolean;
  /**
   * Names of ITU's Sectors and Bureaux without their head word, by the entity's key, as a list writes the second
   * when it shares the head of the first ("Бюро стандартизации электросвязи и развития электросвязи", "مكتبي تقييس
   * الاتصالات وتنمية الاتصالات"). Read only right after a list word that follows a name of the same kind (a Sector's
   * after a Sector, a Bureau's after a Bureau or its Director).
   */
  readonly sharedHeadNames?: Readonly<Record<string, readonly string[]>>;

  /** Named-entity patterns with slots. */
  readonly patterns: {
    /** Study group mentions: slot {NUMS} (or {N}). */
    readonly studyGroup: readonly string[];
    /** Numbered Questions: slot {QCODE}, or {QCODES} for a list ("Questions 2/2 and 4/2"). */
    readonly question: readonly string[];
    /** Questions named only by subject ("its Question on X"): slot {TEXT}. */
    readonly unnumberedQuestion: readonly string[];
    /**
     * ITU resolution citations: slot {N}, {RNUMS} or {HBNUMS}, optionally {PLACE} and {YEAR} (the revision of each).
     */
    readonly ituResolution: readonly string[];
    /**
     * Citations of decisions ("Decision 482 (modified 2020)", "Council Decision 482"): slots as in `ituResolution`;
     * the body is read as a resolution's.
     */
    readonly ituDecision: readonly string[];
    /** UN General Assembly resolutions: slot {UNNUM}, or {UNNUMS} for a list ("resolutions 55/63 and 57/239"). */
    readonly unResolution: readonly string[];
    /**
     * World Health Assembly resolutions: slot {WHANUM} or {UNNUM} ("58/28") for one; {WHACODES} for a list of symbols,
     * {WHANUMS} for a list beside the Assembly's name ("resolutions 58.28 and 71.7 of the World Health Assembly").
     */
    readonly whaResolution: readonly string[];
    /**
     * Sustainable Development Goals: slot {N} or {NUMS} ("SDGs 3 and 9"); {GOALS} for goals named by number alone
     * ("Goals 3 and 9"), read only right after the clause has named the Goals; a template without a slot names the
     * Goals as a whole ("the Sustainable Development Goals (SDGs), in particular Goals 3 and 9"), which is no mention
     * itself but lets such a list be read. List the numbered templates before the others.
     */
    readonly sdg: readonly string[];
    /**
     * ITU Recommendations: slot {SECTOR} (a Sector's code: its names of one word in `sectors`) and {RCODE} ("H.810",
     * "BT.500"); a list ("F.780.1 and F.780.2", joined by `listJoiners`) goes on after the match, every one of that
     * Sector.
     */
    readonly recommendation: readonly string[];
    /**
     * A working group of the ITU Council, as texts name one by its subject ("the Council Working Group on Child
     * Online Protection", "Working Group of the Council on …"): a body of its own (entity `council-working-group`),
     * not the Council. The match is the words that say so, without the subject, which the text writes in its own
     * words; where the script writes the subject inside those words, with it ("理事会保护上网儿童工作组").
     */
    readonly councilWorkingGroup: readonly string[];
  };

  /** How the three ITU Sectors are named in running text (besides the language-neutral ITU-T/-D/-R). */
  readonly sectors: readonly { readonly sector: 'ITU-T' | 'ITU-D' | 'ITU-R'; readonly names: readonly string[] }[];

  /** Names of known entities in this language, keyed by the entity's key in entities.ts. */
  readonly entityNames: Readonly<Record<string, readonly string[]>>;
  /**
   * Words that, written right before a known organisation's name in a script without spaces, make it the end of
   * another organisation's longer name: regions and continents. "非洲地区知识产权组织" is the African Regional Intellectual
   * Property Organization, not WIPO's short name 知识产权组织; "伊斯兰教科文组织" is ISESCO, not UNESCO's 教科文组织.
   */
  readonly nameQualifiers?: readonly string[];
  /**
   * The known names that `nameQualifiers` may turn into the end of a longer name: short names that other
   * organisations' names end with (知识产权组织 in 非洲地区知识产权组织, 教科文组织 in 伊斯兰教科文组织, 理事会 in 欧洲理事会). Names
   * that no other name ends with (国际电联, 世卫组织) are read after a qualifier too: "非洲地区国际电联成员国" are ITU's
   * Member States in Africa, "亚太地区世卫组织办事处" WHO's office for Asia and the Pacific.
   */
  readonly qualifiedNames?: readonly string[];

  /**
   * Short names by which ITU's own texts name a known entity, keyed by the entity's key as `entityNames`: "the Union",
   * "l'Union", "الاتحاد" for ITU. Each is read as the entity only where it stands alone: not where a word that
   * `shortNameQualifiersBefore` or `shortNameQualifiersAfter` matches stands right before or after it, which makes
   * it part of another organisation's longer name ("l'Union européenne", "Европейского Союза", "الاتحاد الأفريقي").
   */
  readonly shortNames?: Readonly<Record<string, readonly string[]>>;
  /** Patterns, each matched against the whole word right before a short name (see `shortNames`). */
  readonly shortNameQualifiersBefore?: readonly string[];
  /** Patterns, each matched against the whole word right after a short name (see `shortNames`). */
  readonly shortNameQualifiersAfter?: readonly string[];

  /** Place names in this language, keyed by the canonical (English) name. */
  readonly places: Readonly<Record<string, readonly string[]>>;

  /**
   * Relationship cues over text in which entity mentions are replaced by markers. Slots: {A} one entity (the
   * subject if present), {B} one entity, {LIST} one or more entities joined by list joiners. A pattern without {A}
   * takes the subject of its sentence (see `findRelations` in relations.ts), or a page's subject.
   */
  readonly relations: readonly {
    readonly type: 'REPORTS_TO' | 'PARTNER_OF' | 'LAUNCHED_BY' | 'SUCCEEDS' | 'COORDINATED_BY';
    readonly patterns: readonly string[];
  }[];

  /**
   * How a page about one group names that group again without its name, as the subject of a later sentence: "The
   * Focus Group reports to …", "Le Groupe spécialisé relève de …", "该焦点组…". Each phrase names the page's
   * subject where it opens a sentence and the subject is of its kind (`study-group`: a study group; else the
   * organisation kind, `itu-group` or `initiative`): "the Focus Group" on an initiative's page is another group.
   * Plain phrases, case ignored where the script has case.
   */
  readonly selfReferences?: readonly {
    readonly kind: 'study-group' | 'itu-group' | 'initiative';
    readonly phrases: readonly string[];
  }[];
  /**
   * Patterns, each matched against the whole word right after a self-reference phrase, that make the phrase part of
   * a longer name, another body's: an Arabic adjective takes the article as its noun does ("اللجنة الاقتصادية لأوروبا",
   * UNECE; "اللجنة الفنية", a technical committee; "الفريق العامل", a working group). The phrase then names a group
   * the page does not name, unless a name the text knows starts there ("تتبع اللجنة الفريق الاستشاري …").
   */
  readonly selfReferenceQualifiersAfter?: readonly string[];
  /**
   * Verbs that open a sentence before its subject, in a language that writes the verb first (Arabic "يرفع الفريق
   * المتخصص تقاريره إلى …", the Focus Group reports to …; "يعمل الفريق بالشراكة مع …"): a self-reference right after
   * one, with or without a conjunction prefix ("ويعمل الفريق"), names the sentence's subject as at its start.
   */
  readonly verbsBeforeSubject?: readonly string[];
  /**
   * Pronouns that open a sentence to name what the sentence before is about ("It reports to …", "Il relève de …",
   * "Она подотчетна …", "它向…报告"): on a group's page, the page's group where that sentence names it, else its
   * subject. Patterns, matched as written (case kept: "IT systems" opens with no pronoun).
   */
  readonly pronouns?: readonly string[];
  /**
   * Words that open a sentence to name the last party the sentence before names ("The latter reports to …", "后者隶属于
   * …"): on a group's page, that group, which need not be the page's (none of the page's where the party is no
   * group). Patterns, matched as written.
   */
  readonly latter?: readonly string[];
  /**
   * Headings of a page's list of partners ("Partners", "Partenaires", "Socios"): a line of its own, a colon or
   * heading marks around it allowed, above one organisation per line (bulleted or not), up to a blank line or the
   * next heading. Each line that names one organisation and nothing else is the page's group's partner
   * (`PARTNER_OF`); a line of prose is not. Plain words, case ignored.
   */
  readonly partnerHeadings?: readonly string[];

  /** Head words of organisation names, for acronyms defined in the text: "… Organization (XYZ)". */
  readonly organizationHeads: readonly { readonly word: string; readonly kind: string }[];
}
