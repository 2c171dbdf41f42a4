/**
 * Text as taken from a PDF, for the loaders' layout tests: every line broken at the last space before `width`, as
 * a PDF's page breaks its paragraphs (its tabs print as spaces). A proportional font fills lines unevenly:
 * `shortfall(n)` shortens the width of the n-th broken line of the text by that many characters. `hyphens` are
 * words a PDF may hyphenate, written with their break (`Standardiza-tion`): where such a word does not fit, its
 * first part and a hyphen end the line if they fit, and its rest opens the next.
 */
export function wrapAtWidth(
  text: string,
  width: number,
  shortfall: (line: number) => number = () => 0,
  hyphens: readonly string[] = [],
): string {
  const breaks = new Map(hyphens.map((h) => [h.replace('-', ''), h.split('-') as [string, string]]));
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
          const known = [...breaks.keys()].find((w) => word.startsWith(w));
          const [first, rest] = known ? (breaks.get(known) as [string, string]) : ['', ''];
          n++;
          if (known && current.length + 1 + first.length + 1 <= room) {
            out.push(`${current} ${first}-`);
            current = rest + word.slice(known.length);
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
