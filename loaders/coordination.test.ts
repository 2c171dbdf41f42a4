/**
 * Who coordinates or leads a group or an initiative, as ITU pages say it: "The Joint Coordination Activity on …
 * (JCA-IoT and SC&C) is coordinated by Study Group 20" (ITU-T SG20's page), "United for Smart Sustainable Cities
 * (U4SSC) is a UN initiative coordinated by ITU, UNECE and UN-Habitat" (the U4SSC page), "GI-AI4H is led by …". It is
 * neither a launch (UN-Habitat coordinates U4SSC, which ITU and UNECE launched) nor a parent the group reports to:
 * COORDINATED_BY. Small pages written for these tests.
 */
import { lexiconFor } from './lexicon';
import { pageOf, pageRelations as relations } from '../test/support/page-texts';

const SG20 = 'ITU-T Study Group 20';
const GI = 'The Global Initiative on AI for Health (GI-AI4H)';
const U4SSC = 'The United for Smart Sustainable Cities Initiative (U4SSC)';

describe('COORDINATED_BY', () => {
  it('en: "is coordinated by", on the page of the group that coordinates', () => {
    expect(
      relations(
        pageOf(
          SG20,
          'The Joint Coordination Activity on Internet of Things and Smart Cities and Communities (JCA-IoT and SC&C) is coordinated by Study Group 20.',
        ),
      ),
    ).toEqual(['JCA-IoT COORDINATED_BY ITU-T SG20']);
  });

  it('en: "is a UN initiative coordinated by" a list, each coordinator an edge', () => {
    expect(
      relations(
        pageOf(
          U4SSC,
          'U4SSC is a UN initiative coordinated by ITU, the United Nations Economic Commission for Europe (UNECE) and UN-Habitat.',
        ),
      ),
    ).toEqual(['U4SSC COORDINATED_BY ITU', 'U4SSC COORDINATED_BY UNECE', 'U4SSC COORDINATED_BY UN-Habitat']);
  });

  it("en: U4SSC and UNECE named without a head word or a definition, on a study group's page", () => {
    const doc = pageOf(
      SG20,
      'United for Smart Sustainable Cities (U4SSC) is a UN initiative coordinated by ITU, UNECE and UN-Habitat.',
    );
    expect(relations(doc)).toEqual([
      'U4SSC COORDINATED_BY ITU',
      'U4SSC COORDINATED_BY UNECE',
      'U4SSC COORDINATED_BY UN-Habitat',
    ]);
    expect(doc.clauses.flatMap((c) => c.mentions).find((m) => m.quote.startsWith('United'))?.entity).toMatchObject({
      type: 'Organization',
      acronym: 'U4SSC',
      kind: 'initiative',
    });
  });

  it('en: "is led by", "is jointly coordinated by", "…, coordinated by"', () => {
    expect(relations(pageOf(GI, 'GI-AI4H is led by ITU, WHO and WIPO.'))).toEqual([
      'GI-AI4H COORDINATED_BY ITU',
      'GI-AI4H COORDINATED_BY WHO',
      'GI-AI4H COORDINATED_BY WIPO',
    ]);
    expect(relations(pageOf(GI, 'GI-AI4H is jointly coordinated by WHO and WIPO.'))).toEqual([
      'GI-AI4H COORDINATED_BY WHO',
      'GI-AI4H COORDINATED_BY WIPO',
    ]);
    expect(relations(pageOf(GI, 'GI-AI4H, coordinated by WHO, reports to TSAG.'))).toEqual([
      'GI-AI4H COORDINATED_BY WHO',
      'GI-AI4H REPORTS_TO TSAG',
    ]);
  });

  it('en: only a group or an initiative is coordinated; words that only look alike give none', () => {
    expect(relations(pageOf(GI, 'ITU is led by the Secretary-General.'))).toEqual([]);
    expect(relations(pageOf(GI, 'The work of GI-AI4H, enabled by WHO, goes on.'))).toEqual([]);
    expect(relations(pageOf(GI, 'GI-AI4H works in a coordinated manner with WHO.'))).toEqual([]);
  });

  it('ar: "الذي تنسقه …", "بتنسيق من …", "بقيادة …"', () => {
    const page = 'المبادرة العالمية بشأن الذكاء الاصطناعي من أجل الصحة (GI-AI4H)';
    expect(relations(pageOf(page, 'تعمل GI-AI4H، التي تقودها منظمة الصحة العالمية، على وضع المعايير.'))).toEqual([
      'GI-AI4H COORDINATED_BY WHO',
    ]);
    expect(relations(pageOf(page, 'أُطلقت GI-AI4H بتنسيق من منظمة الصحة العالمية.'))).toEqual([
      'GI-AI4H COORDINATED_BY WHO',
    ]);
    expect(
      relations(pageOf(page, 'تعمل GI-AI4H بقيادة منظمة الصحة العالمية والمنظمة العالمية للملكية الفكرية.')),
    ).toEqual(['GI-AI4H COORDINATED_BY WHO', 'GI-AI4H COORDINATED_BY WIPO']);
  });

  // Every clause the cue finds is tagged and scanned by all the templates: resolutions' own words are no cue.
  it.each([
    ['"coordinated" alone', 'to assist Member States in a coordinated manner, and coordinated efforts'],
    ['"led by" inside a longer word', 'the activities enabled by ICTs and the meeting called by the Director'],
  ])('en: the cue is not found in %s', (_, text) => {
    expect(lexiconFor('en')?.relationCue?.test(text)).toBe(false);
  });
});

describe('UNECE and U4SSC by their names in other languages', () => {
  const organisations = (title: string, text: string): string[] =>
    pageOf(title, text)
      .clauses.flatMap((c) => c.mentions)
      .map((m) => m.entity)
      .filter((e) => e.type === 'Organization')
      .map((e) => e.acronym ?? e.name);

  it.each([
    [
      'fr',
      "Commission d'études 20 de l'UIT-T",
      "L'initiative Unis pour des villes intelligentes et durables est coordonnée par l'UIT, la Commission économique des Nations Unies pour l'Europe (CEE-ONU) et ONU-Habitat.",
    ],
    [
      'es',
      'Comisión de Estudio 20 del UIT-T',
      'La iniciativa Unidos por Ciudades Inteligentes y Sostenibles está coordinada por la UIT, la Comisión Económica de las Naciones Unidas para Europa (CEPE) y ONU-Hábitat.',
    ],
    ['ru', 'Исследовательская комиссия 20 МСЭ-Т', 'Инициатива U4SSC координируется МСЭ, ЕЭК ООН и ООН-Хабитат.'],
    [
      'ar',
      'لجنة الدراسات 20 لقطاع تقييس الاتصالات',
      'تنسق مبادرة U4SSC كل من الاتحاد ولجنة الأمم المتحدة الاقتصادية لأوروبا وموئل الأمم المتحدة.',
    ],
    ['zh', 'ITU-T第20研究组', '联合国智慧可持续城市倡议由国际电联、联合国欧洲经济委员会和联合国人居署协调。'],
  ])('%s', (language, title, text) => {
    const found = organisations(title, text);
    expect(found).toContain('UNECE');
    expect(found).toContain(language === 'zh' ? 'UNECE' : 'U4SSC');
  });
});
