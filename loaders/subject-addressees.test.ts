/**
 * Operative sections whose body names the addressee as its subject: "requests that the Secretary-General report
 * …". Before, on one line with its heading, such a line was read as text of the clause above it (with the warning
 * HEADING_IN_TEXT), so its request was another section's; below its heading, the request had no addressee. Texts
 * written for these tests; the French and Spanish ones start as the fixtures do.
 */
import type { ParsedResolution } from '.';
import { fixtureBefore, parseLines as parse, partyKeys, WTDC_HEAD } from '../test/support/resolution-lines';

const HEAD = [
  ...WTDC_HEAD,
  'recalling',
  'a)\tResolution 7 (Rev. Kigali, 2022) of the World Telecommunication Development Conference,',
];

const last = (doc: ParsedResolution) => doc.instructions.at(-1);
const codes = (doc: ParsedResolution): string[] => doc.diagnostics.map((d) => d.code);

describe('a body that opens with its addressee as subject', () => {
  it('on the heading’s line: the line is the section, the subject its addressee', () => {
    const doc = parse([
      ...HEAD,
      'resolves',
      '1\tthat telehealth is a priority,',
      'requests that the Secretary-General report to the Council on the implementation of this resolution.',
    ]);
    expect(doc.instructions.map((i) => i.kind)).toEqual(['RESOLVES', 'REQUESTS']);
    expect(partyKeys(last(doc), 'addressees')).toEqual(['secretary-general']);
    expect(last(doc)?.addressees[0]).toMatchObject({ clause: 'requests-1/body', quote: 'Secretary-General' });
    expect(last(doc)?.items[0]?.text).toMatch(/^that the Secretary-General report to the Council/u);
    expect(doc.instructions[0]?.items.map((i) => i.text)).toEqual(['that telehealth is a priority,']);
    expect(codes(doc)).toEqual([]);
  });

  it('below the heading, with the parties a list joins to the first', () => {
    const doc = parse([
      ...HEAD,
      'requests',
      'that the Secretary-General and the Director of the Telecommunication Development Bureau report to the ' +
        'Council, in collaboration with the World Health Organization.',
    ]);
    expect(partyKeys(last(doc), 'addressees')).toEqual(['director-bdt', 'secretary-general']);
    // The collaboration is named after the request's object, not with its subject: whose it is, is not read.
    expect(partyKeys(last(doc), 'collaborators')).toEqual([]);
    expect(codes(doc)).toEqual([]);
  });

  it('with the parties a collaboration phrase right after the subject names, as collaborators', () => {
    const below = parse([
      ...HEAD,
      'requests',
      'that the Secretary-General, in collaboration with the World Health Organization and the World Intellectual ' +
        'Property Organization, report to the Council on telehealth.',
    ]);
    expect(partyKeys(last(below), 'addressees')).toEqual(['secretary-general']);
    expect(partyKeys(last(below), 'collaborators')).toEqual(['who', 'wipo']);
    expect(last(below)?.collaborators[0]).toMatchObject({
      clause: 'requests-1/body',
      quote: 'World Health Organization',
    });
    const inline = parse([
      ...HEAD,
      'resolves',
      '1\tthat telehealth is a priority,',
      'requests that the Director of the Telecommunication Development Bureau, in close cooperation with ITU-T ' +
        'Sector Members, organize workshops on telehealth.',
    ]);
    expect(partyKeys(last(inline), 'addressees')).toEqual(['director-bdt']);
    expect(partyKeys(last(inline), 'collaborators')).toEqual(['sector-members']);
    expect(codes(inline)).toEqual([]);
  });

  it('keeps the collaborators the heading names', () => {
    const doc = parse([
      ...HEAD,
      'requests, in close collaboration with the World Health Organization,',
      'that the Secretary-General, in consultation with WIPO, report to the Council on the progress made.',
    ]);
    expect(partyKeys(last(doc), 'addressees')).toEqual(['secretary-general']);
    expect(partyKeys(last(doc), 'collaborators')).toEqual(['who', 'wipo']);
  });

  it('with no collaborators where the phrase names none before its end', () => {
    const doc = parse([
      ...HEAD,
      'requests',
      'that the Secretary-General, in collaboration with others, report to the Council on the work of WHO.',
    ]);
    expect(partyKeys(last(doc), 'addressees')).toEqual(['secretary-general']);
    expect(partyKeys(last(doc), 'collaborators')).toEqual([]);
  });

  it.each([
    ['French', 'fr-resolution.txt', /^invite/, 'demande que le Secrétaire général fasse rapport au Conseil.'],
    ['Spanish', 'es-resolution.txt', /^invita/, 'pide que el Secretario General informe al Consejo.'],
  ])('in %s', (_language, file, first, line) => {
    const doc = parse([...fixtureBefore(file, first), line]);
    expect(last(doc)?.kind).toBe('REQUESTS');
    expect(partyKeys(last(doc), 'addressees')).toEqual(['secretary-general']);
    expect(codes(doc)).toEqual([]);
  });

  it.each([
    [
      'French',
      'fr-resolution.txt',
      /^invite/,
      "demande que le Secrétaire général, en collaboration avec l'OMS, fasse rapport.",
    ],
    ['Spanish', 'es-resolution.txt', /^invita/, 'pide que el Secretario General, en colaboración con la OMS, informe.'],
  ])('in %s, with collaborators', (_language, file, first, line) => {
    const doc = parse([...fixtureBefore(file, first), line]);
    expect(partyKeys(last(doc), 'addressees')).toEqual(['secretary-general']);
    expect(partyKeys(last(doc), 'collaborators')).toEqual(['who']);
  });

  it('leaves out ITU or a Sector named as whose a party of the list is', () => {
    const doc = parse([...HEAD, 'requests', 'that ITU Member States and ITU-D Sector Members share their experience.']);
    expect(partyKeys(last(doc), 'addressees')).toEqual(['member-states', 'sector-members']);
  });

  it.each([
    'requests that a report be made to the Council.',
    'requests that the WHO Global Strategy on Digital Health be taken into account in the work of the Sector.',
    'requests that, in collaboration with WHO, a report be made to the Council.',
    "requests that the Secretary-General's report on telehealth be submitted to the Council.",
  ])('is not read where the subject is no party, nor one that owns what follows: "%s"', (line) => {
    const inline = parse([...HEAD, 'resolves', '1\tthat telehealth is a priority,', line]);
    expect(inline.instructions.map((i) => i.kind)).toEqual(['RESOLVES']);
    expect(codes(inline)).toEqual(['HEADING_IN_TEXT']);
  });

  it('is not read for "resolves that", nor below a heading where a possessive follows the name', () => {
    const below = parse([...HEAD, 'requests', "that Member States' contributions be taken into account."]);
    expect(partyKeys(last(below), 'addressees')).toEqual([]);
    const resolves = parse([...HEAD, 'resolves', 'that Member States give telehealth priority.']);
    expect(partyKeys(last(resolves), 'addressees')).toEqual([]);
  });
});

