// How the page draws claims in the text (web/mark-layout.ts), without a
// browser: every finding with a range gets a mark of its own covering exactly
// its words, claims inside or across each other included, and the HTML nests
// properly. The browser tests check the same on the page itself.
import { describe, expect, it } from 'vitest';
import { linesHtml, type Mark } from '../../web/mark-layout.js';

const UNESCAPE: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"' };

/** Reads drawn lines back: the text, and for each finding the offsets its pieces cover. */
function readBack(lines: readonly string[]): { text: string; covered: Map<number, number[]>; classes: Map<number, Set<string>> } {
  const covered = new Map<number, number[]>();
  const classes = new Map<number, Set<string>>();
  let text = '';
  lines.forEach((html, n) => {
    if (n > 0) text += '\n';
    const stack: number[] = [];
    for (const token of html.match(/<mark class="[^"]*" data-index="\d+">|<\/mark>|&\w+;|[^<&]/gu) ?? []) {
      const open = /^<mark class="([^"]*)" data-index="(\d+)">$/.exec(token);
      if (open) {
        const index = Number(open[2]);
        stack.push(index);
        classes.set(index, new Set([...(classes.get(index) ?? []), ...open[1]!.split(' ')]));
      } else if (token === '</mark>') {
        expect(stack.pop(), `a </mark> with nothing open on line ${n}`).toBeDefined();
      } else {
        if (token === '\u200b') continue;
        for (const index of new Set(stack)) covered.set(index, [...(covered.get(index) ?? []), text.length]);
        text += UNESCAPE[token] ?? token;
      }
    }
    expect(stack, `marks left open on line ${n}`).toEqual([]);
  });
  return { text, covered, classes };
}

/** The offsets a mark should cover: its range but the line breaks in it. */
function offsets(text: string, m: Mark): number[] {
  const out: number[] = [];
  for (let i = m.start; i < m.end; i++) if (text[i] !== '\n') out.push(i);
  return out;
}

function expectDrawn(text: string, marks: Mark[], active?: number): void {
  const { html, marked } = linesHtml(text, marks, active);
  const back = readBack(html);
  expect(back.text).toBe(text);
  for (const m of marks) expect(back.covered.get(m.index) ?? [], `mark ${m.index}`).toEqual(offsets(text, m));
  expect([...back.covered.keys()].sort()).toEqual(marks.map((m) => m.index).sort());
  // Each line knows the findings it marks (for moving the highlight without a redraw).
  const lineOfOffset = (at: number) => text.slice(0, at).split('\n').length - 1;
  marks.forEach((m) => {
    for (const at of offsets(text, m)) expect(marked[lineOfOffset(at)]).toContain(m.index);
  });
  if (active !== undefined) {
    for (const [index, cls] of back.classes) expect(cls.has('active'), `mark ${index}`).toBe(index === active);
  }
}

const mark = (index: number, start: number, end: number, severity: Mark['severity'] = 'error'): Mark => ({ start, end, severity, index });

describe('marks in the text', () => {
  const text = 'Our glow peel erases fine lines in one visit.';

  it('draws a claim inside a longer one as a mark of its own, inside the other', () => {
    // "erases fine lines in one visit" and, inside it, "fine lines".
    const outer = mark(0, 14, 44, 'warning');
    const inner = mark(1, 21, 31);
    expectDrawn(text, [outer, inner]);
    const [line] = linesHtml(text, [outer, inner], undefined).html;
    expect(line).toBe(
      'Our glow peel <mark class="sev-warning" data-index="0">erases <mark class="sev-error" data-index="1">fine lines</mark> in one visit</mark>.',
    );
  });

  it('keeps both marks where two claims cover the same words, and where one starts or ends with the other', () => {
    expectDrawn(text, [mark(0, 14, 31), mark(1, 14, 31, 'warning')]);
    expectDrawn(text, [mark(0, 14, 44), mark(1, 14, 20)]);
    expectDrawn(text, [mark(0, 14, 44), mark(1, 35, 44)]);
  });

  it('draws claims that only partly overlap in pieces, each covering its words', () => {
    expectDrawn(text, [mark(0, 9, 31), mark(1, 21, 44, 'warning')]);
    // Three deep, and a chain of overlaps.
    expectDrawn(text, [mark(0, 0, 44), mark(1, 4, 31), mark(2, 9, 25), mark(3, 21, 40), mark(4, 35, 45)], 3);
  });

  it('draws claims across lines, one inside the other, and escapes the text', () => {
    const t = 'A <b> & "c"\nerases fine lines\n\nin one visit.';
    expectDrawn(t, [mark(0, 2, 30), mark(1, 19, 29, 'warning'), mark(2, 12, 40)], 1);
  });

  it('draws every mark of a random set of overlapping claims', () => {
    // A fixed generator, so a failure can be replayed.
    let seed = 7;
    const rand = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    const t = 'Visible results\nin days, with no downtime & no pain.\n\nGuaranteed.';
    for (let round = 0; round < 300; round++) {
      const marks: Mark[] = [];
      for (let k = 0, n = 1 + rand(6); k < n; k++) {
        const start = rand(t.length - 1);
        marks.push(mark(k, start, start + 1 + rand(t.length - start - 1), rand(2) ? 'error' : 'warning'));
      }
      expectDrawn(t, marks, rand(marks.length + 1));
    }
  });

  it('draws only the lines asked for, from an offset into the whole text', () => {
    const whole = 'First line.\nOur glow peel erases fine lines in one visit.\nLast.';
    const base = whole.indexOf('Our');
    const lineText = whole.slice(base, whole.indexOf('\nLast'));
    const marks = [mark(0, base + 14, base + 44), mark(1, base + 21, base + 31), mark(2, 0, 5), mark(3, whole.length - 5, whole.length - 1)];
    const { html, marked } = linesHtml(lineText, marks, undefined, base);
    expect(marked).toEqual([[0, 1]]);
    expect(readBack(html).text).toBe(lineText);
    expect(html[0]).toContain('data-index="1">fine lines</mark>');
  });
});
