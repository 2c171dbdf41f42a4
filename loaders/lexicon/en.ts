/** English. Markers follow the ITU English texts of WTSA, PP and WTDC resolutions. */
import type { Lexicon } from './types';

/** A year, as a date that opens a sentence ends with one (see `DATE`). */
const DATE_YEAR = '(?:19|20)\\d{2}';

/**
 * A date: it may open a sentence before its subject, with no comma ("In July 2018", "On 5 May 2020", "In 2019"), or
 * stand between an active verb and what it set up ("ITU and WHO established in 2018 the Focus Group …"). Its words
 * are bounded, as `{WORDS}` are, and its first word is checked by a look-ahead, not matched as one alternative
 * of a group: each template must stay small enough for the ReDoS check (redos.test.ts), which tries each alternative
 * of a group on its own, to decide it.
 */
const DATE = `(?=(?:In|On|During|Since)[^\\p{L}\\p{N}])[\\p{L}]{1,24} (?:[\\p{L}\\p{N}]{1,24} ){0,4}${DATE_YEAR}`;

/**
 * A date between an active verb and what it set up ("… established in July 2018 the Focus Group …"): tighter than
 * {@link DATE}, at most two words between its opener and the year (a day, a month), and followed by an article
 * (the), so that a year that qualifies a noun ("during the 2019 FG-AI4H workshop"), a count or a clause after
 * the verb is no date.
 */
const VERB_DATE = `(?=(?:In|On|During|Since)[^\\p{L}\\p{N}])[\\p{L}]{1,24} (?:[\\p{L}\\p{N}]{1,24} ){0,2}${DATE_YEAR} (?=the[^\\p{L}\\p{N}])`;

/**
 * A date between an active verb and what it set up, set off by commas ("ITU and WHO established, in July 2018, the
 * Focus Group …"): {@link VERB_DATE}'s words, and the same article after it.
 */
const COMMA_DATE = `, (?=(?:In|On|During|Since)[^\\p{L}\\p{N}])[\\p{L}]{1,24} (?:[\\p{L}\\p{N}]{1,24} ){0,2}${DATE_YEAR},(?=[\\s\\u00A0]the[^\\p{L}\\p{N}])`;

/**
 * Where agents that open an active relation template may start: not right after a word, a number or another name
 * or elided article (a preposition's object: "with the support of WHO, ITU launched …"), white space or not between;
 * but after a year, which may end a date that opens the sentence ("In July 2018 ITU-T Study Group 16 established …";
 * relations.ts checks that one does, lexicon `sentenceDates`). A look-behind must have a bounded length: the year.
 */
const AGENTS_FIRST = `(?:(?<![\\p{L}\\p{N}⟧'’]\\s?)|(?<=${DATE_YEAR}\\s))`;

/**
 * What may follow the last member of a list of agents before the comma that ends an opening clause: a date or place
 * ("… by ITU and WHO in July 2018, …", "… at Geneva, …"), at most three words after its preposition, none a name.
 * Words and white space alternate, so each text has one reading (the ReDoS check).
 */
const LIST_TAIL = '(?:[\\s\\u00A0]{1,3}(?:in|on|at|during)(?:[\\s\\u00A0]{1,3}[\\p{L}\\p{N}]{1,24}){1,3})?';

/**
 * A launch that was only asked for, in the passive, after the list of its would-be agents: "Since the establishment
 * of FG-X by Study Group 16 was requested by WHO, …", "The launch of GI-X by ITU has been called for". Read after any
 * first part of the list too (its members joined by a comma or a conjunction), so that a shorter list the template
 * may fall back on is no launch either. A negative look-ahead: the template gives no relation.
 */
const REQUESTED = `(?!(?:(?:,|[\\s\\u00A0]{1,3}(?:and|or))[\\s\\u00A0]{1,3}(?:[\\p{L}]{1,4}[\\s\\u00A0]{1,3})?⟦\\d{1,4}⟧){0,12}${LIST_TAIL},?[\\s\\u00A0]{1,3}(?:was|were|is|are|has[\\s\\u00A0]{1,3}been|have[\\s\\u00A0]{1,3}been|had[\\s\\u00A0]{1,3}been|will[\\s\\u00A0]{1,3}be|would[\\s\\u00A0]{1,3}be)(?:[\\s\\u00A0]{1,3}[\\p{L}]{1,20}ly)?[\\s\\u00A0]{1,3}(?:requested|proposed|called[\\s\\u00A0]{1,3}for|asked[\\s\\u00A0]{1,3}for|sought|suggested|recommended|envisaged|planned)(?![\\p{L}\\p{N}]))`;

