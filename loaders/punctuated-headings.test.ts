/**
 * Operative headings written with punctuation at the end of their line: a comma or colon before the items or body
 * below ("invites Member States:", "instructs the Director of BDT, in close cooperation with the Director of TSB,"),
 * or the heading and its body on one line ("invites Member States to take part in …."). Before, such a line was read
 * as more text of the clause above it, and the instruction was lost. Texts written for these tests; the French,
 * Spanish, Russian and Chinese ones start as the fixtures do.
 */
import type { ParsedResolution } from '.';
import { wrapAtWidth } from '../test/support/pdf-text';
import {
  arabicStart,
  fixtureBefore,
  fixtureLines,
  instructionParts,
  parseLines as parse,
  partyKeys as keys,
} from '../test/support/resolution-lines';

const ENGLISH_START = [
  'RESOLUTION 40 (Rev. Kigali, 2022)',
  'Digital health services for remote communities',
  'The World Telecommunication Development Conference (Kigali, 2022),',
  'recalling',
  'a)\tResolution 7 (Rev. Kigali, 2022) of the World Telecommunication Development Conference;',
  'b)\tthe work of ITU-D Study Group 2 on telehealth,',
  'resolves',
  '1\tto continue the work on telehealth;',
  '2\tto report on the progress made.',
];

const kinds = (doc: ParsedResolution): string[] => doc.instructions.map((i) => i.kind);

const clauseText = (doc: ParsedResolution, address: string): string | undefined =>
  doc.clauses.find((c) => c.address === address)?.text;

describe('an operative heading ending with a comma or colon', () => {
  it('is the heading of the items below it, with its addressees and collaborators', () => {
    const doc = parse([
      ...ENGLISH_START,
      'instructs the Director of the Telecommunication Development Bureau, in close cooperation with the Director of the Telecommunication Standardization Bureau,',
      '1\tto assist Member States in planning telehealth networks;',
      '2\tto report on the progress made.',
    ]);
    expect(kinds(doc)).toEqual(['RESOLVES', 'INSTRUCTS']);
    const [, instructs] = doc.instructions;
    expect(keys(instructs, 'addressees')).toEqual(['director-bdt']);
    expect(keys(instructs, 'collaborators')).toEqual(['director-tsb']);
    expect(instructs?.items.map((i) => i.label)).toEqual(['1', '2']);
    // The clause above keeps its own words only.
    expect(clauseText(doc, 'resolves-1/item-2')).toBe('to report on the progress made.');
    expect(doc.diagnostics).toEqual([]);
  });

  it('is the heading of the body below a colon', () => {
    const doc = parse([...ENGLISH_START, 'invites Member States:', 'to share their experience of telehealth.']);
    expect(kinds(doc)).toEqual(['RESOLVES', 'INVITES']);
    expect(keys(doc.instructions[1], 'addressees')).toEqual(['member-states']);
    expect(doc.instructions[1]?.items.map((i) => i.text)).toEqual(['to share their experience of telehealth.']);
  });

  it('is not a heading in Chinese where no name follows the marker, as in a line broken in a sentence', () => {
    const start = fixtureBefore('zh-pp-resolution.txt', /^邀请/);
    const item = start.at(-1) ?? '';
    // A wrapped item whose lines start with 请 ("invites") and 要求 ("requests", also "requirement").
    const doc = parse([
      ...start.slice(0, -1),
      item.replace(/，$/, ''),
      '要求的标准应当符合国际电联的建议书，',
      '请专家参与制定国家电子卫生战略，',
      '并向理事会报告。',
    ]);
    expect(doc.instructions.map((i) => i.kind)).not.toContain('REQUESTS');
    expect(doc.instructions.map((i) => i.kind)).not.toContain('INVITES');
  });

  it('is not a heading where the line ends with a semicolon, as items do', () => {
    const doc = parse([
      ...ENGLISH_START.slice(0, -2),
      '1\tto take note of the report of the Council at its 2019 session,',
      'decides to hold the forum in Geneva every year;',
      '2\tto report on the progress made.',
    ]);
    expect(doc.instructions.map((i) => [i.kind, i.items.length])).toEqual([['RESOLVES', 2]]);
  });

  it('is not a heading where the line before does not end a clause, nor in a sentence that starts with capitals', () => {
    const doc = parse([
      ...ENGLISH_START.slice(0, -1),
      '2\tto report on the progress made to the Council and to',
      'invites and other communications of the Bureau, as appropriate,',
      'taking into account the available resources.',
      'Requests from Member States:',
      'shall be answered in time.',
    ]);
    expect(kinds(doc)).toEqual(['RESOLVES']);
    expect(clauseText(doc, 'resolves-1/item-2')).toContain('Requests from Member States:');
  });
});

