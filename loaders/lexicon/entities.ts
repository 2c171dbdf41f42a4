/**
 * Known entities of the ITU world, language-neutral: canonical English name, acronym, kind. Each language's table
 * (en.ts, zh.ts, ...) lists how the entity is written in that language under `entityNames[key]`. Acronyms listed in
 * `neutral` are matched in every language (texts in all six languages write "ITU-T", "WHO", "ISO/TC 215" ...).
 *
 * This is knowledge of the domain (who exists), not of any particular document: an entity not listed here is still
 * found when the text defines it ("… Organization (XYZ)"), with a kind guessed from its head word.
 */
import type { AssemblyBody } from './types';

export type EntityCategory = 'Organization' | 'Office' | 'Stakeholder' | 'Instrument';

export interface EntityRecord {
  readonly key: string;
  readonly category: EntityCategory;
  readonly name: string;
  readonly acronym: string | null;
  /**
   * OrganizationKind for organizations, InstrumentKind for instruments; for offices, whose they are: 'itu-office'
   * (ITU's officials), 'un-office'. A kind that starts with "itu" is ITU's own.
   */
  readonly kind: string | null;
  /** Spellings matched in every language. */
  readonly neutral: readonly string[];
  /** The Sector an organization is, or that a Bureau or its Director serves. */
  readonly sector?: 'ITU-T' | 'ITU-D' | 'ITU-R';
  /**
   * A name for several entities at once ("the Directors of the three Bureaux"): a mention of each member, all
   * quoting the same words. The record itself is never a node.
   */
  readonly members?: readonly string[];
  /**
   * With `members`: the members other than the one the same clause names before ("the Director of BDT, in
   * collaboration with the Directors of the other two Bureaux"), else the one of the same Sector as what the clause
   * names before ("the Director of BDT, in collaboration with the other two Sectors"), else the one of the adopting
   * assembly's Sector ("the other two Sectors" in a WTDC text). Read only where that is exactly one member.
   */
  readonly others?: boolean;
  /**
   * A stakeholder group whose members join a Sector: a Sector named as whose they are ("ITU-T Sector Members",
   * "ITU-T, ITU-R and ITU-D Sector Members", "Sector Members of ITU-T and ITU-D", "Membres de Secteur de l'UIT-T")
   * is part of the group's name, not a mention of the Sector.
   */
  readonly ofSector?: boolean;
  /**
   * A body a text names by its subject, in words after its name ("the Council Working Group on WSIS and SDGs",
   * "Рабочей группе Совета по ВВУИО и ЦУР"): the names among those words are part of the body's name, mentions but
   * no party of an instruction.
   */
  readonly namedBySubject?: boolean;
  /**
   * An organ the ITU Constitution or Convention sets up, which goes on from assembly to assembly: the Sectors'
   * advisory groups (Convention Arts. 11A, 14A, 17A). No group succeeds it: "builds on the work of TSAG" is no
   * succession.
   */
  readonly standing?: boolean;
}

/**
 * The numbers each Sector's study groups have had since the Sectors were formed in 1993 (ITU-T: 1 to 21, SG 21
 * opened in 2024; ITU-R: 1 to 11; ITU-D: 1 and 2). They name the Sector of a study group or Question a text numbers
 * without naming its Sector where the adopting assembly's Sector has no group of that number and one other Sector
 * has: "Question 28/16" in a WTDC text is ITU-T's. Update when an assembly opens a group with a new number.
 */
const upTo = (n: number): number[] => Array.from({ length: n }, (_, i) => i + 1);
export const STUDY_GROUP_NUMBERS: Readonly<Record<'ITU-T' | 'ITU-D' | 'ITU-R', readonly number[]>> = {
  'ITU-T': upTo(21),
  'ITU-D': upTo(2),
  'ITU-R': upTo(11),
};

const org = (
  key: string,
  name: string,
  acronym: string | null,
  kind: string,
  neutral: readonly string[] = acronym ? [acronym] : [],
  extra: Partial<EntityRecord> = {},
): EntityRecord => ({ key, category: 'Organization', name, acronym, kind, neutral, ...extra });

