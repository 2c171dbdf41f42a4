/**
 * Text as taken from a PDF, for the loaders' layout tests: every line broken at the last space before `width`, as
 * a PDF's page breaks its paragraphs (its tabs print as spaces). A proportional font fills lines unevenly:
 * `shortfall(n)` shortens the width of the n-th broken line of the text by that many characters.
 */
export function wrapAtWidth(text: string, width: number, shortfall: (line: number) => number = () => 0): string {
  let n = 0;
  return text
    .replace(/\t/g, ' ')
    .split('\n')
    .map((line) => {
      const out: string[] = [];
      let current = '';
      for (const word of line.split(' ')) {
        if (current && current.length + 1 + word.length > width - shortfall(n)) {
          n++;
          out.push(current);
          current = word;
        } else current = current ? `${current} ${word}` : word;
      }
      return [...out, current].join('\n');
    })
    .join('\n');
}
