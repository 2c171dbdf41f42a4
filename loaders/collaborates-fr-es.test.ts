/**
 * A group that collaborates with another, in French and Spanish ("collabore avec", "colabora con"), and a relative
 * clause after the partner ("…, qui relève du GCNT"), which is the partner's. Small texts written for these
 * tests.
 */
import { pageOf, pageRelations } from '../test/support/page-texts';

const DT4H_FR = 'Groupe spécialisé sur la transformation numérique pour la santé (FG-DT4H)';
const DT4H_ES = 'Grupo Temático sobre transformación digital para la salud (FG-DT4H)';

describe('a group that collaborates with another', () => {
  it('fr: "collabore avec …", "ont collaboré étroitement avec …"', () => {
    expect(
      pageRelations(pageOf(DT4H_FR, "Le FG-DT4H collabore avec l'Organisation mondiale de la santé (OMS).")),
    ).toEqual(['FG-DT4H PARTNER_OF WHO']);
    expect(pageRelations(pageOf(DT4H_FR, "Le FG-DT4H a collaboré étroitement avec l'OMS."))).toEqual([
      'FG-DT4H PARTNER_OF WHO',
    ]);
  });

  it('es: "colabora con …"', () => {
    expect(
      pageRelations(pageOf(DT4H_ES, 'El FG-DT4H colabora con la Organización Mundial de la Salud (OMS).')),
    ).toEqual(['FG-DT4H PARTNER_OF WHO']);
  });

  it('fr, es: a relative clause after the partner is about the partner', () => {
    expect(
      pageRelations(
        pageOf(
          DT4H_FR,
          "Le FG-DT4H collabore avec la Commission d'études 21 de l'UIT-T, qui relève du Groupe consultatif de la normalisation des télécommunications (GCNT).",
        ),
      ),
    ).toEqual(['FG-DT4H PARTNER_OF ITU-T SG21', 'ITU-T SG21 REPORTS_TO TSAG']);
    expect(
      pageRelations(
        pageOf(
          DT4H_ES,
          'El FG-DT4H colabora con la Comisión de Estudio 21 del UIT-T, que depende del Grupo Asesor de Normalización de las Telecomunicaciones (GANT).',
        ),
      ),
    ).toEqual(['FG-DT4H PARTNER_OF ITU-T SG21', 'ITU-T SG21 REPORTS_TO TSAG']);
  });

  it('fr: not the infinitive of an instruction ("de collaborer avec")', () => {
    expect(
      pageRelations(pageOf(DT4H_FR, "Le TSB est chargé de collaborer avec l'Organisation mondiale de la santé (OMS).")),
    ).toEqual([]);
  });
});