const stakeholder = (key: string, name: string, extra: Partial<EntityRecord> = {}): EntityRecord => ({
  key,
  category: 'Stakeholder',
  name,
  acronym: null,
  kind: null,
  neutral: [],
  ...extra,
});

const BUREAU_DIRECTORS = ['director-tsb', 'director-bdt', 'director-br'];
const SECTORS = ['itu-t', 'itu-d', 'itu-r'];
const BUREAUX = ['tsb', 'bdt', 'br'];

export const ENTITIES: readonly EntityRecord[] = [
  org('itu', 'International Telecommunication Union', 'ITU', 'itu', ['ITU']),
  org('itu-t', 'ITU Telecommunication Standardization Sector', 'ITU-T', 'itu-sector', ['ITU-T'], { sector: 'ITU-T' }),
  org('itu-d', 'ITU Telecommunication Development Sector', 'ITU-D', 'itu-sector', ['ITU-D'], { sector: 'ITU-D' }),
  org('itu-r', 'ITU Radiocommunication Sector', 'ITU-R', 'itu-sector', ['ITU-R'], { sector: 'ITU-R' }),
  {
    key: 'itu-sectors',
    category: 'Organization',
    name: 'the three Sectors of ITU',
    acronym: null,
    kind: 'itu-sector',
    neutral: [],
    members: SECTORS,
  },
  {
    key: 'other-itu-sectors',
    category: 'Organization',
    name: 'the other two Sectors of ITU',
    acronym: null,
    kind: 'itu-sector',
    neutral: [],
    members: SECTORS,
    others: true,
  },
  org('tsb', 'Telecommunication Standardization Bureau', 'TSB', 'itu-bureau', ['TSB'], { sector: 'ITU-T' }),
  org('bdt', 'Telecommunication Development Bureau', 'BDT', 'itu-bureau', ['BDT'], { sector: 'ITU-D' }),
  org('br', 'Radiocommunication Bureau', 'BR', 'itu-bureau', [], { sector: 'ITU-R' }),
  {
    key: 'itu-bureaux',
    category: 'Organization',
    name: 'the three Bureaux of ITU',
    acronym: null,
    kind: 'itu-bureau',
    neutral: [],
    members: BUREAUX,
  },
  {
    key: 'other-itu-bureaux',
    category: 'Organization',
    name: 'the other two Bureaux of ITU',
    acronym: null,
    kind: 'itu-bureau',
    neutral: [],
    members: BUREAUX,
    others: true,
  },
  org('general-secretariat', 'ITU General Secretariat', null, 'itu-bureau', []),
  org('itu-council', 'ITU Council', null, 'itu', []),
  // A working group of the Council (CWG-Internet, CWG-COP, CWG-FHR …) as a text names one by its subject ("the
  // Council Working Group on Child Online Protection"): a body of its own, not the Council. Which group, no id can
  // tell from a subject written in six languages' words; a text that defines the group's acronym ("… (CWG-COP)")
  // names that group, there and wherever else it writes the same name (see mentions.ts).
  org('council-working-group', 'ITU Council working group', null, 'itu-group', [], { namedBySubject: true }),
  // Other councils and boards: known, so that the ITU Council is not read inside their names.
  org('ecosoc', 'United Nations Economic and Social Council', 'ECOSOC', 'un-body'),
  org('un-security-council', 'United Nations Security Council', null, 'un-body', []),
  org('un-human-rights-council', 'United Nations Human Rights Council', null, 'un-body', []),
  org('council-of-europe', 'Council of Europe', null, 'other', []),
  org('who-executive-board', 'WHO Executive Board', null, 'other', []),
  org('un-ceb', 'United Nations System Chief Executives Board for Coordination', 'CEB', 'un-body'),
  org('tsag', 'Telecommunication Standardization Advisory Group', 'TSAG', 'itu-group', undefined, { standing: true }),
  org('tdag', 'Telecommunication Development Advisory Group', 'TDAG', 'itu-group', undefined, { standing: true }),
  org('rag', 'Radiocommunication Advisory Group', 'RAG', 'itu-group', undefined, { standing: true }),
  org('fg-ai4h', 'ITU/WHO Focus Group on Artificial Intelligence for Health', 'FG-AI4H', 'itu-group'),
  org('gi-ai4h', 'Global Initiative on AI for Health', 'GI-AI4H', 'initiative'),
  // A UN initiative that ITU, UNECE and UN-Habitat coordinate. Known, not read where a text defines it: its name has
  // no head word ("Initiative", "Alliance" …) that a definition starts from, and reading any capitalised words before
  // an acronym as an organisation would make one of "Internet of Things (IoT)" or "Small Island Developing States".
  org('u4ssc', 'United for Smart Sustainable Cities', 'U4SSC', 'initiative'),
  // ITU-T's Joint Coordination Activities on e-health and on the Internet of Things: known, not only read where a
  // text defines them (lexicon `organizationHeads`), since Chinese names have no head word to start from (the
  // Chinese table lists none) and "JCA-eHealth" is no acronym as definitions read them (they want a capital after
  // the hyphen). Other JCAs are read where a text defines them.
  org('jca-ehealth', 'Joint Coordination Activity on e-Health', 'JCA-eHealth', 'itu-group'),
  org(
    'jca-iot',
    'Joint Coordination Activity on Internet of Things and Smart Cities and Communities',
    'JCA-IoT',
    'itu-group',
    // Its acronym as ITU-T writes it in full.
    ['JCA-IoT', 'JCA-IoT and SC&C'],
  ),
  org('who', 'World Health Organization', 'WHO', 'un-agency'),
  org('wipo', 'World Intellectual Property Organization', 'WIPO', 'un-agency'),
  org('unesco', 'United Nations Educational, Scientific and Cultural Organization', 'UNESCO', 'un-agency'),
  org('unicef', "United Nations Children's Fund", 'UNICEF', 'un-agency'),
  org('undp', 'United Nations Development Programme', 'UNDP', 'un-agency'),
  org('un-habitat', 'United Nations Human Settlements Programme', 'UN-Habitat', 'un-agency'),
  org('unodc', 'United Nations Office on Drugs and Crime', 'UNODC', 'un-agency'),
  org('unece', 'United Nations Economic Commission for Europe', 'UNECE', 'un-body'),
  org('wmo', 'World Meteorological Organization', 'WMO', 'un-agency'),
  org('world-bank', 'World Bank', null, 'un-agency'),
  org('un', 'United Nations', 'UN', 'un-body', ['UN']),
  org('unga', 'United Nations General Assembly', 'UNGA', 'un-body'),
  org('wha', 'World Health Assembly', 'WHA', 'un-body', []),
  org('iso', 'International Organization for Standardization', 'ISO', 'sdo'),
  org('iec', 'International Electrotechnical Commission', 'IEC', 'sdo'),
  org('iso-tc-215', 'ISO Technical Committee 215 on Health informatics', 'ISO/TC 215', 'sdo', [
    'ISO/TC 215',
    'ISO TC 215',
    'ISO/TC215',
  ]),
  org('iso-iec-jtc-1', 'ISO/IEC Joint Technical Committee 1', 'ISO/IEC JTC 1', 'sdo', ['ISO/IEC JTC 1', 'JTC 1']),
  org('ieee', 'Institute of Electrical and Electronics Engineers', 'IEEE', 'sdo'),
  org('ietf', 'Internet Engineering Task Force', 'IETF', 'sdo'),
  org('etsi', 'European Telecommunications Standards Institute', 'ETSI', 'sdo'),
  org('3gpp', '3rd Generation Partnership Project', '3GPP', 'sdo'),
  // "HL7 International" is how HL7 names itself, in every language.
  org('hl7', 'Health Level Seven International', 'HL7', 'sdo', ['HL7', 'HL7 International']),
  org('w3c', 'World Wide Web Consortium', 'W3C', 'sdo'),
  org('gsc', 'Global Standards Collaboration', 'GSC', 'forum'),
  // Health-standards and industry bodies ITU's e-health pages list as partners.
  org('ihe', 'Integrating the Healthcare Enterprise', 'IHE', 'sdo', ['IHE', 'IHE International']),
  org('continua', 'Continua Health Alliance', null, 'forum', ['Continua Health Alliance']),
  org('gsma', 'GSM Association', 'GSMA', 'other'),
  org('wsis', 'World Summit on the Information Society', 'WSIS', 'forum'),
  org('ai-for-good', 'AI for Good Global Summit', null, 'forum', []),

  {
    key: 'director-tsb',
    category: 'Office',
    name: 'Director of TSB',
    acronym: null,
    kind: 'itu-office',
    neutral: [],
    sector: 'ITU-T',
  },
  {
    key: 'director-bdt',
    category: 'Office',
    name: 'Director of BDT',
    acronym: null,
    kind: 'itu-office',
    neutral: [],
    sector: 'ITU-D',
  },
  {
    key: 'director-br',
    category: 'Office',
    name: 'Director of BR',
    acronym: null,
    kind: 'itu-office',
    neutral: [],
    sector: 'ITU-R',
  },
  {
    key: 'secretary-general',
    category: 'Office',
    name: 'Secretary-General',
    acronym: null,
    kind: 'itu-office',
    neutral: [],
  },
  {
    key: 'un-secretary-general',
    category: 'Office',
    name: 'Secretary-General of the United Nations',
    acronym: null,
    kind: 'un-office',
    neutral: [],
  },
  {
    key: 'bureau-directors',
    category: 'Office',
    name: 'Directors of the three Bureaux',
    acronym: null,
    kind: 'itu-office',
    neutral: [],
    members: BUREAU_DIRECTORS,
  },
  {
    key: 'other-bureau-directors',
    category: 'Office',
    name: 'Directors of the other two Bureaux',
    acronym: null,
    kind: 'itu-office',
    neutral: [],
    members: BUREAU_DIRECTORS,
    others: true,
  },

  { key: 'member-states', category: 'Stakeholder', name: 'Member States', acronym: null, kind: null, neutral: [] },
  stakeholder('sector-members', 'Sector Members', { ofSector: true }),
  stakeholder('associates', 'Associates', { ofSector: true }),
  stakeholder('academia', 'Academia', { ofSector: true }),
  // Beyond ITU's membership, as resolutions invite them ("invites Member States, Sector Members, the private sector and
  // civil society").
  stakeholder('private-sector', 'Private sector'),
  stakeholder('civil-society', 'Civil society'),
  // APT, ATU, CEPT, CITEL, RCC, ASMG … together, as resolutions address them ("invites … regional telecommunication
  // organizations").
  {
    key: 'regional-telecommunication-organizations',
    category: 'Stakeholder',
    name: 'Regional telecommunication organizations',
    acronym: null,
    kind: null,
    neutral: [],
  },
  // The Member States' telecommunication administrations, as ITU-R and ITU-T texts address them ("invites
  // administrations"): a stakeholder group of its own, not the Member States themselves.
  {
    key: 'administrations',
    category: 'Stakeholder',
    name: 'Administrations',
    acronym: null,
    kind: null,
    neutral: [],
  },

  {
    key: 'geneva-plan-of-action',
    category: 'Instrument',
    name: 'WSIS Geneva Plan of Action',
    acronym: null,
    kind: 'plan-of-action',
    neutral: [],
  },
  {
    key: 'tunis-agenda',
    category: 'Instrument',
    name: 'Tunis Agenda for the Information Society',
    acronym: null,
    kind: 'agenda',
    neutral: [],
  },
  {
    key: 'agenda-2030',
    category: 'Instrument',
    name: '2030 Agenda for Sustainable Development',
    acronym: null,
    kind: 'agenda',
    neutral: [],
  },
  {
    key: 'who-global-strategy-on-digital-health',
    category: 'Instrument',
    name: 'WHO Global Strategy on Digital Health',
    acronym: null,
    kind: 'strategy',
    neutral: [],
  },
  {
    key: 'connect-2030',
    category: 'Instrument',
    name: 'Connect 2030 Agenda',
    acronym: null,
    kind: 'agenda',
    neutral: [],
  },
];

