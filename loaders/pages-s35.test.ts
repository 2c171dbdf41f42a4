/**
 * Pages read closer: a relative clause after an apposition that ends with another group ("FG-DT4H, the successor to
 * FG-AI4H, which was established by …") is about that group. Small pages written for these tests.
 */
import { pageOf, pageRelations as relations } from '../test/support/page-texts';

const DT4H = {
  en: 'Focus Group on Digital Transformation for Health (FG-DT4H)',
  fr: 'Groupe spécialisé sur la transformation numérique pour la santé (FG-DT4H)',
  es: 'Grupo Temático sobre Transformación Digital para la Salud (FG-DT4H)',
};

describe('a relative clause after an apposition that ends with another group', () => {
  it('en: ", the successor to FG-AI4H, which was established by …" is the launch of FG-AI4H', () => {
    expect(
      relations(
        pageOf(
          DT4H.en,
          'The Focus Group on Digital Transformation for Health (FG-DT4H), the successor to FG-AI4H, which was established by ITU-T Study Group 16 in 2018, started its work in 2024.',
        ),
      ),
    ).toEqual(['FG-DT4H SUCCEEDS FG-AI4H', 'FG-AI4H LAUNCHED_BY ITU-T SG16']);
  });

  it('en: ", which reported to …" after such an apposition is what FG-AI4H reported to', () => {
    expect(
      relations(
        pageOf(
          DT4H.en,
          'FG-DT4H, the successor to FG-AI4H, which reported to ITU-T Study Group 16, started its work in 2024.',
        ),
      ),
    ).toEqual(['FG-DT4H SUCCEEDS FG-AI4H', 'FG-AI4H REPORTS_TO ITU-T SG16']);
  });

  it('fr and es: ", qui a été créé par …", ", que fue creado por …"', () => {
    expect(
      relations(
        pageOf(
          DT4H.fr,
          "Le Groupe spécialisé sur la transformation numérique pour la santé (FG-DT4H), successeur du FG-AI4H, qui a été créé par la Commission d'études 16 de l'UIT-T, a commencé ses travaux en 2024.",
        ),
      ),
    ).toEqual(['FG-DT4H SUCCEEDS FG-AI4H', 'FG-AI4H LAUNCHED_BY ITU-T SG16']);
    expect(
      relations(
        pageOf(
          DT4H.es,
          'El Grupo Temático sobre Transformación Digital para la Salud (FG-DT4H), sucesor del FG-AI4H, que fue creado por la Comisión de Estudio 16 del UIT-T, comenzó sus trabajos en 2024.',
        ),
      ),
    ).toEqual(['FG-DT4H SUCCEEDS FG-AI4H', 'FG-AI4H LAUNCHED_BY ITU-T SG16']);
  });

  it('but a verb after the apposition is its head\'s, and "X\'s successor, which …" gives no launch', () => {
    expect(
      relations(
        pageOf(
          DT4H.en,
          'FG-DT4H, the successor to FG-AI4H, reports to ITU-T Study Group 21.',
          'FG-DT4H, the successor to FG-AI4H, was established by ITU-T Study Group 21.',
          "FG-DT4H, FG-AI4H's successor, which was established by ITU-T Study Group 21, started in 2024.",
        ),
      ),
    ).toEqual([
      'FG-DT4H SUCCEEDS FG-AI4H',
      'FG-DT4H REPORTS_TO ITU-T SG21',
      'FG-DT4H SUCCEEDS FG-AI4H',
      'FG-DT4H LAUNCHED_BY ITU-T SG21',
    ]);
  });
});
