/**
 * Arabic texts the loaders misread: a body that opens with the preposition ب joined to a verbal noun ("يكلف الأمين
 * العام بتقديم تقرير …"). Texts written for these tests, starting as the Arabic fixture does.
 */
import type { ParsedResolution } from '.';
import {
  arabicStart,
  instructionParts,
  parseLines as parse,
  partyKeys as keys,
} from '../test/support/resolution-lines';

const start = arabicStart;
const read = instructionParts;

describe('an Arabic heading whose body opens with ب joined to a verbal noun', () => {
  it('starts the body at the joined word right after the addressee', () => {
    const doc = parse([
      ...start(),
      'تكلف الأمين العام بتقديم تقرير إلى المجلس عن تنفيذ هذا القرار.',
      'تكلف مدير مكتب تقييس الاتصالات بمواصلة دعم أنشطة الصحة الإلكترونية.',
    ]);
    expect(doc.instructions.map((i) => i.kind)).toEqual(['RESOLVES', 'INSTRUCTS', 'INSTRUCTS']);
    const [, first, second] = doc.instructions;
    expect(keys(first, 'addressees')).toEqual(['secretary-general']);
    expect(first?.items.map((x) => x.text)).toEqual(['بتقديم تقرير إلى المجلس عن تنفيذ هذا القرار.']);
    expect(keys(second, 'addressees')).toEqual(['director-tsb']);
    expect(second?.items.map((x) => x.text)).toEqual(['بمواصلة دعم أنشطة الصحة الإلكترونية.']);
    expect(doc.diagnostics).toEqual([]);
  });

  it('reads a collaboration phrase before it, with or without commas, and a list of addressees', () => {
    const doc = parse([
      ...start(),
      'تكلف الأمين العام، بالتعاون مع منظمة الصحة العالمية، بتقديم تقرير إلى المجلس.',
      'تشجع الدول الأعضاء وأعضاء القطاع بالتعاون مع منظمة الصحة العالمية باتخاذ التدابير اللازمة.',
    ]);
    expect(read(doc, 'INSTRUCTS')).toEqual([['secretary-general'], ['who'], ['بتقديم تقرير إلى المجلس.']]);
    expect(read(doc, 'ENCOURAGES')).toEqual([
      ['member-states', 'sector-members'],
      ['who'],
      ['باتخاذ التدابير اللازمة.'],
    ]);
  });

  it('does not start the body at what the addressee acts as, nor at a word with the article', () => {
    const doc = parse([
      ...start(),
      'تكلف الأمين العام، بصفته رئيس مجلس الرؤساء التنفيذيين في منظومة الأمم المتحدة، بتقديم تقرير إلى المجلس.',
      'تدعو الدول الأعضاء بالاتحاد إلى المساهمة في أعمال لجنة الدراسات 16.',
    ]);
    expect(read(doc, 'INSTRUCTS')).toEqual([['secretary-general'], [], ['بتقديم تقرير إلى المجلس.']]);
    expect(read(doc, 'INVITES')).toEqual([['member-states'], [], ['إلى المساهمة في أعمال لجنة الدراسات 16.']]);
  });

  it('reads the indefinite "بتعاون وثيق مع" and "بالاشتراك مع" as collaboration phrases', () => {
    const doc = parse([
      ...start(),
      'تكلف مدير مكتب تقييس الاتصالات بتعاون وثيق مع منظمة الصحة العالمية بتنظيم ورش عمل.',
      'تدعو الدول الأعضاء بالاشتراك مع منظمة الصحة العالمية إلى وضع استراتيجيات وطنية.',
    ]);
    expect(read(doc, 'INSTRUCTS')).toEqual([['director-tsb'], ['who'], ['بتنظيم ورش عمل.']]);
    expect(read(doc, 'INVITES')).toEqual([['member-states'], ['who'], ['إلى وضع استراتيجيات وطنية.']]);
  });

  it('does not start the body at an adverb ب begins ("بشدة", strongly)', () => {
    const doc = parse([
      ...start(),
      'تحث الدول الأعضاء بشدة على المشاركة في أعمال لجنة الدراسات 16.',
      'تدعو الأمين العام بدوره إلى تقديم تقرير إلى المجلس.',
    ]);
    expect(read(doc, 'URGES')).toEqual([['member-states'], [], ['على المشاركة في أعمال لجنة الدراسات 16.']]);
    expect(read(doc, 'INVITES')).toEqual([['secretary-general'], [], ['إلى تقديم تقرير إلى المجلس.']]);
  });

  it('does not start the body at a short word ب begins, away from the addressees', () => {
    const doc = parse([...start(), 'تطلب إلى الأمين العام بين الدورات أن يقدم تقريراً.']);
    expect(read(doc, 'REQUESTS')).toEqual([['secretary-general'], [], ['أن يقدم تقريراً.']]);
  });
});

