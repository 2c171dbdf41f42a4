/** Where a PDF may break words at a line end (see {@link wrapAtWidth}). */
export interface WordBreaks {
  /**
   * Words a PDF may hyphenate, written with their break (`Standardiza-tion`): where such a word does not fit, its
   * first part and a hyphen end the line if they fit, and its rest opens the next.
   */
  readonly hyphens?: readonly string[];
  /**
   * Words written with hyphens of their own (`ITU-T`, `Шарм-эль-Шейх`), which a PDF may break after one of them:
   * where such a word does not fit, its longest part up to a hyphen that fits ends the line, hyphen included, and its
   * rest opens the next.
   */
  readonly compounds?: readonly string[];
}

/**
 * Text as taken from a PDF, for the loaders' layout tests: every line broken at the last space before `width`, as
 * a PDF's page breaks its paragraphs (its tabs print as spaces). A proportional font fills lines unevenly:
 * `shortfall(n)` shortens the width of the n-th broken line of the text by that many characters. `breaks` are the
 * words a PDF may break inside ({@link WordBreaks}); a list alone is the words it may hyphenate.
 */
export function wrapAtWidth(
  text: string,
  width: number,
  shortfall: (line: number) => number = () => 0,
  breaks: readonly string[] | WordBreaks = [],
): string {
  const { hyphens = [], compounds = [] } = Array.isArray(breaks) ? { hyphens: breaks } : (breaks as WordBreaks);
  const hyphenated = new Map(hyphens.map((h) => [h.replace('-', ''), h.split('-') as [string, string]]));
  // Where a word holding a compound may break: after each of the compound's hyphens, longest first.
  const compoundBreak = (word: string, room: number): number | undefined => {
    for (const c of compounds) {
      const at = word.indexOf(c);
      if (at < 0) continue;
      for (let k = c.lastIndexOf('-'); k > 0; k = c.lastIndexOf('-', k - 1)) if (at + k + 1 <= room) return at + k + 1;
    }
    return undefined;
  };
  let n = 0;
  return text
    .replace(/\t/g, ' ')
    .split('\n')
    .map((line) => {
      const out: string[] = [];
      let current = '';
      for (const word of line.split(' ')) {
        const room = width - shortfall(n);
        if (current && current.length + 1 + word.length > room) {
          // The word as hyphenated, with what stands after it ("Standardization," is "Standardiza-" and "tion,").
          const known = [...hyphenated.keys()].find((w) => word.startsWith(w));
          const [first, rest] = known ? (hyphenated.get(known) as [string, string]) : ['', ''];
          const compound = known ? undefined : compoundBreak(word, room - current.length - 1);
          n++;
          if (known && current.length + 1 + first.length + 1 <= room) {
            out.push(`${current} ${first}-`);
            current = rest + word.slice(known.length);
          } else if (compound !== undefined) {
            out.push(`${current} ${word.slice(0, compound)}`);
            current = word.slice(compound);
          } else {
            out.push(current);
            current = word;
          }
        } else current = current ? `${current} ${word}` : word;
      }
      return [...out, current].join('\n');
    })
    .join('\n');
}

/**
 * A WTDC-style resolution in the Word-export layout (each paragraph on one line) whose long paragraphs a PDF's width
 * breaks, with words to hyphenate (see {@link wrapAtWidth}): the tests of PDF texts start from it.
 */
export const WORD_RESOLUTION = [
  'RESOLUTION 12 (Rev. Kigali, 2022)',
  'Telehealth services for remote communities',
  'The World Telecommunication Development Conference (Kigali, 2022),',
  'recalling',
  'a)\tResolution 7 (Rev. Dubai, 2014) of the World Telecommunication Development Conference;',
  'b)\tthe work of ITU-D Study Group 2 on telehealth,',
  'considering',
  'a)\tthat telehealth services depend on broadband networks that reach remote and rural communities, and on the skills of the health workers who use them, as the World Health Organization found;',
  'b)\tthat the World Health Organization and ITU cooperate on standards for telehealth, in particular through ITU-T Study Group 16 and ITU-D Study Group 2;',
  'c)\tthat many developing countries lack national telehealth strategies that take account of the costs of connecting remote health facilities,',
  'resolves to instruct the Director of the Telecommunication Development Bureau, in close collaboration with the Director of the Telecommunication Standardization Bureau and with the World Health Organization',
  '1\tto assist Member States in planning telehealth networks, taking into account the results of pilot projects of the World Health Organization;',
  '2\tto report to the next conference on the progress made,',
  'invites Member States',
  'to share their experience in telehealth with ITU-D Study Group 2, and to include telehealth in their national broadband plans and in the training of health workers.',
  '',
].join('\n');
