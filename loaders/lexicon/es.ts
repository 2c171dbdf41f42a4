/**
 * Spanish, as in the ITU Spanish texts of WTSA, PP and WTDC resolutions ("RESOLUCIÓN 78 (Rev. Ginebra, 2022)",
 * "La Asamblea Mundial de Normalización de las Telecomunicaciones (Ginebra, 2022),", "recordando", "encarga a las
 * Comisiones de Estudio 16 y 20 del UIT-T"). ITU Spanish calls a Question "Cuestión" and the Sectors "el UIT-T",
 * "el UIT-D" (masculine: el Sector).
 */
import type { Lexicon } from './types';

/** A year, as a date that opens a sentence ends with one (see `DATE`). */
const DATE_YEAR = '(?:19|20)\\d{2}';

/**
 * A date: it may open a sentence before its subject, with no comma ("En julio de 2018", "El 5 de mayo de 2020"), or
 * stand between an active verb and what it set up ("la UIT y la OMS crearon en 2018 el Grupo …").
 */
const DATE = `(?=(?:En|El|Desde|Durante)[^\\p{L}\\p{N}])[\\p{L}]{1,24} (?:[\\p{L}\\p{N}]{1,24} ){0,4}${DATE_YEAR}`;

/**
 * A date between an active verb and what it set up ("… established in July 2018 the Focus Group …"): tighter than
 * {@link DATE} in that it is followed by an article (el, la, los, las; its words are {@link DATE}'s: "el 5 de mayo de
 * 2023"), so that a year that qualifies a noun ("during the 2019 FG-AI4H workshop"), a count or a clause after
 * the verb is no date.
 */
const VERB_DATE = `(?=(?:En|El|Desde|Durante)[^\\p{L}\\p{N}])[\\p{L}]{1,24} (?:[\\p{L}\\p{N}]{1,24} ){0,4}${DATE_YEAR} (?=(?:el|la|los|las)[^\\p{L}\\p{N}])`;

/**
 * A date between an active verb and what it set up, set off by commas ("la UIT y la OMS crearon, en julio de 2018, el
 * Grupo Temático …"): {@link VERB_DATE}'s words, and the same article after it.
 */
const COMMA_DATE = `, (?=(?:En|El|Desde|Durante)[^\\p{L}\\p{N}])[\\p{L}]{1,24} (?:[\\p{L}\\p{N}]{1,24} ){0,4}${DATE_YEAR},(?=[\\s\\u00A0](?:el|la|los|las)[^\\p{L}\\p{N}])`;

/**
 * Where agents that open an active relation template may start: not right after a word or name, but after a date
 * that may open the sentence (see en.ts).
 */
const AGENTS_FIRST = `(?:(?<![\\p{L}\\p{N}⟧'’]\\s?)|(?<=${DATE_YEAR}\\s))`;

/**
 * What may follow the last member of a list of agents before the comma that ends an opening clause: a date or place
 * ("… por la UIT y la OMS en julio de 2018, …", "… el 5 de mayo de 2018, …"), at most five words after its preposition, none a name.
 * Words and white space alternate, so each text has one reading (the ReDoS check).
 */
const LIST_TAIL = '(?:[\\s\\u00A0]{1,3}(?:en|el|durante)(?:[\\s\\u00A0]{1,3}[\\p{L}\\p{N}]{1,24}){1,5})?';

/**
 * A launch that was only asked for, in the passive, after the list of its would-be agents (see en.ts): "El
 * lanzamiento del GI-X por la UIT fue propuesto por la OMS", "… por la UIT y la OMS ha sido solicitado". A negative
 * look-ahead.
 */
const REQUESTED = `(?!(?:(?:,|[\\s\\u00A0]{1,3}(?:y|e|o|u))[\\s\\u00A0]{1,3}(?:[\\p{L}]{1,4}[\\s\\u00A0]{1,3})?⟦\\d{1,4}⟧){0,12}${LIST_TAIL},?[\\s\\u00A0]{1,3}(?:(?:ha|han|había|habían|habría)[\\s\\u00A0]{1,3}sido|(?:fue|fueron|es|son|era|será|sería))(?:[\\s\\u00A0]{1,3}[\\p{L}]{1,20}mente)?[\\s\\u00A0]{1,3}(?:solicitad|propuest|previst|recomendad|pedid|planead|contemplad)(?:o|a)s?(?![\\p{L}\\p{N}]))`;

