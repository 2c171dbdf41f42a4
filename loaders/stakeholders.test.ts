/**
 * Stakeholders beyond ITU's membership that resolutions address: the private sector and civil society ("invites
 * Member States, Sector Members, the private sector, academia and civil society"). Before, an operative heading
 * addressed only the members the lexicon knew, and the others were lost without a warning (one party was found).
 * Texts written for these tests; the French, Spanish, Russian, Arabic and Chinese ones start as the fixtures do.
 */
import { WTDC_HEAD, fixtureBefore, parseLines as parse, partyKeys as keys } from '../test/support/resolution-lines';
import type { ParsedResolution } from '.';

const invited = (doc: ParsedResolution): string[] =>
  keys(
    doc.instructions.find((i) => i.kind === 'INVITES'),
    'addressees',
  );

describe('the private sector and civil society', () => {
  it('are addressees in English, with the members before them', () => {
    const doc = parse([
      ...WTDC_HEAD,
      'recalling',
      'a)\tResolution 7 (Rev. Kigali, 2022) of the World Telecommunication Development Conference,',
      'invites Member States, Sector Members, the private sector, academia and civil society',
      'to share their experience of telehealth.',
    ]);
    expect(invited(doc)).toEqual(['academia', 'civil-society', 'member-states', 'private-sector', 'sector-members']);
    expect(doc.diagnostics).toEqual([]);
  });

  it.each([
    [
      'fr-resolution.txt',
      /^invite les/u,
      'invite les États Membres, le secteur privé et la société civile',
      'à partager leur expérience.',
    ],
    [
      'es-resolution.txt',
      /^invita a/u,
      'invita a los Estados Miembros, al sector privado y a la sociedad civil',
      'a compartir su experiencia.',
    ],
    [
      'ru-resolution.txt',
      /^предлагает/u,
      'предлагает Государствам-Членам, частному сектору и гражданскому обществу',
      'делиться опытом.',
    ],
    ['ar-resolution.txt', /^تدعو/u, 'تدعو الدول الأعضاء والقطاع الخاص والمجتمع المدني', 'إلى تبادل الخبرات.'],
    ['zh-pp-resolution.txt', /^邀请/u, '邀请各成员国、私营部门和民间社会', '分享经验。'],
  ])('are addressees in %s', (fixture, first, heading, body) => {
    const doc = parse([...fixtureBefore(fixture, first), heading, body]);
    expect(invited(doc)).toEqual(['civil-society', 'member-states', 'private-sector']);
  });

  it('are mentions where the text speaks of them, and not in a name that holds other words', () => {
    const doc = parse([
      ...WTDC_HEAD,
      'recalling',
      'a)\tthe role of the private sector and of civil society organizations in telehealth;',
      'b)\tthe privatesector and civilsociety pilots,',
      'resolves',
      '1\tto continue the work on telehealth.',
    ]);
    const mentioned = (address: string): string[] =>
      (doc.clauses.find((c) => c.address === address)?.mentions ?? []).map((m) =>
        'key' in m.entity ? m.entity.key : m.entity.type,
      );
    expect(mentioned('preamble/recalling/a')).toEqual(['private-sector', 'civil-society']);
    expect(mentioned('preamble/recalling/b')).toEqual([]);
  });
});
