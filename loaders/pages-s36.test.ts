/**
 * Pages whose subject a reader of real ITU pages got wrong: a Question's page with a breadcrumb under its header, a
 * page about an initiative no table knows that names an ITU group once; and names of organisations on real pages.
 */
import { entityKeyLabel, pageRelations, parsePage } from '../test/support/page-texts';

describe("a Question's page with a breadcrumb under its header line", () => {
  const doc = parsePage(
    [
      'Question 28/16 – Multimedia framework for e-health applications',
      'Home > ITU-T > Study Groups > Study Group 16 > Question 28/16',
      'Question 28/16 is one of the Questions of the study group and it develops Recommendations on e-health.',
      'Partners:',
      '- WHO',
    ].join('\n'),
  );

  it('is about the Question its header states, with its title', () => {
    expect(entityKeyLabel(doc.subject)).toBe('ITU-T Q28/16');
    expect(doc.subject).toMatchObject({ type: 'Question', title: 'Multimedia framework for e-health applications' });
  });

  it('gives the navigation words no partner', () => {
    expect(pageRelations(doc)).toEqual([]);
  });
});

describe('a breadcrumb that opens a page', () => {
  it("names the page's group by its last crumb that names one, not by a section's words before it", () => {
    const doc = parsePage(
      [
        'Home > ITU-T > Study Groups > Study Group 16',
        'Study Group 16 leads the work of the Sector on multimedia and on the applications of e-health for the patients and their doctors.',
        '',
        'Partners:',
        '- WHO',
      ].join('\n'),
    );
    expect(entityKeyLabel(doc.subject)).toBe('ITU-T SG16');
    expect(pageRelations(doc)).toEqual(['ITU-T SG16 PARTNER_OF WHO']);
  });
});

describe('a page about an initiative no table knows, naming an ITU group once', () => {
  const doc = parsePage(
    [
      '# Be He@lthy, Be Mobile',
      '',
      'Be He@lthy, Be Mobile is a global initiative led by WHO and ITU to scale up mobile health services.',
      '',
      'The initiative shares its results with ITU-D Study Group 2.',
      '',
      'Partners:',
      '- UNICEF',
    ].join('\n'),
  );

  it("gives the page's partners to no group it merely names", () => {
    expect(pageRelations(doc)).toEqual([]);
  });
});

describe('a known name with an acronym of the text’s language', () => {
  const doc = parsePage(
    [
      'Глобальная инициатива по ИИ для здравоохранения (ГИ-ИИЗ)',
      'ГИ-ИИЗ является преемником Оперативной группы МСЭ-Т по искусственному интеллекту для здравоохранения (ОГ-ИИЗ).',
      'ОГ-ИИЗ была создана Исследовательской комиссией 16 МСЭ-Т в 2018 году.',
    ].join('\n'),
  );

  it('is the known organisation, its Sector written inside the name, not a new one', () => {
    expect(pageRelations(doc)).toEqual(['GI-AI4H SUCCEEDS FG-AI4H', 'FG-AI4H LAUNCHED_BY ITU-T SG16']);
    expect(doc.clauses.flatMap((c) => c.mentions.map((m) => entityKeyLabel(m.entity)))).not.toContain('ОГ-ИИЗ');
  });
});

describe("a known acronym after a name with the group's Sector inside it", () => {
  it.each([
    [
      "Initiative mondiale sur l'IA pour la santé (GI-AI4H)",
      "La GI-AI4H fait suite au Groupe spécialisé de l'UIT-T sur l'intelligence artificielle pour la santé (FG-AI4H), qui a été créé par la Commission d'études 16 de l'UIT-T.",
    ],
    [
      'Iniciativa Mundial sobre IA para la Salud (GI-AI4H)',
      'La GI-AI4H se basa en la labor del Grupo Temático del UIT-T sobre Inteligencia Artificial para la Salud (FG-AI4H), que fue creado por la Comisión de Estudio 16 del UIT-T.',
    ],
  ])('is that group in a relation: %s', (title, text) => {
    expect(pageRelations(parsePage(`${title}\n${text}\n`))).toEqual([
      'GI-AI4H SUCCEEDS FG-AI4H',
      'FG-AI4H LAUNCHED_BY ITU-T SG16',
    ]);
  });
});

describe('health-standards and industry bodies on a list of partners', () => {
  it('are partners by the names they go by', () => {
    const doc = parsePage(
      [
        'Focus Group on AI for Health (FG-AI4H)',
        '',
        'The Focus Group on AI for Health (FG-AI4H) was established by ITU-T Study Group 16.',
        '',
        'Partners:',
        '- WHO',
        '- HL7 International',
        '- GSMA',
        '- IHE International',
        '- Continua Health Alliance',
      ].join('\n'),
    );
    expect(pageRelations(doc).filter((r) => r.includes('PARTNER_OF'))).toEqual([
      'FG-AI4H PARTNER_OF WHO',
      'FG-AI4H PARTNER_OF HL7',
      'FG-AI4H PARTNER_OF GSMA',
      'FG-AI4H PARTNER_OF IHE',
      'FG-AI4H PARTNER_OF Continua Health Alliance',
    ]);
  });
});
