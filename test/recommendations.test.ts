/**
 * ITU Recommendations cited by a resolution ("Recommendation ITU-T H.810", "ITU-T Recommendations F.780.1 and
 * F.780.2", "ITU-R BT.500"): instruments of kind 'recommendation', each of the Sector named with it, in every
 * language, which the version CITES. Texts written for these tests.
 */
import { buildDocumentGraph } from '../graph';
import { parseDocument } from '../loaders';
import type { Mention, ParsedResolution } from '../loaders';
import { WTDC } from './support/wtdc-texts';
import type { Language } from './support/wtdc-texts';

function parse(file: string, text: string): ParsedResolution {
  const doc = parseDocument({ file, content: Buffer.from(text, 'utf8') });
  if (doc.kind !== 'resolution') throw new Error(`expected a resolution, got ${doc.kind}`);
  return doc;
}

const codeOf = (m: Mention): string => ('code' in m.entity ? (m.entity.code ?? '') : '');
const recommendations = (doc: ParsedResolution): string[] =>
  doc.citations.filter((m) => 'kind' in m.entity && m.entity.kind === 'recommendation').map(codeOf);

describe('ITU Recommendations', () => {
  it('are cited with their Sector, alone or in a list, the Sector before or after the word', () => {
    const doc = parse(
      'en.txt',
      WTDC.en(
        [
          'a)\tRecommendation ITU-T H.810, on interoperability design guidelines for personal connected health systems;',
          'b)\tITU-T Recommendations F.780.1 and F.780.2, on telehealth;',
          'c)\tRecommendations ITU-R BT.500, BT.1120 and M.1457;',
          'd)\tthe ITU-T H.860 series of Recommendations,',
        ].join('\n'),
      ),
    );
    expect(recommendations(doc)).toEqual([
      'ITU-T H.810',
      'ITU-T F.780.1',
      'ITU-T F.780.2',
      'ITU-R BT.500',
      'ITU-R BT.1120',
      'ITU-R M.1457',
      'ITU-T H.860',
    ]);
    const h810 = doc.citations.find((m) => codeOf(m) === 'ITU-T H.810');
    expect(h810?.quote).toBe('Recommendation ITU-T H.810');
    expect(h810?.entity).toMatchObject({ key: 'rec-itu-t-h.810', name: 'Recommendation ITU-T H.810' });
    // A list quotes the whole list for each member; the Sector inside is still a mention of its own.
    expect(doc.citations.find((m) => codeOf(m) === 'ITU-T F.780.2')?.quote).toBe(
      'ITU-T Recommendations F.780.1 and F.780.2',
    );
    const named = doc.clauses.find((c) => c.address === 'preamble/recalling/b')?.mentions.map((m) => m.entity);
    expect(named).toContainEqual(expect.objectContaining({ key: 'itu-t' }));
  });

  it('leave an ITU-R revision out: the Recommendation is the same', () => {
    const doc = parse('en.txt', WTDC.en('a)\tRecommendation ITU-R M.2083-0 on the vision for IMT,'));
    expect(recommendations(doc)).toEqual(['ITU-R M.2083']);
    expect(doc.citations.find((m) => codeOf(m) === 'ITU-R M.2083')?.quote).toBe('Recommendation ITU-R M.2083-0');
  });

  it.each([
    ["a Question's code", 'Question ITU-T Q.1/16'],
    ['a code cut short', 'Recommendation ITU-T H.'],
    ['a longer number', 'Recommendation ITU-T H.81012'],
    ['no Sector', 'Recommendation H.810'],
    ['the Recommendations without a code', 'the approval of ITU-T Recommendations'],
  ])('are not read from %s', (_, words) => {
    expect(recommendations(parse('en.txt', WTDC.en(`a)\t${words},`)))).toEqual([]);
  });

  const items: Record<Language, string> = {
    en: 'Recommendation ITU-T H.810 and ITU-T Recommendations F.780.1 and F.780.2',
    fr: 'la Recommandation UIT-T H.810 et les Recommandations UIT-T F.780.1 et F.780.2',
    es: 'la Recomendación UIT-T H.810 y las Recomendaciones UIT-T F.780.1 y F.780.2',
    ru: 'Рекомендацию МСЭ-Т H.810 и Рекомендации МСЭ-Т F.780.1 и F.780.2',
    zh: 'ITU-T H.810建议书和ITU-T F.780.1和F.780.2建议书',
    ar: 'التوصية ITU-T H.810 والتوصيتين ITU-T F.780.1 وF.780.2',
  };
  it.each(Object.keys(items) as Language[])('are read in %s', (l) => {
    const label = l === 'ar' ? 'أ )' : 'a)';
    const end = l === 'zh' ? '，' : l === 'ar' ? '،' : ',';
    const doc = parse(`${l}.txt`, WTDC[l](`${label}\t${items[l]}${end}`));
    expect(recommendations(doc)).toEqual(['ITU-T H.810', 'ITU-T F.780.1', 'ITU-T F.780.2']);
  });

  it('are Instrument nodes the version CITES, with the quoted words', () => {
    const doc = parse('en.txt', WTDC.en('a)\tRecommendation ITU-T H.810, on personal connected health systems,'));
    const graph = buildDocumentGraph(doc);
    const node = graph.nodes.find((n) => n.id === 'instrument:rec-itu-t-h.810');
    expect(node).toMatchObject({ type: 'Instrument', kind: 'recommendation', code: 'ITU-T H.810' });
    const cites = graph.edges.filter((e) => e.type === 'CITES' && e.to === node?.id);
    expect(cites).toHaveLength(1);
    expect(cites[0]?.provenance).toMatchObject({ clause: 'preamble/recalling/a', quote: 'Recommendation ITU-T H.810' });
  });
});