export const ENTITY_BY_KEY: ReadonlyMap<string, EntityRecord> = new Map(ENTITIES.map((e) => [e.key, e]));

/** Kinds of ITU's own that resolutions address one of a list: its officials, Sectors, Bureaux and groups. */
const LISTED_ITU_KINDS = new Set(['itu-office', 'itu-sector', 'itu-bureau', 'itu-group']);

/**
 * Whether an organisation or office of this kind is ITU's own that its texts address: with `ituItself`, any of ITU's
 * (ITU, its Council too); without, only those a list of addressees names beside others (see `LISTED_ITU_KINDS`).
 * Not an outside organisation (WHO, WIPO, a United Nations body), which ITU works with but does not instruct.
 */
export function ituKindAddressed(kind: string | null | undefined, options: { readonly ituItself: boolean }): boolean {
  if (!kind) return false;
  return options.ituItself ? kind.startsWith('itu') : LISTED_ITU_KINDS.has(kind);
}

/**
 * Whether an ITU text may address the entity: ITU's membership and stakeholders (Member States, Sector Members,
 * Associates, Academia …) and ITU's own organs, officials and groups (see {@link ituKindAddressed}).
 */
export function addressableByItu(record: EntityRecord, options: { readonly ituItself: boolean }): boolean {
  if (record.category === 'Stakeholder') return true;
  return record.category !== 'Instrument' && ituKindAddressed(record.kind, options);
}