describe('an operative heading and its body on one line', () => {
  it('holds its body when it ends with a comma before the next heading', () => {
    const doc = parse([
      ...ENGLISH_START,
      'invites Member States to contribute actively to the work of ITU-D Study Group 2,',
      'encourages Academia to take part in the work.',
    ]);
    expect(doc.instructions.map((i) => [i.kind, keys(i, 'addressees'), i.items.map((x) => x.text)])).toEqual([
      ['RESOLVES', [], ['to continue the work on telehealth;', 'to report on the progress made.']],
      ['INVITES', ['member-states'], ['to contribute actively to the work of ITU-D Study Group 2,']],
      ['ENCOURAGES', ['academia'], ['to take part in the work.']],
    ]);
  });

  it('splits where the body opens: the addressees are named before it, the rest is the body', () => {
    const doc = parse([
      ...ENGLISH_START,
      'invites Member States and Sector Members to contribute actively to the work of ITU-D Study Group 2 on telehealth.',
    ]);
    expect(kinds(doc)).toEqual(['RESOLVES', 'INVITES']);
    const invites = doc.instructions[1];
    expect(keys(invites, 'addressees')).toEqual(['member-states', 'sector-members']);
    expect(invites?.heading).toBe('invites Member States and Sector Members');
    expect(invites?.items.map((i) => i.text)).toEqual([
      'to contribute actively to the work of ITU-D Study Group 2 on telehealth.',
    ]);
    expect(clauseText(doc, 'resolves-1/item-2')).toBe('to report on the progress made.');
    expect(doc.diagnostics).toEqual([]);
  });

  it('splits right after the addressees, whatever follows the opener ("to the meetings of …")', () => {
    const doc = parse([
      ...ENGLISH_START,
      'invites Member States to the meetings of ITU-D Study Group 2 to share their experience of telehealth.',
    ]);
    const invites = doc.instructions[1];
    expect(keys(invites, 'addressees')).toEqual(['member-states']);
    expect(invites?.heading).toBe('invites Member States');
    expect(invites?.items.map((i) => i.text)).toEqual([
      'to the meetings of ITU-D Study Group 2 to share their experience of telehealth.',
    ]);
  });

  it.each([
    [
      "invite la Commission d'études 2 de l'UIT-D à poursuivre ses travaux.",
      "invite la Commission d'études 2 de l'UIT-D",
    ],
    [
      'invite les États Membres de la région Afrique à participer aux travaux.',
      'invite les États Membres de la région Afrique',
    ],
  ])('in French, a name goes on after "de", a word that links it: "%s"', (line, heading) => {
    const start = fixtureBefore('fr-resolution.txt', /^décide de charger/);
    const doc = parse([...start, 'décide', '1\tde poursuivre les travaux;', '2\tde faire rapport.', line]);
    expect(doc.instructions.at(-1)?.heading).toBe(heading);
  });

  it('keeps a collaboration phrase that opens with "to" in the heading', () => {
    const doc = parse([
      ...ENGLISH_START,
      'encourages Member States to work collaboratively with the World Health Organization to develop national e-health strategies.',
    ]);
    const encourages = doc.instructions[1];
    expect(keys(encourages, 'addressees')).toEqual(['member-states']);
    expect(keys(encourages, 'collaborators')).toEqual(['who']);
    expect(encourages?.items.map((i) => i.text)).toEqual(['to develop national e-health strategies.']);
  });

  it('reads "resolves that …" as the marker and its body', () => {
    const doc = parse([...ENGLISH_START, 'further resolves that the work shall continue in ITU-D Study Group 2.']);
    expect(kinds(doc)).toEqual(['RESOLVES', 'RESOLVES']);
    expect(doc.instructions[1]?.items.map((i) => i.text)).toEqual([
      'that the work shall continue in ITU-D Study Group 2.',
    ]);
  });

  it('splits French text after the name the heading gives, not at its "de"', () => {
    const start = fixtureBefore('fr-resolution.txt', /^décide/);
    const doc = parse([
      ...start,
      'charge le Directeur du Bureau de développement des télécommunications de poursuivre les études sur la cybersanté.',
    ]);
    const instructs = doc.instructions.find((i) => i.kind === 'INSTRUCTS');
    expect(keys(instructs, 'addressees')).toEqual(['director-bdt']);
    expect(instructs?.items.map((i) => i.text)).toEqual(['de poursuivre les études sur la cybersanté.']);
  });

  it('splits Spanish text at the "a" before the verb, not at the "a" before the addressees', () => {
    const start = fixtureBefore('es-resolution.txt', /^resuelve/);
    const doc = parse([
      ...start,
      'invita a los Estados Miembros y a los Miembros de Sector a participar activamente en los trabajos sobre la cibersalud.',
    ]);
    const invites = doc.instructions.find((i) => i.kind === 'INVITES');
    expect(keys(invites, 'addressees')).toEqual(['member-states', 'sector-members']);
    expect(invites?.items.map((i) => i.text)).toEqual([
      'a participar activamente en los trabajos sobre la cibersalud.',
    ]);
  });

  it('starts a Spanish body after a relative clause that qualifies the addressees, not at its "que"', () => {
    const start = fixtureBefore('es-resolution.txt', /^resuelve/);
    const doc = parse([
      ...start,
      'invita a los Estados Miembros que estén en condiciones de hacerlo a contribuir a los trabajos sobre la cibersalud.',
      'invita a los Estados Miembros y a los Miembros de Sector que lo deseen a participar en los trabajos de la Comisión de Estudio 2 del UIT-D.',
      'invita a los Estados Miembros que así lo deseen a que compartan sus experiencias.',
      'insta a los Estados Miembros que aún no lo hayan hecho a ratificar la Constitución.',
      'invita a los Estados Miembros que estén dispuestos a acoger el próximo foro a informar al Secretario General.',
    ]);
    expect(doc.instructions.slice(-5).map((i) => [i.kind, keys(i, 'addressees'), i.items.map((x) => x.text)])).toEqual([
      ['INVITES', ['member-states'], ['a contribuir a los trabajos sobre la cibersalud.']],
      [
        'INVITES',
        ['member-states', 'sector-members'],
        ['a participar en los trabajos de la Comisión de Estudio 2 del UIT-D.'],
      ],
      ['INVITES', ['member-states'], ['a que compartan sus experiencias.']],
      ['URGES', ['member-states'], ['a ratificar la Constitución.']],
      ['INVITES', ['member-states'], ['a informar al Secretario General.']],
    ]);
    expect(doc.diagnostics).toEqual([]);
  });

  it('starts a Spanish body at "que" after the addressees where no qualifier follows it', () => {
    const start = fixtureBefore('es-resolution.txt', /^resuelve/);
    const doc = parse([
      ...start,
      'encarga al Director de la Oficina de Desarrollo de las Telecomunicaciones que ayude a los países en desarrollo a elaborar estrategias.',
      'pide a los Estados Miembros que los resultados se comuniquen al Consejo.',
      'invita a los Estados Miembros que estén en condiciones de hacerlo.',
    ]);
    expect(doc.instructions.slice(-3).map((i) => [i.kind, keys(i, 'addressees'), i.items.map((x) => x.text)])).toEqual([
      ['INSTRUCTS', ['director-bdt'], ['que ayude a los países en desarrollo a elaborar estrategias.']],
      ['REQUESTS', ['member-states'], ['que los resultados se comuniquen al Consejo.']],
      // Where no other word starts the body, the "que" passed over does.
      ['INVITES', ['member-states'], ['que estén en condiciones de hacerlo.']],
    ]);
  });

  it('opens no Spanish body at a fixed phrase with "a" ("a nivel", "a fin de") after a clause about the addressees', () => {
    const start = fixtureBefore('es-resolution.txt', /^resuelve/);
    const doc = parse([
      ...start,
      'invita a los Estados Miembros que hayan adoptado estrategias de cibersalud a nivel nacional a compartir sus experiencias.',
      'pide a las administraciones que estén preparadas a fin de responder a las emergencias sanitarias.',
      'pide a los Estados Miembros que estén en condiciones de participar a nivel nacional en los trabajos.',
    ]);
    expect(doc.instructions.slice(-3).map((i) => [i.kind, keys(i, 'addressees'), i.items.map((x) => x.text)])).toEqual([
      ['INVITES', ['member-states'], ['a compartir sus experiencias.']],
      // No other word opens a body: the "que" passed over does, as before there was a rule for such clauses.
      ['REQUESTS', ['administrations'], ['que estén preparadas a fin de responder a las emergencias sanitarias.']],
      ['REQUESTS', ['member-states'], ['que estén en condiciones de participar a nivel nacional en los trabajos.']],
    ]);
  });

  it('starts a Spanish body at a fixed phrase with "a" right after the addressees, as at any opener', () => {
    const start = fixtureBefore('es-resolution.txt', /^resuelve/);
    const doc = parse([
      ...start,
      'invita a los Estados Miembros a nivel nacional.',
      'encarga al Director de la Oficina de Desarrollo de las Telecomunicaciones a más tardar en 2025 que informe.',
    ]);
    expect(doc.instructions.slice(-2).map((i) => [i.kind, keys(i, 'addressees'), i.items.map((x) => x.text)])).toEqual([
      ['INVITES', ['member-states'], ['a nivel nacional.']],
      ['INSTRUCTS', ['director-bdt'], ['a más tardar en 2025 que informe.']],
    ]);
  });

  it.each([
    [
      'предлагает Государствам-Членам принять участие в работе над электронным здравоохранением.',
      'INVITES',
      ['member-states'],
      [],
      'принять участие в работе над электронным здравоохранением.',
    ],
    [
      'поручает Генеральному секретарю, в консультации с ВОЗ, представить отчет Совету.',
      'INSTRUCTS',
      ['secretary-general'],
      ['who'],
      'представить отчет Совету.',
    ],
    [
      'предлагает Государствам-Членам, которые в состоянии сделать это, внести вклад в работу над электронным здравоохранением.',
      'INVITES',
      ['member-states'],
      [],
      'внести вклад в работу над электронным здравоохранением.',
    ],
    [
      'предлагает Государствам-Членам и Членам Секторов, желающим сделать это, провести семинары по электронному здравоохранению.',
      'INVITES',
      ['member-states', 'sector-members'],
      [],
      'провести семинары по электронному здравоохранению.',
    ],
    [
      'предлагает Государствам-Членам, которые в состоянии сделать это.',
      'INVITES',
      ['member-states'],
      [],
      // Where no other verb starts the body, the clause's does.
      'сделать это.',
    ],
  ])(
    'splits in Russian, which has no opener word, at the verb after the addressees: %s',
    (line, kind, to, withs, body) => {
      const start = fixtureBefore('ru-wtdc-resolution.txt', /^решает/);
      const doc = parse([...start, 'решает', '1\tпродолжать работу;', '2\tпредставить отчет.', line]);
      const last = doc.instructions.at(-1);
      expect([
        last?.kind,
        keys(last, 'addressees'),
        keys(last, 'collaborators'),
        last?.items.map((i) => i.text),
      ]).toEqual([kind, to, withs, [body]]);
      expect(clauseText(doc, 'resolves-1/item-2')).toBe('представить отчет.');
      expect(doc.diagnostics).toEqual([]);
    },
  );

  it('warns, and reads the line as text, where no verb follows the addressees (Russian)', () => {
    const start = fixtureBefore('ru-wtdc-resolution.txt', /^решает/);
    const line = 'предлагает Государствам-Членам участие в работе над электронным здравоохранением.';
    const doc = parse([...start, 'решает', '1\tпродолжать работу;', '2\tпредставить отчет.', line]);
    expect(kinds(doc)).toEqual(['RESOLVES']);
    expect(clauseText(doc, 'resolves-1/item-2')).toContain(line);
    expect(doc.diagnostics.map((d) => [d.code, d.line])).toEqual([['HEADING_IN_TEXT', start.length + 4]]);
  });
});