describe('a body whose heading names the addressee, opening with a collaboration phrase', () => {
  it.each([
    [
      'on the heading’s line',
      ['pide al Secretario General que, en consulta con la Organización Mundial de la Salud, presente un informe.'],
    ],
    [
      'below the heading',
      ['pide al Secretario General', 'que, en consulta con la Organización Mundial de la Salud, presente un informe.'],
    ],
    ['after "a que"', ['invita a los Estados Miembros a que, en colaboración con la OMS, elaboren estrategias.']],
  ])('names the collaborators in Spanish, %s', (_where, lines) => {
    const doc = parse([...fixtureBefore('es-resolution.txt', /^invita/), ...lines]);
    expect(partyKeys(last(doc), 'addressees')).toHaveLength(1);
    expect(partyKeys(last(doc), 'collaborators')).toEqual(['who']);
    expect(codes(doc)).toEqual([]);
  });

  it('names them for a Director too, and still not where the phrase comes after what is to be done', () => {
    const doc = parse([
      ...fixtureBefore('es-resolution.txt', /^invita/),
      'encarga al Director de la TSB que, en colaboración con la OMS, organice talleres,',
      'pide al Secretario General que presente un informe en colaboración con la OMS.',
    ]);
    expect(doc.instructions.slice(-2).map((i) => partyKeys(i, 'collaborators'))).toEqual([['who'], []]);
  });

  it('not for "resuelve", which addresses no one, in Spanish or French', () => {
    const es = parse([
      ...fixtureBefore('es-resolution.txt', /^invita/),
      'resuelve',
      'que, en colaboración con la OMS, la UIT siga trabajando.',
    ]);
    expect(partyKeys(last(es), 'collaborators')).toEqual([]);
    const fr = parse([
      ...fixtureBefore('fr-resolution.txt', /^invite/),
      'décide',
      "que, en collaboration avec l'OMS, l'UIT continue de travailler.",
    ]);
    expect(partyKeys(last(fr), 'collaborators')).toEqual([]);
  });

  it('ends the list at the comma that closes the phrase, before the subject; a list with "y" goes on', () => {
    const doc = parse([
      ...fixtureBefore('es-resolution.txt', /^invita/),
      'encarga al Director de la BDT que, en colaboración con la OMS, la BDT siga prestando asistencia,',
      'pide al Secretario General que, en consulta con la OMS, la OMPI y la UNESCO, presente un informe.',
    ]);
    expect(doc.instructions.slice(-2).map((i) => partyKeys(i, 'collaborators'))).toEqual([
      ['who'],
      ['unesco', 'who', 'wipo'],
    ]);
  });
});
