/**
 * A Sustainable Development Goal named with the Goals' acronym in brackets between the name and the number
 * ("Sustainable Development Goal (SDG) 3", the wording of Resolution 183 since 2018), in each language that writes
 * it so. Texts written for these tests.
 */
import { goalCodes, parseResolutionText } from '../test/support/resolution-mentions';
import { WTDC } from '../test/support/wtdc-texts';
import type { Language } from '../test/support/wtdc-texts';

/** The goals the document mentions, in order. */
const goals = (language: Language, item: string): string[] =>
  goalCodes(parseResolutionText(WTDC[language](item), 'goals.txt'));

describe('a Sustainable Development Goal with the acronym before its number', () => {
  it.each([
    ['en', 'a)\tthe 2030 Agenda, in particular Sustainable Development Goal (SDG) 3: Ensure healthy lives;'],
    ['fr', "a)\tle Programme 2030, en particulier l'Objectif de développement durable (ODD) 3: Permettre à tous;"],
    ['es', 'a)\tla Agenda 2030, en particular el Objetivo de Desarrollo Sostenible (ODS) 3: Garantizar una vida sana;'],
    ['ru', 'a)\tПовестку дня на период до 2030 года, в частности Цель в области устойчивого развития (ЦУР) 3;'],
  ] as const)('%s: reads the goal (%s)', (language, item) => {
    expect(goals(language, item)).toEqual(['SDG 3']);
  });

  it('en: reads each goal of a list ("Sustainable Development Goals (SDGs) 3 and 9")', () => {
    expect(goals('en', 'a)\tSustainable Development Goals (SDGs) 3 and 9;')).toEqual(['SDG 3', 'SDG 9']);
  });
});
