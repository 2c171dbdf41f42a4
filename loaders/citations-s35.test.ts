/**
 * Citations found lost or misread in real ITU texts: the body of a resolution cited without one, read from the
 * assembly session its revision names; SDGs by number after the 2030 Agenda; WHA and UN General Assembly resolutions
 * written with the acronym or the body after the number; organisations headed by "Office"; Chinese "lead study
 * group"; a Russian spelling of Antalya. Texts written for these tests.
 */
import { entityLabel, pageOf, pageRelations } from '../test/support/page-texts';
import { citedResolutions, goalCodes, parseResolutionText } from '../test/support/resolution-mentions';
import { WTDC } from '../test/support/wtdc-texts';

/** The ITU resolutions the document cites, as "BODY N (place year)". */
const cited = (text: string): string[] => citedResolutions(parseResolutionText(text, 'citations-s35.txt'));

/** A short WTSA resolution holding `item` in its preamble. */
const wtsa = (item: string): string =>
  `RESOLUTION 78 (Rev. New Delhi, 2024)\nTitle\nThe World Telecommunication Standardization Assembly (New Delhi, 2024),\nrecalling\n${item}\nresolves\nto continue.\n`;

describe('the body of a resolution cited without one, from the session its revision names', () => {
  it('en: reads the Plenipotentiary Conference and WTDC sessions in a WTSA text', () => {
    expect(
      cited(
        wtsa(
          'a)\tResolution 139 (Rev. Bucharest, 2022) and Resolution 65 (Rev. Kigali, 2022);\nb)\tResolution 183 (Rev. Busan, 2014), on e-health,',
        ),
      ),
    ).toEqual(['PP 139 (Bucharest 2022)', 'WTDC 65 (Kigali 2022)', 'PP 183 (Busan 2014)']);
  });

  it("en: a list's shared body is not that of a member whose revision names another assembly's session", () => {
    expect(
      cited(
        wtsa(
          'Resolution 54 (Rev. Kigali, 2022) and Resolution 183 (Rev. Bucharest, 2022) of the Plenipotentiary Conference,',
        ),
      ),
    ).toEqual(['WTDC 54 (Kigali 2022)', 'PP 183 (Bucharest 2022)']);
  });

  it('fr, es, ru: reads the session in each language', () => {
    expect(cited(WTDC.fr('a)\tla Résolution 139 (Rév. Bucarest, 2022),'))).toEqual(['PP 139 (Bucharest 2022)']);
    expect(cited(WTDC.es('a)\tla Resolución 78 (Rev. Nueva Delhi, 2024),'))).toEqual(['WTSA 78 (New Delhi 2024)']);
    expect(cited(WTDC.ru('a)\tРезолюцию 183 (Пересм. Дубай, 2018 г.),'))).toEqual(['PP 183 (Dubai 2018)']);
  });

  it('keeps a body the text writes for the citation, and the adopting assembly where the session is unknown', () => {
    expect(
      cited(
        wtsa(
          'a)\tResolution 65 (Rev. Bucharest, 2022) of the World Telecommunication Development Conference;\nb)\tResolution 2 (Rev. Geneva, 2022);\nc)\tResolution 7 (Rev. Tunis, 2005);',
        ),
      ),
    ).toEqual(['WTDC 65 (Bucharest 2022)', 'WTSA 2 (Geneva 2022)', 'WTSA 7 (Tunis 2005)']);
  });

  it('does not read a session two assemblies held at once (Radiocommunication Assembly and WRC)', () => {
    expect(cited(wtsa('a)\tResolution 9 (Rev. Sharm el-Sheikh, 2019);'))).toEqual(['WTSA 9 (Sharm el-Sheikh 2019)']);
  });
});

/** The entities the document's clauses mention, each as an analyst reads it ("WHO", "ITU-T SG20", "WHA66.24"). */
const mentioned = (text: string): string[] =>
  parseResolutionText(text, 'citations-s35.txt')
    .clauses.flatMap((c) => c.mentions)
    .map((m) => (m.entity.type === 'Instrument' ? (m.entity.code ?? m.entity.name) : entityLabel(m.entity)));