export const es: Lexicon = {
  language: 'es',
  script: 'Latin',
  // Words that tell Spanish from English and French; "de", "la", "en", "que" are shared with French and left out.
  stopwords: ['el', 'los', 'las', 'y', 'del', 'para', 'con', 'por', 'una', 'al', 'sobre', 'se', 'su', 'sus', 'lo'],
  // "e" replaces "y" before a word starting with an i sound ("Miembros de Sector e Instituciones Académicas").
  listJoiners: [', y', ', e', ',', 'y', 'e', 'así como', '/'],
  // Nouns a number counts, besides the stakeholders' names: "las Resoluciones 78 y 90 y 17 países han …".
  countNouns: ['países', 'expertos', 'participantes', 'delegados', 'organizaciones', 'entidades', 'miembros'],
  numberPrefixes: [],
  terminators: ['.', ';', ','],
  operativeOpeners: ['que', 'a'],
  // "invita a los Estados Miembros que estén en condiciones de hacerlo a contribuir …", "… que lo deseen a participar
  // …", "… que así lo deseen a …", "… que aún no lo hayan hecho a …": "que" opens a clause about the addressees where
  // one of these follows it, and the body starts at the "a" after that clause; elsewhere it opens the body ("encarga
  // al Director que informe …"). "dispuestos a" (willing to) takes an "a" of its own, as English "willing to" does.
  qualifiedRelatives: ['que'],
  addresseeQualifiers: ['estén', 'deseen', 'puedan', 'quieran', 'hayan', 'dispuestos', 'dispuestas'],
  qualifierPronouns: ['lo', 'así', 'aún', 'todavía', 'no'],
  subjectOpeners: ['que'],
  articles: ['el', 'la', 'los', 'las', 'lo', 'un', 'una', 'unos', 'unas', 'al', 'del', 'todos', 'todas'],
  openWords: [
    'el',
    'la',
    'los',
    'las',
    'un',
    'una',
    'al',
    'del',
    'de',
    'a',
    'con',
    'en',
    'y',
    'o',
    'para',
    'por',
    'sobre',
  ],
  suspendingWords: ['y', 'e', 'o', 'u'],
  predicatives: ['como'],
  sentenceDates: [DATE],
  prepositionalPhrases: [
    'a nivel',
    'a fin de',
    'a través de',
    'a partir de',
    'a escala',
    'a la luz de',
    'a tal fin',
    'a este respecto',
    'a corto plazo',
    'a medio plazo',
    'a largo plazo',
    'a más tardar',
  ],

  preamble: [
    { key: 'recalling-further', phrases: ['recordando además', 'recordando asimismo', 'recordando también'] },
    { key: 'recalling', phrases: ['recordando'] },
    {
      key: 'recognizing-further',
      phrases: ['reconociendo además', 'reconociendo asimismo', 'reconociendo también'],
    },
    { key: 'recognizing', phrases: ['reconociendo'] },
    {
      key: 'considering-further',
      phrases: ['considerando además', 'considerando asimismo', 'considerando también'],
    },
    { key: 'considering', phrases: ['considerando'] },
    {
      key: 'noting-further',
      phrases: ['observando además', 'observando asimismo', 'observando también', 'tomando nota además'],
    },
    {
      key: 'noting',
      phrases: [
        'observando',
        'tomando nota',
        'tomando nota de',
        'observando con satisfacción',
        'observando con preocupación',
        'observando con agradecimiento',
        'observando con reconocimiento',
        'tomando nota con satisfacción',
        'tomando nota con agradecimiento',
        'tomando nota con preocupación',
      ],
    },
    {
      key: 'bearing-in-mind',
      phrases: ['teniendo presente', 'teniendo presentes', 'teniendo presente además', 'teniendo presente asimismo'],
    },
    {
      key: 'taking-into-account',
      phrases: [
        'teniendo en cuenta',
        'tomando en consideración',
        'teniendo en consideración',
        'teniendo en cuenta además',
        'teniendo en cuenta asimismo',
        'teniendo en cuenta también',
      ],
    },
    {
      key: 'emphasizing',
      phrases: ['destacando', 'destacando además', 'subrayando', 'subrayando además', 'haciendo hincapié'],
    },
    { key: 'acknowledging', phrases: ['admitiendo', 'constatando'] },
    { key: 'aware', phrases: ['consciente', 'conscientes', 'consciente además', 'siendo consciente'] },
    { key: 'concerned', phrases: ['preocupada', 'preocupado', 'profundamente preocupada', 'expresando preocupación'] },
    { key: 'observing', phrases: ['advirtiendo', 'señalando'] },
    // Thanks and approval too: "expresando su agradecimiento" / "a) a los Estados Miembros que …".
    {
      key: 'welcoming',
      phrases: [
        'acogiendo con satisfacción',
        'acogiendo con beneplácito',
        'celebrando',
        'expresando su agradecimiento',
        'expresando su reconocimiento',
        'expresando su satisfacción',
      ],
    },
    { key: 'having-regard-to', phrases: ['habida cuenta de', 'visto', 'vistos'] },
    { key: 'having-examined', phrases: ['habiendo examinado', 'habiendo considerado'] },
    { key: 'reaffirming', phrases: ['reafirmando', 'afirmando'] },
    { key: 'convinced', phrases: ['convencida', 'convencido'] },
  ],
  operative: [
    {
      key: 'resolves-to-instruct',
      phrases: [
        'resuelve encargar',
        'resuelve además encargar',
        'resuelve asimismo encargar',
        'resuelve encomendar',
        // Council texts decide rather than resolve.
        'decide encargar',
        'decide además encargar',
        'decide asimismo encargar',
      ],
    },
    {
      key: 'resolves-to-invite',
      phrases: ['resuelve invitar', 'resuelve además invitar', 'decide invitar', 'decide además invitar'],
    },
    {
      key: 'resolves-to-request',
      phrases: ['resuelve pedir', 'resuelve solicitar', 'decide pedir', 'decide además pedir', 'decide solicitar'],
    },
    { key: 'resolves', phrases: ['resuelve', 'resuelve además', 'resuelve asimismo', 'decide'] },
    { key: 'instructs', phrases: ['encarga', 'encarga además', 'encarga asimismo', 'encomienda'] },
    { key: 'requests', phrases: ['pide', 'pide además', 'pide asimismo', 'solicita'] },
    { key: 'invites', phrases: ['invita', 'invita además', 'invita asimismo'] },
    { key: 'encourages', phrases: ['alienta', 'alienta además', 'alienta asimismo', 'anima', 'fomenta'] },
    { key: 'urges', phrases: ['insta', 'insta además', 'insta encarecidamente'] },
    { key: 'calls-upon', phrases: ['exhorta', 'hace un llamamiento a', 'hace un llamamiento'] },
  ],
  directorsOf: ['Directores de la', 'Directores del', 'Directores de las', 'Directores de los'],
  collaboration: [
    { phrase: 'en colaboración con' },
    { phrase: 'en estrecha colaboración con' },
    { phrase: 'en estrecha cooperación con' },
    { phrase: 'en estrecha coordinación con' },
    { phrase: 'en cooperación con' },
    { phrase: 'en coordinación con' },
    { phrase: 'en consulta con' },
    { phrase: 'que colabore con' },
    { phrase: 'trabajando con' },
  ],
  capacity: [
    { phrase: 'en su calidad de' },
    { phrase: 'en calidad de' },
    { phrase: 'en su condición de' },
    { phrase: 'como Presidente' },
    { phrase: 'como Presidenta' },
    { phrase: 'como secretaría' },
  ],
  itemLetters: 'abcdefghijklmnopqrstuvwxyz',

  templates: {
    header: [
      'RESOLUCI(?:Ó|O)N {N}(?: \\((?:Rev\\. )?{PLACE}, {YEAR}\\))?',
      'RESOLUCI(?:Ó|O)N {HEADERBODY} {N}(?:-(?<REV>\\d\\d?))?(?: \\((?:{YEAR}|(?<HISTORY>(?:19|20)\\d\\d(?:-(?:19|20)\\d\\d){1,9}))\\))?',
      'RESOLUCI(?:Ó|O)N {N} \\((?:Rev\\. ?)?{HEADERBODY}-(?<YY>\\d\\d(?:\\d\\d)?)\\)',
      // Council texts: "RESOLUCIÓN 1408 (MODIFICADA 2023)".
      'RESOLUCI(?:Ó|O)N {N} \\((?:modificada (?:en )?)?{YEAR}\\)',
      'RESOLUCI(?:Ó|O)N {N} \\({SESSION}\\)',
    ],
    // The Council's decisions are "acuerdos" ("ACUERDO 482 (MODIFICADO 2020)"); the Plenipotentiary Conference's
    // "decisiones".
    decisionHeader: [
      '(?:ACUERDO|DECISI(?:Ó|O)N) {N} \\((?:modificad(?:o|a) (?:en )?)?{YEAR}\\)',
      '(?:ACUERDO|DECISI(?:Ó|O)N) {N} \\({SESSION}\\)',
      '(?:ACUERDO|DECISI(?:Ó|O)N) {N}(?: \\((?:Rev\\. )?{PLACE}, {YEAR}\\))?',
    ],
    // A note on where the Council adopted the text may close the header line.
    headerNote: ['(?:adoptad|aprobad)[ao] [^()（）\\n]{1,120}'],
    historyEntry: ['{PLACE}, {YEAR}'],
    historySeparators: [';'],
    opening: ['(?:La |El )?{BODY} \\({PLACE}, {YEAR}\\),?', '(?:La |El )?{BODY},'],
    revision: ['Rev.', 'modificada', 'modificado'],
    annex: [
      '(?:Anexo|Ap(?:é|e)ndice|Adjunto)(?: (?:{N}|[A-Z]))?(?: (?:al|del) Anexo(?: (?:{N}|[A-Z]))?)?(?: (?:a|de) la Resoluci(?:ó|o)n {N}(?: \\((?:Rev\\. )?{PLACE}, {YEAR}\\))?)?',
      // The Council's texts ("ANEXO AL ACUERDO 482 (MODIFICADO 2020)") and the Radiocommunication Assembly's
      // ("ANEXO A LA RESOLUCIÓN UIT-R 61-2").
      '(?:Anexo|Ap(?:é|e)ndice|Adjunto)(?: (?:{N}|[A-Z]))? (?:(?:al|del) Acuerdo|(?:a|de) la Decisi(?:ó|o)n) {N}(?: \\((?:Rev\\. )?{PLACE}, {YEAR}\\)| \\((?:modificad(?:o|a) (?:en )?)?{YEAR}\\)| \\({SESSION}\\))?',
      '(?:Anexo|Ap(?:é|e)ndice|Adjunto)(?: (?:{N}|[A-Z]))? (?:a|de) la Resoluci(?:ó|o)n {N} \\((?:(?:modificada (?:en )?)?{YEAR}|{SESSION})\\)',
      '(?:Anexo|Ap(?:é|e)ndice|Adjunto)(?: (?:{N}|[A-Z]))? (?:a|de) la Resoluci(?:ó|o)n {HEADERBODY} {N}(?:-\\d\\d?)?(?: \\((?:{YEAR}|(?:19|20)\\d\\d(?:-(?:19|20)\\d\\d){1,9})\\))?',
    ],
  },

  bodies: [
    {
      body: 'WTSA',
      names: ['Asamblea Mundial de Normalización de las Telecomunicaciones', 'AMNT'],
      datedNames: ['AMNT'],
    },
    {
      body: 'PP',
      names: [
        'Conferencia de Plenipotenciarios de la Unión Internacional de Telecomunicaciones',
        'Conferencia de Plenipotenciarios de la UIT',
        'Conferencia de Plenipotenciarios',
        'PP',
      ],
      datedNames: ['PP'],
    },
    {
      body: 'WTDC',
      names: ['Conferencia Mundial de Desarrollo de las Telecomunicaciones', 'CMDT'],
      datedNames: ['CMDT'],
    },
    {
      body: 'RA',
      names: ['Asamblea de Radiocomunicaciones de la UIT', 'Asamblea de Radiocomunicaciones'],
      headerNames: ['UIT-R'],
      datedNames: ['AR'],
    },
    {
      body: 'WRC',
      names: ['Conferencia Mundial de Radiocomunicaciones', 'CMR'],
      headerNames: ['CMR'],
      datedNames: ['CMR'],
    },
    { body: 'WCIT', names: ['Conferencia Mundial de Telecomunicaciones Internacionales', 'CMTI'] },
    { body: 'COUNCIL', names: ['Consejo de la UIT', 'Consejo'] },
  ],
  citationBodyLinks: ['de los', 'de la', 'del', 'de'],
  ownBodyNames: ['la presente Conferencia', 'esta Conferencia', 'la presente Asamblea', 'esta Asamblea'],

  patterns: {
    // Numbered, or the study groups of a Sector together ("las Comisiones de Estudio pertinentes"): no number.
    studyGroup: [
      'Comisi(?:ón|on|ones) de Estudios? {NUMS}',
      'CE ?{N}',
      'SG ?{N}',
      'Comisiones de Estudios?(?: pertinentes| competentes)?',
    ],
    question: ['Cuesti(?:ón|on|ones) {QCODES}', 'Q{QCODE}'],
    unnumberedQuestion: [
      'su Cuesti(?:ón|on) (?:sobre|relativa a|acerca de) {TEXT}',
      'la Cuesti(?:ón|on) (?:sobre|relativa a|acerca de) {TEXT}',
    ],
    ituResolution: [
      'Resoluci(?:ón|on) {HEADERBODY} {N}(?:-\\d\\d?)?',
      'Resoluci(?:ón|on) {N} \\((?:Rev\\. ?)?{DATED}-{YY}\\)',
      'Resoluci(?:ón|on) {N} \\((?:modificada (?:en )?)?{YEAR}\\)',
      'Resoluci(?:ón|on) {N} \\({SESSION}\\)',
      'Resoluci(?:ón|on) {N}(?: \\((?:Rev\\. )?{PLACE}, {YEAR}\\))?',
      // The Radiocommunication Assembly's numbering in a list: "Resoluciones UIT-R 1-8 y UIT-R 2-8".
      'Resoluciones {HEADERBODY} {HBNUMS}',
      'Resoluciones {RNUMS}(?: \\((?:Rev\\. )?{PLACE}, {YEAR}\\))?',
    ],
    ituDecision: [
      '(?:Acuerdo|Decisi(?:ón|on)) {N} \\((?:modificad(?:o|a) (?:en )?)?{YEAR}\\)',
      '(?:Acuerdo|Decisi(?:ón|on)) {N} \\({SESSION}\\)',
      '(?:Acuerdo|Decisi(?:ón|on)) {N}(?: \\((?:Rev\\. )?{PLACE}, {YEAR}\\))?',
      '(?:Acuerdos|Decisiones) {RNUMS}(?: \\((?:Rev\\. )?{PLACE}, {YEAR}\\))?',
    ],
    unResolution: [
      'Resoluci(?:ón|on|ones) {UNNUMS} de la Asamblea General de las Naciones Unidas',
      'Resoluci(?:ón|on|ones) {UNNUMS} de la Asamblea General',
      'Resoluci(?:ón|on|ones) {UNNUMS} de la AGNU',
      'Resoluci(?:ón|on|ones) de la Asamblea General de las Naciones Unidas {UNNUMS}',
      'A/RES/{UNNUM}',
    ],
    whaResolution: [
      'Resoluci(?:ón|on|ones) {WHACODES}',
      '{WHACODES}',
      'Resoluci(?:ón|on) {UNNUM} de la Asamblea Mundial de la Salud',
      'Resoluci(?:ón|on|ones) {WHANUMS} de la Asamblea Mundial de la Salud',
    ],
    sdg: [
      'Objetivos? de Desarrollo Sostenible {NUMS}',
      'Objetivos? de Desarrollo Sostenible \\(ODS\\) {NUMS}',
      'Objetivos? {NUMS} de Desarrollo Sostenible',
      'ODS ?{NUMS}',
      'SDG ?{NUMS}',
      'Objetivos? {GOALS}',
      'Objetivos de Desarrollo Sostenible',
      'ODS',
    ],
    recommendation: ['Recomendaci(?:ón|ones) {SECTOR} {RCODE}', '{SECTOR} {RCODE}'],
    // "el Grupo de Trabajo del Consejo sobre …".
    councilWorkingGroup: ['Grupos? de Trabajo del Consejo'],
  },

  sectors: [
    {
      sector: 'ITU-T',
      names: [
        'Sector de Normalización de las Telecomunicaciones de la UIT',
        'Sector de Normalización de las Telecomunicaciones',
        'UIT-T',
      ],
    },
    {
      sector: 'ITU-D',
      names: [
        'Sector de Desarrollo de las Telecomunicaciones de la UIT',
        'Sector de Desarrollo de las Telecomunicaciones',
        'UIT-D',
      ],
    },
    {
      sector: 'ITU-R',
      names: ['Sector de Radiocomunicaciones de la UIT', 'Sector de Radiocomunicaciones', 'UIT-R'],
    },
  ],

  entityNames: {
    itu: ['Unión Internacional de Telecomunicaciones', 'UIT'],
    'itu-t': ['Sector de Normalización de las Telecomunicaciones de la UIT', 'UIT-T'],
    'itu-d': ['Sector de Desarrollo de las Telecomunicaciones de la UIT', 'UIT-D'],
    'itu-r': ['Sector de Radiocomunicaciones de la UIT', 'UIT-R'],
    tsb: ['Oficina de Normalización de las Telecomunicaciones'],
    bdt: ['Oficina de Desarrollo de las Telecomunicaciones'],
    br: ['Oficina de Radiocomunicaciones'],
    tsag: ['Grupo Asesor de Normalización de las Telecomunicaciones', 'GANT'],
    tdag: ['Grupo Asesor de Desarrollo de las Telecomunicaciones', 'GADT'],
    rag: ['Grupo Asesor de Radiocomunicaciones', 'GAR'],
    // The two founders with a slash or a hyphen: "UIT/OMS", "UIT-OMS".
    'fg-ai4h': [
      'Grupo Temático UIT/OMS sobre Inteligencia Artificial para la Salud',
      'Grupo Temático UIT-OMS sobre Inteligencia Artificial para la Salud',
      'Grupo Temático UIT/OMS sobre IA para la Salud',
      'Grupo Temático UIT-OMS sobre IA para la Salud',
      'Grupo Temático sobre Inteligencia Artificial para la Salud',
      'Grupo Temático sobre IA para la Salud',
      'Grupo Temático sobre la IA para la Salud',
    ],
    'gi-ai4h': [
      'Iniciativa Mundial de las Naciones Unidas sobre IA para la Salud',
      'Iniciativa Mundial sobre IA para la Salud',
      'Iniciativa Mundial sobre Inteligencia Artificial para la Salud',
    ],
    who: ['Organización Mundial de la Salud', 'OMS'],
    wipo: ['Organización Mundial de la Propiedad Intelectual', 'OMPI'],
    unesco: ['Organización de las Naciones Unidas para la Educación, la Ciencia y la Cultura'],
    unicef: ['Fondo de las Naciones Unidas para la Infancia'],
    undp: ['Programa de las Naciones Unidas para el Desarrollo', 'PNUD'],
    'un-habitat': ['Programa de las Naciones Unidas para los Asentamientos Humanos', 'ONU-Hábitat', 'ONU-Habitat'],
    unodc: ['Oficina de las Naciones Unidas contra la Droga y el Delito'],
    u4ssc: ['Unidos por Ciudades Inteligentes y Sostenibles', 'Unidos por las Ciudades Inteligentes y Sostenibles'],
    unece: ['Comisión Económica de las Naciones Unidas para Europa', 'Comisión Económica para Europa', 'CEPE'],
    wmo: ['Organización Meteorológica Mundial', 'OMM'],
    'world-bank': ['Banco Mundial'],
    un: ['Organización de las Naciones Unidas', 'Naciones Unidas', 'ONU'],
    unga: ['Asamblea General de las Naciones Unidas', 'AGNU'],
    wha: ['Asamblea Mundial de la Salud'],
    iso: ['Organización Internacional de Normalización'],
    iec: ['Comisión Electrotécnica Internacional', 'CEI'],
    'iso-tc-215': [
      'Comité Técnico 215 de la ISO',
      'Comité Técnico de la ISO sobre informática de la salud',
      'Comité Técnico de la Organización Internacional de Normalización sobre informática de la salud',
    ],
    'iso-iec-jtc-1': ['Comité Técnico Mixto 1 de la ISO/CEI', 'ISO/CEI JTC 1'],
    ieee: ['Instituto de Ingenieros Eléctricos y Electrónicos'],
    ietf: ['Grupo Especial sobre Ingeniería de Internet', 'Grupo de Tareas sobre Ingeniería de Internet'],
    etsi: ['Instituto Europeo de Normas de Telecomunicación'],
    '3gpp': ['Proyecto de Asociación de Tercera Generación'],
    hl7: ['Health Level Seven International', 'Health Level Seven'],
    ihe: ['Integrating the Healthcare Enterprise'],
    gsma: ['GSM Association'],
    w3c: ['Consorcio World Wide Web', 'World Wide Web Consortium'],
    gsc: ['Colaboración para las Normas Mundiales', 'Colaboración Mundial sobre Normas'],
    wsis: ['Cumbre Mundial sobre la Sociedad de la Información', 'CMSI'],
    'ai-for-good': [
      'Cumbre Mundial IA para el Bien Social',
      'Cumbre Mundial sobre IA para el Bien Social',
      'Cumbre Mundial IA para el Bien',
    ],
    'director-tsb': [
      'Director de la Oficina de Normalización de las Telecomunicaciones',
      'Directora de la Oficina de Normalización de las Telecomunicaciones',
      'Director de la TSB',
      'Directora de la TSB',
    ],
    'director-bdt': [
      'Director de la Oficina de Desarrollo de las Telecomunicaciones',
      'Directora de la Oficina de Desarrollo de las Telecomunicaciones',
      'Director de la BDT',
      'Directora de la BDT',
    ],
    'director-br': [
      'Director de la Oficina de Radiocomunicaciones',
      'Directora de la Oficina de Radiocomunicaciones',
      'Director de la BR',
      'Directora de la BR',
    ],
    'secretary-general': ['Secretario General', 'Secretaria General'],
    'itu-sectors': [
      'tres Sectores de la UIT',
      'todos los Sectores de la UIT',
      'Sectores de la UIT',
      'tres Sectores',
      'todos los Sectores',
    ],
    'other-itu-sectors': ['otros dos Sectores', 'dos otros Sectores', 'otros Sectores'],
    'itu-council': ['Consejo de la UIT', 'Consejo'],
    ecosoc: ['Consejo Económico y Social de las Naciones Unidas', 'Consejo Económico y Social'],
    'un-security-council': ['Consejo de Seguridad de las Naciones Unidas', 'Consejo de Seguridad'],
    'un-human-rights-council': ['Consejo de Derechos Humanos'],
    'council-of-europe': ['Consejo de Europa'],
    'un-ceb': [
      'Junta de los Jefes Ejecutivos del Sistema de las Naciones Unidas para la Coordinación',
      'Junta de los Jefes Ejecutivos del Sistema de las Naciones Unidas',
      'Junta de los jefes ejecutivos del sistema de las Naciones Unidas para la coordinación',
      'Junta de los jefes ejecutivos del sistema de las Naciones Unidas',
      'Junta de Jefes Ejecutivos del Sistema de las Naciones Unidas para la Coordinación',
      'Junta de Jefes Ejecutivos del Sistema de las Naciones Unidas',
      'Junta de los Jefes Ejecutivos',
      'Junta de Jefes Ejecutivos',
    ],
    'who-executive-board': ['Consejo Ejecutivo de la OMS', 'Consejo Ejecutivo de la Organización Mundial de la Salud'],
    'general-secretariat': ['Secretaría General'],
    'un-secretary-general': ['Secretario General de las Naciones Unidas', 'Secretario General de la ONU'],
    'itu-bureaux': ['tres Oficinas'],
    'other-itu-bureaux': ['otras dos Oficinas', 'otras Oficinas'],
    'bureau-directors': ['Directores de las tres Oficinas', 'Directores de las Oficinas'],
    'other-bureau-directors': ['Directores de las otras dos Oficinas', 'Directores de las otras Oficinas'],
    'member-states': ['Estados Miembros', 'Estado Miembro'],
    'sector-members': ['Miembros de Sector', 'Miembro de Sector', 'Miembros del Sector', 'Miembros de los Sectores'],
    associates: ['Asociados'],
    'regional-telecommunication-organizations': [
      'organizaciones regionales de telecomunicaciones',
      'Organizaciones regionales de telecomunicaciones',
    ],
    administrations: ['administraciones', 'Administraciones'],
    'private-sector': ['sector privado', 'entidades del sector privado'],
    'civil-society': ['sociedad civil', 'organizaciones de la sociedad civil'],
    academia: [
      'Instituciones Académicas',
      'Institución Académica',
      'instituciones académicas',
      'círculos académicos',
      'mundo académico',
    ],
    'geneva-plan-of-action': ['Plan de Acción de Ginebra'],
    'tunis-agenda': ['Agenda de Túnez para la Sociedad de la Información', 'Agenda de Túnez'],
    'agenda-2030': ['Agenda 2030 para el Desarrollo Sostenible', 'Agenda 2030'],
    'who-global-strategy-on-digital-health': [
      'Estrategia Mundial sobre Salud Digital de la OMS',
      'Estrategia Mundial sobre Salud Digital',
      // As WHO's Spanish title writes it, in sentence case; without WHO, only with its years, since "una estrategia
      // mundial sobre salud digital" may be any.
      'Estrategia mundial sobre salud digital de la OMS',
      'Estrategia mundial de la OMS sobre salud digital',
      'Estrategia mundial sobre salud digital 2020-2025',
    ],
    'connect-2030': ['Agenda Conectar 2030', 'Agenda Connect 2030'],
  },

  shortNames: { itu: ['la Unión'] },
  // "la Unión Europea", "la Unión Postal Universal", "la Unión Internacional para …", "la Unión de Radiodifusión …".
  shortNameQualifiersAfter: [
    'Europea',
    'Africana',
    'Panafricana',
    'Postal',
    'Internacional',
    'Interparlamentaria',
    'Econ[óo]mica',
    'Aduanera',
    '[ÁA]rabe',
    'Asi[áa]tica',
    'Latina',
    'Mundial',
    'de',
    'del',
    'para',
  ],

  places: {
    Dubai: ['Dubái', 'Dubai'],
    Hammamet: ['Hammamet'],
    Geneva: ['Ginebra'],
    'New Delhi': ['Nueva Delhi'],
    Busan: ['Busán', 'Busan'],
    Guadalajara: ['Guadalajara'],
    Hyderabad: ['Hyderabad'],
    Tunis: ['Túnez'],
    Johannesburg: ['Johannesburgo'],
    Florianópolis: ['Florianópolis'],
    Antalya: ['Antalya'],
    Kigali: ['Kigali'],
    'Buenos Aires': ['Buenos Aires'],
    Bucharest: ['Bucarest'],
    Doha: ['Doha'],
    Marrakesh: ['Marrakech'],
    Minneapolis: ['Minneapolis'],
    Kyoto: ['Kioto', 'Kyoto'],
    Istanbul: ['Estambul'],
    'Sharm el-Sheikh': ['Sharm el-Sheikh', 'Sharm el Sheij'],
    'Addis Ababa': ['Addis Abeba', 'Adís Abeba'],
    Baku: ['Bakú'],
    Montreal: ['Montreal'],
    Helsinki: ['Helsinki'],
    Valletta: ['La Valetta', 'La Valeta'],
    Nice: ['Niza'],
    'Malaga-Torremolinos': ['Málaga-Torremolinos'],
    Melbourne: ['Melbourne'],
  },

  relations: [
    {
      type: 'REPORTS_TO',
      patterns: [
        'depende (?:de la |del |de )?{B}',
        'rinde cuentas (?:a la |al |a )?{B}',
        'informa (?:a la |al |a )?{B}',
        'grupo principal ?: {B}',
        'bajo (?:la égida|los auspicios) (?:de la |del |de )?{B}',
        // The past tense of a group that concluded its work.
        'dependía (?:de la |del |de )?{B}',
        'rendía cuentas (?:a la |al |a )?{B}',
        'informaba (?:a la |al |a )?{B}',
        // Several groups as the subject ("El FG-AI4H y el FG-DH dependen de …").
        'dependen (?:de la |del |de )?{B}',
        'dependían (?:de la |del |de )?{B}',
        'rinden cuentas (?:a la |al |a )?{B}',
        'rendían cuentas (?:a la |al |a )?{B}',
      ],
    },
    {
      type: 'PARTNER_OF',
      patterns: [
        '(?:una )?asociación entre {LIST}',
        'una iniciativa de colaboración entre {LIST}',
        'una iniciativa conjunta (?:de|entre) {LIST}',
        '(?:establecid|cread|organizad|lanzad)(?:o|a) conjuntamente por {LIST}',
        'en asociación con (?:la |el |los |las )?{LIST}',
        // Written out, here and below, so that each row's cue (its longest words, see relation-cue.test.ts) is its verb's
        // phrase, not a word resolutions write all the time ("por", "creación", "crear", "establecer", "cooperación entre").
        '(?:una colaboración entre|una cooperación entre) {LIST}',
        // A group's own partners, after a finite verb (see en.ts): "El FG-DT4H colabora con la OMS", "trabaja en
        // colaboración con …"; not a bare "en colaboración con", nor the infinitive "colaborar con".
        // Written out, so that each row's cue is the verb's phrase, not "colaboración con", which every instruction's
        // collaborators hold.
        'trabaja en colaboración con (?:la |el |los |las )?{LIST}',
        'trabaja en estrecha colaboración con (?:la |el |los |las )?{LIST}',
        'trabajan en colaboración con (?:la |el |los |las )?{LIST}',
        'trabajan en estrecha colaboración con (?:la |el |los |las )?{LIST}',
        'ha trabajado en colaboración con (?:la |el |los |las )?{LIST}',
        'ha trabajado en estrecha colaboración con (?:la |el |los |las )?{LIST}',
        'han trabajado en colaboración con (?:la |el |los |las )?{LIST}',
        'han trabajado en estrecha colaboración con (?:la |el |los |las )?{LIST}',
        // Written out too: the cue "colabora" alone is found in "colaboración".
        'colabora con (?:la |el |los |las )?{LIST}',
        'colabora estrechamente con (?:la |el |los |las )?{LIST}',
        'colaboran con (?:la |el |los |las )?{LIST}',
        'colaboran estrechamente con (?:la |el |los |las )?{LIST}',
        'ha colaborado con (?:la |el |los |las )?{LIST}',
        'ha colaborado estrechamente con (?:la |el |los |las )?{LIST}',
        'han colaborado con (?:la |el |los |las )?{LIST}',
        'han colaborado estrechamente con (?:la |el |los |las )?{LIST}',
      ],
    },
    {
      type: 'LAUNCHED_BY',
      patterns: [
        `(?:el )?lanzamiento (?:de la |del |de )?{A} por {LIST}${REQUESTED}`,
        // The launch as a noun, where the words say it took place (see en.ts): "Tras la creación del Grupo Temático …
        // por la UIT y la OMS", "La creación del FG-AI4H fue el resultado de un esfuerzo conjunto de la UIT y la OMS".
        `(?:tras la creación|tras la puesta en marcha|desde la creación|desde la puesta en marcha|después de la creación|después de la puesta en marcha) (?:de la |del |de )?{A}(?: \\([^()\\n]+\\))?,? por {LIST}(?:(?<=por[\\s\\u00A0]{1,3}(?:[\\p{L}]{1,4}[\\s\\u00A0]{1,3})?⟦\\d{1,4}⟧)|(?<=(?:y|e|o|u)[\\s\\u00A0]{1,3}(?:[\\p{L}]{1,4}[\\s\\u00A0]{1,3})?⟦\\d{1,4}⟧)(?=${LIST_TAIL}[\\s\\u00A0]{0,3},))${REQUESTED}`,
        '(?:creación|puesta en marcha|lanzamiento) (?:de la |del |de )?{A}(?: \\([^()\\n]+\\))? (?:fue|es) (?:el )?(?:resultado|fruto) de (?:un esfuerzo conjunto|una colaboración) (?:de|entre) {LIST}',
        '{A}(?: \\([^()\\n]+\\))?,? (?:fue )?(?:lanzad|cread|establecid)(?:o|a) (?:(?:en|el|durante) {WORDS} )?por {LIST}',
        // Not "puesta en marcha" alone, which every resolution writes as a noun ("la puesta en marcha de …").
        '{A}(?: \\([^()\\n]+\\))?,? fue puest(?:o|a) en marcha (?:(?:en|el|durante) {WORDS} )?por {LIST}',
        '{A}(?: \\([^()\\n]+\\))?,? puesto en marcha (?:(?:en|el|durante) {WORDS} )?por {LIST}',
        '{A}(?: \\([^()\\n]+\\))?,? puesta en marcha por {LIST}',
        '{A}(?: \\([^()\\n]+\\))?,? (?:puesta en marcha en|puesta en marcha el|puesta en marcha durante) {WORDS} por {LIST}',
        // Launched by several together (PARTNER_OF as well): "El FG-AI4H fue creado conjuntamente por la UIT y la OMS".
        '{A}(?: \\([^()\\n]+\\))?,? (?:fue )?conjuntamente (?:lanzad|cread|establecid)(?:o|a) por {LIST}',
        '{A}(?: \\([^()\\n]+\\))?,? (?:fue )?(?:lanzad|cread|establecid)(?:o|a) conjuntamente por {LIST}',
        // In a relative clause after the group (see en.ts): "El FG-AI4H, que fue creado por la Comisión de Estudio 16 …".
        '{A}(?: \\([^()\\n]+\\))?, (?:que|el cual|la cual) (?:fue|ha sido|había sido) (?:lanzad|cread|establecid)(?:o|a) (?:(?:en|el|durante) {WORDS} )?por {LIST}',
        '{A}(?: \\([^()\\n]+\\))?, (?:que|el cual|la cual) (?:fue puesto|fue puesta|ha sido puesto|ha sido puesta|había sido puesto|había sido puesta) en marcha (?:(?:en|el|durante) {WORDS} )?por {LIST}',
        // The active, as in English (see en.ts): "la Comisión de Estudio 16 creó el Grupo Temático …", "la UIT y la
        // OMS lanzaron …", the agents opening the sentence or after a comma; the adverb before the verb or after it
        // ("han establecido conjuntamente la Iniciativa …"). The verb's word outside brackets is the template's word for
        // the relation cue, and where its part from that word on starts (see fromRequiredWord): a row per form, as the
        // stem alone ("cre", "establec", "en marcha") is found in "crear", "secretaría", "establecer", "la puesta en
        // marcha de".
        `${AGENTS_FIRST}{AGENTS} (?:conjuntamente )?(?:(?:ha|han) )?creó (?:conjuntamente )?(?:${VERB_DATE})?(?:el |la |los |las )?{A}`,
        `${AGENTS_FIRST}{AGENTS} (?:conjuntamente )?(?:(?:ha|han) )?crearon (?:conjuntamente )?(?:${VERB_DATE})?(?:el |la |los |las )?{A}`,
        `${AGENTS_FIRST}{AGENTS} (?:conjuntamente )?(?:(?:ha|han) )?creado (?:conjuntamente )?(?:${VERB_DATE})?(?:el |la |los |las )?{A}`,
        `${AGENTS_FIRST}{AGENTS} (?:conjuntamente )?(?:(?:ha|han) )?estableció (?:conjuntamente )?(?:${VERB_DATE})?(?:el |la |los |las )?{A}`,
        `${AGENTS_FIRST}{AGENTS} (?:conjuntamente )?(?:(?:ha|han) )?establecieron (?:conjuntamente )?(?:${VERB_DATE})?(?:el |la |los |las )?{A}`,
        `${AGENTS_FIRST}{AGENTS} (?:conjuntamente )?(?:(?:ha|han) )?establecido (?:conjuntamente )?(?:${VERB_DATE})?(?:el |la |los |las )?{A}`,
        `${AGENTS_FIRST}{AGENTS} (?:conjuntamente )?(?:(?:ha|han) )?lanz(?:ó|aron|ado) (?:conjuntamente )?(?:${VERB_DATE})?(?:el |la |los |las )?{A}`,
        `${AGENTS_FIRST}{AGENTS} (?:conjuntamente )?puso en marcha (?:conjuntamente )?(?:${VERB_DATE})?(?:el |la |los |las )?{A}`,
        `${AGENTS_FIRST}{AGENTS} (?:conjuntamente )?pusieron en marcha (?:conjuntamente )?(?:${VERB_DATE})?(?:el |la |los |las )?{A}`,
        `${AGENTS_FIRST}{AGENTS} (?:conjuntamente )?ha puesto en marcha (?:conjuntamente )?(?:${VERB_DATE})?(?:el |la |los |las )?{A}`,
        `${AGENTS_FIRST}{AGENTS} (?:conjuntamente )?han puesto en marcha (?:conjuntamente )?(?:${VERB_DATE})?(?:el |la |los |las )?{A}`,
        // A date set off by commas, in templates of their own: with it in the templates above, they are too large for
        // the ReDoS check (redos.test.ts) to decide.
        `${AGENTS_FIRST}{AGENTS} (?:(?:ha|han) )?creó${COMMA_DATE} (?:el |la |los |las )?{A}`,
        `${AGENTS_FIRST}{AGENTS} (?:(?:ha|han) )?crearon${COMMA_DATE} (?:el |la |los |las )?{A}`,
        `${AGENTS_FIRST}{AGENTS} (?:(?:ha|han) )?creado${COMMA_DATE} (?:el |la |los |las )?{A}`,
        `${AGENTS_FIRST}{AGENTS} (?:(?:ha|han) )?estableció${COMMA_DATE} (?:el |la |los |las )?{A}`,
        `${AGENTS_FIRST}{AGENTS} (?:(?:ha|han) )?establecieron${COMMA_DATE} (?:el |la |los |las )?{A}`,
        `${AGENTS_FIRST}{AGENTS} (?:(?:ha|han) )?establecido${COMMA_DATE} (?:el |la |los |las )?{A}`,
        `${AGENTS_FIRST}{AGENTS} (?:(?:ha|han) )?lanz(?:ó|aron|ado)${COMMA_DATE} (?:el |la |los |las )?{A}`,
        `${AGENTS_FIRST}{AGENTS} puso en marcha${COMMA_DATE} (?:el |la |los |las )?{A}`,
        `${AGENTS_FIRST}{AGENTS} pusieron en marcha${COMMA_DATE} (?:el |la |los |las )?{A}`,
        `${AGENTS_FIRST}{AGENTS} ha puesto en marcha${COMMA_DATE} (?:el |la |los |las )?{A}`,
        `${AGENTS_FIRST}{AGENTS} han puesto en marcha${COMMA_DATE} (?:el |la |los |las )?{A}`,
      ],
    },
    {
      type: 'SUCCEEDS',
      patterns: [
        'suced(?:e|iendo) (?:a la |al |a )?{B}',
        'sucesor(?:a)? (?:de la |del |de )?{B}',
        'tomando el relevo (?:de la |del |de )?{B}',
        'sobre la base de la labor (?:de la |del |de )?{B}',
        '(?:se basa en la labor|se basó en la labor) (?:de la |del |de )?{B}',
        'en transición desde (?:la |el )?{B}',
        // The passive, its successor last (see en.ts): "El FG-AI4H fue sucedido por la GI-AI4H", "… fue reemplazado por …".
        '{B}(?: \\([^()\\n]+\\))?,? (?:fue|ha sido) (?:sucedid|reemplazad)(?:o|a) por (?:la |el |los |las )?{A}',
      ],
    },
  ],

  // Spanish names put the head word first ("Organización Mundial de …"), where English puts it last; these rows are for a
  // head-first reading of names defined with an acronym.
  selfReferences: [
    { kind: 'itu-group', phrases: ['el Grupo Temático', 'este Grupo Temático', 'el Grupo', 'este Grupo'] },
    { kind: 'initiative', phrases: ['la Iniciativa', 'esta Iniciativa', 'la Iniciativa Mundial'] },
    { kind: 'study-group', phrases: ['la Comisión de Estudio', 'esta Comisión de Estudio'] },
  ],
  // Spanish leaves a subject pronoun out ("Depende de …"); "the latter" it writes.
  latter: ['Este último', 'Esta última'],
  partnerHeadings: ['Socios', 'Asociados', 'Nuestros socios', 'Organizaciones asociadas'],

  organizationHeads: [
    { word: 'Organización', kind: 'other' },
    { word: 'Unión', kind: 'other' },
    { word: 'Grupo Temático', kind: 'itu-group' },
    { word: 'Actividad Conjunta de Coordinación', kind: 'itu-group' },
    { word: 'Grupo', kind: 'itu-group' },
    { word: 'Iniciativa', kind: 'initiative' },
    { word: 'Comité', kind: 'sdo' },
    { word: 'Comisión', kind: 'other' },
    { word: 'Instituto', kind: 'sdo' },
    { word: 'Foro', kind: 'forum' },
    { word: 'Alianza', kind: 'forum' },
    { word: 'Asociación', kind: 'other' },
    { word: 'Consorcio', kind: 'sdo' },
    { word: 'Agencia', kind: 'other' },
    { word: 'Programa', kind: 'other' },
    { word: 'Federación', kind: 'other' },
    { word: 'Oficina', kind: 'other' },
  ],
};
