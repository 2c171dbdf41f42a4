/**
 * Spanish, as in the ITU Spanish texts of WTSA, PP and WTDC resolutions ("RESOLUCIÓN 78 (Rev. Ginebra, 2022)",
 * "La Asamblea Mundial de Normalización de las Telecomunicaciones (Ginebra, 2022),", "recordando", "encarga a las
 * Comisiones de Estudio 16 y 20 del UIT-T"). ITU Spanish calls a Question "Cuestión" and the Sectors "el UIT-T",
 * "el UIT-D" (masculine: el Sector).
 */
import type { Lexicon } from './types';

export const es: Lexicon = {
  language: 'es',
  script: 'Latin',
  // Words that tell Spanish from English and French; "de", "la", "en", "que" are shared with French and left out.
  stopwords: ['el', 'los', 'las', 'y', 'del', 'para', 'con', 'por', 'una', 'al', 'sobre', 'se', 'su', 'sus', 'lo'],
  // "e" replaces "y" before a word starting with an i sound ("Miembros de Sector e Instituciones Académicas").
  listJoiners: [', y', ', e', ',', 'y', 'e', '/'],
  numberPrefixes: [],
  terminators: ['.', ';', ','],
  operativeOpeners: ['que', 'a'],
  articles: ['el', 'la', 'los', 'las', 'lo', 'un', 'una', 'unos', 'unas', 'al', 'del', 'todos', 'todas'],

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
    { key: 'noting', phrases: ['observando', 'tomando nota'] },
    { key: 'bearing-in-mind', phrases: ['teniendo presente', 'teniendo presentes'] },
    {
      key: 'taking-into-account',
      phrases: ['teniendo en cuenta', 'tomando en consideración', 'teniendo en consideración'],
    },
    { key: 'emphasizing', phrases: ['destacando', 'subrayando', 'haciendo hincapié'] },
    { key: 'acknowledging', phrases: ['admitiendo', 'constatando'] },
    { key: 'aware', phrases: ['consciente', 'conscientes', 'siendo consciente'] },
    { key: 'concerned', phrases: ['preocupada', 'preocupado', 'profundamente preocupada', 'expresando preocupación'] },
    { key: 'observing', phrases: ['advirtiendo', 'señalando'] },
    { key: 'welcoming', phrases: ['acogiendo con satisfacción', 'acogiendo con beneplácito', 'celebrando'] },
    { key: 'having-regard-to', phrases: ['habida cuenta de', 'visto', 'vistos'] },
  ],
  operative: [
    {
      key: 'resolves-to-instruct',
      phrases: ['resuelve encargar', 'resuelve además encargar', 'resuelve asimismo encargar', 'resuelve encomendar'],
    },
    { key: 'resolves-to-invite', phrases: ['resuelve invitar', 'resuelve además invitar'] },
    { key: 'resolves-to-request', phrases: ['resuelve pedir', 'resuelve solicitar'] },
    { key: 'resolves', phrases: ['resuelve', 'resuelve además', 'resuelve asimismo', 'decide'] },
    { key: 'instructs', phrases: ['encarga', 'encarga además', 'encarga asimismo', 'encomienda'] },
    { key: 'requests', phrases: ['pide', 'pide además', 'pide asimismo', 'solicita'] },
    { key: 'invites', phrases: ['invita', 'invita además', 'invita asimismo'] },
    { key: 'encourages', phrases: ['alienta', 'alienta además', 'alienta asimismo', 'anima', 'fomenta'] },
    { key: 'urges', phrases: ['insta', 'insta además', 'insta encarecidamente'] },
    { key: 'calls-upon', phrases: ['exhorta', 'hace un llamamiento a', 'hace un llamamiento'] },
  ],
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
  itemLetters: 'abcdefghijklmnopqrstuvwxyz',

  templates: {
    header: ['RESOLUCI(?:Ó|O)N {N}(?: \\((?:Rev\\. )?{PLACE}, {YEAR}\\))?'],
    historyEntry: ['{PLACE}, {YEAR}'],
    historySeparators: [';'],
    opening: ['(?:La |El )?{BODY} \\({PLACE}, {YEAR}\\),?'],
    revision: ['Rev.'],
    annex: [
      '(?:Anexo|Ap(?:é|e)ndice|Adjunto)(?: (?:{N}|[A-Z]))?(?: (?:al|del) Anexo(?: (?:{N}|[A-Z]))?)?(?: (?:a|de) la Resoluci(?:ó|o)n {N}(?: \\((?:Rev\\. )?{PLACE}, {YEAR}\\))?)?',
    ],
  },

  bodies: [
    {
      body: 'WTSA',
      names: ['Asamblea Mundial de Normalización de las Telecomunicaciones', 'AMNT'],
    },
    {
      body: 'PP',
      names: [
        'Conferencia de Plenipotenciarios de la Unión Internacional de Telecomunicaciones',
        'Conferencia de Plenipotenciarios de la UIT',
        'Conferencia de Plenipotenciarios',
        'PP',
      ],
    },
    {
      body: 'WTDC',
      names: ['Conferencia Mundial de Desarrollo de las Telecomunicaciones', 'CMDT'],
    },
    { body: 'RA', names: ['Asamblea de Radiocomunicaciones'] },
    { body: 'WRC', names: ['Conferencia Mundial de Radiocomunicaciones', 'CMR'] },
    { body: 'WCIT', names: ['Conferencia Mundial de Telecomunicaciones Internacionales', 'CMTI'] },
    { body: 'COUNCIL', names: ['Consejo de la UIT', 'Consejo'] },
  ],
  citationBodyLinks: ['de la', 'del', 'de'],

  patterns: {
    // Numbered, or the study groups of a Sector together ("las Comisiones de Estudio pertinentes"): no number.
    studyGroup: [
      'Comisi(?:ón|on|ones) de Estudios? {NUMS}',
      'CE ?{N}',
      'SG ?{N}',
      'Comisiones de Estudios?(?: pertinentes| competentes)?',
    ],
    question: ['Cuesti(?:ón|on|ones) {QCODE}', 'Q{QCODE}'],
    unnumberedQuestion: [
      'su Cuesti(?:ón|on) (?:sobre|relativa a|acerca de) {TEXT}',
      'la Cuesti(?:ón|on) (?:sobre|relativa a|acerca de) {TEXT}',
    ],
    ituResolution: [
      'Resoluci(?:ón|on) {N}(?: \\((?:Rev\\. )?{PLACE}, {YEAR}\\))?',
      'Resoluciones {RNUMS}(?: \\((?:Rev\\. )?{PLACE}, {YEAR}\\))?',
    ],
    unResolution: [
      'Resoluci(?:ón|on) {UNNUM} de la Asamblea General de las Naciones Unidas',
      'Resoluci(?:ón|on) {UNNUM} de la Asamblea General',
      'Resoluci(?:ón|on) {UNNUM} de la AGNU',
      'Resoluci(?:ón|on) de la Asamblea General de las Naciones Unidas {UNNUM}',
    ],
    whaResolution: [
      'Resoluci(?:ón|on) WHA ?{WHANUM}',
      'WHA ?{WHANUM}',
      'Resoluci(?:ón|on) {UNNUM} de la Asamblea Mundial de la Salud',
    ],
    sdg: [
      'Objetivos? de Desarrollo Sostenible {NUMS}',
      'Objetivos? {NUMS} de Desarrollo Sostenible',
      'ODS ?{NUMS}',
      'SDG ?{NUMS}',
      'Objetivos? {GOALS}',
      'Objetivos de Desarrollo Sostenible',
      'ODS',
    ],
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
    'fg-ai4h': [
      'Grupo Temático UIT/OMS sobre Inteligencia Artificial para la Salud',
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
    'bureau-directors': ['Directores de las tres Oficinas', 'Directores de las Oficinas'],
    'other-bureau-directors': ['Directores de las otras dos Oficinas', 'Directores de las otras Oficinas'],
    'member-states': ['Estados Miembros', 'Estado Miembro'],
    'sector-members': ['Miembros de Sector', 'Miembro de Sector', 'Miembros del Sector', 'Miembros de los Sectores'],
    associates: ['Asociados'],
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
    ],
    'connect-2030': ['Agenda Conectar 2030', 'Agenda Connect 2030'],
  },

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
      ],
    },
    {
      type: 'PARTNER_OF',
      patterns: [
        'una asociación entre {LIST}',
        'una iniciativa de colaboración entre {LIST}',
        'una iniciativa conjunta (?:de|entre) {LIST}',
        '(?:establecid|cread|organizad|lanzad)(?:o|a) conjuntamente por {LIST}',
        'en asociación con (?:la |el |los |las )?{LIST}',
      ],
    },
    {
      type: 'LAUNCHED_BY',
      patterns: [
        '(?:el )?lanzamiento (?:de la |del |de )?{A} por {LIST}',
        '{A},? (?:fue )?(?:lanzad|cread|establecid)(?:o|a) por {LIST}',
        '{A},? (?:fue )?puest(?:o|a) en marcha por {LIST}',
      ],
    },
    {
      type: 'SUCCEEDS',
      patterns: [
        'suced(?:e|iendo) (?:a la |al |a )?{B}',
        'sucesor(?:a)? (?:de la |del |de )?{B}',
        'tomando el relevo (?:de la |del |de )?{B}',
        'sobre la base de la labor (?:de la |del |de )?{B}',
        'en transición desde (?:la |el )?{B}',
      ],
    },
  ],

  // Spanish names put the head word first ("Organización Mundial de …"), where English puts it last; these rows are for a
  // head-first reading of names defined with an acronym.
  organizationHeads: [
    { word: 'Organización', kind: 'other' },
    { word: 'Unión', kind: 'other' },
    { word: 'Grupo Temático', kind: 'itu-group' },
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
  ],
};