/**
 * The sessions of ITU's assemblies since 1989, as (body, place, year), the place as the lexicons' `places` key. A
 * revision names its session ("Resolution 139 (Rev. Bucharest, 2022)": the Plenipotentiary Conference of 2022), and
 * so the body of a resolution cited without one where the text leaves it to a fallback (the adopting assembly, or
 * a list's shared body after another member). Never over a body the text writes for the citation. A (place, year)
 * two bodies met at (the Radiocommunication Assembly and the World Radiocommunication Conference) names neither.
 * Add each session as ITU holds it.
 */
const SESSIONS: readonly (readonly [AssemblyBody, string, number])[] = [
  ['PP', 'Nice', 1989],
  ['PP', 'Kyoto', 1994],
  ['PP', 'Minneapolis', 1998],
  ['PP', 'Marrakesh', 2002],
  ['PP', 'Antalya', 2006],
  ['PP', 'Guadalajara', 2010],
  ['PP', 'Busan', 2014],
  ['PP', 'Dubai', 2018],
  ['PP', 'Bucharest', 2022],
  ['WTDC', 'Buenos Aires', 1994],
  ['WTDC', 'Valletta', 1998],
  ['WTDC', 'Istanbul', 2002],
  ['WTDC', 'Doha', 2006],
  ['WTDC', 'Hyderabad', 2010],
  ['WTDC', 'Dubai', 2014],
  ['WTDC', 'Buenos Aires', 2017],
  ['WTDC', 'Kigali', 2022],
  ['WTSA', 'Helsinki', 1993],
  ['WTSA', 'Geneva', 1996],
  ['WTSA', 'Montreal', 2000],
  ['WTSA', 'Florianópolis', 2004],
  ['WTSA', 'Johannesburg', 2008],
  ['WTSA', 'Dubai', 2012],
  ['WTSA', 'Hammamet', 2016],
  ['WTSA', 'Geneva', 2022],
  ['WTSA', 'New Delhi', 2024],
  ['RA', 'Istanbul', 2000],
  ['RA', 'Geneva', 2003],
  ['RA', 'Geneva', 2007],
  ['RA', 'Geneva', 2012],
  ['RA', 'Geneva', 2015],
  ['RA', 'Sharm el-Sheikh', 2019],
  ['RA', 'Dubai', 2023],
  ['WRC', 'Istanbul', 2000],
  ['WRC', 'Geneva', 2003],
  ['WRC', 'Geneva', 2007],
  ['WRC', 'Geneva', 2012],
  ['WRC', 'Geneva', 2015],
  ['WRC', 'Sharm el-Sheikh', 2019],
  ['WRC', 'Dubai', 2023],
];

const SESSION_BODIES = new Map<string, AssemblyBody[]>();
for (const [body, place, year] of SESSIONS) {
  const key = `${place}|${year}`;
  SESSION_BODIES.set(key, [...(SESSION_BODIES.get(key) ?? []), body]);
}

/** The one assembly that met at the place (a `places` key) in the year, or null (none known, or several). */
export function sessionBody(place: string | null, year: number): AssemblyBody | null {
  const bodies = place === null ? undefined : SESSION_BODIES.get(`${place}|${year}`);
  return bodies?.length === 1 ? (bodies[0] ?? null) : null;
}
