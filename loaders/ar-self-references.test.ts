/**
 * Arabic pages name their group again as "اللجنة" (the Committee: a study group, لجنة الدراسات), "الفريق" (the Group)
 * or "المبادرة" (the Initiative). An adjective after the noun takes the article as the noun does, and then names
 * another body: "اللجنة الاقتصادية لأوروبا" (UNECE), "اللجنة الفنية" (a technical committee, ISO/TC), "الفريق
 * العامل" (a working group). Such a phrase is no reference to the page's group. Small pages written for these tests.
 */
import { pageOf, pageRelations as relations } from '../test/support/page-texts';

const SG16 = 'لجنة الدراسات 16 لقطاع تقييس الاتصالات';
const FG = 'الفريق المتخصص المعني بالذكاء الاصطناعي من أجل الصحة (FG-AI4H)';

describe('an Arabic self-reference', () => {
  it('is the page\'s study group: "اللجنة" before a verb, a preposition or another\'s name', () => {
    expect(relations(pageOf(SG16, 'تتعاون اللجنة مع منظمة الصحة العالمية.'))).toEqual(['ITU-T SG16 PARTNER_OF WHO']);
    expect(relations(pageOf(SG16, 'ترفع اللجنة تقاريرها إلى الفريق الاستشاري لتقييس الاتصالات.'))).toEqual([
      'ITU-T SG16 REPORTS_TO TSAG',
    ]);
    expect(relations(pageOf(SG16, 'تتبع اللجنة الفريق الاستشاري لتقييس الاتصالات.'))).toEqual([
      'ITU-T SG16 REPORTS_TO TSAG',
    ]);
  });

  it('is none with an adjective after it, another body\'s name: "اللجنة الاقتصادية", "اللجنة الفنية"', () => {
    expect(relations(pageOf(SG16, 'اللجنة الاقتصادية لأوروبا تتعاون مع منظمة الصحة العالمية.'))).toEqual([]);
    expect(
      relations(pageOf(SG16, 'اللجنة الفنية المشتركة ترفع تقاريرها إلى الفريق الاستشاري لتقييس الاتصالات.')),
    ).toEqual([]);
    expect(relations(pageOf(SG16, 'تتعاون اللجنة الفنية للمعلوماتية الصحية مع منظمة الصحة العالمية.'))).toEqual([]);
  });

  it('is none on a page of another kind: "اللجنة" on a focus group\'s page, "الفريق العامل"', () => {
    expect(relations(pageOf(FG, 'تتعاون اللجنة مع منظمة الصحة العالمية.'))).toEqual([]);
    expect(relations(pageOf(FG, 'الفريق العامل التابع للمجلس يتعاون مع منظمة الصحة العالمية.'))).toEqual([]);
    expect(relations(pageOf(FG, 'الفريق المتخصص يتعاون مع منظمة الصحة العالمية.'))).toEqual(['FG-AI4H PARTNER_OF WHO']);
  });
});
