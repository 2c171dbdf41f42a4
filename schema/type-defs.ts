/**
 * The GraphQL type definitions. The analysts' questions in ../shared/analyst-questions are the public contract:
 * fields they use are never renamed. Descriptions are written for the analysts who read them in the playground.
 */
import gql from 'graphql-tag';

export const typeDefs = gql`
  """
  Anything in the graph, by its stable, human-readable id (for example "resolution:wtsa-78", "sg:itu-t:20",
  "org:who"). Every id returned anywhere can be passed to \`node(id:)\`.
  """
  interface Node {
    "Stable, human-readable id."
    id: ID!
  }

  "A named thing: a body, office, group, document or instrument."
  interface Entity implements Node {
    id: ID!
    "Canonical name, in English."
    name: String!
  }

  "ITU assemblies and conferences whose resolutions are in the graph."
  enum Body {
    "World Telecommunication Standardization Assembly"
    WTSA
    "Plenipotentiary Conference"
    PP
    "World Telecommunication Development Conference"
    WTDC
    "Radiocommunication Assembly"
    RA
    "ITU Council"
    COUNCIL
    "World Conference on International Telecommunications"
    WCIT
    "World Radiocommunication Conference"
    WRC
  }

  "The three Sectors of ITU."
  enum Sector {
    "Telecommunication Standardization Sector"
    ITU_T
    "Telecommunication Development Sector"
    ITU_D
    "Radiocommunication Sector"
    ITU_R
  }

  "The six official languages of the UN, as ISO 639-1 codes."
  enum Language {
    en
    fr
    es
    ru
    ar
    zh
  }

  "What an operative clause does. 'resolves to instruct X' is an instruction to X (INSTRUCTS)."
  enum InstructionKind {
    RESOLVES
    INSTRUCTS
    REQUESTS
    INVITES
    ENCOURAGES
    URGES
  }

  "The part a party plays in an instruction."
  enum MandateRole {
    "The party is told to act."
    ADDRESSEE
    "The party is named as someone the addressees are to work with."
    COLLABORATOR
  }

  enum DocumentKind {
    "The text of a resolution."
    RESOLUTION
    "A web page about an ITU group."
    GROUP_PAGE
  }

  enum OrganizationKind {
    ITU
    ITU_SECTOR
    ITU_BUREAU
    ITU_GROUP
    INITIATIVE
    UN_AGENCY
    UN_BODY
    SDO
    FORUM
    OTHER
  }

  "Direction of a relationship as seen from the node asked about."
  enum Direction {
    "From this node to the other."
    OUT
    "From the other node to this one."
    IN
  }

  "Relationship types between entities."
  enum RelationType {
    INSTRUCTS
    COLLABORATES_WITH
    CITES
    MENTIONS
    STUDIED_BY
    REPORTS_TO
    PARTNER_OF
    LAUNCHED_BY
    SUCCEEDS
    COORDINATED_BY
    HAS_VERSION
    ADOPTED_AT
  }

  "Where a fact was read: the document, the clause, the exact words and their place in the text."
  type Provenance {
    "Id of the document the fact was read from."
    document: ID!
    "Stable address of the clause inside that document, e.g. 'preamble/noting/b' or 'instructs-1/item-3'."
    clause: String
    "The words of the text that state the fact."
    quote: String!
    "Offset of the quote's first character in the document's text."
    start: Int!
    "Offset just after the quote's last character."
    end: Int!
  }

  "A resolution as a work, across all its revisions."
  type Resolution implements Node & Entity {
    id: ID!
    "Body and number, e.g. 'WTSA Resolution 78'."
    name: String!
    body: Body!
    number: String!
    "Title as the text states it (English when an English text is loaded), or null."
    title: String
    "Every known revision, oldest first: from loaded texts, from history lines, and from citations."
    versions: [Version!]!
    "One revision, by the year of the assembly that adopted it."
    version(year: Int!): Version
    """
    Every passage that cites this resolution, naming the work alone ('WTSA Resolution 78') or one of its revisions
    ('Resolution 78 (Rev. New Delhi, 2024)'): in resolution texts (\`by\` is the citing Version, one passage per
    language loaded) and in group pages (\`by\` is the page's Document). \`cited\` says which: this Resolution, or
    the Version named. Ordered by the citing node's id, then the document, then the place in it.
    """
    citingPassages: [CitingPassage!]!
  }

  "One revision of a resolution, adopted by an assembly in a year and place."
  type Version implements Node & Entity {
    id: ID!
    "e.g. 'WTSA Resolution 78 (Rev. New Delhi, 2024)'."
    name: String!
    resolution: Resolution!
    year: Int!
    place: String
    "Revision label as ITU writes it, e.g. 'Rev. New Delhi, 2024'."
    label: String!
    "How this version is known: TEXT (a loaded document), HISTORY_LINE, CITATION or MANIFEST."
    source: String!
    "Languages of the loaded documents of this version (empty when known only from a history line or citation)."
    languages: [Language!]!
    documents: [Document!]!
    "Study groups this version instructs (as addressees of any instruction)."
    instructedGroups: [StudyGroup!]!
    """
    What each party is instructed, invited, encouraged... to do, in text order. With several languages loaded, the
    instructions of one document are returned: the one in the \`language\` given (none if the version has no text in
    it); without a \`language\`, the English one, else the first by language.
    """
    instructions(language: Language): [Instruction!]!
    "What this version cites: ITU resolutions (as the cited revision when the citation names one) and other instruments."
    citations: [Citation!]!
    "Entities this version names anywhere in its text."
    mentions: [Entity!]!
    """
    Every passage that cites this revision by its year or place ('Resolution 78 (Rev. New Delhi, 2024)'), in
    resolution texts (\`by\`: the citing Version) and group pages (\`by\`: the page's Document); citations of the
    work alone are the Resolution's \`citingPassages\`. Ordered as there.
    """
    citingPassages: [CitingPassage!]!
  }

  "A citation of another text, with where it is made."
  type Citation {
    "The cited work or revision."
    cited: Entity!
    "The cited work (the resolution when a revision is cited)."
    work: Entity!
    provenance: Provenance!
  }

  """
  A passage that cites a work, seen from the cited side: who cites it, what exactly it cites, and where. Several
  passages of one text citing the same work are each listed.
  """
  type CitingPassage {
    "The citing text: a Version of a resolution, or the Document of a group page (which has no Version)."
    by: Entity!
    "What the passage cites: a Version when it names a revision, else the Resolution or Instrument."
    cited: Entity!
    "The document, clause and quoted words of the citation, and their place in the document's text."
    provenance: Provenance!
  }

  "A passage that names an entity, seen from the named side: who names it, and where."
  type MentioningPassage {
    "The naming text: a Version of a resolution, or the Document of a group page (which has no Version)."
    by: Entity!
    "The document, clause and quoted words, and their place in the document's text."
    provenance: Provenance!
  }

  "One file of a version in one language, or a web page."
  type Document implements Node & Entity {
    id: ID!
    name: String!
    title: String
    language: Language!
    kind: DocumentKind!
    file: String!
    "sha256 of the file's bytes."
    checksum: String!
    encoding: String!
    "Facts taken from the corpus manifest rather than from the text, e.g. ['resolution.number']."
    manifestFacts: [String!]!
    "The standard ITU foreword, kept apart from the resolution's own text."
    foreword: String
    version: Version
    clauses: [Clause!]!
    """
    What this document cites, in the order of its text: a group page's citations, or, for the text of a
    resolution, the citations of its version made in this document (its language).
    """
    citations: [Citation!]!
  }

  "A heading, item or body of a document, at a stable address."
  type Clause implements Node {
    id: ID!
    document: Document!
    "e.g. 'preamble/noting/b', 'instructs-2/item-3', 'invites-1/body', 'annex-1/p-2'."
    address: String!
    "'preamble', 'operative', 'annex' (an annex, appendix or attachment after the operative part) or 'page'."
    part: String!
    section: String!
    role: String!
    label: String
    text: String!
    footnotes: [String!]!
    start: Int!
    end: Int!
  }

  "An operative clause: who is told to do what, with whom, and where the text says so."
  type Instruction implements Node {
    id: ID!
    kind: InstructionKind!
    "The operative heading as written, e.g. 'instructs Study Groups 20 and 21 of ...'."
    heading: String!
    addressees: [Entity!]!
    collaborators: [Entity!]!
    items: [InstructionItem!]!
    version: Version!
    document: Document!
    provenance: Provenance!
  }

  "One numbered item of an instruction (or its unnumbered body, with a null label)."
  type InstructionItem {
    label: String
    text: String!
    "Address of the item's clause."
    clause: String!
  }

  "An ITU study group."
  type StudyGroup implements Node & Entity {
    id: ID!
    "e.g. 'ITU-T SG20'."
    name: String!
    sector: Sector!
    number: Int!
    title: String
    "Every instruction naming this group, as addressee or collaborator: by version, then in the order of the text."
    mandates(role: MandateRole): [Mandate!]!
    "Questions this group studies."
    questions: [Question!]!
    relations(types: [RelationType!]): [Relation!]!
  }

  "A study group's, organization's or office's part in an instruction."
  type Mandate {
    role: MandateRole!
    instruction: Instruction!
    provenance: Provenance!
  }

  "A study Question."
  type Question implements Node & Entity {
    id: ID!
    name: String!
    sector: Sector!
    "e.g. '2/2', '14-3/2'; null when the text names the Question only by its subject."
    code: String
    title: String
    studyGroup: StudyGroup!
    "Versions of resolutions that name this Question; \`mentioningPassages\` lists group pages as well."
    mentionedIn: [Version!]!
    """
    Every passage that names this Question, in resolution texts (\`by\`: the Version, one passage per language
    loaded) and group pages (\`by\`: the page's Document). Ordered by the naming node's id, then the document, then
    the place in it.
    """
    mentioningPassages: [MentioningPassage!]!
  }

  "An organization: ITU and its Sectors and bureaus, ITU groups, UN agencies, standards bodies, forums."
  type Organization implements Node & Entity {
    id: ID!
    name: String!
    acronym: String
    kind: OrganizationKind!
    "Relationships with other entities, each with the text that states it."
    relations(types: [RelationType!]): [Relation!]!
    mandates(role: MandateRole): [Mandate!]!
  }

  "An office holder: the Directors of the bureaus, the Secretary-General."
  type Office implements Node & Entity {
    id: ID!
    name: String!
    mandates(role: MandateRole): [Mandate!]!
    relations(types: [RelationType!]): [Relation!]!
  }

  "A group of ITU members: Member States, Sector Members, Associates, Academia."
  type Stakeholder implements Node & Entity {
    id: ID!
    name: String!
    mandates(role: MandateRole): [Mandate!]!
    relations(types: [RelationType!]): [Relation!]!
  }

  "An assembly or conference that adopted a version."
  type Assembly implements Node & Entity {
    id: ID!
    name: String!
    body: Body!
    year: Int!
    place: String
  }

  "A cited instrument that is not an ITU resolution: UNGA and WHA resolutions, ITU Recommendations, SDGs, strategies, plans of action."
  type Instrument implements Node & Entity {
    id: ID!
    name: String!
    "un-resolution, wha-resolution, recommendation, sdg, strategy, plan-of-action or agenda."
    kind: String!
    code: String
    "Versions of resolutions that cite it; \`citingPassages\` lists group pages as well."
    citedBy: [Version!]!
    """
    Every passage that cites it, in resolution texts (\`by\`: the citing Version, one passage per language loaded)
    and group pages (\`by\`: the page's Document). Ordered by the citing node's id, then the document, then the
    place in it.
    """
    citingPassages: [CitingPassage!]!
  }

  "A relationship seen from one entity, with every passage that states it."
  type Relation {
    type: RelationType!
    direction: Direction!
    other: Entity!
    provenance: [Provenance!]!
  }

  "What changed in a resolution's mandates between two revisions."
  type VersionComparison {
    from: Version!
    to: Version!
    addedAddressees: [Entity!]!
    removedAddressees: [Entity!]!
    addedCollaborators: [Entity!]!
    removedCollaborators: [Entity!]!
    "Cited works present only in the later text (a work cited in both, in different revisions, is neither)."
    addedCitations: [Entity!]!
    removedCitations: [Entity!]!
    """
    Instructions matched by kind and addressees: added, removed, reworded (items or collaborators changed) or
    unchanged.
    """
    instructions: [InstructionChange!]!
  }

  enum ChangeStatus {
    ADDED
    REMOVED
    REWORDED
    UNCHANGED
  }

  type InstructionChange {
    status: ChangeStatus!
    kind: InstructionKind!
    before: Instruction
    after: Instruction
    "Collaborators the later instruction has and the earlier one has not (none for an added or removed instruction)."
    addedCollaborators: [Entity!]!
    "Collaborators the earlier instruction has and the later one has not (none for an added or removed instruction)."
    removedCollaborators: [Entity!]!
  }

  "A full-text hit."
  type SearchHit {
    score: Float!
    "The matched text in context, with the match between « and »."
    snippet: String!
    node: Node!
  }

  "A node ready to draw (Cytoscape, D3, vis): id, type and a label."
  type GraphNode {
    id: ID!
    type: String!
    label: String!
  }

  "An edge ready to draw: source and target are node ids."
  type GraphEdge {
    id: ID!
    source: ID!
    target: ID!
    type: String!
    provenance: Provenance
  }

  "Nodes and the edges among them."
  type Subgraph {
    nodes: [GraphNode!]!
    edges: [GraphEdge!]!
    "True when the limit cut the result."
    truncated: Boolean!
  }

  "One path between two nodes; consecutive nodes are joined by the edge at the same index."
  type Path {
    "Number of edges."
    length: Int!
    nodes: [GraphNode!]!
    edges: [GraphEdge!]!
  }

  type TypeCount {
    type: String!
    count: Int!
  }

  "Counters for dashboards."
  type Stats {
    nodes: [TypeCount!]!
    relationships: [TypeCount!]!
    documents: [Document!]!
  }

  type PageInfo {
    endCursor: String
    hasNextPage: Boolean!
  }

  type ResolutionConnection {
    totalCount: Int!
    nodes: [Resolution!]!
    pageInfo: PageInfo!
  }

  type InstructionConnection {
    totalCount: Int!
    nodes: [Instruction!]!
    pageInfo: PageInfo!
  }

  type DocumentConnection {
    totalCount: Int!
    nodes: [Document!]!
    pageInfo: PageInfo!
  }

  enum ResolutionSort {
    NUMBER
    BODY
  }

  input ResolutionFilter {
    body: Body
    number: String
  }

  type VersionConnection {
    totalCount: Int!
    nodes: [Version!]!
    pageInfo: PageInfo!
  }

  enum VersionSort {
    YEAR
    YEAR_DESC
    NUMBER
  }

  input VersionFilter {
    body: Body
    number: String
    "Adopted in or after this year."
    yearFrom: Int
    "Adopted in or before this year."
    yearTo: Int
    "Instructing (inviting, encouraging, ...) this entity (id), as an addressee."
    addressee: ID
    "Citing this Version or Instrument (id)."
    cites: ID
    "Naming this entity (id) anywhere in the text."
    mentions: ID
  }

  input InstructionFilter {
    kind: InstructionKind
    "Only instructions addressed to this entity (id)."
    addressee: ID
    "Only instructions naming this entity (id) as a collaborator."
    collaborator: ID
  }

  type Query {
    "Any node by its id."
    node(id: ID!): Node
    "Many nodes by id, in order (null for unknown ids)."
    nodes(ids: [ID!]!): [Node]!

    "A resolution by body and number, e.g. body: WTSA, number: \\"78\\"."
    resolution(body: Body!, number: String!): Resolution
    "Resolutions, filtered and paginated (at most 100 a page)."
    resolutions(
      filter: ResolutionFilter
      sort: ResolutionSort = NUMBER
      first: Int = 20
      after: String
    ): ResolutionConnection!
    "Versions of resolutions, filtered and paginated (at most 100 a page)."
    versions(filter: VersionFilter, sort: VersionSort = YEAR, first: Int = 20, after: String): VersionConnection!
    "Instructions across all resolutions, filtered and paginated (at most 100 a page)."
    instructions(filter: InstructionFilter, first: Int = 20, after: String): InstructionConnection!
    "Documents, filtered by language and kind, paginated."
    documents(language: Language, kind: DocumentKind, first: Int = 20, after: String): DocumentConnection!

    "A study group by Sector and number."
    studyGroup(sector: Sector!, number: Int!): StudyGroup
    studyGroups(sector: Sector): [StudyGroup!]!
    "Every organization the corpus names (at most \`first\`)."
    organizations(kind: OrganizationKind, first: Int = 100): [Organization!]!
    "An organization by acronym (case-insensitive) or id."
    organization(acronym: String, id: ID): Organization
    "Every study Question the corpus names."
    questions(sector: Sector, first: Int = 100): [Question!]!

    "How the mandates of a resolution changed between two revisions (by assembly year)."
    compareVersions(body: Body!, number: String!, from: Int!, to: Int!): VersionComparison

    "Where a word or phrase is used, in any language of the corpus."
    search(text: String!, first: Int = 20, languages: [Language!]): [SearchHit!]!
    "Everything within \`depth\` hops of a node (at most \`limit\` nodes, closest first)."
    neighborhood(id: ID!, depth: Int = 1, limit: Int = 200): Subgraph!
    "Shortest paths between two nodes, ignoring direction."
    paths(from: ID!, to: ID!, maxLength: Int = 4, limit: Int = 5): [Path!]!
    "What is in the graph."
    stats: Stats!
  }
`;
