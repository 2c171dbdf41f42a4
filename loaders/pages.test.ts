/**
 * Pages about ITU groups the lexicon does not know, and organisations a text defines with an acronym, written for
 * these tests: the loader must read a page about any group as it reads the corpus page, and a name defined once
 * must be recognised wherever the document uses its acronym.
 */
import { parseDocument } from '.';
import { entityKeyLabel } from '../test/support/page-texts';
import type { ManifestEntry, ParsedDocument, ParsedGroupPage, ParsedResolution } from '.';

function parse(text: string, manifest?: ManifestEntry): ParsedDocument {
  return parseDocument({ file: 'page.txt', content: Buffer.from(text, 'utf8'), manifest });
}

function page(text: string, manifest?: ManifestEntry): ParsedGroupPage {
  const doc = parse(text, manifest);
  if (doc.kind !== 'group-page') throw new Error(`expected a group page, got ${doc.kind}`);
  return doc;
}

const label = entityKeyLabel;

const relations = (doc: ParsedDocument): string[] =>
  doc.relations.filter((r) => r.type !== 'STUDIED_BY').map((r) => `${label(r.from)} ${r.type} ${label(r.to)}`);

const mentioned = (doc: ParsedDocument): string[] => doc.clauses.flatMap((c) => c.mentions.map((m) => label(m.entity)));

/** A focus group no table knows, its title shortening its name, its parent named last. */
const FOCUS_GROUP_PAGE = [
  'Committed to connecting the world',
  '',
  'Focus Group on AI for Remote Patient Monitoring',
  '',
  'The ITU-T Focus Group on Artificial Intelligence for Remote Patient Monitoring (FG-AI4RPM) was established by ITU-T Study Group 21 at its meeting in Geneva. The Focus Group works in partnership with the World Health Organization.',
  '',
  'The group studies how data from wearable sensors can be assessed and shared safely.',
  '',
  'FG-AI4RPM reports to ITU-T Study Group 21.',
  '',
  'Parent group: ITU-T Study Group 21',
  '',
].join('\n');

describe('a page about a group the lexicon does not know', () => {
  const doc = page(FOCUS_GROUP_PAGE);

  it('is about the group its title names, though the title shortens the name the text defines', () => {
    expect(label(doc.subject)).toBe('FG-AI4RPM');
    expect(doc.subject).toMatchObject({
      type: 'Organization',
      kind: 'itu-group',
      name: 'Focus Group on Artificial Intelligence for Remote Patient Monitoring',
    });
    expect(doc.title).toBe('Focus Group on AI for Remote Patient Monitoring');
  });

  it('recognises the acronym wherever the page uses it, with its place and words', () => {
    const uses = doc.clauses.flatMap((c) => c.mentions.filter((m) => label(m.entity) === 'FG-AI4RPM'));
    expect(uses.map((m) => m.quote)).toEqual([
      'Focus Group on Artificial Intelligence for Remote Patient Monitoring (FG-AI4RPM)',
      'FG-AI4RPM',
    ]);
    for (const m of uses) expect(FOCUS_GROUP_PAGE.slice(m.span[0], m.span[1])).toBe(m.quote);
  });

  it('reads who established the group, its partners and its parent', () => {
    expect(relations(doc)).toEqual(
      expect.arrayContaining([
        'FG-AI4RPM LAUNCHED_BY ITU-T SG21',
        'FG-AI4RPM PARTNER_OF WHO',
        'FG-AI4RPM REPORTS_TO ITU-T SG21',
      ]),
    );
    expect(relations(doc).filter((r) => r.startsWith('ITU-T SG21 '))).toEqual([]);
  });

  it('takes the group named most often, other than its parent, when no opening line names one', () => {
    const untitled = page(FOCUS_GROUP_PAGE.replace('Focus Group on AI for Remote Patient Monitoring\n', ''));
    // ITU-T SG21 is named three times, the focus group twice; SG21 is the group's parent.
    expect(untitled.title).toBeNull();
    expect(label(untitled.subject)).toBe('FG-AI4RPM');
    expect(relations(untitled)).toEqual(relations(doc));
  });
});