describe('a Chinese operative heading and its body on one line', () => {
  // The fixture up to its last heading, which then ends with a body of one line that closes a clause.
  const start = (): string[] => {
    const lines = fixtureBefore('zh-pp-resolution.txt', /^邀请/);
    return [...lines.slice(0, -1), (lines.at(-1) ?? '').replace(/，$/, '。')];
  };
  const last = (doc: ParsedResolution) => {
    const i = doc.instructions.at(-1);
    return [i?.kind, keys(i, 'addressees'), keys(i, 'collaborators'), i?.items.map((x) => x.text)];
  };

  it.each([
    ['请各成员国制定国家电子卫生战略。', 'INVITES', ['member-states'], [], '制定国家电子卫生战略。'],
    [
      '邀请各成员国和部门成员积极参加ITU-T第16研究组的工作。',
      'INVITES',
      ['member-states', 'sector-members'],
      [],
      '积极参加ITU-T第16研究组的工作。',
    ],
    // Together (共同): two addressees; with (合作): a collaborator, whose phrase is the heading's.
    [
      '请各成员国与部门成员共同努力，制定国家电子卫生战略。',
      'INVITES',
      ['member-states', 'sector-members'],
      [],
      '共同努力，制定国家电子卫生战略。',
    ],
    [
      '请秘书长与部门成员共同努力，制定国家电子卫生战略。',
      'INVITES',
      ['secretary-general', 'sector-members'],
      [],
      '共同努力，制定国家电子卫生战略。',
    ],
    // Together with an outside organisation: a collaborator, as with 合作.
    ['请秘书长与世卫组织一道开展工作。', 'REQUESTS', ['secretary-general'], ['who'], '开展工作。'],
    ['请各成员国与世卫组织共同制定国家战略。', 'INVITES', ['member-states'], ['who'], '制定国家战略。'],
    [
      '责成电信发展局主任与世界卫生组织密切合作，协助各成员国制定国家电子卫生战略。',
      'INSTRUCTS',
      ['director-bdt'],
      ['who'],
      '协助各成员国制定国家电子卫生战略。',
    ],
  ])('"%s" is a heading with its body', (line, kind, addressees, collaborators, body) => {
    expect(last(parse([...start(), line]))).toEqual([kind, addressees, collaborators, [body]]);
  });

  it('is the only operative section of a text, which then loads', () => {
    const lines = fixtureBefore('zh-pp-resolution.txt', /^做出决议/);
    const doc = parse([
      ...lines.slice(0, -1),
      (lines.at(-1) ?? '').replace(/，$/, '。'),
      '请各成员国制定国家电子卫生战略。',
    ]);
    expect(last(doc)).toEqual(['INVITES', ['member-states'], [], ['制定国家电子卫生战略。']]);
  });

  it('stays text, with a warning, where the name modifies what follows it (的)', () => {
    const doc = parse([...start(), '请世界卫生组织的区域办事处提供技术支持。']);
    expect(doc.instructions.map((i) => i.kind)).not.toContain('INVITES');
    expect(doc.diagnostics.map((d) => d.code)).toContain('HEADING_IN_TEXT');
  });

  it('stays text, with a warning, where a name the lexicon does not know ends the list', () => {
    const doc = parse([...start(), '请各成员国和各国政府制定国家电子卫生战略。']);
    expect(doc.instructions.map((i) => i.kind)).not.toContain('INVITES');
    expect(doc.diagnostics.map((d) => d.code)).toContain('HEADING_IN_TEXT');
  });
});

