/**
 * Annexes, appendices and attachments after a resolution's operative part: their numbered lines are not items of
 * the last operative section, and what they name is still read, at addresses of their own ("annex-1/p-2").
 * Texts written for these tests.
 */
import { parseDocument } from '.';
import type { ParsedResolution } from '.';
import { WTDC } from '../test/support/wtdc-texts';
import type { Language } from '../test/support/wtdc-texts';

const parse = (text: string): ParsedResolution => {
  const doc = parseDocument({ file: 'annex.txt', content: Buffer.from(text, 'utf8') });
  if (doc.kind !== 'resolution') throw new Error(`expected a resolution, got ${doc.kind}`);
  return doc;
};

const ITEM = 'a)\tResolution 183 (Rev. Bucharest, 2022) of the Plenipotentiary Conference,';

/** A resolution whose last operative section is a numbered list, as annexes follow. */
const EN = [
  'RESOLUTION 65 (Rev. Kigali, 2022)',
  'Telehealth for all',
  'The World Telecommunication Development Conference (Kigali, 2022),',
  'recalling',
  ITEM,
  'invites Member States',
  '1\tto share their experience in telehealth;',
  '2\tto take part in the work set out in the Annex to this resolution.',
  '',
].join('\n');

const ANNEX = [
  '',
  'ANNEX TO RESOLUTION 65 (Rev. Kigali, 2022)',
  'Priority areas for telehealth',
  '1\tRemote consultation, in cooperation with the World Health Organization;',
  '2\tTraining of health workers, with ITU-T Study Group 16.',
  '',
].join('\n');

/** The instructions as a reader compares them: kind, addressees, and the items' (or body's) labels and texts. */
const instructions = (doc: ParsedResolution) =>
  doc.instructions.map((i) => ({
    kind: i.kind,
    addressees: i.addressees.map((m) => m.entity),
    items: i.items.map((c) => [c.label, c.text]),
  }));

describe('annexes after the operative part', () => {
  it('keeps the numbered lines of an annex out of the last operative section', () => {
    const without = parse(EN);
    const withAnnex = parse(EN + ANNEX);
    expect(instructions(withAnnex)).toEqual(instructions(without));
    expect(withAnnex.sections).toEqual(without.sections);
    expect(withAnnex.instructions.at(-1)?.items.map((c) => c.label)).toEqual(['1', '2']);
  });

  it('reads the annex as clauses of its own, with what they name', () => {
    const doc = parse(EN + ANNEX);
    const annex = doc.clauses.filter((c) => c.part === 'annex');
    expect(annex.map((c) => [c.address, c.role, c.text])).toEqual([
      ['annex-1', 'heading', 'ANNEX TO RESOLUTION 65 (Rev. Kigali, 2022)'],
      ['annex-1/p-1', 'paragraph', 'Priority areas for telehealth'],
      ['annex-1/p-2', 'paragraph', '1\tRemote consultation, in cooperation with the World Health Organization;'],
      ['annex-1/p-3', 'paragraph', '2\tTraining of health workers, with ITU-T Study Group 16.'],
    ]);
    const named = annex.flatMap((c) => c.mentions.map((m) => [m.clause, m.entity.type, m.quote]));
    expect(named).toEqual([
      ['annex-1/p-2', 'Organization', 'World Health Organization'],
      ['annex-1/p-3', 'StudyGroup', 'ITU-T Study Group 16'],
    ]);
    // Provenance points into the file.
    for (const c of annex) expect(doc.text.slice(c.span[0], c.span[1])).toBe(c.text);
  });

  it('starts a new annex at each annex, appendix or attachment heading', () => {
    const text =
      EN +
      '\nAnnex A\nTelehealth networks\nAnnex B\nTraining\nAppendix 1 to Annex B\nCourses\nATTACHMENT 2\nContacts\n';
    const headings = parse(text).clauses.filter((c) => c.part === 'annex' && c.role === 'heading');
    expect(headings.map((c) => [c.address, c.text])).toEqual([
      ['annex-1', 'Annex A'],
      ['annex-2', 'Annex B'],
      ['annex-3', 'Appendix 1 to Annex B'],
      ['annex-4', 'ATTACHMENT 2'],
    ]);
  });

  it.each([
    ['fr', 'ANNEXE À LA RÉSOLUTION 65 (RÉV. KIGALI, 2022)', '1\tConsultations à distance;'],
    ['es', 'ANEXO A LA RESOLUCIÓN 65 (REV. KIGALI, 2022)', '1\tConsultas a distancia;'],
    ['ru', 'ПРИЛОЖЕНИЕ К РЕЗОЛЮЦИИ 65 (ПЕРЕСМ. КИГАЛИ, 2022 Г.)', '1\tДистанционные консультации;'],
    ['zh', '第65号决议附件', '1\t远程会诊；'],
    ['ar', 'ملحق بالقرار 65 (المراجَع في كيغالي، 2022)', '1\tالاستشارات عن بعد؛'],
    ['en', 'Annex', '1\tRemote consultation;'],
  ] as const)('%s: reads "%s" as an annex heading', (language: Language, heading, line) => {
    const item = language === 'ar' ? 'أ )\tبالقرار 183؛' : language === 'zh' ? 'a)\t第183号决议；' : 'a)\t183;';
    const without = parse(WTDC[language](item));
    const doc = parse(WTDC[language](item, `${heading}\n${line}\n`));
    expect(instructions(doc)).toEqual(instructions(without));
    expect(doc.clauses.filter((c) => c.part === 'annex').map((c) => [c.address, c.text])).toEqual([
      ['annex-1', heading],
      ['annex-1/p-1', line],
    ]);
  });

  it('reads "annex" inside a clause, or a line naming one before the operative part, as text', () => {
    const text = EN.replace(ITEM, `${ITEM}\nAnnex 2\nb)\tthe Annex to Resolution 45,`) + ANNEX;
    const doc = parse(text);
    expect(doc.sections.find((s) => s.key === 'recalling')?.itemCount).toBe(2);
    expect(doc.clauses.find((c) => c.address === 'preamble/recalling/a')?.text).toMatch(/\nAnnex 2$/);
    expect(doc.clauses.filter((c) => c.part === 'annex' && c.role === 'heading').map((c) => c.address)).toEqual([
      'annex-1',
    ]);
  });

  it('still finds a text cut short before its annex', () => {
    const cut = EN.replace('to this resolution.', 'to this') + ANNEX;
    expect(() => parse(cut)).toThrow(expect.objectContaining({ code: 'DOCUMENT_TRUNCATED' }));
  });
});
