/**
 * Chinese and Arabic lists read to their end: a Chinese partner list whose last name no table knows ("…和某某联盟开展
 * 合作") still gives the names it knows; HL7 International as Chinese writes it ("HL7国际"); an Arabic list of
 * resolutions after the plural ends before a number that counts "of them" ("، و17 منها …"). Small texts written for
 * these tests.
 */
import { pageOf, pageRelations } from '../test/support/page-texts';
import { citedResolutions, parseResolutionText } from '../test/support/resolution-mentions';
import { WTDC } from '../test/support/wtdc-texts';

const JCA_ZH = '电子卫生保健联合协调活动（JCA-eHealth）';

describe('a Chinese partner list ending in a name ("…和HL7国际开展合作")', () => {
  it('gives every partner where the last is HL7 International as Chinese writes it', () => {
    expect(
      pageRelations(pageOf(JCA_ZH, 'JCA-eHealth与世界卫生组织（WHO）、国际标准化组织（ISO）和HL7国际开展合作。')),
    ).toEqual(['JCA-eHealth PARTNER_OF WHO', 'JCA-eHealth PARTNER_OF ISO', 'JCA-eHealth PARTNER_OF HL7']);
  });

  it('gives the names a table knows where the last is one none knows, which is no partner', () => {
    expect(
      pageRelations(pageOf(JCA_ZH, 'JCA-eHealth与世界卫生组织（WHO）、国际标准化组织（ISO）和某某健康联盟开展合作。')),
    ).toEqual(['JCA-eHealth PARTNER_OF WHO', 'JCA-eHealth PARTNER_OF ISO']);
    expect(pageRelations(pageOf(JCA_ZH, 'JCA-eHealth与世界卫生组织及某某健康联盟进行合作。'))).toEqual([
      'JCA-eHealth PARTNER_OF WHO',
    ]);
  });

  it('gives none after a verb, nor where the words after the list are no list member', () => {
    expect(pageRelations(pageOf(JCA_ZH, '责成第16研究组与世界卫生组织和某某健康联盟开展合作。'))).toEqual([]);
    expect(pageRelations(pageOf(JCA_ZH, 'JCA-eHealth与世界卫生组织的成员国开展合作。'))).toEqual([]);
  });
});

describe('an Arabic sentence after a plural list of resolutions, opened with "، و" and a count ("، و17 منها …")', () => {
  const cited = (item: string): string[] => citedResolutions(parseResolutionText(WTDC.ar(item), 'zh-ar-lists.txt'));

  it('ends the list before the number that "منها" (of them) follows', () => {
    expect(cited('أ )\tبالقرارات 64 و123، و17 منها تتعلق بالصحة؛')).toEqual(['WTDC 64', 'WTDC 123']);
    expect(cited('أ )\tبالقرارات 64 و123 و139، و3 منها تتعلق بالصحة، والقرار 17؛')).toEqual([
      'WTDC 64',
      'WTDC 123',
      'WTDC 139',
      'WTDC 17',
    ]);
  });

  it('keeps a member after "، و" that no such word follows', () => {
    expect(cited('أ )\tبالقرارات 64 و123، و139 لمؤتمر المندوبين المفوضين؛')).toEqual(['PP 64', 'PP 123', 'PP 139']);
    expect(cited('أ )\tبالقرار 183 (المراجَع في بوخارست، 2022)، والقرار 71 لمؤتمر المندوبين المفوضين؛')).toEqual([
      'PP 183 (Bucharest 2022)',
      'PP 71',
    ]);
  });
});
