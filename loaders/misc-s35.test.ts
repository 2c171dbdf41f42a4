/**
 * Loader fixes from a probe of real ITU texts: a Question takes the Sector its phrase names before it ("with the
 * ITU-D study groups, in particular under Question 2/2"); Russian, Arabic and Chinese wordings of a partnership
 * ("сотрудничает с", "يتعاون … مع", "与…开展合作"), of a launch in a Russian relative clause, of an Arabic succession
 * ("تستند … إلى عمل") and the Arabic "اللجنة" for a study group. Small texts written for these tests.
 */
import { entityKeyLabel, pageOf, pageRelations } from '../test/support/page-texts';
import { parseResolutionText } from '../test/support/resolution-mentions';
import { lexiconFor } from './lexicon';
import type { Language } from './types';

const wtsa = (operative: string): string =>
  [
    'RESOLUTION 78 (Dubai, 2012)',
    'Title',
    'The World Telecommunication Standardization Assembly (Dubai, 2012),',
    'instructs ITU-T Study Group 16',
    operative,
  ].join('\n');

const questions = (text: string): string[] =>
  parseResolutionText(text)
    .clauses.flatMap((c) => c.mentions)
    .flatMap((m) => (m.entity.type === 'Question' ? [entityKeyLabel(m.entity)] : []));

describe('a Question after a Sector its phrase names earlier', () => {
  it('is of the Sector of the study groups or the Sector named before it, not the assembly', () => {
    expect(
      questions(
        wtsa('to coordinate e-health activities with the ITU-D study groups, in particular under Question 2/2.'),
      ),
    ).toEqual(['ITU-D Q2/2']);
    expect(
      questions(wtsa('to coordinate e-health activities with ITU-D, in particular under Question 14-3/2.')),
    ).toEqual(['ITU-D Q14-3/2']);
  });

  it('keeps the assembly where the Sector has no study group of its number or a semicolon stands between', () => {
    expect(
      questions(wtsa('to coordinate e-health activities with ITU-D, in particular under Question 28/16.')),
    ).toEqual(['ITU-T Q28/16']);
    expect(questions(wtsa('to inform ITU-D; to study the matter under Question 2/2.'))).toEqual(['ITU-T Q2/2']);
  });

  it('is not of the Sector of a study group of another number named before it', () => {
    expect(questions(wtsa('to work with ITU-D Study Group 1 under Question 5/2.'))).toEqual(['ITU-T Q5/2']);
  });
});

describe('a group that collaborates with another, in Russian, Arabic and Chinese', () => {
  const DT4H_RU = 'Оперативная группа по цифровым технологиям для здравоохранения (FG-DT4H)';
  const DT4H_AR = 'الفريق المتخصص المعني بالتكنولوجيات الرقمية من أجل الصحة (FG-DT4H)';
  const JCA_ZH = '电子卫生保健联合协调活动（JCA-eHealth）';

  it('ru: "сотрудничает со …", "работает в сотрудничестве с …"', () => {
    expect(
      pageRelations(pageOf(DT4H_RU, 'FG-DT4H сотрудничает со Всемирной организацией здравоохранения (ВОЗ).')),
    ).toEqual(['FG-DT4H PARTNER_OF WHO']);
    expect(pageRelations(pageOf(DT4H_RU, 'FG-DT4H работает в сотрудничестве с ВОЗ.'))).toEqual([
      'FG-DT4H PARTNER_OF WHO',
    ]);
  });

  it('ar: "يتعاون … مع …", the verb first, not "بأن يتعاون مع" of an instruction', () => {
    expect(pageRelations(pageOf(DT4H_AR, 'يتعاون الفريق المتخصص FG-DT4H مع منظمة الصحة العالمية.'))).toEqual([
      'FG-DT4H PARTNER_OF WHO',
    ]);
    expect(pageRelations(pageOf(DT4H_AR, 'يكلف مدير المكتب بأن يتعاون مع منظمة الصحة العالمية.'))).toEqual([]);
  });

  it('zh: "…与…开展合作", the group opening its sentence, not after a verb', () => {
    expect(pageRelations(pageOf(JCA_ZH, 'JCA-eHealth与世界卫生组织（WHO）开展合作。'))).toEqual([
      'JCA-eHealth PARTNER_OF WHO',
    ]);
    expect(pageRelations(pageOf(JCA_ZH, '责成第16研究组与世界卫生组织开展合作。'))).toEqual([]);
  });
});

describe('Russian and Arabic launches, successions and study groups referred back to', () => {
  const GI_RU = 'Глобальная инициатива по ИИ для здравоохранения (ГИ-ИИЗ)';
  const GI_AR = 'المبادرة العالمية بشأن الذكاء الاصطناعي من أجل الصحة (GI-AI4H)';

  it('ru: a relative clause "…, которая была создана / запущена …"', () => {
    expect(
      pageRelations(
        pageOf(
          GI_RU,
          'ГИ-ИИЗ опирается на работу Оперативной группы по ИИ для здравоохранения (ОГ-ИИЗ), которая была создана 16-й Исследовательской комиссией МСЭ-Т в 2018 году.',
        ),
      ),
      // FG-AI4H's name as the Russian table writes it: the acronym is one more of FG-AI4H's.
    ).toEqual(['FG-AI4H LAUNCHED_BY ITU-T SG16']);
    expect(
      pageRelations(
        pageOf(
          GI_RU,
          'Глобальная инициатива по ИИ для здравоохранения (ГИ-ИИЗ), которая была запущена МСЭ, ВОЗ и ВОИС в 2023 году, является открытой платформой.',
        ),
      ),
    ).toEqual(['GI-AI4H LAUNCHED_BY ITU', 'GI-AI4H LAUNCHED_BY WHO', 'GI-AI4H LAUNCHED_BY WIPO']);
  });

  it('ar: "تستند … إلى عمل …" (builds on the work of) is a succession', () => {
    expect(
      pageRelations(
        pageOf(GI_AR, 'تستند المبادرة GI-AI4H إلى عمل الفريق المتخصص المعني بالذكاء الاصطناعي من أجل الصحة (FG-AI4H).'),
      ),
    ).toEqual(['GI-AI4H SUCCEEDS FG-AI4H']);
  });

  it('ar: "اللجنة" opening a sentence on a study group\'s page is that study group', () => {
    expect(
      pageRelations(
        pageOf(
          'لجنة الدراسات 16 لقطاع تقييس الاتصالات',
          'ترفع اللجنة تقاريرها إلى الفريق الاستشاري لتقييس الاتصالات (TSAG).',
        ),
      ),
    ).toEqual(['ITU-T SG16 REPORTS_TO TSAG']);
  });
});

describe('the relation cues of these rows', () => {
  it.each([
    ['ru', 'поручает 16-й Исследовательской комиссии в тесном сотрудничестве с ВОЗ разработать'],
    ['ru', 'предлагает Государствам-Членам, которые в состоянии сделать это, внести вклад'],
    ['ar', 'يكلف مدير المكتب بالتعاون مع منظمة الصحة العالمية وبالاستناد إلى عمل لجان الدراسات'],
    ['zh', '责成第16研究组与世卫组织合作'],
  ])('%s: are not found in an instruction "%s"', (language, text) => {
    expect(lexiconFor(language as Language)?.relationCue?.test(text)).toBe(false);
  });
});
