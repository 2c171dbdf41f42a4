/**
 * A footnote's body is read for mentions and citations, with the footnote's words as where, as the mentions of the
 * clause that refers to it; never for an instruction's addressees or collaborators. Texts written for these tests.
 */
import { parseDocument } from '.';
import type { ParsedResolution } from '.';

function parse(lines: readonly string[]): ParsedResolution {
  const doc = parseDocument({ file: 'fn.txt', content: Buffer.from(lines.join('\n') + '\n', 'utf8') });
  if (doc.kind !== 'resolution') throw new Error(`expected a resolution, got ${doc.kind}`);
  return doc;
}

const HEADER = [
  'RESOLUTION 65 (Rev. Buenos Aires, 2017)',
  'Improving access to health-care services by using ICTs',
  'The World Telecommunication Development Conference (Buenos Aires, 2017),',
];

describe('footnote bodies', () => {
  it('give the citations and organisations they name, quoted where the footnote stands', () => {
    const doc = parse([
      ...HEADER,
      'recalling',
      'the joint ITU-WHO mobile health initiative[footnoteRef:1]1, [1: 1\t"Be He@lthy, Be Mobile", run with the United Nations Children\'s Fund (UNICEF) under Resolution 183 (Rev. Busan, 2014) of the Plenipotentiary Conference.] ',
      '',
      'invites Member States',
      'to contribute.',
    ]);
    const cited = doc.citations.find((m) => m.entity.type === 'ItuResolution');
    expect(cited?.entity).toMatchObject({ body: 'PP', number: '183', revision: { year: 2014 } });
    expect(cited?.clause).toBe('preamble/recalling/body');
    const unicef = doc.clauses.flatMap((c) => c.mentions).find((m) => 'key' in m.entity && m.entity.key === 'unicef');
    expect(unicef?.clause).toBe('preamble/recalling/body');
    for (const m of [cited, unicef]) {
      expect(m && doc.text.slice(m.span[0], m.span[1])).toBe(m?.quote);
    }
  });

  it('name no addressee or collaborator of the heading they hang on', () => {
    const doc = parse([
      ...HEADER,
      'instructs the Director of the Telecommunication Development Bureau[footnoteRef:2]2, in collaboration with WHO [2: 2\tIn consultation with the Director of the Telecommunication Standardization Bureau and with UNICEF.] ',
      '',
      '1\tto assist Member States;',
      '2\tto organize workshops.',
    ]);
    const instruction = doc.instructions[0];
    const keys = (ms: readonly { entity: object }[] | undefined): string[] =>
      (ms ?? []).map((m) => ('key' in m.entity ? String(m.entity.key) : ''));
    expect(keys(instruction?.addressees)).toEqual(['director-bdt']);
    expect(keys(instruction?.collaborators)).toEqual(['who']);
    const heading = doc.clauses.find((c) => c.address === 'instructs-1');
    expect(keys(heading?.mentions)).toEqual(expect.arrayContaining(['director-tsb', 'unicef']));
  });
});
