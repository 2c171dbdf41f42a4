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