describe('an Arabic addressee qualified by an adjective that takes a preposition', () => {
  it("does not start the body at the adjective's preposition", () => {
    const doc = parse([...start(), 'تدعو الدول الأعضاء القادرة على ذلك إلى المساهمة في أعمال لجنة الدراسات 16.']);
    expect(read(doc, 'INVITES')).toEqual([['member-states'], [], ['إلى المساهمة في أعمال لجنة الدراسات 16.']]);
  });

  it('reads adjectives joined by a conjunction, and masculine ones after members', () => {
    const doc = parse([
      ...start(),
      'تدعو الدول الأعضاء الراغبة والقادرة على ذلك إلى تبادل خبراتها.',
      'تشجع أعضاء القطاع الساعين إلى تطوير خدمات الصحة الإلكترونية على المشاركة في الدراسات المتعلقة بالصحة الإلكترونية.',
    ]);
    expect(read(doc, 'INVITES')).toEqual([['member-states'], [], ['إلى تبادل خبراتها.']]);
    expect(read(doc, 'ENCOURAGES')).toEqual([
      ['sector-members'],
      [],
      ['على المشاركة في الدراسات المتعلقة بالصحة الإلكترونية.'],
    ]);
  });

  it('still starts the body at an opener after an adjective that takes none', () => {
    const doc = parse([...start(), 'تدعو الدول الأعضاء الأخرى إلى المساهمة في أعمال لجنة الدراسات 16.']);
    expect(read(doc, 'INVITES')).toEqual([['member-states'], [], ['إلى المساهمة في أعمال لجنة الدراسات 16.']]);
  });
});

describe('Arabic study groups "في" (in) a Sector', () => {
  /** The keys of the entities a clause mentions, and what each quotes. */
  const mentioned = (doc: ParsedResolution, address: string): string[] =>
    (doc.clauses.find((c) => c.address === address)?.mentions ?? []).map((m) => {
      const e = m.entity;
      return `${'key' in e ? e.key : e.type === 'StudyGroup' ? `${e.sector} SG${e.number}` : e.type}: ${m.quote}`;
    });

  it('are the study groups of each Sector of the dual, as in English, and not the Sectors', () => {
    const dual = 'لجان الدراسات المعنية في قطاعي تقييس الاتصالات وتنمية الاتصالات';
    const doc = parse([...start(), `تدعو الدول الأعضاء إلى المساهمة في أعمال ${dual}.`]);
    expect(mentioned(doc, 'invites-1/body')).toEqual([`study-groups-itu-t: ${dual}`, `study-groups-itu-d: ${dual}`]);
    const english = parse([
      'RESOLUTION 78 (Rev. Geneva, 2022)',
      'E-health',
      'The World Telecommunication Standardization Assembly (Geneva, 2022),',
      'resolves',
      '1\tto continue the work on e-health,',
      'invites Member States to contribute to the work of the relevant study groups of ITU-T and ITU-D.',
    ]);
    expect(mentioned(english, 'invites-1/body').map((m) => m.split(':')[0])).toEqual([
      'study-groups-itu-t',
      'study-groups-itu-d',
    ]);
  });

  it('are addressed, with a body that opens with ب after the second Sector', () => {
    const doc = parse([
      ...start(),
      'تكلف لجان الدراسات المعنية في قطاعي تقييس الاتصالات وتنمية الاتصالات بمواصلة الدراسات المتعلقة بالصحة الإلكترونية.',
    ]);
    expect(read(doc, 'INSTRUCTS')).toEqual([
      ['study-groups-itu-d', 'study-groups-itu-t'],
      [],
      ['بمواصلة الدراسات المتعلقة بالصحة الإلكترونية.'],
    ]);
    expect(doc.diagnostics).toEqual([]);
  });

  it("are that Sector's, numbered or of all three", () => {
    const doc = parse([
      ...start(),
      'تدعو الدول الأعضاء إلى المشاركة في أعمال لجنة الدراسات 2 في قطاع تنمية الاتصالات ولجان الدراسات في القطاعات الثلاثة.',
    ]);
    expect(mentioned(doc, 'invites-1/body')).toEqual([
      'ITU-D SG2: لجنة الدراسات 2 في قطاع تنمية الاتصالات',
      'study-groups: ولجان الدراسات في القطاعات الثلاثة',
    ]);
  });

  it("are not a Sector's where it has no group of that number: the group takes part in the Sector's work", () => {
    const doc = parse([
      ...start(),
      'تدعو الدول الأعضاء إلى دعم مشاركة لجنة الدراسات 17 في قطاع تنمية الاتصالات في أنشطة الأمن السيبراني.',
    ]);
    expect(mentioned(doc, 'invites-1/body')).toEqual(['ITU-T SG17: لجنة الدراسات 17', 'itu-d: قطاع تنمية الاتصالات']);
  });
});
