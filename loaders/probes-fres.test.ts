/**
 * What French, Spanish and Arabic resolutions write that the fixtures do not: found by reading texts written in the
 * style of ITU's official French, Spanish and Arabic Plenipotentiary, WTDC and WTSA resolutions on e-health, and
 * comparing what the loaders read with what the texts say. Texts written for these tests.
 */
import { parseDocument } from '.';
import type { ParsedResolution } from '.';
import { WTDC } from '../test/support/wtdc-texts';

const parse = (text: string): ParsedResolution =>
  parseDocument({ file: 'probe.txt', content: Buffer.from(text, 'utf8') }) as ParsedResolution;

/** The ITU resolutions the document cites, as "BODY N (place year)". */
function cited(text: string): string[] {
  return parse(text)
    .clauses.flatMap((c) => c.mentions)
    .flatMap((m) =>
      m.entity.type === 'ItuResolution'
        ? [
            `${m.entity.body} ${m.entity.number}${m.entity.revision ? ` (${m.entity.revision.place} ${m.entity.revision.year})` : ''}`,
          ]
        : [],
    );
}

describe('an Arabic list of resolutions, each with its own revision', () => {
  it('reads every member, the second written with its conjunction ("و123 (المراجَع في دبي، 2018)")', () => {
    const item = 'أ )\tبالقرارين 64 (المراجَع في بوخارست، 2022) و123 (المراجَع في دبي، 2018) لمؤتمر المندوبين المفوضين؛';
    expect(cited(WTDC.ar(item))).toEqual(['PP 64 (Bucharest 2022)', 'PP 123 (Dubai 2018)']);
  });

  it('reads no more members where the next number has no revision ("و12 قراراً آخر")', () => {
    const item = 'أ )\tبالقرار 45 (المراجَع في كيغالي، 2022) و12 قراراً آخر لمؤتمر المندوبين المفوضين؛';
    expect(cited(WTDC.ar(item))).toEqual(['WTDC 45 (Kigali 2022)']);
  });
});
