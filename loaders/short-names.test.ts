/**
 * ITU's own texts name ITU "the Union", "l'Union", "la Unión", "Союз" (in its cases), "الاتحاد": ITU where the name
 * stands alone, not inside another organisation's name ("the European Union", "l'Union postale universelle",
 * "Европейского Союза", "الاتحاد الأفريقي"). Texts written for these tests.
 */
import { parseDocument } from '.';
import type { Mention, ParsedDocument } from '.';

function parse(lines: readonly string[]): ParsedDocument {
  return parseDocument({ file: 'page.txt', content: Buffer.from(lines.join('\n\n') + '\n', 'utf8') });
}

function mentions(doc: ParsedDocument): readonly Mention[] {
  return doc.clauses.flatMap((c) => c.mentions);
}

/** The quotes of the page's ITU mentions, and its relations as "A TYPE B" with entity keys or acronyms. */
function read(lines: readonly string[]): { itu: string[]; relations: string[] } {
  const doc = parse(lines);
  const name = (e: { type: string } & Record<string, unknown>): string =>
    String(e['acronym'] ?? e['key'] ?? e['name'] ?? e.type);
  return {
    itu: mentions(doc)
      .filter((m) => 'key' in m.entity && m.entity.key === 'itu')
      .map((m) => m.quote),
    relations: doc.relations.map((r) => `${name(r.from as never)} ${r.type} ${name(r.to as never)}`),
  };
}

describe('ITU named by its short name', () => {
  it.each([
    [
      'en',
      [
        'Global Initiative on AI for Health',
        'The launch of the Global Initiative on AI for Health (GI-AI4H) by the Union, WHO and WIPO took place in July 2023.',
      ],
      'the Union',
    ],
    [
      'fr',
      [
        "Initiative mondiale sur l'IA pour la santé",
        "Le lancement de l'Initiative mondiale sur l'IA pour la santé (GI-AI4H) par l'Union, l'OMS et l'OMPI a eu lieu en juillet 2023.",
      ],
      "l'Union",
    ],
    [
      'ru',
      [
        'Глобальная инициатива по ИИ в здравоохранении (GI-AI4H)',
        'Запуск GI-AI4H Союзом, ВОЗ и ВОИС в июле 2023 года.',
      ],
      'Союзом',
    ],
    [
      'ar',
      [
        'المبادرة العالمية بشأن الذكاء الاصطناعي من أجل الصحة',
        'إطلاق المبادرة العالمية بشأن الذكاء الاصطناعي من أجل الصحة (GI-AI4H) من جانب الاتحاد ومنظمة الصحة العالمية والمنظمة العالمية للملكية الفكرية (WIPO) في يوليو 2023.',
      ],
      'الاتحاد',
    ],
  ])('%s: a launch by the Union keeps every member of the list', (_lang, lines, quote) => {
    const { itu, relations } = read(lines);
    expect(itu).toContain(quote);
    expect(relations).toEqual(
      expect.arrayContaining(['GI-AI4H LAUNCHED_BY ITU', 'GI-AI4H LAUNCHED_BY WHO', 'GI-AI4H LAUNCHED_BY WIPO']),
    );
  });

  it.each([
    [
      'en',
      'The European Union, the African Union, the Universal Postal Union, the Union for the Mediterranean and the International Union for Conservation of Nature met with WHO.',
    ],
    [
      'fr',
      "L'Union européenne, l'Union africaine, l'Union postale universelle et l'Union internationale pour la conservation de la nature ont rencontré l'OMS.",
    ],
    [
      'es',
      'La Unión Europea, la Unión Africana, la Unión Postal Universal y la Unión Internacional para la Conservación de la Naturaleza con la OMS.',
    ],
    ['ru', 'Европейский Союз, представители Африканского Союза и Советского Союза и ВОЗ.'],
    ['ar', 'الاتحاد الأوروبي والاتحاد الأفريقي والاتحاد البريدي العالمي ومنظمة الصحة العالمية.'],
  ])("%s: not inside another organisation's name", (lang, sentence) => {
    const title: Record<string, string> = {
      en: 'Global Initiative on AI for Health (GI-AI4H)',
      fr: "Initiative mondiale sur l'IA pour la santé (GI-AI4H)",
      es: 'Iniciativa Mundial sobre IA para la Salud (GI-AI4H)',
      ru: 'Глобальная инициатива по ИИ в здравоохранении (GI-AI4H)',
      ar: 'المبادرة العالمية بشأن الذكاء الاصطناعي من أجل الصحة (GI-AI4H)',
    };
    const doc = parse([title[lang] ?? '', sentence]);
    expect(mentions(doc).some((m) => 'key' in m.entity && m.entity.key === 'who')).toBe(true);
    expect(read([title[lang] ?? '', sentence]).itu).toEqual([]);
  });

  it("es: the full name after the article is ITU's, the article and Union alone too", () => {
    const { itu } = read([
      'Iniciativa Mundial sobre IA para la Salud (GI-AI4H)',
      'La Unión Internacional de Telecomunicaciones y la OMS colaboran; la Unión preside.',
    ]);
    expect(itu).toEqual(['Unión Internacional de Telecomunicaciones', 'la Unión']);
  });
});