export const en: Lexicon = {
  language: 'en',
  script: 'Latin',
  stopwords: ['the', 'of', 'and', 'to', 'in', 'for', 'that', 'with', 'on', 'by', 'its', 'this', 'which', 'are'],
  listJoiners: [', and', ',', 'and', 'as well as', '/'],
  // Nouns a number counts, besides the stakeholders' names: "Resolutions 78 and 90, and 17 countries have …".
  countNouns: [
    'countries',
    'experts',
    'participants',
    'delegates',
    'organizations',
    'organisations',
    'entities',
    'members',
    // "of them": a number so followed counts what was named before it ("Resolutions 64 and 123, and 17 of them
    // concern health"), which no resolution's number is.
    'of them',
  ],
  numberPrefixes: [],
  terminators: ['.', ';', ','],
  operativeOpeners: ['to', 'that'],
  // "invites Member States in a position to do so to contribute …", "… able to do so to …", "… wishing to do so to
  // …", "… willing to host the forum to inform …", "… that wish to do so to …", "… that have yet to do so to …": the
  // "to" after these words is theirs, not where the body starts. Not "need" or "plan", which are nouns as often
  // ("within the operational plan to assist …").
  addresseeQualifiers: ['position', 'able', 'wishing', 'willing', 'wish', 'intend', 'yet'],
  // … but "Member States that so wish to participate …": "so" stands for what "wish" would take.
  qualifierPronouns: ['so'],
  // "invites Member States that are able to do so to support …": "that" after the addressees is a relative pronoun.
  relativePronouns: ['that', 'which', 'who'],
  subjectOpeners: ['that'],
  // "invites Member States actively to participate …": the adverb before "to" is the body's; not a noun after a name
  // that follows an article ("the ITU family to …"). The negation is the body's too ("… not to duplicate …"), and so
  // are the adverbs the texts put there, whatever the name ("requests the Secretary-General actively to …").
  bodyAdverbEndings: ['ly'],
  bodyAdverbs: ['not', 'actively', 'urgently', 'closely', 'fully', 'continuously', 'jointly'],
  articles: ['the', 'a', 'an', 'its', 'their', 'this', 'these', 'all'],
  openWords: ['the', 'a', 'an', 'in', 'with', 'and', 'or', 'of', 'to', 'for', 'on', 'by', 'from', 'at', 'as', 'its'],
  suspendingWords: ['and', 'or'],
  predicatives: ['as'],
  sentenceDates: [DATE],

  preamble: [
    { key: 'recalling-further', phrases: ['recalling further', 'recalling also', 'further recalling'] },
    { key: 'recalling', phrases: ['recalling'] },
    { key: 'recognizing-further', phrases: ['recognizing further', 'recognizing also', 'further recognizing'] },
    { key: 'recognizing', phrases: ['recognizing', 'recognising'] },
    { key: 'considering-further', phrases: ['considering further', 'considering also', 'further considering'] },
    { key: 'considering', phrases: ['considering'] },
    { key: 'noting-further', phrases: ['noting further', 'noting also', 'further noting'] },
    {
      key: 'noting',
      phrases: ['noting', 'taking note', 'noting with satisfaction', 'noting with appreciation', 'noting with concern'],
    },
    { key: 'bearing-in-mind', phrases: ['bearing in mind', 'keeping in mind'] },
    { key: 'taking-into-account', phrases: ['taking into account', 'taking into consideration'] },
    {
      key: 'emphasizing',
      phrases: ['emphasizing', 'emphasising', 'stressing', 'highlighting', 'underlining', 'underscoring'],
    },
    { key: 'acknowledging', phrases: ['acknowledging'] },
    { key: 'aware', phrases: ['aware', 'being aware', 'conscious'] },
    { key: 'concerned', phrases: ['concerned', 'deeply concerned', 'expressing concern'] },
    { key: 'observing', phrases: ['observing'] },
    // Thanks and approval: "expressing its appreciation" / "a) to the Member States that hosted …".
    {
      key: 'welcoming',
      phrases: ['welcoming', 'expressing its appreciation', 'expressing its gratitude', 'expressing its satisfaction'],
    },
    { key: 'having-regard-to', phrases: ['having regard to', 'mindful'] },
    { key: 'having-examined', phrases: ['having examined', 'having considered', 'having reviewed'] },
    { key: 'reaffirming', phrases: ['reaffirming', 'affirming'] },
    { key: 'convinced', phrases: ['convinced', 'being convinced', 'firmly convinced'] },
  ],
  operative: [
    {
      key: 'resolves-to-instruct',
      phrases: [
        'resolves to instruct',
        'further resolves to instruct',
        'also resolves to instruct',
        'resolves further to instruct',
        'resolves also to instruct',
        // Council texts decide rather than resolve.
        'decides to instruct',
        'further decides to instruct',
        'also decides to instruct',
        'decides further to instruct',
        'decides also to instruct',
      ],
    },
    {
      key: 'resolves-to-invite',
      phrases: [
        'resolves to invite',
        'further resolves to invite',
        'also resolves to invite',
        'resolves further to invite',
        'resolves also to invite',
        'decides to invite',
        'further decides to invite',
        'also decides to invite',
        'decides further to invite',
        'decides also to invite',
      ],
    },
    {
      key: 'resolves-to-request',
      phrases: [
        'resolves to request',
        'resolves further to request',
        'decides to request',
        'further decides to request',
        'also decides to request',
        'decides further to request',
        'decides also to request',
      ],
    },
    {
      key: 'resolves',
      phrases: [
        'resolves',
        'further resolves',
        'also resolves',
        'resolves further',
        'resolves also',
        'decides',
        'further decides',
        'also decides',
        'decides further',
      ],
    },
    { key: 'instructs', phrases: ['instructs', 'further instructs', 'also instructs', 'instructs further'] },
    { key: 'requests', phrases: ['requests', 'further requests', 'also requests', 'requests further'] },
    { key: 'invites', phrases: ['invites', 'further invites', 'also invites', 'invites further'] },
    { key: 'encourages', phrases: ['encourages', 'further encourages', 'also encourages', 'encourages further'] },
    { key: 'urges', phrases: ['urges', 'further urges', 'also urges', 'urges further'] },
    { key: 'calls-upon', phrases: ['calls upon', 'calls on', 'further calls upon', 'also calls upon'] },
  ],
  directorsOf: ['Directors of the', 'Directors of'],
  collaboration: [
    { phrase: 'in collaboration with' },
    { phrase: 'in cooperation with' },
    { phrase: 'in coordination with' },
    { phrase: 'in close collaboration with' },
    { phrase: 'in close cooperation with' },
    { phrase: 'in close coordination with' },
    { phrase: 'in consultation with' },
    { phrase: 'in close consultation with' },
    { phrase: 'in liaison with' },
    { phrase: 'to collaboratively work with' },
    { phrase: 'to work collaboratively with' },
    { phrase: 'working with' },
    { phrase: 'jointly with' },
    { phrase: 'in conjunction with' },
    { phrase: 'together with' },
  ],
  capacity: [
    { phrase: 'in his capacity as' },
    { phrase: 'in her capacity as' },
    { phrase: 'in its capacity as' },
    { phrase: 'in their capacity as' },
    { phrase: 'in his/her capacity as' },
    { phrase: 'in the capacity of' },
    { phrase: 'as Chair of' },
    { phrase: 'as Chairman of' },
    { phrase: 'as Chairperson of' },
    { phrase: 'as Vice-Chair of' },
    { phrase: 'as secretariat of' },
    { phrase: 'as the secretariat of' },
  ],
  itemLetters: 'abcdefghijklmnopqrstuvwxyz',

  templates: {
    // Radiocommunication Assembly texts number their resolutions after the Sector and count revisions after a
    // hyphen: "RESOLUTION ITU-R 69-2".
    header: [
      'RESOLUTION {N}(?: \\((?:Rev\\. )?{PLACE}, {YEAR}\\))?',
      'RESOLUTION {HEADERBODY} {N}(?:-(?<REV>\\d\\d?))?(?: \\((?:{YEAR}|(?<HISTORY>(?:19|20)\\d\\d(?:-(?:19|20)\\d\\d){1,9}))\\))?',
      // World Radiocommunication Conferences name themselves and their year: "RESOLUTION 646 (REV.WRC-19)".
      'RESOLUTION {N} \\((?:Rev\\. ?)?{HEADERBODY}-(?<YY>\\d\\d(?:\\d\\d)?)\\)',
      // Council texts state the year of a modified text, or of the first alone: "RESOLUTION 1408 (modified 2023)".
      'RESOLUTION {N} \\((?:modified )?{YEAR}\\)',
      // The Council's compilations name sessions: "RESOLUTION 925 (C-1985, last amended C19)", "RESOLUTION 1396 (C19)".
      'RESOLUTION {N} \\({SESSION}\\)',
    ],
    // The Council's decisions ("DECISION 482 (modified 2020)"), and the Plenipotentiary Conference's.
    decisionHeader: [
      'DECISION {N} \\((?:modified )?{YEAR}\\)',
      'DECISION {N}(?: \\((?:Rev\\. )?{PLACE}, {YEAR}\\))?',
      'DECISION {N} \\({SESSION}\\)',
    ],
    // A note on where the Council adopted the text may close the header line.
    headerNote: ['adopted [^()（）\\n]{1,120}'],
    historyEntry: ['{PLACE}, {YEAR}'],
    historySeparators: [';'],
    // Radiocommunication Assembly and Council texts name the body alone: "The ITU Radiocommunication Assembly,".
    opening: ['(?:The )?{BODY} \\({PLACE}, {YEAR}\\),?', '(?:The )?{BODY},'],
    revision: ['Rev.', 'modified'],
    annex: [
      '(?:Annex|Appendix|Attachment)(?: (?:{N}|[A-Z]))?(?: to Annex(?: (?:{N}|[A-Z]))?)?(?: to (?:the )?(?:WTSA |PP |WTDC |RA |WRC )?Resolution {N}(?: \\((?:Rev\\. )?{PLACE}, {YEAR}\\))?)?',
      // The Council's texts, as their headers write them ("ANNEX TO DECISION 482 (modified 2020)", "ANNEX TO
      // RESOLUTION 1113 (C19)"), and the Radiocommunication Assembly's ("ANNEX TO RESOLUTION ITU-R 61-2").
      '(?:Annex|Appendix|Attachment)(?: (?:{N}|[A-Z]))? to (?:the )?(?:Council )?Decision {N}(?: \\((?:Rev\\. )?{PLACE}, {YEAR}\\)| \\((?:modified )?{YEAR}\\)| \\({SESSION}\\))?',
      '(?:Annex|Appendix|Attachment)(?: (?:{N}|[A-Z]))? to (?:the )?(?:Council )?Resolution {N} \\((?:(?:modified )?{YEAR}|{SESSION})\\)',
      '(?:Annex|Appendix|Attachment)(?: (?:{N}|[A-Z]))? to (?:the )?Resolution {HEADERBODY} {N}(?:-\\d\\d?)?(?: \\((?:{YEAR}|(?:19|20)\\d\\d(?:-(?:19|20)\\d\\d){1,9})\\))?',
    ],
  },

  bodies: [
    {
      body: 'WTSA',
      names: ['World Telecommunication Standardization Assembly', 'WTSA'],
      datedNames: ['WTSA'],
    },
    {
      body: 'PP',
      names: [
        'Plenipotentiary Conference of the International Telecommunication Union',
        'Plenipotentiary Conference',
        'PP',
      ],
      datedNames: ['PP'],
    },
    { body: 'WTDC', names: ['World Telecommunication Development Conference', 'WTDC'], datedNames: ['WTDC'] },
    {
      body: 'RA',
      names: ['ITU Radiocommunication Assembly', 'Radiocommunication Assembly', 'RA'],
      headerNames: ['ITU-R'],
      datedNames: ['RA'],
    },
    { body: 'WRC', names: ['World Radiocommunication Conference', 'WRC'], headerNames: ['WRC'], datedNames: ['WRC'] },
    { body: 'WCIT', names: ['World Conference on International Telecommunications', 'WCIT'], datedNames: ['WCIT'] },
    { body: 'COUNCIL', names: ['ITU Council', 'Council'] },
  ],
  citationBodyLinks: ['of the', 'of'],
  ownBodyNames: ['this conference', 'the present conference', 'this assembly', 'the present assembly'],

  patterns: {
    // Numbered, or the study groups of a Sector together ("the relevant study groups"): no number.
    studyGroup: ['Study Groups? {NUMS}', 'SG ?{N}', 'study groups'],
    question: ['Questions? {QCODES}', 'Q{QCODE}'],
    unnumberedQuestion: ['its Question on {TEXT}', 'the Question on {TEXT}'],
    // "Resolutions 78 and 90 (Rev. Geneva, 2022)": a list, every member of the revision given after it.
    ituResolution: [
      // The Radiocommunication Assembly's and a WRC's numbering: "Resolution ITU-R 69-2", "Resolution 646 (Rev.WRC-19)".
      'Resolution {HEADERBODY} {N}(?:-\\d\\d?)?',
      'Resolution {N} \\((?:Rev\\. ?)?{DATED}-{YY}\\)',
      // The Council's: "Resolution 1305 (2009)", "Resolution 1332 (modified 2016)".
      'Resolution {N} \\((?:modified )?{YEAR}\\)',
      'Resolution {N} \\({SESSION}\\)',
      'Resolution {N}(?: \\((?:Rev\\. )?{PLACE}, {YEAR}\\))?',
      // The Radiocommunication Assembly's numbering in a list: "Resolutions ITU-R 1-8 and ITU-R 2-8".
      'Resolutions {HEADERBODY} {HBNUMS}',
      'Resolutions {RNUMS}(?: \\((?:Rev\\. )?{PLACE}, {YEAR}\\))?',
    ],
    ituDecision: [
      'Decision {N} \\((?:modified )?{YEAR}\\)',
      'Decision {N} \\({SESSION}\\)',
      'Decision {N}(?: \\((?:Rev\\. )?{PLACE}, {YEAR}\\))?',
      'Decisions {RNUMS}(?: \\((?:Rev\\. )?{PLACE}, {YEAR}\\))?',
    ],
    unResolution: [
      'United Nations General Assembly Resolutions? {UNNUMS}',
      'UNGA Resolutions? {UNNUMS}',
      'UN General Assembly Resolutions? {UNNUMS}',
      'Resolutions? {UNNUMS} of the United Nations General Assembly',
      'Resolutions? {UNNUMS} of the UN General Assembly',
      'General Assembly Resolutions? {UNNUMS}',
      // A slash number is the UN's: "resolution 70/1 of the General Assembly".
      'Resolutions? {UNNUMS} of the General Assembly',
      '(?:United Nations |UN )?General Assembly,? in its Resolutions? {UNNUMS}',
      'A/RES/{UNNUM}',
    ],
    whaResolution: [
      'Resolutions? {WHACODES}',
      '{WHACODES}',
      'Resolution {UNNUM} of the World Health Assembly',
      'Resolutions? {WHANUMS} of the World Health Assembly',
      'World Health Assembly Resolutions? {WHANUMS}',
      'WHA Resolutions? {WHANUMS}',
    ],
    sdg: [
      'Sustainable Development Goals? {NUMS}',
      // "Sustainable Development Goal (SDG) 3", the acronym before the number.
      'Sustainable Development Goals? \\(SDGs?\\) {NUMS}',
      'SDGs? ?{NUMS}',
      // Named by the Agenda that sets them: "Goal 3 of the 2030 Agenda for Sustainable Development" (the Agenda is a
      // mention of its own); not "Goals 1 and 2 of the Connect 2030 Agenda", ITU's own. A look-ahead of bounded
      // length, as the ReDoS check requires.
      // Not ITU's strategic goals ("strategic goal 1 of the 2030 Agenda").
      '(?<![Ss]trategic\\s)Goals? {NUMS}(?=\\s{1,3}of\\s{1,3}the\\s{1,3}2030\\s{1,3}Agenda)',
      // "Goals 3 and 9 of the Sustainable Development Goals".
      'Goals? {NUMS}(?=\\s{1,3}of\\s{1,3}the\\s{1,3}Sustainable\\s{1,3}Development\\s{1,3}Goals)',
      'Goals? {GOALS}',
      'Sustainable Development Goals',
      'SDGs',
    ],
    recommendation: ['Recommendations? {SECTOR} {RCODE}', '{SECTOR} (?:Recommendations? )?{RCODE}'],
    // "the Council Working Group on …", "the Council's Working Group on …", "Working Group of the Council on …".
    councilWorkingGroup: ["(?:ITU )?Council(?:'s)? Working Groups?", 'Working Groups? of the (?:ITU )?Council'],
  },

  sectors: [
    {
      sector: 'ITU-T',
      names: [
        'ITU Telecommunication Standardization Sector',
        'Telecommunication Standardization Sector',
        'ITU Standardization Sector',
        'Standardization Sector',
      ],
    },
    {
      sector: 'ITU-D',
      names: ['ITU Telecommunication Development Sector', 'Telecommunication Development Sector', 'Development Sector'],
    },
    { sector: 'ITU-R', names: ['ITU Radiocommunication Sector', 'Radiocommunication Sector'] },
  ],

  entityNames: {
    itu: ['International Telecommunication Union'],
    'itu-t': ['ITU Telecommunication Standardization Sector', 'ITU Standardization Sector'],
    'itu-d': ['ITU Telecommunication Development Sector'],
    'itu-r': ['ITU Radiocommunication Sector'],
    tsb: ['Telecommunication Standardization Bureau'],
    bdt: ['Telecommunication Development Bureau'],
    br: ['Radiocommunication Bureau'],
    // With ITU before it, as pages write the name ("established by the ITU Telecommunication Standardization
    // Advisory Group (TSAG)"): not ITU and the group.
    tsag: ['ITU Telecommunication Standardization Advisory Group', 'Telecommunication Standardization Advisory Group'],
    tdag: ['ITU Telecommunication Development Advisory Group', 'Telecommunication Development Advisory Group'],
    rag: ['ITU Radiocommunication Advisory Group', 'Radiocommunication Advisory Group'],
    // ITU writes the two founders with a slash or a hyphen: "ITU/WHO", "ITU-WHO".
    'fg-ai4h': [
      'ITU/WHO Focus Group on Artificial Intelligence for Health',
      'ITU-WHO Focus Group on Artificial Intelligence for Health',
      'ITU/WHO Focus Group on AI for Health',
      'ITU-WHO Focus Group on AI for Health',
      'Focus Group on Artificial Intelligence for Health',
      'Focus Group on AI for Health',
      'Focus Group on AI for health',
      'Focus Group for AI for Health',
      'Focus Group for AI 4 Health',
      'AI4Health Focus Group',
      'AI for Health Focus Group',
    ],
    'gi-ai4h': [
      'United Nations Global Initiative on AI for Health',
      'Global Initiative on AI for Health',
      'Global Initiative on Artificial Intelligence for Health',
    ],
    // Not "on e-health": a name the table writes with a hyphen keeps that hyphen at a PDF's line end.
    'jca-ehealth': ['Joint Coordination Activity on eHealth'],
    'jca-iot': [
      'Joint Coordination Activity on Internet of Things and Smart Cities and Communities',
      'Joint Coordination Activity for Internet of Things and Smart Cities and Communities',
      'Joint Coordination Activity on Internet of Things',
    ],
    who: ['World Health Organization', 'World Health Organisation'],
    wipo: ['World Intellectual Property Organization'],
    unesco: ['United Nations Educational, Scientific and Cultural Organization'],
    unicef: ["United Nations Children's Fund"],
    undp: ['United Nations Development Programme'],
    'un-habitat': ['United Nations Human Settlements Programme'],
    u4ssc: ['United for Smart Sustainable Cities'],
    unece: ['United Nations Economic Commission for Europe', 'UN Economic Commission for Europe'],
    unodc: ['United Nations Office on Drugs and Crime'],
    wmo: ['World Meteorological Organization'],
    'world-bank': ['World Bank'],
    un: ['United Nations'],
    unga: ['United Nations General Assembly', 'UN General Assembly'],
    wha: ['World Health Assembly'],
    iso: ['International Organization for Standardization'],
    iec: ['International Electrotechnical Commission'],
    'iso-tc-215': [
      'International Organization for Standardization Technical Committee on health informatics',
      'ISO Technical Committee on health informatics',
    ],
    'iso-iec-jtc-1': ['ISO/IEC Joint Technical Committee 1'],
    ieee: ['Institute of Electrical and Electronics Engineers'],
    ietf: ['Internet Engineering Task Force'],
    etsi: ['European Telecommunications Standards Institute'],
    '3gpp': ['3rd Generation Partnership Project', 'Third Generation Partnership Project'],
    hl7: ['Health Level Seven International', 'Health Level Seven'],
    ihe: ['Integrating the Healthcare Enterprise'],
    gsma: ['GSM Association'],
    w3c: ['World Wide Web Consortium'],
    gsc: ['Global Standards Collaboration'],
    wsis: ['World Summit on the Information Society'],
    'ai-for-good': ['AI for Good Global Summit'],
    'director-tsb': [
      'Director of the Telecommunication Standardization Bureau',
      'Director of TSB',
      'TSB Director',
      'Director of the TSB',
    ],
    'director-bdt': [
      'Director of the Telecommunication Development Bureau',
      'Director of BDT',
      'BDT Director',
      'Director of the BDT',
    ],
    'director-br': ['Director of the Radiocommunication Bureau', 'Director of BR', 'BR Director', 'Director of the BR'],
    'secretary-general': ['Secretary-General', 'Secretary General'],
    'itu-sectors': [
      'three Sectors of ITU',
      'three Sectors of the Union',
      'three ITU Sectors',
      'all three Sectors',
      'three Sectors',
      'all ITU Sectors',
      'all Sectors',
      'ITU Sectors',
    ],
    'other-itu-sectors': [
      'other two Sectors',
      'two other Sectors',
      'other two ITU Sectors',
      'other ITU Sectors',
      'other Sectors',
    ],
    'itu-council': ['ITU Council', 'Council of ITU', 'Council of the Union', 'Council'],
    ecosoc: [
      'United Nations Economic and Social Council',
      'UN Economic and Social Council',
      'Economic and Social Council',
    ],
    'un-security-council': ['United Nations Security Council', 'UN Security Council', 'Security Council'],
    'un-human-rights-council': [
      'United Nations Human Rights Council',
      'UN Human Rights Council',
      'Human Rights Council',
    ],
    'council-of-europe': ['Council of Europe'],
    'un-ceb': [
      'United Nations System Chief Executives Board for Coordination',
      'UN System Chief Executives Board for Coordination',
      'United Nations System Chief Executives Board',
      'UN System Chief Executives Board',
      'Chief Executives Board for Coordination',
      'Chief Executives Board',
    ],
    'who-executive-board': [
      'WHO Executive Board',
      'Executive Board of WHO',
      'Executive Board of the World Health Organization',
    ],
    'general-secretariat': ['General Secretariat'],
    'un-secretary-general': [
      'Secretary-General of the United Nations',
      'United Nations Secretary-General',
      'UN Secretary-General',
      'Secretary-General of the UN',
    ],
    'itu-bureaux': ['three Bureaux', 'three Bureaus', 'Bureaux'],
    'other-itu-bureaux': ['other two Bureaux', 'two other Bureaux', 'other two Bureaus', 'other Bureaux'],
    'bureau-directors': [
      'Directors of the three Bureaux',
      'Directors of all three Bureaux',
      'Directors of the three Bureaus',
      'Directors of the Bureaux',
      'three Bureau Directors',
    ],
    'other-bureau-directors': [
      'Directors of the other two Bureaux',
      'Directors of the two other Bureaux',
      'Directors of the other Bureaux',
      'Directors of the other two Bureaus',
    ],
    'member-states': ['Member States', 'Member State'],
    'sector-members': ['Sector Members', 'Sector Member'],
    associates: ['Associates'],
    academia: ['Academia', 'academia', 'Academic institutions'],
    'private-sector': ['private sector', 'private-sector entities', 'private sector entities'],
    'civil-society': [
      'civil society',
      'civil-society organizations',
      'civil society organizations',
      'civil society organisations',
    ],
    'regional-telecommunication-organizations': [
      'regional telecommunication organizations',
      'Regional telecommunication organizations',
      'regional telecommunications organizations',
      'regional telecommunication organisations',
    ],
    administrations: ['administrations', 'Administrations'],
    'geneva-plan-of-action': ['Geneva Plan of Action'],
    'tunis-agenda': ['Tunis Agenda for the Information Society', 'Tunis Agenda'],
    'agenda-2030': ['2030 Agenda for Sustainable Development'],
    'who-global-strategy-on-digital-health': [
      'WHO Global Strategy on Digital Health',
      'Global Strategy on Digital Health',
    ],
    'connect-2030': ['Connect 2030 Agenda'],
  },

  // The canonical names are English: each place is its own name, with the variants written for it ("Sharm El Sheikh",
  // "Florianopolis", "Genève"; names are compared without case). Known places, for a bracket that may be a revision
  // or a remark ("of the WTSA (Hammamet, 2016)", not "(see Annex A, 2022)"): the venues of the assemblies and
  // conferences.
  shortNames: { itu: ['the Union'] },
  // "the Union for the Mediterranean": another's name.
  shortNameQualifiersAfter: ['for', 'of'],

  places: {
    Dubai: ['Dubai'],
    Hammamet: ['Hammamet'],
    Geneva: ['Geneva', 'Genève'],
    'New Delhi': ['New Delhi'],
    Busan: ['Busan'],
    Guadalajara: ['Guadalajara'],
    Hyderabad: ['Hyderabad'],
    Tunis: ['Tunis'],
    Johannesburg: ['Johannesburg'],
    Florianópolis: ['Florianópolis', 'Florianopolis'],
    Antalya: ['Antalya'],
    Kigali: ['Kigali'],
    'Buenos Aires': ['Buenos Aires'],
    Bucharest: ['Bucharest'],
    Doha: ['Doha'],
    Marrakesh: ['Marrakesh', 'Marrakech'],
    Minneapolis: ['Minneapolis'],
    Kyoto: ['Kyoto'],
    Istanbul: ['Istanbul'],
    'Sharm el-Sheikh': ['Sharm el-Sheikh', 'Sharm el Sheikh'],
    'Addis Ababa': ['Addis Ababa'],
    Baku: ['Baku'],
    Montreal: ['Montreal', 'Montréal'],
    Valletta: ['Valletta'],
    Helsinki: ['Helsinki'],
    Nice: ['Nice'],
  },

  relations: [
    {
      type: 'REPORTS_TO',
      patterns: [
        'reports to (?:the )?{B}',
        'parent group: {B}',
        'reporting to (?:the )?{B}',
        'reported to (?:the )?{B}',
        // Several groups as the subject ("FG-AI4H and FG-DH report to …"); not an infinitive ("requests Study Group 16
        // to report to TSAG"), which asks for a report, nor after a modal ("… that FG-AI4H would report to …").
        '(?<!(?:to|would|will|shall|should|may|might|must|could|can)[\\s\\u00A0])report to (?:the )?{B}',
      ],
    },
    {
      type: 'PARTNER_OF',
      patterns: [
        '(?:a )?partnership between {LIST}',
        'a collaborative initiative between {LIST}',
        'a joint initiative of {LIST}',
        'jointly (?:established|organized|launched) by {LIST}',
        'in partnership with (?:the )?{LIST}',
        'a (?:cooperation between|collaboration between) {LIST}',
        // A group's own partners, named after a finite verb ("GI-AI4H works in collaboration with WHO", "FG-DT4H
        // collaborates with JCA-eHealth"); not a bare "in collaboration with", which an instruction's collaborators
        // follow ("instructs Study Group 16, in collaboration with Study Group 20, …").
        // Written out, so that each row's cue (its longest required words) is the verb's phrase and not "collaboration
        // with", which every instruction's collaborators hold.
        'works in collaboration with (?:the )?{LIST}',
        'worked in collaboration with (?:the )?{LIST}',
        'works in close collaboration with (?:the )?{LIST}',
        'worked in close collaboration with (?:the )?{LIST}',
        '(?:collaborates|collaborated) (?:closely )?with (?:the )?{LIST}',
        '(?:is|was|are|were) co-convened by (?:the )?{LIST}',
        '(?:was|is) co-launched by (?:the )?{LIST}',
      ],
    },
    {
      type: 'LAUNCHED_BY',
      patterns: [
        `launch of (?:the )?{A} by {LIST}${REQUESTED}`,
        // The launch as a noun, where the words say it took place: "Following the establishment of the Focus Group
        // (FG-AI4H) by ITU and WHO, …", "The establishment of FG-AI4H was the result of a joint effort of ITU and
        // WHO". Not a bare "the establishment of FG-X by Study Group 16", which may be asked for ("requests the
        // establishment of …", "… is requested").
        // The list is the opening clause's: one name (what follows is the main clause: "by TSAG, Study Group 16
        // took over"), or names with "and"/"or" before the last and a comma after ("by ITU, WHO and WIPO, …").
        `(?:following|after|since|upon) the (?:establishment|creation) of (?:the )?{A}(?: \\([^()\\n]+\\))?,? by (?:the )?{LIST}(?:(?<=by[\\s\\u00A0]{1,3}(?:[\\p{L}]{1,4}[\\s\\u00A0]{1,3}){0,2}⟦\\d{1,4}⟧)|(?<=(?:and|or)[\\s\\u00A0]{1,3}(?:[\\p{L}]{1,4}[\\s\\u00A0]{1,3})?⟦\\d{1,4}⟧)(?=${LIST_TAIL}[\\s\\u00A0]{0,3},))${REQUESTED}`,
        '(?:establishment|creation|launch) of (?:the )?{A}(?: \\([^()\\n]+\\))? (?:was|is) the (?:result|outcome) of (?:a )?joint efforts? (?:of|by|between) (?:the )?{LIST}',
        // The group's acronym in brackets, where no table knows it: "GI-X (GIX), launched by …".
        // A date or place may stand before the agent: "launched in July 2023 by", "was established in 2018 by".
        '{A}(?: \\([^()\\n]+\\))?,? (?:was )?launched (?:(?:in|on|at|during) {WORDS} )?by {LIST}',
        '{A}(?: \\([^()\\n]+\\))?,? (?:was )?(?:established|created|set up) (?:(?:in|on|at|during) {WORDS} )?by (?:the )?{LIST}',
        // In a relative clause after the group: "… builds on the work of FG-AI4H, which was established by Study
        // Group 16 in July 2018".
        '{A}(?: \\([^()\\n]+\\))?, which (?:was|has been|had been) (?:established|created|set up|launched) (?:(?:in|on|at|during) {WORDS} )?by (?:the )?{LIST}',
        // The active: the agents, the verb, then what they set up, each named right next to the verb: "Study Group 16
        // established the Focus Group on …", "ITU and WHO jointly launched …" (not "Member States established
        // national strategies", which names nothing after the verb). The agents open the sentence or follow a comma,
        // not a word: "With the support of WHO, ITU launched …" is ITU's launch, not WHO's. One template a verb, so
        // each has a word of its own for the relation cue.
        `${AGENTS_FIRST}{AGENTS} (?:(?:has|have) )?(?:jointly )?established(?:${COMMA_DATE})? (?:${VERB_DATE})?(?:the )?{A}`,
        `${AGENTS_FIRST}{AGENTS} (?:(?:has|have) )?(?:jointly )?created(?:${COMMA_DATE})? (?:${VERB_DATE})?(?:the )?{A}`,
        `${AGENTS_FIRST}{AGENTS} (?:(?:has|have) )?(?:jointly )?launched(?:${COMMA_DATE})? (?:${VERB_DATE})?(?:the )?{A}`,
        `${AGENTS_FIRST}{AGENTS} (?:(?:has|have) )?(?:jointly )?set up(?:${COMMA_DATE})? (?:${VERB_DATE})?(?:the )?{A}`,
        `${AGENTS_FIRST}{AGENTS} (?:(?:has|have) )?co-launched(?:${COMMA_DATE})? (?:${VERB_DATE})?(?:the )?{A}`,
        // Launched by several together: "GI-AI4H was jointly launched by ITU, WHO and WIPO", "… co-launched by …"
        // (PARTNER_OF as well, above).
        // Two rows, so that each cue is the launch's words ("jointly", "launched"), not "by", which most clauses hold.
        '{A}(?: \\([^()\\n]+\\))?,? (?:was )?jointly (?:launched|established|created|set up) (?:(?:in|on|at|during) {WORDS} )?by (?:the )?{LIST}',
        '{A}(?: \\([^()\\n]+\\))?,? (?:was )?co-launched (?:(?:in|on|at|during) {WORDS} )?by (?:the )?{LIST}',
      ],
    },
    {
      type: 'SUCCEEDS',
      patterns: [
        'transitioning from (?:the )?{B}',
        'successor (?:to|of) (?:the )?{B}',
        'succeeds (?:the )?{B}',
        'building on the work of (?:the )?{B}',
        // Each form whole: a relation cue that starts "on the …" would be tried at every "on" of every clause.
        'builds on the work of (?:the )?{B}',
        // The passive, its successor last: "FG-AI4H was succeeded by GI-AI4H" (GI-AI4H succeeds FG-AI4H).
        '{B}(?: \\([^()\\n]+\\))?,? (?:was|has been|is) succeeded by (?:the )?{A}',
      ],
    },
    {
      // Who runs a group or an initiative: "The Joint Coordination Activity on … (JCA-IoT and SC&C) is coordinated by
      // Study Group 20", "United for Smart Sustainable Cities (U4SSC) is a UN initiative coordinated by ITU, UNECE and
      // UN-Habitat" (ITU pages), "GI-AI4H is led by …". Neither a launch (UN-Habitat coordinates U4SSC, which ITU and
      // UNECE launched) nor a parent the group reports to.
      // Each row's cue is "coordinated by" or the verb's whole phrase ("is led by"): "coordinated" alone is in every
      // "coordinated manner", and "led by" in "enabled by", "called by".
      type: 'COORDINATED_BY',
      patterns: [
        '{A}(?: \\([^()\\n]+\\))?(?:,| (?:is|was|are|were|has been|have been)) (?:jointly )?coordinated by (?:the )?{LIST}',
        '{A}(?: \\([^()\\n]+\\))? is led by (?:the )?{LIST}',
        '{A}(?: \\([^()\\n]+\\))? was led by (?:the )?{LIST}',
        '{A}(?: \\([^()\\n]+\\))? are led by (?:the )?{LIST}',
        '{A}(?: \\([^()\\n]+\\))? (?:is|was|are) jointly led by (?:the )?{LIST}',
        // After what the group is, perhaps named with another's name: "U4SSC is a ⟦UN⟧ initiative coordinated by …".
        '{A}(?: \\([^()\\n]+\\))? (?:is|was) an? (?:(?:⟦\\d{1,4}⟧|[\\p{L}-]{1,24})[\\s\\u00A0]){0,3}(?:initiative|platform|activity|programme) coordinated by (?:the )?{LIST}',
      ],
    },
  ],

  selfReferences: [
    { kind: 'itu-group', phrases: ['the Focus Group', 'this Focus Group', 'the Group', 'this Group'] },
    { kind: 'initiative', phrases: ['the Initiative', 'this Initiative', 'the Global Initiative'] },
    { kind: 'study-group', phrases: ['the Study Group', 'this Study Group'] },
  ],
  pronouns: ['It'],
  latter: ['The latter'],
  partnerHeadings: ['Partners', 'Our partners', 'Partner organizations', 'Partner organisations'],

  organizationHeads: [
    { word: 'Organization', kind: 'other' },
    { word: 'Organisation', kind: 'other' },
    { word: 'Union', kind: 'other' },
    { word: 'Focus Group', kind: 'itu-group' },
    { word: 'Joint Coordination Activity', kind: 'itu-group' },
    { word: 'Group', kind: 'itu-group' },
    { word: 'Initiative', kind: 'initiative' },
    { word: 'Committee', kind: 'sdo' },
    { word: 'Commission', kind: 'other' },
    { word: 'Institute', kind: 'sdo' },
    { word: 'Forum', kind: 'forum' },
    { word: 'Alliance', kind: 'forum' },
    { word: 'Partnership', kind: 'forum' },
    { word: 'Consortium', kind: 'sdo' },
    { word: 'Association', kind: 'other' },
    { word: 'Agency', kind: 'other' },
    { word: 'Programme', kind: 'other' },
    { word: 'Federation', kind: 'other' },
    { word: 'Office', kind: 'other' },
  ],
};
