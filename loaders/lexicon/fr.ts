/**
 * French, as in the ITU French texts of WTSA, PP and WTDC resolutions ("RÉSOLUTION 78 (Rév. Genève, 2022)",
 * "L'Assemblée mondiale de normalisation des télécommunications (Genève, 2022),", "rappelant", "charge les
 * Commissions d'études 16 et 20 de l'UIT-T"). The Assembly and the Conference are feminine in French, so the
 * adjectival headings are listed in the feminine first ("consciente", "préoccupée").
 *
 * Phrases use the straight apostrophe; the compiler matches it against the typographic one too.
 */
import type { Lexicon } from './types';

/** A year, as a date that opens a sentence ends with one (see `DATE`). */
const DATE_YEAR = '(?:19|20)\\d{2}';

/**
 * A date: it may open a sentence before its subject, with no comma ("En juillet 2018", "Le 5 mai 2020"), or stand
 * between an active verb and what it set up ("l'UIT et l'OMS ont créé en 2023 le Groupe …").
 */
const DATE = `(?=(?:En|Le|Depuis)[^\\p{L}\\p{N}])[\\p{L}]{1,24} (?:[\\p{L}\\p{N}]{1,24} ){0,4}${DATE_YEAR}`;

/**
 * A date between an active verb and what it set up ("… established in July 2018 the Focus Group …"): tighter than
 * {@link DATE}, at most two words between its opener and the year (a day, a month), and followed by an article
 * (le, la, les, l'), so that a year that qualifies a noun ("during the 2019 FG-AI4H workshop"), a count or a clause after
 * the verb is no date.
 */
const VERB_DATE = `(?=(?:En|Le|Depuis)[^\\p{L}\\p{N}])[\\p{L}]{1,24} (?:[\\p{L}\\p{N}]{1,24} ){0,2}${DATE_YEAR} (?=(?:le|la|les)[^\\p{L}\\p{N}]|l')`;

/**
 * A date between an active verb and what it set up, set off by commas ("l'UIT et l'OMS ont créé, en juillet 2018, le
 * Groupe …"): {@link VERB_DATE}'s words, and the same article after it.
 */
const COMMA_DATE = `, (?=(?:En|Le|Depuis)[^\\p{L}\\p{N}])[\\p{L}]{1,24} (?:[\\p{L}\\p{N}]{1,24} ){0,2}${DATE_YEAR},(?=[\\s\\u00A0](?:(?:le|la|les)[^\\p{L}\\p{N}]|l'))`;

/**
 * Where agents that open an active relation template may start: not right after a word or name, but after a date
 * that may open the sentence (see en.ts).
 */
const AGENTS_FIRST = `(?:(?<![\\p{L}\\p{N}⟧'’]\\s?)|(?<=${DATE_YEAR}\\s))`;

/**
 * What may follow the last member of a list of agents before the comma that ends an opening clause: a date or place
 * ("… par l'UIT et l'OMS en juillet 2018, …", "… à Genève, …"), at most three words after its preposition, none a name.
 * Words and white space alternate, so each text has one reading (the ReDoS check).
 */
const LIST_TAIL =
  '(?:[\\s\\u00A0]{1,3}(?:en|le|à|au|lors[\\s\\u00A0]{1,3}de|pendant)(?:[\\s\\u00A0]{1,3}[\\p{L}\\p{N}]{1,24}){1,3})?';

/**
 * A launch that was only asked for, in the passive, after the list of its would-be agents (see en.ts): "Le
 * lancement du GI-X par l'UIT a été proposé par l'OMS", "… par l'UIT et l'OMS est demandé". A negative look-ahead.
 */
const REQUESTED = `(?!(?:(?:,|[\\s\\u00A0]{1,3}(?:et|ou))[\\s\\u00A0]{1,3}(?:[\\p{L}]{1,4}(?:[\\s\\u00A0]{1,3}|'))?⟦\\d{1,4}⟧){0,12}${LIST_TAIL},?[\\s\\u00A0]{1,3}(?:(?:a|ont|avait|avaient|aura|aurait)[\\s\\u00A0]{1,3}été|(?:est|sont|était|étaient|fut|sera|serait))(?:[\\s\\u00A0]{1,3}[\\p{L}]{1,20}ment)?[\\s\\u00A0]{1,3}(?:demandé|proposé|envisagé|prévu|souhaité|sollicité|recommandé|réclamé)e?s?(?![\\p{L}\\p{N}]))`;

