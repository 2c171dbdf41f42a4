/** Chinese (simplified), as in the ITU Chinese texts of WTSA, PP and WTDC resolutions. */
import type { Lexicon } from './types';

/**
 * The subject of a working group of the Council, written between 理事会 and 工作组 ("理事会保护上网儿童工作组",
 * "理事会财务和人力资源工作组", "理事会信息社会世界峰会和可持续发展目标工作组"), as regex source: noun-like words, at
 * most 20 characters, no punctuation, no 的 or 了. Where the words after 理事会 make a sentence of it, they are no
 * subject, and 理事会 is the Council ("秘书长向理事会通报各研究组和工作组的工作": reports to the Council on the study
 * groups and working groups):
 *  - they open with a list word or a preposition ("理事会和各工作组", "理事会向工作组", "理事会在其会议上审议该工作组");
 *  - they hold a verb of what is done with the Council or its groups' work ({@link COUNCIL_ACTS});
 *  - they end with a list word, perhaps with a determiner after it ("理事会会议和各工作组"): a list word joins two
 *    words of the subject ("财务和人力资源"), never the subject to the group.
 * Nor where they name a study group, official or Bureau (mentions.ts): "理事会提交ITU-T第16研究组工作组".
 */
const COUNCIL_ACTS = [
  '提交',
  '通报',
  '审议',
  '审查',
  '报告',
  '汇报',
  '转交',
  '提供',
  '介绍',
  '通过',
  '批准',
  '核准',
  '设立',
  '成立',
  '建立',
  '指定',
  '决定',
  '要求',
  '责成',
  '邀请',
  '鼓励',
  '协助',
  '参加',
  '参与',
  '开展',
  '考虑',
  '注意',
  '听取',
  '收到',
];
const COUNCIL_SUBJECT =
  '(?![和及与或向将把对就由在从为是请])' +
  `(?:(?!${COUNCIL_ACTS.join('|')})[^\\s，、。；：（）()“”的了]){1,20}?` +
  '(?<![和及与或](?:各|其|该|有关|相关|所有)?)';

