/**
 * Leftovers of earlier rounds: a cited resolution's body after a line break inside the link ("… (Rev. Busan, 2014)
 * de⏎la Conferencia de Plenipotenciarios"); a known organisation's acronym after a name no table writes ("the Joint
 * Coordination Activity on e-health (JCA-eHealth)"); a relative clause after a listed group; French and Spanish
 * "was succeeded by" and "collaborates with". Texts written for these tests; the sessions they cite are ones no table
 * holds, so the body can only be read from the text.
 */
import { pageOf, pageRelations as relations } from '../test/support/page-texts';
import { citedResolutions, parseResolutionText } from '../test/support/resolution-mentions';
import { WTDC } from '../test/support/wtdc-texts';

/** The ITU resolutions the document cites, as "BODY N (place year)". */
const cited = (text: string): string[] => citedResolutions(parseResolutionText(text, 'leftovers-s35.txt'));

describe("a cited resolution's body after a line break between the words that name it", () => {
  it('en, fr, es: a break after the link word, or inside the link', () => {
    expect(
      cited(WTDC.en('a)\tResolution 183 (Rev. Valletta, 2031) of\nthe Plenipotentiary Conference, on e-health;')),
    ).toEqual(['PP 183 (Valletta 2031)']);
    expect(
      cited(WTDC.fr('a)\tla Résolution 183 (Rév. La Valette, 2031) de\nla Conférence de plénipotentiaires;')),
    ).toEqual(['PP 183 (Valletta 2031)']);
    expect(
      cited(WTDC.es('a)\tla Resolución 183 (Rev. Valletta, 2031) de\nla Conferencia de Plenipotenciarios;')),
    ).toEqual(['PP 183 (Valletta 2031)']);
    expect(
      cited(WTDC.es('a)\tla Resolución 183 (Rev. Valletta, 2031) de la\nConferencia de Plenipotenciarios;')),
    ).toEqual(['PP 183 (Valletta 2031)']);
  });

  it('en, es, ru, ar: a break inside the name of the body', () => {
    expect(cited(WTDC.en('a)\tResolution 183 (Rev. Valletta, 2031) of the Plenipotentiary\nConference;'))).toEqual([
      'PP 183 (Valletta 2031)',
    ]);
    expect(
      cited(WTDC.es('a)\tla Resolución 183 (Rev. Valletta, 2031) de la Conferencia de\nPlenipotenciarios;')),
    ).toEqual(['PP 183 (Valletta 2031)']);
    expect(cited(WTDC.ru('a)\tРезолюцию 183 (Пересм. Валлетта, 2031 г.) Полномочной\nконференции;'))).toEqual([
      'PP 183 (Valletta 2031)',
    ]);
    expect(cited(WTDC.ar('أ )\tبالقرار 183 (المراجَع في فاليتا، 2031) لمؤتمر\nالمندوبين المفوضين؛'))).toEqual([
      'PP 183 (Valletta 2031)',
    ]);
  });

  it('a blank line is no break inside a clause: the next paragraph names no body of the citation', () => {
    expect(
      cited(WTDC.en('a)\tResolution 183 (Rev. Valletta, 2031) of\n\nthe Plenipotentiary Conference;')),
    ).not.toContain('PP 183 (Valletta 2031)');
  });
});

describe("a known organisation's acronym after a name no table writes", () => {
  const DT4H = 'ITU-T Focus Group on Digital Technologies for Health (FG-DT4H)';

  it('en: "collaborates with the Joint Coordination Activity on e-health (JCA-eHealth)" gives PARTNER_OF', () => {
    const page = pageOf(
      DT4H,
      'The Focus Group collaborates with the Joint Coordination Activity on e-health (JCA-eHealth).',
    );
    expect(relations(page)).toEqual(['FG-DT4H PARTNER_OF JCA-eHealth']);
    const jca = page.clauses
      .flatMap((c) => c.mentions)
      .filter((m) => m.entity.type === 'Organization' && m.entity.acronym === 'JCA-eHealth');
    expect(jca.map((m) => m.quote)).toEqual(['Joint Coordination Activity on e-health (JCA-eHealth)']);
  });

  it('a name that holds another entity is left to the acronym alone', () => {
    const page = pageOf(
      DT4H,
      'The Focus Group works with the Joint Coordination Activity of ITU-T Study Group 16 (JCA-eHealth).',
    );
    expect(page.clauses.flatMap((c) => c.mentions).map((m) => m.quote)).toContain('JCA-eHealth');
  });
});

