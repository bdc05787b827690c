// Container markers at the start of a line, besides ">": list item markers
// ("-", "*", "+", "1.", "1)") and footnote definition labels ("[^1]:").
// Shared by the guard's scan and the plain-text reader so both agree on what
// a line's container prefix is.

export function columnsOf(ch: string, col: number): number {
  return ch === '\t' ? 4 - (col % 4) : 1;
}

/** Length of a list item or footnote definition marker at `p`, with the
 * column its content starts in; undefined when there is none. */
export function containerMarker(line: string, p: number, col: number): { length: number; contentCol: number } | undefined {
  const c = line[p];
  let q = p;
  if (c === '-' || c === '+' || c === '*') {
    q = p + 1;
  } else if (c !== undefined && c >= '0' && c <= '9') {
    while (q < line.length && q - p < 9 && line[q]! >= '0' && line[q]! <= '9') q++;
    if (line[q] !== '.' && line[q] !== ')') return undefined;
    q++;
  } else if (c === '[' && line[p + 1] === '^') {
    const close = line.indexOf(']:', p + 2);
    if (close === -1 || close - p > 1000) return undefined;
    q = close + 2;
    if (q < line.length && line[q] !== ' ' && line[q] !== '\t') return undefined;
    // A footnote's continuation lines are indented four columns.
    return { length: q - p, contentCol: col + 4 };
  } else {
    return undefined;
  }
  if (q < line.length && line[q] !== ' ' && line[q] !== '\t') return undefined;
  let spaces = 0;
  while (q + spaces < line.length && line[q + spaces] === ' ' && spaces < 5) spaces++;
  return { length: q - p, contentCol: col + (q - p) + (spaces === 0 || spaces > 4 ? 1 : spaces) };
}

