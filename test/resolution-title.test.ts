/**
 * A resolution's title comes from its English text whenever one is loaded, whatever order the texts load in: a text
 * in another language only fills a title no text has given yet.
 */
import { buildDocumentGraph, createMemoryStore } from '../graph';
import { parseResolutionText } from './support/resolution-mentions';

const ENGLISH = [
  'RESOLUTION 183 (Rev. Bucharest, 2022)',
  'Telecommunication/ICT applications for e-health',
  'The Plenipotentiary Conference of the International Telecommunication Union (Bucharest, 2022),',
  'instructs the Secretary-General',
  'to report to the Council.',
].join('\n');

const FRENCH = [
  'RÉSOLUTION 183 (Rév. Dubaï, 2018)',
  'Applications des télécommunications/TIC pour la cybersanté',
  "La Conférence de plénipotentiaires de l'Union internationale des télécommunications (Dubaï, 2018),",
  'charge le Secrétaire général',
  'de faire rapport au Conseil.',
].join('\n');

async function titleAfterLoading(texts: readonly [string, string][]): Promise<unknown> {
  const store = createMemoryStore();
  for (const [file, text] of texts) await store.writeDocument(buildDocumentGraph(parseResolutionText(text, file)));
  const [resolution] = await store.getNodes(['resolution:pp-183']);
  return resolution?.type === 'Resolution' ? resolution.title : undefined;
}

describe('the title of a resolution loaded in several languages', () => {
  it.each([
    [
      'French first',
      [
        ['fr.txt', FRENCH],
        ['en.txt', ENGLISH],
      ] as [string, string][],
    ],
    [
      'English first',
      [
        ['en.txt', ENGLISH],
        ['fr.txt', FRENCH],
      ] as [string, string][],
    ],
  ])('is the English one, %s', async (_order, texts) => {
    expect(await titleAfterLoading(texts)).toBe('Telecommunication/ICT applications for e-health');
  });

  it('is the text’s own where no English text is loaded', async () => {
    expect(await titleAfterLoading([['fr.txt', FRENCH]])).toBe(
      'Applications des télécommunications/TIC pour la cybersanté',
    );
  });
});
