/**
 * Who an instruction is addressed to and with whom, as Plenipotentiary and WTDC texts name them: the Directors of
 * the Bureaux together ("the Directors of the three Bureaux", "the Directors of the other two Bureaux") and the
 * ways of saying "with" ("in close cooperation with", "in consultation with", "in liaison with"). Texts written for
 * these tests.
 */
import { parseDocument } from '.';
import type { ParsedInstruction, ParsedResolution } from '.';

function resolutionWith(operative: string): ParsedResolution {
  const text = [
    'RESOLUTION 40 (Rev. Bucharest, 2022)',
    'Digital health services for remote communities',
    'The Plenipotentiary Conference of the International Telecommunication Union (Bucharest, 2022),',
    'recalling',
    'a)\tResolution 7 (Rev. Kigali, 2022) of the World Telecommunication Development Conference;',
    'b)\tthe work of ITU-D Study Group 2 on telehealth,',
    operative,
    '',
  ].join('\n');
  const doc = parseDocument({ file: 'instructions.txt', content: Buffer.from(text, 'utf8') });
  if (doc.kind !== 'resolution') throw new Error(`expected a resolution, got ${doc.kind}`);
  return doc;
}

const keys = (i: ParsedInstruction | undefined, side: 'addressees' | 'collaborators'): string[] =>
  (i?.[side] ?? []).map((m) => ('key' in m.entity ? m.entity.key : JSON.stringify(m.entity))).sort();

describe('instructions to the Directors of the Bureaux together', () => {
  it('reads "the Directors of the three Bureaux" as each of the three, quoting the words', () => {
    const doc = resolutionWith(
      [
        'instructs the Secretary-General, in consultation with the Directors of the three Bureaux',
        'to report to the next Plenipotentiary Conference on the progress made.',
      ].join('\n'),
    );
    const [instruction] = doc.instructions;
    expect(keys(instruction, 'addressees')).toEqual(['secretary-general']);
    expect(keys(instruction, 'collaborators')).toEqual(['director-bdt', 'director-br', 'director-tsb']);
    for (const m of instruction?.collaborators ?? []) expect(m.quote).toBe('Directors of the three Bureaux');
  });

  it('reads "the Directors of the other two Bureaux" as the two the clause has not named', () => {
    const doc = resolutionWith(
      [
        'instructs the Director of the Telecommunication Standardization Bureau, in close cooperation with the Directors of the other two Bureaux',
        '1\tto assist Member States in planning telehealth networks;',
        '2\tto report on the progress made.',
      ].join('\n'),
    );
    const [instruction] = doc.instructions;
    expect(keys(instruction, 'addressees')).toEqual(['director-tsb']);
    expect(keys(instruction, 'collaborators')).toEqual(['director-bdt', 'director-br']);
    expect(instruction?.items).toHaveLength(2);
  });

  it('names no Director for "the other two Bureaux" when no one Director was named before', () => {
    const doc = resolutionWith(
      ['invites Member States, in liaison with the Directors of the other two Bureaux', 'to share experience.'].join(
        '\n',
      ),
    );
    const [instruction] = doc.instructions;
    expect(keys(instruction, 'addressees')).toEqual(['member-states']);
    expect(keys(instruction, 'collaborators')).toEqual([]);
    const offices = doc.clauses.flatMap((c) => c.mentions).filter((m) => m.entity.type === 'Office');
    expect(offices).toEqual([]);
  });

  it('separates addressees from collaborators at each way of saying "with"', () => {
    for (const phrase of ['in close cooperation with', 'in close coordination with', 'in liaison with']) {
      const doc = resolutionWith(
        [
          `instructs ITU-D Study Group 2, ${phrase} ITU-T Study Group 16`,
          'to study telehealth for remote communities.',
        ].join('\n'),
      );
      const [instruction] = doc.instructions;
      const groups = (side: 'addressees' | 'collaborators'): unknown[] =>
        (instruction?.[side] ?? []).map((m) => m.entity);
      expect([phrase, groups('addressees')]).toEqual([phrase, [{ type: 'StudyGroup', sector: 'ITU-D', number: 2 }]]);
      expect([phrase, groups('collaborators')]).toEqual([
        phrase,
        [{ type: 'StudyGroup', sector: 'ITU-T', number: 16 }],
      ]);
    }
  });
});

describe('an instruction to someone the lexicon does not know', () => {
  it('keeps the instruction and its items, and warns where the unknown addressee is named', () => {
    const doc = resolutionWith(
      [
        'resolves',
        'to continue the work on telehealth,',
        'instructs the regional offices',
        '1\tto take account of this resolution;',
        '2\tto report on their work,',
        'invites Member States',
        'to share experience.',
      ].join('\n'),
    );
    expect(doc.instructions.map((i) => [i.address, i.kind, i.addressees.length, i.items.length])).toEqual([
      ['resolves-1', 'RESOLVES', 0, 1],
      ['instructs-1', 'INSTRUCTS', 0, 2],
      ['invites-1', 'INVITES', 1, 1],
    ]);
    expect(doc.diagnostics).toEqual([
      {
        severity: 'warning',
        code: 'ADDRESSEE_UNRECOGNISED',
        message:
          "instructs-1: no addressee recognised in 'the regional offices'; the instruction is kept without addressees",
        line: 9,
        column: 11,
      },
    ]);
  });

  it('warns in every language, since the warning is about structure, not words', () => {
    const text = [
      'RÉSOLUTION 40 (Rév. Bucarest, 2022)',
      'Services de santé numérique pour les communautés isolées',
      "La Conférence de plénipotentiaires de l'Union internationale des télécommunications (Bucarest, 2022),",
      'rappelant',
      'a)\tla Résolution 7 (Rév. Kigali, 2022) de la Conférence mondiale de développement des télécommunications,',
      'charge les bureaux régionaux',
      'de tenir compte de la présente résolution.',
      '',
    ].join('\n');
    const doc = parseDocument({ file: 'fr.txt', content: Buffer.from(text, 'utf8') });
    expect(doc.language).toBe('fr');
    expect(doc.diagnostics.map((d) => [d.code, d.line, d.column])).toEqual([['ADDRESSEE_UNRECOGNISED', 6, 8]]);
  });
});

describe('operative headings that say "also" or "further"', () => {
  it('reads "also resolves", "further decides", "also urges" and "further calls upon" as their sections', () => {
    const doc = resolutionWith(
      [
        'also resolves',
        '1\tto continue the work on telehealth,',
        'further decides',
        '1\tto review the progress made,',
        'also urges Member States',
        '1\tto share experience,',
        'further calls upon Sector Members',
        '1\tto take part in the work.',
      ].join('\n'),
    );
    expect(doc.instructions.map((i) => [i.kind, i.addressees.map((m) => m.quote)])).toEqual([
      ['RESOLVES', []],
      ['RESOLVES', []],
      ['URGES', ['Member States']],
      ['URGES', ['Sector Members']],
    ]);
  });
});