describe('an Arabic operative heading and its body on one line', () => {
  const start = arabicStart;
  const read = instructionParts;

  it("splits at the verb after the addressees, the collaboration phrase after it the instruction's", () => {
    // Ending with the Arabic comma before the next heading: read as a heading with nothing below it, before.
    const doc = parse([
      ...start(),
      'تكلف مدير مكتب تقييس الاتصالات أن يقوم، بالتعاون مع منظمة الصحة العالمية، بدعم الدول الأعضاء في وضع استراتيجيات وطنية للصحة الإلكترونية،',
      'تدعو الدول الأعضاء إلى المشاركة في أعمال لجنة الدراسات 20 لقطاع تقييس الاتصالات.',
    ]);
    expect(kinds(doc)).toEqual(['RESOLVES', 'INSTRUCTS', 'INVITES']);
    expect(read(doc, 'INSTRUCTS')).toEqual([
      ['director-tsb'],
      ['who'],
      ['أن يقوم، بالتعاون مع منظمة الصحة العالمية، بدعم الدول الأعضاء في وضع استراتيجيات وطنية للصحة الإلكترونية،'],
    ]);
    expect(read(doc, 'INVITES')).toEqual([
      ['member-states'],
      [],
      ['إلى المشاركة في أعمال لجنة الدراسات 20 لقطاع تقييس الاتصالات.'],
    ]);
    expect(clauseText(doc, 'resolves-1/item-2')).toBe('أن تقدم تقريراً عن التقدم المحرز،');
    expect(doc.diagnostics).toEqual([]);
  });

  it('splits after a list of addressees and a collaboration phrase, at the opener that follows them', () => {
    const doc = parse([
      ...start(),
      'تشجع الدول الأعضاء وأعضاء القطاع، بالتعاون مع منظمة الصحة العالمية، على المشاركة في الدراسات المتعلقة بالصحة الإلكترونية.',
    ]);
    expect(read(doc, 'ENCOURAGES')).toEqual([
      ['member-states', 'sector-members'],
      ['who'],
      ['على المشاركة في الدراسات المتعلقة بالصحة الإلكترونية.'],
    ]);
  });

  it('does not start the body at the verb of a relative clause about the addressees', () => {
    const doc = parse([...start(), 'تدعو الدول الأعضاء التي تقوم بتطوير خدمات الصحة الإلكترونية إلى تبادل خبراتها.']);
    expect(read(doc, 'INVITES')).toEqual([['member-states'], [], ['إلى تبادل خبراتها.']]);
  });

  it('is no heading in the preamble, where a wrapped line quotes what another body urges', () => {
    // The line broke after the Arabic comma (as a PDF's may): the Health Assembly's words, not an instruction of
    // this text.
    const doc = parse([
      ...fixtureBefore('ar-resolution.txt', /^تقرر/),
      'ج)\tأن جمعية الصحة العالمية في قرارها WHA58.28 بشأن الصحة الإلكترونية،',
      'تحث الدول الأعضاء على وضع خطط استراتيجية طويلة الأجل لتطوير خدمات الصحة الإلكترونية وتنفيذها.',
      'تقرر',
      '1\tأن تواصل العمل في مجال الصحة الإلكترونية.',
    ]);
    expect(kinds(doc)).toEqual(['RESOLVES']);
    expect(clauseText(doc, 'preamble/noting/ج')).toContain('تحث الدول الأعضاء على وضع');
  });

  it('is no heading where no name follows the marker, as in a sentence that starts with the same verb', () => {
    const line = 'تدعو الحاجة إلى مواصلة العمل في مجال الصحة الإلكترونية.';
    const doc = parse([...start(), line]);
    expect(kinds(doc)).toEqual(['RESOLVES']);
    expect(clauseText(doc, 'resolves-1/item-2')).toContain(line);
  });
});