describe('a relative clause after a group a relation lists is about that group', () => {
  it('en: "collaborates with Study Group 21, which reports to TSAG"', () => {
    expect(
      relations(
        pageOf(
          'Focus Group on Digital Health (FG-DH)',
          'FG-DH collaborates with ITU-T Study Group 21, which reports to the Telecommunication Standardization Advisory Group (TSAG).',
        ),
      ),
    ).toEqual(['FG-DH PARTNER_OF ITU-T SG21', 'ITU-T SG21 REPORTS_TO TSAG']);
  });

  it('not a verb joined by "and" after the list', () => {
    expect(
      relations(
        pageOf(
          'Focus Group on Digital Health (FG-DH)',
          'FG-DH collaborates with ITU-T Study Group 21, and reports to the Telecommunication Standardization Advisory Group (TSAG).',
        ),
      ),
    ).toEqual(['FG-DH PARTNER_OF ITU-T SG21', 'FG-DH REPORTS_TO TSAG']);
  });
});

describe('French and Spanish rows for "was succeeded by" and "collaborates with"', () => {
  const GI = {
    fr: "Initiative mondiale sur l'IA pour la santé (GI-AI4H)",
    es: 'Iniciativa Mundial sobre IA para la Salud (GI-AI4H)',
  };

  it('fr: "a été remplacé par", "auquel a succédé": the group named last SUCCEEDS the one named first', () => {
    expect(
      relations(
        pageOf(GI.fr, "Le Groupe spécialisé sur l'IA pour la santé (FG-AI4H) a été remplacé par la GI-AI4H en 2023."),
      ),
    ).toEqual(['GI-AI4H SUCCEEDS FG-AI4H']);
    expect(
      relations(
        pageOf(
          GI.fr,
          "Le Groupe spécialisé sur l'IA pour la santé (FG-AI4H), auquel a succédé la GI-AI4H, a achevé ses travaux.",
        ),
      ),
    ).toEqual(['GI-AI4H SUCCEEDS FG-AI4H']);
  });

  it('es: "fue sucedido por", "fue reemplazado por"', () => {
    expect(
      relations(
        pageOf(GI.es, 'El Grupo Temático sobre IA para la Salud (FG-AI4H) fue sucedido por la GI-AI4H en 2023.'),
      ),
    ).toEqual(['GI-AI4H SUCCEEDS FG-AI4H']);
    expect(
      relations(pageOf(GI.es, 'El Grupo Temático sobre IA para la Salud (FG-AI4H) fue reemplazado por la GI-AI4H.')),
    ).toEqual(['GI-AI4H SUCCEEDS FG-AI4H']);
  });

  it('fr, es: "travaille en collaboration avec", "colabora con", "trabaja en colaboración con"', () => {
    expect(relations(pageOf(GI.fr, "La GI-AI4H travaille en collaboration avec l'OMS, l'OMPI et l'UNICEF."))).toEqual([
      'GI-AI4H PARTNER_OF WHO',
      'GI-AI4H PARTNER_OF WIPO',
      'GI-AI4H PARTNER_OF UNICEF',
    ]);
    expect(
      relations(
        pageOf(GI.es, 'La GI-AI4H trabaja en colaboración con la OMS y la OMPI.', 'La GI-AI4H colabora con el UNICEF.'),
      ),
    ).toEqual(['GI-AI4H PARTNER_OF WHO', 'GI-AI4H PARTNER_OF WIPO', 'GI-AI4H PARTNER_OF UNICEF']);
  });

  it('not a bare "en collaboration avec", nor the infinitive', () => {
    expect(
      relations(pageOf(GI.fr, "L'UIT a demandé à la GI-AI4H de collaborer avec l'OMS, en collaboration avec l'OMPI.")),
    ).toEqual([]);
    expect(
      relations(pageOf(GI.es, 'La UIT pidió a la GI-AI4H colaborar con la OMS, en colaboración con la OMPI.')),
    ).toEqual([]);
  });
});