export const zh: Lexicon = {
  language: 'zh',
  script: 'Han',
  stopwords: ['的', '和', '在', '与', '是', '为', '对', '并', '及', '其'],
  // Determiners before an addressee's name: "请各成员国", "邀请所有部门成员".
  articles: ['各', '所有', '有关', '相关'],
  listJoiners: ['和', '、', '及', '以及', '与'],
  // A number's measure word: what follows is what it counts ("17个成员国", "5名专家").
  countNouns: ['个', '名', '位', '家'],
  numberPrefixes: ['第'],
  terminators: ['。', '；', '，', ';', ','],

  preamble: [
    { key: 'recalling-further', phrases: ['进一步忆及', '还忆及'] },
    { key: 'recalling', phrases: ['忆及'] },
    { key: 'recognizing-further', phrases: ['进一步认识到', '还认识到'] },
    { key: 'recognizing', phrases: ['认识到'] },
    { key: 'considering-further', phrases: ['进一步考虑到', '还考虑到'] },
    { key: 'considering', phrases: ['考虑到'] },
    { key: 'noting-further', phrases: ['进一步注意到', '还注意到'] },
    { key: 'noting', phrases: ['注意到', '满意地注意到', '关切地注意到'] },
    { key: 'bearing-in-mind', phrases: ['铭记'] },
    { key: 'taking-into-account', phrases: ['顾及', '虑及'] },
    { key: 'emphasizing', phrases: ['强调'] },
    { key: 'acknowledging', phrases: ['承认'] },
    { key: 'aware', phrases: ['意识到'] },
    { key: 'concerned', phrases: ['关切'] },
    { key: 'observing', phrases: ['观察到'] },
    // Thanks and approval too: "表示赞赏" / "a) 感谢主办讲习班的成员国；".
    { key: 'welcoming', phrases: ['欢迎', '表示赞赏', '表示感谢'] },
    { key: 'having-regard-to', phrases: ['鉴于'] },
    { key: 'reaffirming', phrases: ['重申'] },
    { key: 'convinced', phrases: ['深信', '确信'] },
  ],
  operative: [
    { key: 'resolves-to-instruct', phrases: ['做出决议，责成', '作出决议，责成', '决定责成', '决议责成'] },
    {
      key: 'resolves-to-invite',
      phrases: ['做出决议，请', '作出决议，请', '决定请'],
      towardsItu: 'resolves-to-request',
    },
    { key: 'resolves', phrases: ['做出决议', '作出决议', '决定', '进一步做出决议'] },
    { key: 'instructs', phrases: ['责成', '进一步责成'] },
    { key: 'requests', phrases: ['要求'] },
    { key: 'invites', phrases: ['请', '进一步请'], towardsItu: 'requests' },
    { key: 'invites', phrases: ['邀请'] },
    { key: 'encourages', phrases: ['鼓励', '进一步鼓励'] },
    { key: 'urges', phrases: ['敦促'] },
    { key: 'calls-upon', phrases: ['呼吁'] },
  ],
  // 与 … closes with how they work together: in collaboration (协作, 合作, 配合), consultation (协商, 磋商),
  // coordination (协调), or together (一道, 共同), where 与 is "and": "请各成员国与部门成员共同努力" invites both.
  collaboration: [
    { phrase: '与', closing: ['协作', '合作', '配合', '协商', '磋商', '协调'], jointly: ['一道', '共同'] },
    { phrase: '协同' },
  ],
  // 以 … 身份: "in the capacity of …" (以 alone opens much else: 以便, 以及). 作为 after the party
  // ("电信标准化局主任作为秘书处"), or before it as its modifier, up to 的 ("作为电子卫生牵头研究组的ITU-T第16研究组").
  capacity: [
    { phrase: '以', closing: ['身份'] },
    { phrase: '作为', modifierEnd: ['的'] },
  ],
  itemLetters: 'abcdefghijklmnopqrstuvwxyz',

  templates: {
    header: [
      '第 ?{N} ?号决议(?:（{YEAR} ?年，{PLACE}(?:，修订版)?）)?',
      '{HEADERBODY} ?第 ?{N}(?:-(?<REV>\\d\\d?))? ?号决议(?:（(?:{YEAR}|(?<HISTORY>(?:19|20)\\d\\d(?:-(?:19|20)\\d\\d){1,9})) ?年）)?',
      // Council texts: "第1408号决议（2023年修改）".
      '第 ?{N} ?号决议（{YEAR} ?年(?:修改)?）',
      '第 ?{N} ?号决议（{SESSION}）',
    ],
    decisionHeader: [
      '第 ?{N} ?号决定（{YEAR} ?年(?:修改)?）',
      '第 ?{N} ?号决定（{SESSION}）',
      '第 ?{N} ?号决定(?:（{YEAR} ?年，{PLACE}(?:，修订版)?）)?',
    ],
    // A note on where the Council adopted the text may close the header line.
    headerNote: ['在[^()（）\\n]{1,60}通过'],
    historyEntry: ['{YEAR} ?年，{PLACE}'],
    historySeparators: ['；', ';'],
    opening: ['{BODY}（{YEAR} ?年，{PLACE}）[，,]?', '{BODY}[，,]'],
    revision: ['修订版', '修改'],
    annex: [
      '(?:第 ?{N} ?号决议(?:（{YEAR} ?年，{PLACE}(?:，修订版)?）)?的?)?(?:附件|附录)(?: ?(?:{N}|[A-Z]))?',
      // The Council's texts ("第482号决定（2020年修改）附件") and the Radiocommunication Assembly's ("ITU-R第61-2号决议附件").
      '第 ?{N} ?号决定(?:（{YEAR} ?年(?:修改)?）|（{SESSION}）|（{YEAR} ?年，{PLACE}(?:，修订版)?）)?的?(?:附件|附录)(?: ?(?:{N}|[A-Z]))?',
      '第 ?{N} ?号决议（(?:{YEAR} ?年(?:修改)?|{SESSION})）的?(?:附件|附录)(?: ?(?:{N}|[A-Z]))?',
      '{HEADERBODY} ?第 ?{N}(?:-\\d\\d?)? ?号决议(?:（(?:{YEAR}|(?:19|20)\\d\\d(?:-(?:19|20)\\d\\d){1,9}) ?年）)?的?(?:附件|附录)(?: ?(?:{N}|[A-Z]))?',
    ],
  },

  bodies: [
    { body: 'WTSA', names: ['世界电信标准化全会'], datedNames: ['WTSA'] },
    { body: 'PP', names: ['国际电信联盟全权代表大会', '国际电联全权代表大会', '全权代表大会'], datedNames: ['PP'] },
    { body: 'WTDC', names: ['世界电信发展大会'], datedNames: ['WTDC'] },
    { body: 'RA', names: ['国际电联无线电通信全会', '无线电通信全会'], headerNames: ['ITU-R'], datedNames: ['RA'] },
    { body: 'WRC', names: ['世界无线电通信大会'], datedNames: ['WRC'] },
    { body: 'WCIT', names: ['国际电信世界大会'], datedNames: ['WCIT'] },
    { body: 'COUNCIL', names: ['国际电联理事会', '理事会'] },
  ],
  // The adopting assembly, before a citation or in a bracket after it: "本届大会第175号决议", "第175号决议（本次大会）"
  // (a WTSA or an RA calls itself 全会).
  ownBodyNames: ['本次大会', '本届大会', '本次全会', '本届全会'],
  citationBodyLinks: [],
  directorsAfterList: true,

  patterns: {
    // Numbered, or the study groups of a Sector together ("相关研究组"): no number.
    // The unnumbered ones with what qualifies them (相关 relevant, 有关 concerned, 各 each, 所有 all), so that a Sector
    // named before is right before them ("ITU-T和ITU-D相关研究组").
    studyGroup: ['第 ?{NUMS} ?研究组', 'SG ?{N}', '(?<!牵头)(?:相关|有关|各|所有)?研究组'],
    question: ['第 ?{QCODES} ?号?课题', 'Q{QCODE}'],
    unnumberedQuestion: ['其有关{TEXT}的课题', '其关于{TEXT}的课题'],
    // No plural marker: one number or a list ("第78和第90号决议", "第34、58和139号决议") before 号决议. Texts converted
    // from PDF set numbers off by spaces ("第 78 号决议（2022 年，日内瓦）"); every number slot here allows them.
    ituResolution: [
      '{HEADERBODY} ?第 ?{N}(?:-\\d\\d?)? ?号决议',
      '第 ?{RNUMS} ?号决议（{YEAR} ?年(?:修改)?）',
      '第 ?{N} ?号决议（{SESSION}）',
      '第 ?{RNUMS} ?号决议(?:（{YEAR} ?年，{PLACE}(?:，修订版)?）)?',
    ],
    ituDecision: [
      '第 ?{RNUMS} ?号决定（{YEAR} ?年(?:修改)?）',
      '第 ?{N} ?号决定（{SESSION}）',
      '第 ?{RNUMS} ?号决定(?:（{YEAR} ?年，{PLACE}(?:，修订版)?）)?',
    ],
    unResolution: [
      '联合国大会第 ?{UNNUMS} ?号决议',
      '联大第 ?{UNNUMS} ?号决议',
      // The subject between: 联合国大会关于"变革我们的世界：2030年可持续发展议程"的第70/1号决议.
      '联合国大会关于{TEXT}的第 ?{UNNUMS} ?号决议',
      'A/RES/{UNNUM}',
    ],
    whaResolution: ['第 ?{WHACODES} ?号决议', '{WHACODES}', '世界卫生大会第 ?{WHANUMS} ?号决议'],
    sdg: [
      '可持续发展目标 ?{NUMS}',
      '第 ?{NUMS} ?项可持续发展目标',
      'SDG ?{NUMS}',
      '第 ?{GOALS} ?项目标',
      '目标 ?{GOALS}',
      '可持续发展目标',
    ],
    // "ITU-T H.810建议书": the code before the word for Recommendation.
    recommendation: ['{SECTOR} ?{RCODE} ?建议书', '{SECTOR} ?{RCODE}'],
    // The subject between the Council and the group (COUNCIL_SUBJECT): 理事会保护上网儿童工作组 (the shortest, so that
    // two are two).
    councilWorkingGroup: [`(?:国际电联)?理事会(?:${COUNCIL_SUBJECT})?工作组`],
  },

  sectors: [
    { sector: 'ITU-T', names: ['国际电联电信标准化部门', '电信标准化部门'] },
    { sector: 'ITU-D', names: ['国际电联电信发展部门', '电信发展部门'] },
    { sector: 'ITU-R', names: ['国际电联无线电通信部门', '无线电通信部门'] },
  ],

  entityNames: {
    itu: ['国际电信联盟', '国际电联'],
    'itu-t': ['国际电联电信标准化部门'],
    'itu-d': ['国际电联电信发展部门'],
    'itu-r': ['国际电联无线电通信部门'],
    tsb: ['电信标准化局'],
    bdt: ['电信发展局'],
    br: ['无线电通信局'],
    tsag: ['电信标准化顾问组'],
    tdag: ['电信发展顾问组'],
    rag: ['无线电通信顾问组'],
    'fg-ai4h': ['人工智能医疗焦点组', '人工智能促进健康焦点组'],
    'gi-ai4h': ['人工智能促进健康全球倡议'],
    'jca-ehealth': ['电子卫生保健联合协调活动'],
    'jca-iot': ['物联网和智慧城市联合协调活动'],
    who: ['世界卫生组织', '世卫组织'],
    // The short names of the United Nations' Chinese texts (知识产权组织, 教科文组织, 儿基会) and WIPO's own (产权组织).
    // Not 卫生组织 for WHO, nor 开发署 for UNDP: any health organisation, and the end of 美国国际开发署 (USAID).
    wipo: ['世界知识产权组织', '知识产权组织', '产权组织'],
    unesco: ['联合国教科文组织', '教科文组织'],
    unicef: ['联合国儿童基金会', '儿基会'],
    undp: ['联合国开发计划署'],
    unece: ['联合国欧洲经济委员会', '欧洲经委会'],
    wmo: ['世界气象组织'],
    'world-bank': ['世界银行'],
    un: ['联合国'],
    unga: ['联合国大会', '联大'],
    wha: ['世界卫生大会'],
    iso: ['国际标准化组织'],
    iec: ['国际电工技术委员会', '国际电工委员会'],
    gsc: ['全球标准化协作伙伴组织', '全球标准合作'],
    // Health Level Seven International, as Chinese texts write it: its acronym and 国际 ("international").
    hl7: ['HL7国际'],
    wsis: ['信息社会世界高峰会议'],
    'director-tsb': ['电信标准化局主任'],
    'director-bdt': ['电信发展局主任'],
    'director-br': ['无线电通信局主任'],
    'secretary-general': ['秘书长'],
    // Not 各部门, 其他部门: 部门 is any department or sector ("卫生部门"), and only the number tells ITU's.
    'itu-sectors': ['国际电联三个部门', '三个部门'],
    'other-itu-sectors': ['另外两个部门', '其他两个部门'],
    'itu-council': ['国际电联理事会', '理事会'],
    ecosoc: ['经济及社会理事会', '经社理事会'],
    'un-security-council': ['安全理事会', '安理会'],
    'un-human-rights-council': ['人权理事会'],
    'council-of-europe': ['欧洲委员会'],
    'un-ceb': ['联合国系统行政首长协调理事会', '联合国行政首长协调理事会', '行政首长协调理事会', '行政首长协调会'],
    'who-executive-board': ['世卫组织执行委员会'],
    'general-secretariat': ['总秘书处'],
    'un-secretary-general': ['联合国秘书长'],
    'itu-bureaux': ['三个局'],
    'other-itu-bureaux': ['另外两个局', '其他两个局'],
    'bureau-directors': ['三个局的主任', '三局主任', '各局主任'],
    'other-bureau-directors': ['另外两个局的主任', '其他两个局的主任', '其他两局主任'],
    'member-states': ['成员国'],
    'sector-members': ['部门成员'],
    associates: ['部门准成员'],
    academia: ['学术界', '学术成员'],
    'regional-telecommunication-organizations': ['区域电信组织'],
    administrations: ['各主管部门', '主管部门'],
    'private-sector': ['私营部门'],
    'civil-society': ['民间社会'],
    'geneva-plan-of-action': ['日内瓦行动计划'],
    'tunis-agenda': ['突尼斯议程'],
    'agenda-2030': ['2030年可持续发展议程'],
    'who-global-strategy-on-digital-health': ['全球数字卫生战略'],
  },
  // Regional bodies whose names end with a known short name: 非洲地区知识产权组织 (ARIPO), 伊斯兰教科文组织 (ISESCO),
  // 阿拉伯教科文组织 (ALECSO), 欧洲理事会 (the European Council).
  nameQualifiers: [
    '地区',
    '区域',
    '非洲',
    '欧洲',
    '亚洲',
    '美洲',
    '大洋洲',
    '泛美',
    '亚太',
    '阿拉伯',
    '伊斯兰',
    '加勒比',
  ],
  qualifiedNames: ['知识产权组织', '产权组织', '教科文组织', '理事会'],

  // The places of ITU's assemblies and conferences since 1990, each as ITU's Chinese texts write it (Hyderabad in both
  // transliterations in use).
  places: {
    Dubai: ['迪拜'],
    Hammamet: ['哈马马特'],
    Geneva: ['日内瓦'],
    'New Delhi': ['新德里'],
    Busan: ['釜山'],
    Guadalajara: ['瓜达拉哈拉'],
    Hyderabad: ['海得拉巴', '海德拉巴'],
    Tunis: ['突尼斯'],
    Johannesburg: ['约翰内斯堡'],
    Florianópolis: ['弗洛里亚诺波利斯'],
    Antalya: ['安塔利亚'],
    Kigali: ['基加利'],
    'Buenos Aires': ['布宜诺斯艾利斯'],
    Bucharest: ['布加勒斯特'],
    Doha: ['多哈'],
    Marrakesh: ['马拉喀什'],
    Minneapolis: ['明尼阿波利斯'],
    Kyoto: ['京都'],
    Istanbul: ['伊斯坦布尔'],
    'Sharm el-Sheikh': ['沙姆沙伊赫'],
    'Addis Ababa': ['亚的斯亚贝巴'],
    Baku: ['巴库'],
    Montreal: ['蒙特利尔'],
    Helsinki: ['赫尔辛基'],
    Valletta: ['瓦莱塔'],
    Nice: ['尼斯'],
    'Malaga-Torremolinos': ['马拉加-托雷莫利诺斯'],
    Melbourne: ['墨尔本'],
  },

  relations: [
    { type: 'REPORTS_TO', patterns: ['向{B}报告', '隶属于{B}', '上级组：{B}'] },
    {
      type: 'PARTNER_OF',
      patterns: [
        '{LIST}之间的合作伙伴关系',
        '{LIST}之间的合作倡议',
        '{LIST}的合作倡议',
        // "JCA-eHealth与世界卫生组织（WHO）开展合作", the group opening its sentence; not after a verb ("责成第16研究组与
        // …开展合作"), and "开展合作" whole as the cue, not "合作", which most resolutions write.
        '(?<![\\p{L}\\p{N}⟧]){A}与{LIST}(?:开展合作|进行合作)',
        // The same, the list's last name one no table knows ("…、国际标准化组织（ISO）和某某联盟开展合作"): the names
        // read before it are partners all the same; the unknown name, which names no entity, is none.
        '(?<![\\p{L}\\p{N}⟧]){A}与{LIST}(?:、|和|及|以及){WORDS}(?:开展合作|进行合作)',
      ],
    },
    {
      type: 'LAUNCHED_BY',
      patterns: [
        // The active, with a date between the agents and the verb as in the passive: "…于2023年7月共同发起了…".
        '{LIST}(?:于{WORDS})?(?:共同)?(?:设立|发起|创建|成立)(?:了|的)?{A}',
        // The passive: "焦点组由第16研究组于2018年7月设立", "倡议由国际电联、世卫组织和产权组织共同发起".
        '{A}(?:于{WORDS})?由{LIST}(?:{WORDS})?(?:共同)?(?:设立|发起|创建|成立)',
      ],
    },
    {
      type: 'SUCCEEDS',
      patterns: [
        '由{B}过渡而来',
        '接替{B}',
        '从{B}过渡',
        // "是…的继承者" (is …'s successor), its subject named right before 是, or 该倡议 / 该焦点组 after a comma that
        // follows the name it stands for: "…（GI-AI4H），该倡议是FG-AI4H的继承者"; not "该研讨会是…" (a workshop), nor
        // 该倡议 after a comma that follows no name ("…组织了会议，该倡议是…").
        '(?:{A}|(?<=⟧[，,]\\s{0,2})该(?:倡议|全球倡议|焦点组))是{B}的(?:继承者|继任者)',
      ],
    },
  ],

  selfReferences: [
    { kind: 'itu-group', phrases: ['该焦点组', '本焦点组', '焦点组'] },
    { kind: 'initiative', phrases: ['该倡议', '本倡议', '该全球倡议', '全球倡议'] },
    { kind: 'study-group', phrases: ['该研究组', '本研究组'] },
  ],
  // Not 它们 (they), 该组织 (the organisation).
  pronouns: ['它(?!们)', '该组(?!织)'],
  latter: ['后者'],
  partnerHeadings: ['合作伙伴', '伙伴', '合作伙伴组织'],

  organizationHeads: [],
};