describe('punctuated operative headings in text from a PDF', () => {
  it.each([60, 72, 80])('read alike when the page broke every line at %i characters', (width) => {
    const lines = [
      ...ENGLISH_START,
      'instructs the Director of the Telecommunication Development Bureau, in close cooperation with the Director of the Telecommunication Standardization Bureau,',
      '1\tto assist Member States in planning telehealth networks for remote communities;',
      '2\tto report on the progress made.',
      'invites Member States and Sector Members to contribute actively to the work of ITU-D Study Group 2 on telehealth.',
    ];
    const read = (doc: ParsedResolution) =>
      doc.instructions.map((i) => [i.kind, keys(i, 'addressees'), keys(i, 'collaborators'), i.items.length]);
    const expected = [
      ['RESOLVES', [], [], 2],
      ['INSTRUCTS', ['director-bdt'], ['director-tsb'], 2],
      ['INVITES', ['member-states', 'sector-members'], [], 1],
    ];
    expect(read(parse(lines))).toEqual(expected);
    expect(read(parse(wrapAtWidth(lines.join('\n'), width).split('\n')))).toEqual(expected);
  });
});

describe('a one-line English heading whose addressees are qualified ("in a position to do so", "that are able")', () => {
  it('starts the body at the verb after the qualifying words, not at their own "to"', () => {
    const doc = parse([
      ...ENGLISH_START,
      'invites Member States in a position to do so to contribute to the work of ITU-D Study Group 2 on telehealth.',
      'encourages Member States and Sector Members, able to do so, to support the work of ITU-D Study Group 1.',
      'requests Member States wishing to do so to share their experience with the Director of BDT.',
      'invites Member States and Sector Members that are able to do so to support the work of ITU-D Study Group 2.',
      'invites Member States that wish to do so to participate in the work of ITU-D Study Group 2.',
      'urges Member States that have yet to do so to ratify the Constitution.',
    ]);
    expect(kinds(doc)).toEqual(['RESOLVES', 'INVITES', 'ENCOURAGES', 'REQUESTS', 'INVITES', 'INVITES', 'URGES']);
    const [, invites, encourages, requests, relative, wish, yet] = doc.instructions;
    expect(keys(invites, 'addressees')).toEqual(['member-states']);
    expect(invites?.items.map((i) => i.text)).toEqual([
      'to contribute to the work of ITU-D Study Group 2 on telehealth.',
    ]);
    expect(keys(encourages, 'addressees')).toEqual(['member-states', 'sector-members']);
    expect(encourages?.items.map((i) => i.text)).toEqual(['to support the work of ITU-D Study Group 1.']);
    expect(keys(requests, 'addressees')).toEqual(['member-states']);
    expect(requests?.items.map((i) => i.text)).toEqual(['to share their experience with the Director of BDT.']);
    // "that" after the addressees opens a clause about them, not the body.
    expect(keys(relative, 'addressees')).toEqual(['member-states', 'sector-members']);
    expect(relative?.items.map((i) => i.text)).toEqual(['to support the work of ITU-D Study Group 2.']);
    expect(wish?.items.map((i) => i.text)).toEqual(['to participate in the work of ITU-D Study Group 2.']);
    expect(yet?.items.map((i) => i.text)).toEqual(['to ratify the Constitution.']);
  });
});

