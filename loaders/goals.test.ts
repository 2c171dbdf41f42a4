/**
 * The Sustainable Development Goals as resolutions name them: one goal ("SDG 3"), a list ("SDGs 3 and 9"), and
 * goals named by number alone right after the Goals ("the Sustainable Development Goals (SDGs), in particular Goals
 * 3, 9 and 17"), in each language. Texts written for these tests.
 */
import { goalCodes, parseResolutionText } from '../test/support/resolution-mentions';
import { WTDC } from '../test/support/wtdc-texts';
import type { Language } from '../test/support/wtdc-texts';

/** The goals the document mentions, in order. */
const goals = (language: Language, item: string): string[] =>
  goalCodes(parseResolutionText(WTDC[language](item), 'goals.txt'));

describe('Sustainable Development Goals', () => {
  it.each([
    ['en', 'a)\tSDGs 3 and 9;'],
    ['en', 'a)\tSustainable Development Goals 3 and 9;'],
    ['fr', 'a)\tles ODD 3 et 9;'],
    ['fr', 'a)\tles objectifs 3 et 9 de développement durable;'],
    ['es', 'a)\tlos Objetivos de Desarrollo Sostenible 3 y 9;'],
    ['ru', 'a)\tЦели в области устойчивого развития 3 и 9;'],
    ['zh', 'a)\t可持续发展目标3和9；'],
    ['ar', 'أ )\tأهداف التنمية المستدامة 3 و9؛'],
  ] as const)('%s: reads each goal of a list (%s)', (language, item) => {
    expect(goals(language, item)).toEqual(['SDG 3', 'SDG 9']);
  });

  it.each([
    ['en', 'a)\tthe Sustainable Development Goals (SDGs), in particular Goals 3, 9 and 17;'],
    ['fr', 'a)\tles objectifs de développement durable (ODD), en particulier les objectifs 3, 9 et 17;'],
    ['es', 'a)\tlos Objetivos de Desarrollo Sostenible (ODS), en particular los Objetivos 3, 9 y 17;'],
    ['ru', 'a)\tЦели в области устойчивого развития (ЦУР), в частности Цели 3, 9 и 17;'],
    ['zh', 'a)\t可持续发展目标，特别是目标3、9和17；'],
    ['ar', 'أ )\tأهداف التنمية المستدامة، ولا سيما الأهداف 3 و9 و17؛'],
  ] as const)('%s: reads goals named by number alone right after the Goals', (language, item) => {
    expect(goals(language, item)).toEqual(['SDG 3', 'SDG 9', 'SDG 17']);
  });

  it('en: reads goals named by number alone before the Agenda that sets them', () => {
    expect(goals('en', 'a)\tGoal 3 of the 2030 Agenda for Sustainable Development;')).toEqual(['SDG 3']);
    expect(goals('en', 'a)\tGoals 3 and 9 of the 2030 Agenda;')).toEqual(['SDG 3', 'SDG 9']);
    // Not a goal of another agenda, nor one the Agenda is named far from.
    expect(goals('en', 'a)\tGoal 3 of the Connect 2030 Agenda;')).toEqual([]);
    expect(goals('en', 'a)\tGoal 3 of the strategic plan, in line with the 2030 Agenda;')).toEqual([]);
    // The Agenda sets 17 goals: a number past them, or 0, names none.
    expect(goals('en', 'a)\tGoal 18 of the 2030 Agenda;')).toEqual([]);
    expect(goals('en', 'a)\tSDG 18 and SDG 0, and SDGs 16 and 17;')).toEqual(['SDG 16', 'SDG 17']);
    // ITU's strategic goals are not the Agenda's.
    expect(goals('en', 'a)\tITU strategic goal 1 of the 2030 Agenda;')).toEqual([]);
    expect(goals('en', 'a)\tStrategic Goal 1 of the 2030 Agenda;')).toEqual([]);
  });

  it('reads a goal by number alone after one named in full', () => {
    expect(goals('en', 'a)\tSDG 3 and Goal 9;')).toEqual(['SDG 3', 'SDG 9']);
  });

  it("does not read another plan's goals as Sustainable Development Goals", () => {
    expect(goals('en', 'a)\tGoals 1 and 2 of the Connect 2030 Agenda;')).toEqual([]);
    expect(goals('en', 'a)\tthe SDGs; and Goals 1 and 2 of the Connect 2030 Agenda;')).toEqual([]);
    expect(
      goals('en', 'a)\tthe SDGs, on which the Member States have reported since 2016 in their reviews, and Goal 2;'),
    ).toEqual([]);
  });

  it('keeps one goal with its code in brackets as one mention', () => {
    expect(goals('en', 'a)\tSustainable Development Goal 3 (SDG 3): ensure healthy lives;')).toEqual(['SDG 3']);
  });
});
