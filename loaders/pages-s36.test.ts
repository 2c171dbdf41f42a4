/**
 * Pages whose subject a reader of real ITU pages got wrong: a Question's page with a breadcrumb under its header, a
 * page about an initiative no table knows that names an ITU group once.
 */
import { entityKeyLabel, pageRelations, parsePage } from '../test/support/page-texts';

describe("a Question's page with a breadcrumb under its header line", () => {
  const doc = parsePage(
    [
      'Question 28/16 – Multimedia framework for e-health applications',
      'Home > ITU-T > Study Groups > Study Group 16 > Question 28/16',
      'Question 28/16 is one of the Questions of the study group and it develops Recommendations on e-health.',
      'Partners:',
      '- WHO',
    ].join('\n'),
  );

  it('is about the Question its header states, with its title', () => {
    expect(entityKeyLabel(doc.subject)).toBe('ITU-T Q28/16');
    expect(doc.subject).toMatchObject({ type: 'Question', title: 'Multimedia framework for e-health applications' });
  });

  it('gives the navigation words no partner', () => {
    expect(pageRelations(doc)).toEqual([]);
  });
});

describe('a breadcrumb that opens a page', () => {
  it("names the page's group by its last crumb that names one, not by a section's words before it", () => {
    const doc = parsePage(
      [
        'Home > ITU-T > Study Groups > Study Group 16',
        'Study Group 16 leads the work of the Sector on multimedia and on the applications of e-health for the patients and their doctors.',
        '',
        'Partners:',
        '- WHO',
      ].join('\n'),
    );
    expect(entityKeyLabel(doc.subject)).toBe('ITU-T SG16');
    expect(pageRelations(doc)).toEqual(['ITU-T SG16 PARTNER_OF WHO']);
  });
});

describe('a page about an initiative no table knows, naming an ITU group once', () => {
  const doc = parsePage(
    [
      '# Be He@lthy, Be Mobile',
      '',
      'Be He@lthy, Be Mobile is a global initiative led by WHO and ITU to scale up mobile health services.',
      '',
      'The initiative shares its results with ITU-D Study Group 2.',
      '',
      'Partners:',
      '- UNICEF',
    ].join('\n'),
  );

  it("gives the page's partners to no group it merely names", () => {
    expect(pageRelations(doc)).toEqual([]);
  });

  it('has its title line for title', () => {
    expect(doc.title).toBe('# Be He@lthy, Be Mobile');
  });
});