export const fr: Lexicon = {
  language: 'fr',
  script: 'Latin',
  // Words that tell French from English and Spanish; "de", "la", "en", "que" are shared with Spanish and left out.
  stopwords: ['le', 'les', 'des', 'du', 'et', 'au', 'aux', 'pour', 'dans', 'sur', 'une', 'qui', 'est', 'par', 'à'],
  listJoiners: [', et', ',', 'et', 'ainsi que', '/'],
  // Nouns a number counts, besides the stakeholders' names: "les Résolutions 78 et 90, et 17 pays ont …".
  countNouns: ['pays', 'experts', 'participants', 'délégués', 'organisations', 'entités', 'membres'],
  numberPrefixes: [],
  terminators: ['.', ';', ','],
  operativeOpeners: ["d'", 'de', 'à', 'que', "qu'"],
  subjectOpeners: ['que', "qu'"],
  // "…, qui relève du GCNT" after a group a relation lists is about that group (see relations.ts). No opener of a body
  // (operativeOpeners) is one, so that where the addressees end is as before.
  relativePronouns: ['qui', 'lequel', 'laquelle', 'lesquels', 'lesquelles'],
  articles: ['le', 'la', 'les', "l'", 'un', 'une', 'des', 'du', 'au', 'aux', 'ce', 'ces', 'tous', 'toutes'],
  openWords: [
    'le',
    'la',
    'les',
    'un',
    'une',
    'des',
    'du',
    'de',
    'au',
    'aux',
    'à',
    'avec',
    'en',
    'et',
    'ou',
    'pour',
    'par',
    'sur',
    'dans',
  ],
  suspendingWords: ['et', 'ou'],
  predicatives: ['comme'],
  sentenceDates: [DATE],

  preamble: [
    {
      key: 'recalling-further',
      phrases: ['rappelant en outre', 'rappelant également', 'rappelant aussi', 'rappelant par ailleurs'],
    },
    { key: 'recalling', phrases: ['rappelant'] },
    {
      key: 'recognizing-further',
      phrases: [
        'reconnaissant en outre',
        'reconnaissant également',
        'reconnaissant aussi',
        'reconnaissant par ailleurs',
      ],
    },
    { key: 'recognizing', phrases: ['reconnaissant'] },
    {
      key: 'considering-further',
      phrases: ['considérant en outre', 'considérant également', 'considérant aussi', 'considérant par ailleurs'],
    },
    { key: 'considering', phrases: ['considérant'] },
    {
      key: 'noting-further',
      phrases: [
        'notant en outre',
        'notant également',
        'notant aussi',
        'notant par ailleurs',
        'prenant note en outre',
        'prenant note également',
      ],
    },
    {
      key: 'noting',
      phrases: [
        'notant',
        'prenant note',
        'ayant pris note',
        'notant avec satisfaction',
        'notant avec préoccupation',
        'notant avec inquiétude',
        'notant avec appréciation',
        'prenant note avec satisfaction',
        'prenant note avec appréciation',
        'prenant note avec préoccupation',
      ],
    },
    { key: 'bearing-in-mind', phrases: ["ayant à l'esprit", "gardant à l'esprit", "ayant présent à l'esprit"] },
    {
      key: 'taking-into-account',
      phrases: [
        'tenant compte',
        'prenant en considération',
        'prenant en compte',
        'tenant compte en outre',
        'tenant compte également',
        'tenant compte aussi',
      ],
    },
    { key: 'emphasizing', phrases: ['soulignant', 'soulignant en outre', 'soulignant également', 'insistant sur'] },
    { key: 'acknowledging', phrases: ['prenant acte', 'admettant'] },
    { key: 'aware', phrases: ['consciente', 'conscient', 'consciente en outre', 'sachant'] },
    {
      key: 'concerned',
      phrases: [
        'préoccupée',
        'préoccupé',
        'vivement préoccupée',
        'profondément préoccupée',
        'profondément préoccupé',
        'se déclarant préoccupée',
        'inquiète',
      ],
    },
    { key: 'observing', phrases: ['observant', 'constatant'] },
    // Thanks and approval too ("exprimant sa satisfaction"); "se félicitant de" above items that open with their
    // object ("a) l'adoption de …").
    {
      key: 'welcoming',
      phrases: [
        'se félicitant',
        'se félicitant de',
        'accueillant avec satisfaction',
        'saluant',
        'exprimant sa satisfaction',
        'exprimant sa gratitude',
        'exprimant sa reconnaissance',
      ],
    },
    { key: 'having-regard-to', phrases: ['eu égard à', 'vu'] },
    { key: 'having-examined', phrases: ['ayant examiné', 'ayant considéré', 'après avoir examiné'] },
    { key: 'reaffirming', phrases: ['réaffirmant', 'affirmant'] },
    { key: 'convinced', phrases: ['convaincue', 'convaincu', 'étant convaincue', 'étant convaincu'] },
  ],
  operative: [
    {
      key: 'resolves-to-instruct',
      phrases: ['décide de charger', 'décide en outre de charger', 'décide également de charger'],
    },
    { key: 'resolves-to-invite', phrases: ["décide d'inviter", "décide en outre d'inviter"] },
    { key: 'resolves-to-request', phrases: ['décide de demander', 'décide de prier'] },
    { key: 'resolves', phrases: ['décide', 'décide en outre', 'décide également'] },
    { key: 'instructs', phrases: ['charge', 'charge en outre', 'charge également'] },
    { key: 'requests', phrases: ['demande', 'demande en outre', 'prie', 'prie en outre'] },
    { key: 'invites', phrases: ['invite', 'invite en outre', 'invite également'] },
    { key: 'encourages', phrases: ['encourage', 'encourage en outre', 'encourage également', 'encourage vivement'] },
    { key: 'urges', phrases: ['prie instamment', 'invite instamment', 'demande instamment', 'exhorte'] },
    { key: 'calls-upon', phrases: ['lance un appel à', 'lance un appel aux', 'appelle'] },
  ],
  directorsOf: ['Directeurs du', 'Directeurs des', 'Directeurs de la', "Directeurs de l'"],
  collaboration: [
    { phrase: 'en collaboration avec' },
    { phrase: 'en étroite collaboration avec' },
    { phrase: 'en étroite coopération avec' },
    { phrase: 'en étroite coordination avec' },
    { phrase: 'en consultation avec' },
    { phrase: 'en coopération avec' },
    { phrase: 'en coordination avec' },
    { phrase: 'en concertation avec' },
    { phrase: 'de collaborer avec' },
    { phrase: 'en liaison avec' },
  ],
  // "en sa qualité de …", "en sa qualité d'…".
  capacity: [
    { phrase: 'en sa qualité' },
    { phrase: 'en leur qualité' },
    { phrase: 'en qualité' },
    { phrase: 'en tant que Président' },
    { phrase: 'en tant que Présidente' },
    { phrase: 'en tant que secrétariat' },
  ],
  itemLetters: 'abcdefghijklmnopqrstuvwxyz',

  templates: {
    header: [
      'R(?:É|E)SOLUTION {N}(?: \\((?:R(?:é|e)v\\. )?{PLACE}, {YEAR}\\))?',
      'R(?:É|E)SOLUTION {HEADERBODY} {N}(?:-(?<REV>\\d\\d?))?(?: \\((?:{YEAR}|(?<HISTORY>(?:19|20)\\d\\d(?:-(?:19|20)\\d\\d){1,9}))\\))?',
      'R(?:É|E)SOLUTION {N} \\((?:R(?:é|e)v\\. ?)?{HEADERBODY}-(?<YY>\\d\\d(?:\\d\\d)?)\\)',
      // Council texts: "RÉSOLUTION 1408 (MODIFIÉE 2023)".
      'R(?:É|E)SOLUTION {N} \\((?:modifi(?:é|e)e (?:en )?)?{YEAR}\\)',
      'R(?:É|E)SOLUTION {N} \\({SESSION}\\)',
    ],
    decisionHeader: [
      'D(?:É|E)CISION {N} \\((?:modifi(?:é|e)e (?:en )?)?{YEAR}\\)',
      'D(?:É|E)CISION {N} \\({SESSION}\\)',
      'D(?:É|E)CISION {N}(?: \\((?:R(?:é|e)v\\. )?{PLACE}, {YEAR}\\))?',
    ],
    // A note on where the Council adopted the text may close the header line.
    headerNote: ['adopt(?:é|e)e [^()（）\\n]{1,120}'],
    historyEntry: ['{PLACE}, {YEAR}'],
    historySeparators: [';'],
    // "L'Assemblée …", "La Conférence de plénipotentiaires …", "Le Conseil …".
    opening: ["(?:L'|La |Le )?{BODY} \\({PLACE}, {YEAR}\\),?", "(?:L'|La |Le )?{BODY},"],
    revision: ['Rév.', 'Rev.', 'modifiée', 'modifiee'],
    annex: [
      "(?:Annexe|Appendice|Pi(?:è|e)ce jointe)(?: (?:{N}|[A-Z]))?(?: (?:à|a|de) l'Annexe(?: (?:{N}|[A-Z]))?)?(?: (?:à|a|de) la R(?:é|e)solution {N}(?: \\((?:R(?:é|e)v\\. )?{PLACE}, {YEAR}\\))?)?",
      // The Council's texts ("ANNEXE À LA DÉCISION 482 (MODIFIÉE 2020)") and the Radiocommunication Assembly's
      // ("ANNEXE À LA RÉSOLUTION UIT-R 61-2").
      '(?:Annexe|Appendice|Pi(?:è|e)ce jointe)(?: (?:{N}|[A-Z]))? (?:à|a|de) la D(?:é|e)cision {N}(?: \\((?:R(?:é|e)v\\. )?{PLACE}, {YEAR}\\)| \\((?:modifi(?:é|e)e (?:en )?)?{YEAR}\\)| \\({SESSION}\\))?',
      '(?:Annexe|Appendice|Pi(?:è|e)ce jointe)(?: (?:{N}|[A-Z]))? (?:à|a|de) la R(?:é|e)solution {N} \\((?:(?:modifi(?:é|e)e (?:en )?)?{YEAR}|{SESSION})\\)',
      '(?:Annexe|Appendice|Pi(?:è|e)ce jointe)(?: (?:{N}|[A-Z]))? (?:à|a|de) la R(?:é|e)solution {HEADERBODY} {N}(?:-\\d\\d?)?(?: \\((?:{YEAR}|(?:19|20)\\d\\d(?:-(?:19|20)\\d\\d){1,9})\\))?',
    ],
  },

  bodies: [
    {
      body: 'WTSA',
      names: [
        'Assemblée mondiale de normalisation des télécommunications',
        "l'Assemblée mondiale de normalisation des télécommunications",
        'AMNT',
        "l'AMNT",
      ],
      datedNames: ['AMNT', "l'AMNT"],
    },
    {
      body: 'PP',
      names: [
        "Conférence de plénipotentiaires de l'Union internationale des télécommunications",
        "Conférence de plénipotentiaires de l'UIT",
        'Conférence de plénipotentiaires',
        'PP',
      ],
      datedNames: ['PP'],
    },
    {
      body: 'WTDC',
      names: ['Conférence mondiale de développement des télécommunications', 'CMDT'],
      datedNames: ['CMDT'],
    },
    {
      body: 'RA',
      names: [
        "Assemblée des radiocommunications de l'UIT",
        'Assemblée des radiocommunications',
        "l'Assemblée des radiocommunications",
      ],
      headerNames: ['UIT-R'],
      datedNames: ['AR'],
    },
    {
      body: 'WRC',
      names: ['Conférence mondiale des radiocommunications', 'CMR'],
      headerNames: ['CMR'],
      datedNames: ['CMR'],
    },
    { body: 'WCIT', names: ['Conférence mondiale des télécommunications internationales', 'CMTI'] },
    { body: 'COUNCIL', names: ["Conseil de l'UIT", 'Conseil'] },
  ],
  // "de la Conférence de plénipotentiaires", "du Conseil", "de l'Assemblée …" (the elided article is part of the
  // body names above, since a link must be followed by white space).
  citationBodyLinks: ['de la', 'du', 'des', 'de'],
  ownBodyNames: ['la présente Conférence', 'cette Conférence', 'la présente Assemblée', 'cette Assemblée'],

  patterns: {
    // Numbered, or the study groups of a Sector together ("les commissions d'études concernées"): no number.
    studyGroup: [
      "Commissions? d'études? {NUMS}",
      'CE ?{N}',
      'SG ?{N}',
      "commissions d'études?(?: concernées| compétentes)?",
    ],
    question: ['Questions? {QCODES}', 'Q{QCODE}'],
    unnumberedQuestion: [
      'sa Question (?:sur|relative (?:à|au|aux)|concernant) {TEXT}',
      'la Question (?:sur|relative (?:à|au|aux)|concernant) {TEXT}',
    ],
    ituResolution: [
      'R(?:é|e)solution {HEADERBODY} {N}(?:-\\d\\d?)?',
      'R(?:é|e)solution {N} \\((?:R(?:é|e)v\\. ?)?{DATED}-{YY}\\)',
      'R(?:é|e)solution {N} \\((?:modifi(?:é|e)e (?:en )?)?{YEAR}\\)',
      'R(?:é|e)solution {N} \\({SESSION}\\)',
      'R(?:é|e)solution {N}(?: \\((?:R(?:é|e)v\\. )?{PLACE}, {YEAR}\\))?',
      // The Radiocommunication Assembly's numbering in a list: "Résolutions UIT-R 1-8 et UIT-R 2-8".
      'R(?:é|e)solutions {HEADERBODY} {HBNUMS}',
      'R(?:é|e)solutions {RNUMS}(?: \\((?:R(?:é|e)v\\. )?{PLACE}, {YEAR}\\))?',
    ],
    ituDecision: [
      'D(?:é|e)cision {N} \\((?:modifi(?:é|e)e (?:en )?)?{YEAR}\\)',
      'D(?:é|e)cision {N} \\({SESSION}\\)',
      'D(?:é|e)cision {N}(?: \\((?:R(?:é|e)v\\. )?{PLACE}, {YEAR}\\))?',
      'D(?:é|e)cisions {RNUMS}(?: \\((?:R(?:é|e)v\\. )?{PLACE}, {YEAR}\\))?',
    ],
    unResolution: [
      "R(?:é|e)solutions? {UNNUMS} de l'Assemblée générale des Nations Unies",
      "R(?:é|e)solutions? {UNNUMS} de l'Assemblée générale de l'Organisation des Nations Unies",
      "R(?:é|e)solutions? {UNNUMS} de l'Assemblée générale",
      "R(?:é|e)solutions? {UNNUMS} de l'AGNU",
      'A/RES/{UNNUM}',
    ],
    whaResolution: [
      'R(?:é|e)solutions? {WHACODES}',
      '{WHACODES}',
      "R(?:é|e)solution {UNNUM} de l'Assemblée mondiale de la santé",
      "R(?:é|e)solutions? {WHANUMS} de l'Assemblée mondiale de la santé",
    ],
    sdg: [
      'Objectifs? de développement durable {NUMS}',
      'Objectifs? de développement durable \\(ODD\\) {NUMS}',
      'objectifs? {NUMS} de développement durable',
      'ODD ?{NUMS}',
      'SDG ?{NUMS}',
      'objectifs? {GOALS}',
      'Objectifs de développement durable',
      'ODD',
    ],
    recommendation: ['Recommandations? {SECTOR} {RCODE}', '{SECTOR} {RCODE}'],
    // "le Groupe de travail du Conseil sur …".
    councilWorkingGroup: ['Groupes? de travail du Conseil'],
  },

  sectors: [
    {
      sector: 'ITU-T',
      names: [
        "Secteur de la normalisation des télécommunications de l'UIT",
        'Secteur de la normalisation des télécommunications',
        'UIT-T',
        "l'UIT-T",
      ],
    },
    {
      sector: 'ITU-D',
      names: [
        "Secteur du développement des télécommunications de l'UIT",
        'Secteur du développement des télécommunications',
        'UIT-D',
        "l'UIT-D",
      ],
    },
    {
      sector: 'ITU-R',
      names: ["Secteur des radiocommunications de l'UIT", 'Secteur des radiocommunications', 'UIT-R', "l'UIT-R"],
    },
  ],

  entityNames: {
    itu: ['Union internationale des télécommunications', 'UIT'],
    'itu-t': ["Secteur de la normalisation des télécommunications de l'UIT", 'UIT-T'],
    'itu-d': ["Secteur du développement des télécommunications de l'UIT", 'UIT-D'],
    'itu-r': ["Secteur des radiocommunications de l'UIT", 'UIT-R'],
    tsb: ['Bureau de la normalisation des télécommunications'],
    bdt: ['Bureau de développement des télécommunications', 'Bureau du développement des télécommunications'],
    br: ['Bureau des radiocommunications'],
    tsag: ['Groupe consultatif de la normalisation des télécommunications', 'GCNT'],
    tdag: ['Groupe consultatif pour le développement des télécommunications', 'GCDT'],
    rag: ['Groupe consultatif des radiocommunications', 'GCR'],
    // The two founders with a slash or a hyphen: "UIT/OMS", "UIT-OMS".
    'fg-ai4h': [
      "Groupe spécialisé UIT/OMS sur l'intelligence artificielle pour la santé",
      "Groupe spécialisé UIT-OMS sur l'intelligence artificielle pour la santé",
      "Groupe spécialisé UIT/OMS sur l'IA pour la santé",
      "Groupe spécialisé UIT-OMS sur l'IA pour la santé",
      "Groupe spécialisé sur l'intelligence artificielle pour la santé",
      "Groupe spécialisé sur l'intelligence artificielle au service de la santé",
      "Groupe spécialisé sur l'IA pour la santé",
      "Groupe spécialisé sur l'IA au service de la santé",
    ],
    'gi-ai4h': [
      "Initiative mondiale des Nations Unies sur l'IA pour la santé",
      "Initiative mondiale sur l'IA pour la santé",
      "Initiative mondiale sur l'intelligence artificielle pour la santé",
      "Initiative mondiale sur l'IA au service de la santé",
    ],
    // ITU texts write "santé"; WHO's own texts capitalise it.
    who: ['Organisation mondiale de la santé', 'Organisation mondiale de la Santé', 'OMS'],
    wipo: ['Organisation mondiale de la propriété intellectuelle', 'OMPI'],
    unesco: ["Organisation des Nations Unies pour l'éducation, la science et la culture"],
    unicef: ["Fonds des Nations Unies pour l'enfance"],
    undp: ['Programme des Nations Unies pour le développement', 'PNUD'],
    'un-habitat': ['Programme des Nations Unies pour les établissements humains', 'ONU-Habitat'],
    unodc: ['Office des Nations Unies contre la drogue et le crime', 'ONUDC'],
    u4ssc: ['Unis pour des villes intelligentes et durables'],
    unece: ["Commission économique des Nations Unies pour l'Europe", "Commission économique pour l'Europe", 'CEE-ONU'],
    wmo: ['Organisation météorologique mondiale', 'OMM'],
    'world-bank': ['Banque mondiale'],
    un: ['Organisation des Nations Unies', 'Nations Unies', 'ONU'],
    unga: [
      'Assemblée générale des Nations Unies',
      "Assemblée générale de l'Organisation des Nations Unies",
      "Assemblée générale de l'ONU",
      'AGNU',
    ],
    wha: ['Assemblée mondiale de la santé', 'Assemblée mondiale de la Santé'],
    iso: ['Organisation internationale de normalisation'],
    iec: ['Commission électrotechnique internationale', 'CEI'],
    'iso-tc-215': [
      "Comité technique 215 de l'ISO",
      "Comité technique de l'ISO sur l'informatique de santé",
      "Comité technique de l'Organisation internationale de normalisation sur l'informatique de santé",
    ],
    'iso-iec-jtc-1': ["Comité technique mixte 1 de l'ISO/CEI", 'ISO/CEI JTC 1'],
    ieee: ['Institut des ingénieurs en électricité et en électronique'],
    ietf: ["Groupe d'étude sur l'ingénierie Internet"],
    etsi: ['Institut européen des normes de télécommunication'],
    '3gpp': ['Projet de partenariat de troisième génération'],
    hl7: ['Health Level Seven International', 'Health Level Seven'],
    ihe: ['Integrating the Healthcare Enterprise'],
    gsma: ['GSM Association'],
    w3c: ['Consortium World Wide Web', 'World Wide Web Consortium'],
    gsc: ['Collaboration mondiale en matière de normes', 'Collaboration pour les normes mondiales'],
    wsis: ["Sommet mondial sur la société de l'information", 'SMSI'],
    'ai-for-good': [
      "Sommet mondial L'IA au service du bien social",
      "Sommet mondial sur l'IA au service du bien social",
      "Sommet mondial sur l'IA pour le bien social",
    ],
    'director-tsb': [
      'Directeur du Bureau de la normalisation des télécommunications',
      'Directrice du Bureau de la normalisation des télécommunications',
      'Directeur du TSB',
    ],
    'director-bdt': [
      'Directeur du Bureau de développement des télécommunications',
      'Directeur du Bureau du développement des télécommunications',
      'Directrice du Bureau de développement des télécommunications',
      'Directeur du BDT',
      'Directrice du BDT',
    ],
    'director-br': [
      'Directeur du Bureau des radiocommunications',
      'Directrice du Bureau des radiocommunications',
      'Directeur du BR',
    ],
    'secretary-general': ['Secrétaire général', 'Secrétaire générale'],
    'itu-sectors': [
      "trois Secteurs de l'UIT",
      "tous les Secteurs de l'UIT",
      "Secteurs de l'UIT",
      'trois Secteurs',
      'tous les Secteurs',
    ],
    'other-itu-sectors': ['deux autres Secteurs', 'autres Secteurs'],
    'itu-council': ["Conseil de l'UIT", 'Conseil'],
    ecosoc: ['Conseil économique et social des Nations Unies', 'Conseil économique et social'],
    'un-security-council': ['Conseil de sécurité des Nations Unies', 'Conseil de sécurité'],
    'un-human-rights-council': ["Conseil des droits de l'homme"],
    'council-of-europe': ["Conseil de l'Europe"],
    'un-ceb': [
      'Conseil des chefs de secrétariat des organismes des Nations Unies pour la coordination',
      'Conseil des chefs de secrétariat des organismes des Nations Unies',
      'Conseil des chefs de secrétariat pour la coordination',
      'Conseil des chefs de secrétariat',
    ],
    'who-executive-board': ["Conseil exécutif de l'OMS", "Conseil exécutif de l'Organisation mondiale de la santé"],
    'general-secretariat': ['Secrétariat général'],
    'un-secretary-general': [
      "Secrétaire général de l'Organisation des Nations Unies",
      'Secrétaire général des Nations Unies',
      "Secrétaire général de l'ONU",
    ],
    'itu-bureaux': ['trois Bureaux'],
    'other-itu-bureaux': ['deux autres Bureaux', 'autres Bureaux'],
    'bureau-directors': ['Directeurs des trois Bureaux', 'Directeurs des Bureaux'],
    'other-bureau-directors': ['Directeurs des deux autres Bureaux', 'Directeurs des autres Bureaux'],
    'member-states': ['États Membres', 'État Membre', 'Etats Membres', 'Etat Membre'],
    'sector-members': ['Membres de Secteur', 'Membre de Secteur', 'Membres du Secteur', 'Membres des Secteurs'],
    associates: ['Associés'],
    'regional-telecommunication-organizations': [
      'organisations régionales de télécommunication',
      'Organisations régionales de télécommunication',
      'organisations régionales de télécommunications',
    ],
    administrations: ['administrations', 'Administrations'],
    'private-sector': ['secteur privé', 'entités du secteur privé'],
    'civil-society': ['société civile', 'organisations de la société civile'],
    academia: [
      'établissements universitaires',
      'établissement universitaire',
      'milieux universitaires',
      'milieu universitaire',
    ],
    'geneva-plan-of-action': ["Plan d'action de Genève"],
    'tunis-agenda': ["Agenda de Tunis pour la société de l'information", 'Agenda de Tunis'],
    'agenda-2030': ["Programme de développement durable à l'horizon 2030", "Programme à l'horizon 2030"],
    'who-global-strategy-on-digital-health': [
      "Stratégie mondiale de l'OMS pour la santé numérique",
      'Stratégie mondiale pour la santé numérique',
    ],
    'connect-2030': ['Programme Connect 2030', 'Programme Connect-2030'],
  },

  shortNames: { itu: ["l'Union", "L'Union"] },
  // "l'Union européenne", "l'Union postale universelle", "l'Union internationale pour …", "l'Union de radiodiffusion …".
  shortNameQualifiersAfter: [
    'europ[ée]enne',
    'africaine',
    'panafricaine',
    'postale',
    'internationale',
    'interparlementaire',
    '[ée]conomique',
    'douani[èe]re',
    'arabe',
    'asiatique',
    'latine',
    'mondiale',
    'de',
    'des',
    'du',
    'pour',
  ],

  places: {
    Dubai: ['Dubaï', 'Dubai'],
    Hammamet: ['Hammamet'],
    Geneva: ['Genève'],
    'New Delhi': ['New Delhi'],
    Busan: ['Busan'],
    Guadalajara: ['Guadalajara'],
    Hyderabad: ['Hyderabad'],
    Tunis: ['Tunis'],
    Johannesburg: ['Johannesburg'],
    Florianópolis: ['Florianópolis'],
    Antalya: ['Antalya'],
    Kigali: ['Kigali'],
    'Buenos Aires': ['Buenos Aires'],
    Bucharest: ['Bucarest'],
    Doha: ['Doha'],
    Marrakesh: ['Marrakech'],
    Minneapolis: ['Minneapolis'],
    Kyoto: ['Kyoto'],
    Istanbul: ['Istanbul'],
    'Sharm el-Sheikh': ['Charm el-Cheikh', 'Sharm el-Sheikh'],
    'Addis Ababa': ['Addis-Abeba'],
    Baku: ['Bakou'],
    Montreal: ['Montréal'],
    Helsinki: ['Helsinki'],
    Valletta: ['La Valette'],
    Nice: ['Nice'],
    'Malaga-Torremolinos': ['Malaga-Torremolinos'],
    Melbourne: ['Melbourne'],
  },

  relations: [
    {
      type: 'REPORTS_TO',
      patterns: [
        "relève (?:de la |de l'|du |de )?{B}",
        "rend compte (?:à la |à l'|au |à )?{B}",
        'groupe parent ?: {B}',
        // Written out, here and below, so that each row's cue (its longest words, see relation-cue.test.ts) is its verb's
        // phrase, not a word resolutions write all the time ("sous l'", "suite", "par", "création", "coopération entre").
        "placé sous l'égide (?:de la |de l'|du |de )?{B}",
        "placée sous l'égide (?:de la |de l'|du |de )?{B}",
        // The past tense of a group that concluded its work.
        "relevait (?:de la |de l'|du |de )?{B}",
        "rendait compte (?:à la |à l'|au |à )?{B}",
        // Several groups as the subject ("Le FG-AI4H et le FG-DH relèvent de …").
        "relèvent (?:de la |de l'|du |de )?{B}",
        "relevaient (?:de la |de l'|du |de )?{B}",
        "rendent compte (?:à la |à l'|au |à )?{B}",
        "rendaient compte (?:à la |à l'|au |à )?{B}",
      ],
    },
    {
      type: 'PARTNER_OF',
      patterns: [
        '(?:un )?partenariat entre {LIST}',
        'une initiative de collaboration entre {LIST}',
        'une initiative conjointe (?:de|entre) {LIST}',
        '(?:créée?|organisée?|lancée?|établie?) conjointement par {LIST}',
        "en partenariat avec (?:l'|le |la |les )?{LIST}",
        '(?:une collaboration entre|une coopération entre) {LIST}',
        // A group's own partners, after a finite verb (see en.ts): "La GI-AI4H travaille en collaboration avec l'OMS",
        // "Le FG-DT4H collabore avec l'OMS"; not a bare "en collaboration avec", nor the infinitive "collaborer avec".
        // Written out, so that each row's cue is the verb's phrase, not "collaboration avec", which every instruction's
        // collaborators hold.
        "travaille en collaboration avec (?:l'|le |la |les )?{LIST}",
        "travaille en étroite collaboration avec (?:l'|le |la |les )?{LIST}",
        "travaillent en collaboration avec (?:l'|le |la |les )?{LIST}",
        "travaillent en étroite collaboration avec (?:l'|le |la |les )?{LIST}",
        "a travaillé en collaboration avec (?:l'|le |la |les )?{LIST}",
        "a travaillé en étroite collaboration avec (?:l'|le |la |les )?{LIST}",
        "ont travaillé en collaboration avec (?:l'|le |la |les )?{LIST}",
        "ont travaillé en étroite collaboration avec (?:l'|le |la |les )?{LIST}",
        "collabore avec (?:l'|le |la |les )?{LIST}",
        "collabore étroitement avec (?:l'|le |la |les )?{LIST}",
        "collaborent avec (?:l'|le |la |les )?{LIST}",
        "collaborent étroitement avec (?:l'|le |la |les )?{LIST}",
        "a collaboré avec (?:l'|le |la |les )?{LIST}",
        "a collaboré étroitement avec (?:l'|le |la |les )?{LIST}",
        "ont collaboré avec (?:l'|le |la |les )?{LIST}",
        "ont collaboré étroitement avec (?:l'|le |la |les )?{LIST}",
      ],
    },
    {
      type: 'LAUNCHED_BY',
      patterns: [
        `lancement (?:de la |de l'|du |de )?{A} par {LIST}${REQUESTED}`,
        // The launch as a noun, where the words say it took place (see en.ts): "Après la création du Groupe
        // spécialisé … par l'UIT et l'OMS", "La création du FG-AI4H est le fruit d'un effort conjoint de l'UIT et de
        // l'OMS"; not "demande la création d'un groupe … par …".
        `(?:après la création|après la mise en place|depuis la création|depuis la mise en place|suite à la création|suite à la mise en place|à la suite de la création|à la suite de la mise en place) (?:de la |de l'|du |de )?{A}(?: \\([^()\\n]+\\))?,? par {LIST}(?:(?<=par[\\s\\u00A0]{1,3}(?:[\\p{L}]{1,4}(?:[\\s\\u00A0]{1,3}|'))?⟦\\d{1,4}⟧)|(?<=(?:et|ou)[\\s\\u00A0]{1,3}(?:[\\p{L}]{1,4}(?:[\\s\\u00A0]{1,3}|'))?⟦\\d{1,4}⟧)(?=${LIST_TAIL}[\\s\\u00A0]{0,3},))${REQUESTED}`,
        "(?:création|mise en place|lancement) (?:de la |de l'|du |de )?{A}(?: \\([^()\\n]+\\))? (?:est|a été|était|fut) (?:le fruit|le résultat|l'aboutissement) d'(?:un effort conjoint|efforts conjoints|une collaboration) (?:de|entre) {LIST}",
        '{A}(?: \\([^()\\n]+\\))?,? (?:a été )?lancée? (?:(?:en|le|à|au|lors) {WORDS} )?par {LIST}',
        '{A}(?: \\([^()\\n]+\\))?,? (?:a été )?créée? (?:(?:en|le|à|au|lors) {WORDS} )?par {LIST}',
        // The participle written out: its cue "établi " (with the space after it) is not "établissement" or "établir".
        '{A}(?: \\([^()\\n]+\\))?,? (?:a été )?établi (?:(?:en|le|à|au|lors) {WORDS} )?par {LIST}',
        '{A}(?: \\([^()\\n]+\\))?,? (?:a été )?établie (?:(?:en|le|à|au|lors) {WORDS} )?par {LIST}',
        '{A}(?: \\([^()\\n]+\\))?,? (?:a été )?mis en place (?:(?:en|le|à|au|lors) {WORDS} )?par {LIST}',
        // Not "mise en place", which every resolution writes as a noun ("la mise en place de …").
        '{A}(?: \\([^()\\n]+\\))?,? a été mise en place (?:(?:en|le|à|au|lors) {WORDS} )?par {LIST}',
        '{A}(?: \\([^()\\n]+\\))?,? mise en place par {LIST}',
        '{A}(?: \\([^()\\n]+\\))?,? (?:mise en place en|mise en place le|mise en place à|mise en place au|mise en place lors) {WORDS} par {LIST}',
        // Launched by several together (PARTNER_OF as well): "Le FG-AI4H a été créé conjointement par l'UIT et l'OMS".
        '{A}(?: \\([^()\\n]+\\))?,? (?:a été )?conjointement (?:lancée?|créée?|établie?) par {LIST}',
        '{A}(?: \\([^()\\n]+\\))?,? (?:a été )?(?:lancée?|créée?|établie?) conjointement par {LIST}',
        // In a relative clause after the group (see en.ts): "Le FG-AI4H, qui a été créé par la Commission d'études 16 …".
        '{A}(?: \\([^()\\n]+\\))?, (?:qui|lequel|laquelle) (?:a été|avait été|fut) (?:lancée?|créée?) (?:(?:en|le|à|au|lors) {WORDS} )?par {LIST}',
        '{A}(?: \\([^()\\n]+\\))?, (?:qui|lequel|laquelle) (?:a été|avait été|fut) établi (?:(?:en|le|à|au|lors) {WORDS} )?par {LIST}',
        '{A}(?: \\([^()\\n]+\\))?, (?:qui|lequel|laquelle) (?:a été|avait été|fut) établie (?:(?:en|le|à|au|lors) {WORDS} )?par {LIST}',
        '{A}(?: \\([^()\\n]+\\))?, (?:qui|lequel|laquelle) (?:a été|avait été|fut) mis en place (?:(?:en|le|à|au|lors) {WORDS} )?par {LIST}',
        '{A}(?: \\([^()\\n]+\\))?, (?:qui|lequel|laquelle) (?:a été mise en place|avait été mise en place|fut mise en place) (?:(?:en|le|à|au|lors) {WORDS} )?par {LIST}',
        // The active, as in English (see en.ts): "la Commission d'études 16 a créé le Groupe spécialisé …", "l'UIT et
        // l'OMS ont lancé …", the agents opening the sentence or after a comma; the adverb before the participle or
        // after it ("ont lancé conjointement l'Initiative …"). "établi" written out with what follows it, so that the
        // relation cue is not "établi" alone, which "établissement" and "établir" hold.
        `${AGENTS_FIRST}{AGENTS} (?:a|ont) (?:conjointement )?créé(?:${COMMA_DATE})? (?:conjointement )?(?:${VERB_DATE})?(?:le |la |les |l')?{A}`,
        `${AGENTS_FIRST}{AGENTS} (?:a|ont) (?:conjointement )?établi (?:conjointement )?(?:${VERB_DATE})?(?:le |la |les |l')?{A}`,
        `${AGENTS_FIRST}{AGENTS} a établi${COMMA_DATE} (?:conjointement )?(?:${VERB_DATE})?(?:le |la |les |l')?{A}`,
        `${AGENTS_FIRST}{AGENTS} ont établi${COMMA_DATE} (?:conjointement )?(?:${VERB_DATE})?(?:le |la |les |l')?{A}`,
        `${AGENTS_FIRST}{AGENTS} a conjointement établi${COMMA_DATE} (?:conjointement )?(?:${VERB_DATE})?(?:le |la |les |l')?{A}`,
        `${AGENTS_FIRST}{AGENTS} ont conjointement établi${COMMA_DATE} (?:conjointement )?(?:${VERB_DATE})?(?:le |la |les |l')?{A}`,
        `${AGENTS_FIRST}{AGENTS} (?:a|ont) (?:conjointement )?lancé(?:${COMMA_DATE})? (?:conjointement )?(?:${VERB_DATE})?(?:le |la |les |l')?{A}`,
        `${AGENTS_FIRST}{AGENTS} (?:a|ont) (?:conjointement )?mis en place(?:${COMMA_DATE})? (?:conjointement )?(?:${VERB_DATE})?(?:le |la |les |l')?{A}`,
      ],
    },
    {
      type: 'SUCCEEDS',
      patterns: [
        "succède (?:à la |à l'|au |à )?{B}",
        "(?:fait suite|faisant suite) (?:à la |à l'|au |à )?{B}",
        "successeur (?:de la |de l'|du |de )?{B}",
        "prenant le relais (?:de la |de l'|du |de )?{B}",
        "dans le prolongement des travaux (?:de la |de l'|du |de )?{B}",
        "en s'appuyant sur les travaux (?:de la |de l'|du |de )?{B}",
        "s'appuie sur les travaux (?:de la |de l'|du |de )?{B}",
        // The passive, its successor last (see en.ts): "Le FG-AI4H a été remplacé par la GI-AI4H", "Le FG-AI4H, auquel a
        // succédé la GI-AI4H, …".
        "{B}(?: \\([^()\\n]+\\))?,? (?:a été|est|fut) remplacée? par (?:l'|le |la |les )?{A}",
        "{B}(?: \\([^()\\n]+\\))?,? (?:auquel|à laquelle) a succédé (?:l'|le |la |les )?{A}",
      ],
    },
  ],

  // French names put the head word first ("Organisation mondiale de …"), where English puts it last; these rows are for a
  // head-first reading of names defined with an acronym.
  selfReferences: [
    {
      kind: 'itu-group',
      phrases: ['le Groupe spécialisé', 'ce Groupe spécialisé', 'le Groupe', 'ce Groupe'],
    },
    { kind: 'initiative', phrases: ["l'Initiative", 'cette Initiative', "l'Initiative mondiale"] },
    { kind: 'study-group', phrases: ["la Commission d'études", "cette Commission d'études"] },
  ],
  pronouns: ['Il', 'Elle'],
  latter: ['Ce dernier', 'Cette dernière'],
  partnerHeadings: ['Partenaires', 'Nos partenaires', 'Organisations partenaires'],

  organizationHeads: [
    { word: 'Organisation', kind: 'other' },
    { word: 'Union', kind: 'other' },
    { word: 'Groupe spécialisé', kind: 'itu-group' },
    { word: 'Activité de coordination conjointe', kind: 'itu-group' },
    { word: 'Groupe', kind: 'itu-group' },
    { word: 'Initiative', kind: 'initiative' },
    { word: 'Comité', kind: 'sdo' },
    { word: 'Commission', kind: 'other' },
    { word: 'Institut', kind: 'sdo' },
    { word: 'Forum', kind: 'forum' },
    { word: 'Alliance', kind: 'forum' },
    { word: 'Partenariat', kind: 'forum' },
    { word: 'Consortium', kind: 'sdo' },
    { word: 'Association', kind: 'other' },
    { word: 'Agence', kind: 'other' },
    { word: 'Programme', kind: 'other' },
    { word: 'Fédération', kind: 'other' },
    { word: 'Office', kind: 'other' },
    { word: 'Bureau', kind: 'other' },
  ],
};