describe('a one-line English heading with "that" or a qualifier that opens no clause about the addressees', () => {
  it('starts the body at "that" where it opens a body with its subject, or where no other word starts it', () => {
    const doc = parse([
      ...ENGLISH_START,
      'urges Member States that the necessary measures be taken to implement this resolution.',
      'invites WHO that it continue its collaboration with ITU.',
      'requests the Secretary-General that the results be reported to the Council.',
    ]);
    expect(kinds(doc)).toEqual(['RESOLVES', 'URGES', 'INVITES', 'REQUESTS']);
    const [, urges, invites, requests] = doc.instructions;
    expect(keys(urges, 'addressees')).toEqual(['member-states']);
    expect(urges?.items.map((i) => i.text)).toEqual([
      'that the necessary measures be taken to implement this resolution.',
    ]);
    expect(keys(invites, 'addressees')).toEqual(['who']);
    expect(invites?.items.map((i) => i.text)).toEqual(['that it continue its collaboration with ITU.']);
    expect(keys(requests, 'addressees')).toEqual(['secretary-general']);
    expect(requests?.items.map((i) => i.text)).toEqual(['that the results be reported to the Council.']);
    expect(doc.diagnostics).toEqual([]);
  });

  it('passes over the opener of a qualifier with its own verb phrase, not of one after "so", nor of a noun', () => {
    const doc = parse([
      ...ENGLISH_START,
      'invites Member States willing to host the next forum to inform the Director of the Telecommunication Development Bureau.',
      'invites Member States that wish to participate in the pilot projects to notify the Secretary-General.',
      'invites Member States and Sector Members that so wish to participate in the work of ITU-D Study Group 2 and to contribute to it.',
      'instructs the Director of the Telecommunication Development Bureau, within the operational plan to assist developing countries to develop national telehealth strategies.',
      'invites developing countries in need to request assistance from the Telecommunication Development Bureau to implement telehealth.',
    ]);
    expect(kinds(doc)).toEqual(['RESOLVES', 'INVITES', 'INVITES', 'INVITES', 'INSTRUCTS', 'INVITES']);
    const [, host, pilot, so, plan, need] = doc.instructions;
    expect(host?.items.map((i) => i.text)).toEqual([
      'to inform the Director of the Telecommunication Development Bureau.',
    ]);
    expect(pilot?.items.map((i) => i.text)).toEqual(['to notify the Secretary-General.']);
    expect(keys(so, 'addressees')).toEqual(['member-states', 'sector-members']);
    expect(so?.items.map((i) => i.text)).toEqual([
      'to participate in the work of ITU-D Study Group 2 and to contribute to it.',
    ]);
    expect(keys(plan, 'addressees')).toEqual(['director-bdt']);
    expect(plan?.items.map((i) => i.text)).toEqual([
      'to assist developing countries to develop national telehealth strategies.',
    ]);
    expect(keys(need, 'addressees')).toEqual([]);
    expect(need?.items.map((i) => i.text)).toEqual([
      'to request assistance from the Telecommunication Development Bureau to implement telehealth.',
    ]);
  });

  it('reads a qualifier set off by commas as no part of the opener ("where able, to")', () => {
    const doc = parse([
      ...ENGLISH_START,
      'invites Member States, where able, to contribute to the work of ITU-D Study Group 2.',
      'invites Sector Members, if willing, to host a workshop on telehealth.',
    ]);
    expect(kinds(doc)).toEqual(['RESOLVES', 'INVITES', 'INVITES']);
    const [, first, second] = doc.instructions;
    expect(first?.items.map((i) => i.text)).toEqual(['to contribute to the work of ITU-D Study Group 2.']);
    expect(second?.items.map((i) => i.text)).toEqual(['to host a workshop on telehealth.']);
    expect(doc.diagnostics).toEqual([]);
  });
});