describe('Goals by number where the clause names the Sustainable Development Goals', () => {
  it('en: after the 2030 Agenda, and before "of the Sustainable Development Goals"', () => {
    const doc = parseResolutionText(
      WTDC.en(
        'a)\tthe 2030 Agenda for Sustainable Development, in particular Goals 3 and 9;\nb)\tGoals 4 and 5 of the Sustainable Development Goals,',
      ),
    );
    expect(goalCodes(doc)).toEqual(['SDG 3', 'SDG 9', 'SDG 4', 'SDG 5']);
  });

  it('not after another plan, nor where the Agenda stands in another clause segment', () => {
    const doc = parseResolutionText(
      WTDC.en(
        'a)\tthe Connect 2030 Agenda, in particular Goals 3 and 9;\nb)\tthe 2030 Agenda for Sustainable Development; Goals 1 and 2 of the strategic plan,',
      ),
    );
    expect(goalCodes(doc)).toEqual([]);
  });
});

describe('WHA and UN General Assembly resolutions written with the acronym, or the body after the number', () => {
  it('en: "WHA resolution 66.24", "resolution 70/1 of the General Assembly"', () => {
    expect(
      mentioned(
        wtsa(
          'a)\tWHA resolution 66.24 on eHealth standardization;\nb)\tresolution 70/1 of the General Assembly and resolution 71/313 of the General Assembly,',
        ),
      ),
    ).toEqual(['WHA66.24', '70/1', '71/313']);
  });
});

describe('organisations headed by "Office", and UN-Habitat and UNODC', () => {
  it.each([
    ['en', WTDC.en('a)\tthe work of the United Nations Office for Outer Space Affairs (UNOOSA);'), 'UNOOSA'],
    ['fr', WTDC.fr('a)\tles travaux du Bureau de la coordination des affaires humanitaires (BCAH);'), 'BCAH'],
    ['es', WTDC.es('a)\tla labor de la Oficina de Coordinación de Asuntos Humanitarios (OCAH);'), 'OCAH'],
  ] as const)('%s: reads a defined name headed so as an organisation', (_language, text, acronym) => {
    expect(mentioned(text)).toContain(acronym);
  });

  it.each([
    ['en', WTDC.en('a)\tthe work of the United Nations Office on Drugs and Crime (UNODC);')],
    ['es', WTDC.es('a)\tla labor de la Oficina de las Naciones Unidas contra la Droga y el Delito (UNODC);')],
    ['fr', WTDC.fr("a)\tles travaux de l'Office des Nations Unies contre la drogue et le crime (ONUDC);")],
  ] as const)('%s: reads UNODC, not "UN"', (_language, text) => {
    expect(mentioned(text)).toEqual(['UNODC']);
  });

  it('reads UN-Habitat in a partner list', () => {
    const page = pageOf(
      'ITU-T Study Group 20',
      'Study Group 20 works on the Internet of things.',
      'Partners\n- United Nations Economic Commission for Europe (UNECE)\n- UN-Habitat',
    );
    expect(pageRelations(page)).toEqual(['ITU-T SG20 PARTNER_OF UNECE', 'ITU-T SG20 PARTNER_OF UN-Habitat']);
  });
});

describe("zh: 牵头研究组, a study group's role", () => {
  it('is no mention of the study groups in general', () => {
    const text =
      '第98号决议（2022年，日内瓦，修订版）\n物联网\n世界电信标准化全会（2022年，日内瓦），\n忆及\na)\t本全会第2号决议指定ITU-T第20研究组为物联网及其应用的牵头研究组，\n做出决议\n继续制定建议书。\n';
    expect(mentioned(text)).toContain('ITU-T SG20');
    expect(mentioned(text)).not.toContain('ITU-T study groups');
  });
});

describe('ru: Анталия, the other spelling of Antalya', () => {
  it('is Antalya in the history line', () => {
    const doc = parseResolutionText(
      'РЕЗОЛЮЦИЯ 139 (ПЕРЕСМ. БУХАРЕСТ, 2022 г.)\nИспользование электросвязи\n(Анталия, 2006 г.; Гвадалахара, 2010 г.; Бухарест, 2022 г.)\nПолномочная конференция Международного союза электросвязи (Бухарест, 2022 г.),\nрешает\nпродолжать работу.\n',
    );
    expect(doc.history.map((h) => h.place)).toEqual(['Antalya', 'Guadalajara', 'Bucharest']);
  });
});