describe("a study group's page", () => {
  const doc = page(
    [
      'ITU-T Study Group 20',
      '',
      'Internet of things and smart cities and communities',
      '',
      'Study Group 20 is responsible for studies relating to the Internet of things and its applications, including e-health. It works with Study Group 21 on multimedia for health.',
      '',
      'Questions under study include Question 1/20 and Question 6/20.',
      '',
    ].join('\n'),
  );

  it('lends its Sector to the Questions and study groups it names without one', () => {
    expect(label(doc.subject)).toBe('ITU-T SG20');
    expect(mentioned(doc)).toEqual(expect.arrayContaining(['ITU-T SG20', 'ITU-T SG21', 'ITU-T Q1/20', 'ITU-T Q6/20']));
    expect(doc.relations.filter((r) => r.type === 'STUDIED_BY').map((r) => `${label(r.from)} ${label(r.to)}`)).toEqual([
      'ITU-T Q1/20 ITU-T SG20',
      'ITU-T Q6/20 ITU-T SG20',
    ]);
  });
});

describe('organisations a text defines with an acronym', () => {
  const defined = (sentence: string): string[] =>
    page(`ITU-T Study Group 16\n\n${sentence}\n`, { language: 'en' })
      .clauses.flatMap((c) => c.mentions)
      .filter((m) => m.entity.type === 'Organization' && m.entity.acronym && label(m.entity) !== 'ITU-T')
      .map((m) => (m.entity.type === 'Organization' ? `${m.entity.acronym}=${m.entity.name} (${m.entity.kind})` : ''));

  it('reads names with the head word last or first, after a sentence start or a Sector', () => {
    expect(defined('Study Group 16 works with the Digital Health Alliance (DHA) on interoperability.')).toEqual([
      'DHA=Digital Health Alliance (forum)',
    ]);
    expect(defined('The Digital Health Alliance (DHA) works with Study Group 16.')).toEqual([
      'DHA=Digital Health Alliance (forum)',
    ]);
    expect(defined('It set up the ITU-T Focus Group on Digital Twins for Health (FG-DT4H) last year.')).toEqual([
      'FG-DT4H=Focus Group on Digital Twins for Health (itu-group)',
    ]);
    expect(defined('Study Group 16 joined the Global Initiative on Health Data (GI-HD) this year.')).toEqual([
      'GI-HD=Global Initiative on Health Data (initiative)',
    ]);
  });

  it('reads no name whose initial is not the acronym’s, or that has no head word', () => {
    expect(defined('The Group agreed to publish the Framework for Digital Health (FDH) next year.')).toEqual([]);
    expect(defined('Study Group 16 studies the Health Information Exchange (HIE) in depth.')).toEqual([]);
  });

  it('names the organisation wherever a resolution writes the acronym, in any clause', () => {
    const doc = parse(
      [
        'RESOLUTION 12 (Rev. Kigali, 2022)',
        'Telehealth services for remote communities',
        'The World Telecommunication Development Conference (Kigali, 2022),',
        'recalling',
        'a)\tthe work of the Digital Health Alliance (DHA) on telehealth,',
        'resolves to instruct the Director of the Telecommunication Development Bureau',
        '1\tto cooperate with DHA on telehealth networks;',
        '2\tto report to the next conference on the progress made.',
        '',
      ].join('\n'),
    ) as ParsedResolution;
    expect(doc.kind).toBe('resolution');
    const uses = doc.clauses.flatMap((c) => c.mentions.filter((m) => label(m.entity) === 'DHA'));
    expect(uses.map((m) => [m.clause, m.quote])).toEqual([
      ['preamble/recalling/a', 'Digital Health Alliance (DHA)'],
      ['resolves-to-instruct-1/item-1', 'DHA'],
    ]);
  });
});
