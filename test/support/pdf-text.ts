/**
 * Text as taken from a PDF, for the loaders' layout tests: every line broken at the last space before `width`, as
 * a PDF's page breaks its paragraphs (its tabs print as spaces).
 */
export function wrapAtWidth(text: string, width: number): string {
  return text
    .replace(/\t/g, ' ')
    .split('\n')
    .map((line) => {
      const out: string[] = [];
      let current = '';
      for (const word of line.split(' ')) {
        if (current && current.length + 1 + word.length > width) {
          out.push(current);
          current = word;
        } else current = current ? `${current} ${word}` : word;
      }
      return [...out, current].join('\n');
    })
    .join('\n');
}