describe('adverbs between the addressees and the word a body opens with', () => {
  const russian = (line: string) =>
    parse([...fixtureBefore('ru-wtdc-resolution.txt', /^решает/), 'решает', '1\tпродолжать работу;', line]);

  it.each([
    [
      'предлагает Государствам-Членам и Членам Секторов активно участвовать в работе 2-й Исследовательской комиссии МСЭ-D.',
      'INVITES',
      ['member-states', 'sector-members'],
      'активно участвовать в работе 2-й Исследовательской комиссии МСЭ-D.',
    ],
    [
      'поручает Генеральному секретарю не допускать дублирования работы.',
      'INSTRUCTS',
      ['secretary-general'],
      'не допускать дублирования работы.',
    ],
  ])('are the first words of a Russian body on its heading line: %s', (line, kind, to, body) => {
    const doc = russian(line);
    expect(instructionParts(doc, kind)).toEqual([to, [], [body]]);
    expect(doc.instructions.find((i) => i.kind === kind)?.heading).toBe(line.slice(0, line.length - body.length - 1));
  });

  it('are the first words of an English body on its heading line ("actively to participate")', () => {
    const line = 'invites Member States and Sector Members actively to participate in the work of ITU-D Study Group 2.';
    const doc = parse([...ENGLISH_START, line]);
    expect(instructionParts(doc, 'INVITES')).toEqual([
      ['member-states', 'sector-members'],
      [],
      ['actively to participate in the work of ITU-D Study Group 2.'],
    ]);
  });

  it.each([
    // Set off by commas, the words are no adverb of the body's verb alone.
    ['предлагает Государствам-Членам, по возможности, участвовать в работе.', 'участвовать в работе.'],
    // Words of the addressees' own (a preposition and its noun) stand between: the body starts at the verb.
    ['предлагает Государствам-Членам из развивающихся стран активно участвовать в работе.', 'участвовать в работе.'],
  ])('are not read so where other words stand between: %s', (line, body) => {
    expect(instructionParts(russian(line), 'INVITES')[2]).toEqual([body]);
  });

  it.each([
    // A noun of the adverbs' ending that a name modifies, after an article, is the addressees'.
    [
      'invites Member States and the United Nations family to support the implementation of this resolution.',
      'INVITES',
      'to support the implementation of this resolution.',
    ],
    [
      'invites Member States and relevant entities of the ITU family to support the work.',
      'INVITES',
      'to support the work.',
    ],
    [
      'instructs the Director of the Telecommunication Development Bureau, in close collaboration with WHO and the ITU family to assist Member States.',
      'INSTRUCTS',
      'to assist Member States.',
    ],
    // The negation is the body's: without it the body says the opposite.
    [
      'requests the Secretary-General not to duplicate the work of WHO.',
      'REQUESTS',
      'not to duplicate the work of WHO.',
    ],
    ['invites Member States and WHO not to duplicate the work of ITU.', 'INVITES', 'not to duplicate the work of ITU.'],
    // After the comma that closes a collaboration phrase.
    [
      'instructs the Director of the Telecommunication Development Bureau, in collaboration with WHO, actively to support Member States.',
      'INSTRUCTS',
      'actively to support Member States.',
    ],
    // An adverb the lexicon lists whole is one after a name that follows an article too.
    [
      'requests the Secretary-General actively to promote telehealth in the work of the Union.',
      'REQUESTS',
      'actively to promote telehealth in the work of the Union.',
    ],
    // After a clause about the addressees that ends with its qualifier or the pronoun for what that would take.
    [
      'invites Member States that are able to do so actively to contribute to the work on telehealth.',
      'INVITES',
      'actively to contribute to the work on telehealth.',
    ],
    [
      'invites Member States that so wish actively to join the work on telehealth.',
      'INVITES',
      'actively to join the work on telehealth.',
    ],
    // Not a noun of the adverbs' ending after such a clause: it is the addressees' (no name before it, so that the
    // clause's last word is looked at, and it is no qualifier).
    ['invites Member States that wish to join the ITU family to support the work.', 'INVITES', 'to support the work.'],
    [
      'invites Member States that wish to join the Internet family to support the work.',
      'INVITES',
      'to support the work.',
    ],
  ])('open an English body only where they are adverbs: %s', (line, kind, body) => {
    expect(instructionParts(parse([...ENGLISH_START, line]), kind)[2]).toEqual([body]);
  });

  it("are the body's after the comma that closes a Russian collaboration phrase", () => {
    const doc = russian('поручает Генеральному секретарю, в консультации с ВОЗ, не допускать дублирования работы.');
    expect(instructionParts(doc, 'INSTRUCTS')).toEqual([
      ['secretary-general'],
      ['who'],
      ['не допускать дублирования работы.'],
    ]);
  });

  // As on a line of its own below the heading, the adverb is the body's, wherever the page's width broke the lines.
  const invites = (doc: ParsedResolution) => {
    const [to, withs, items] = instructionParts(doc, 'INVITES');
    return [to, withs, items?.map((t) => t.replace(/\s+/gu, ' '))];
  };

  it('reads a Russian body that opens with an adverb alike at every width of a PDF', () => {
    const lines = fixtureLines('ru-wtdc-resolution.txt').filter((l) => l !== '');
    const expected = invites(parse(lines));
    expect(expected[2]).toEqual([expect.stringMatching(/^активно участвовать /u)]);
    for (let width = 40; width <= 100; width++) {
      expect([width, invites(parse(wrapAtWidth(lines.join('\n'), width).split('\n')))]).toEqual([width, expected]);
    }
  });

  it.each([40, 44, 48])('reads an English body that opens with an adverb alike at %i characters', (width) => {
    const lines = [
      ...ENGLISH_START,
      'invites Member States and Sector Members',
      'actively to participate in the work of ITU-D Study Group 2 on telehealth and on other matters.',
    ];
    const expected = invites(parse(lines));
    expect(expected[2]).toEqual([expect.stringMatching(/^actively to participate /u)]);
    expect(invites(parse(wrapAtWidth(lines.join('\n'), width).split('\n')))).toEqual(expected);
  });
});
