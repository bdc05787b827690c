// Where in a Markdown text a match could lie: the prefilter (src/prefilter.ts)
// checks each such region on its own, since a match never runs past a blank
// line, a sentence end or the punctuation the sentence splitter treats as a
// hard break.
import { CUT, decodeReference, withoutLinkTails } from './words.js';
import { endsWithAbbreviation } from '../text/sentences.js';

// Paragraphs never span a blank line, so neither does a match.
const BLANK_LINE_G = /\n(?:[ \t\r\f\v]*\n)+/g;
// A full stop, space and a capital (through emphasis): the sentence splitter
// ends a sentence there unless the word before is an abbreviation.
const SENTENCE_END = /\.\s+(?=[*_~[]*[A-Z])/g;
// Punctuation the sentence splitter marks as a hard break (sentences.ts): no
// match continues past it (see cutAtStops for the exceptions).
// Not colons or dashes: a pattern may allow a label's colon or dash (cutAtStops).
const STOP_CANDIDATE = /[?"\u201c\u201d{};!(]/g;
const DIGIT = /\p{N}/u;
const REFERENCE_BEFORE = /&#?[0-9A-Za-z]{1,32}$/;
const INLINE_MARKUP = /[*_~`[\]\\]/g;
const INLINE_MARKUP_CHAR = /[*_~`[\]\\]/;
// A character reference not escaped by a backslash (an odd run of them).
const UNESCAPED_REFERENCE = /(?<!(?:^|[^\\])(?:\\\\)*\\)&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/g;
/**
 * The text cut where no match can run on: at blank lines (paragraph ends),
 * at sentence ends the sentence splitter surely sees (". " before a capital,
 * the word before not an abbreviation), and at the punctuation that stops a
 * match (; : ? ! quotes, braces, dashes, an opening bracket after a space).
 * Markup may hide such a mark from the prose (a link destination, a character
 * reference), so the text is cut once as written and once with links and
 * references resolved: a match lies whole in some piece of one of them.
 */
export function matchRegions(text: string, labels: ReadonlySet<string>): string[] {
  return [...matchParagraphs(text, labels)].flatMap((p) => p.regions);
}

/** A paragraph of the text (between blank lines, offsets into the text) and
 * the regions a match in it could lie in. */
export interface MatchParagraph {
  start: number;
  end: number;
  regions: string[];
}

/** The regions of matchRegions, by the paragraph they come from, one at a
 * time: a caller that has seen enough stops cutting. */
export function* matchParagraphs(text: string, labels: ReadonlySet<string>): Generator<MatchParagraph> {
  let from = 0;
  for (const m of text.matchAll(BLANK_LINE_G)) {
    yield paragraphRegions(text, from, m.index, labels);
    from = m.index + m[0].length;
  }
  yield paragraphRegions(text, from, text.length, labels);
}

function paragraphRegions(text: string, start: number, end: number, labels: ReadonlySet<string>): MatchParagraph {
  const written = text.slice(start, end);
  const regions: string[] = [];
  // Links and references never span a blank line: only a paragraph that has
  // them is read a second way.
  const resolved = written.includes('&') || written.includes('](') || written.includes('][') ? resolveLinksAndReferences(written, labels) : [];
  for (const paragraph of new Set([written, ...resolved])) {
    let from = 0;
    for (const m of paragraph.matchAll(SENTENCE_END)) {
      // The spaces stay with the sentence that ends, as the splitter has them.
      const cut = m.index + m[0].length;
      if (mayEndWithAbbreviation(paragraph.slice(Math.max(from, m.index - 40), m.index))) continue;
      cutAtStops(paragraph.slice(from, cut), regions);
      from = cut;
    }
    cutAtStops(paragraph.slice(from), regions);
  }
  return { start, end, regions };
}

/** Cuts `text` at the punctuation no match runs past, into `out`. A colon
 * or a dash never cuts: a pattern may allow a label's colon or dash ("Eczema:
 * gone", `:` in the pattern language, sentences.ts labelBefore). A semicolon
 * between digits joins them into one word, a semicolon may end a character
 * reference, `![` opens an image, and `(` stops only after a space (else it
 * may be link syntax). */
function cutAtStops(text: string, out: string[]): void {
  let from = 0;
  for (const m of text.matchAll(STOP_CANDIDATE)) {
    const i = m.index;
    const before = text[i - 1] ?? ' ';
    const after = text[i + 1] ?? ' ';
    let stop: boolean;
    switch (m[0]) {
      case ';':
        stop = !(DIGIT.test(before) && DIGIT.test(after)) && !REFERENCE_BEFORE.test(text.slice(Math.max(0, i - 34), i));
        break;
      case '!':
        stop = after !== '[';
        break;
      case '(':
        stop = /\s/.test(before);
        break;
      default:
        stop = true;
    }
    if (!stop) continue;
    out.push(text.slice(from, i));
    from = i + 1;
  }
  out.push(text.slice(from));
}

/** Whether the word before a full stop could be an abbreviation in the
 * prose, however the markup in it (`**No**.`, ``e`g.``) turns out. */
function mayEndWithAbbreviation(before: string): boolean {
  const word = /[A-Za-z.*_~`[\]\\]*$/.exec(before)![0];
  for (let p = 0; p < word.length; p++) {
    if (p > 0 && !INLINE_MARKUP_CHAR.test(word[p - 1]!)) continue;
    const candidate = `${word.slice(p).replace(INLINE_MARKUP, '')}.`;
    if (endsWithAbbreviation(candidate, 0, candidate.length)) return true;
  }
  return false;
}

/** References decoded, and link destinations dropped, then defined labels
 * too (`[a][b]` is a link, `c][b]` a shortcut one), where not escaped. */
function resolveLinksAndReferences(text: string, labels: ReadonlySet<string>): string[] {
  let out = text;
  // A decoded character may stand alone in the prose (an autolink ends
  // before a reference): the mark before it may join it on or cut it off.
  if (out.includes('&')) {
    out = out.replace(UNESCAPED_REFERENCE, (whole, body: string) => `${whole.slice(0, whole.indexOf('&'))}${CUT}${decodeReference(whole.slice(whole.indexOf('&')), body)}`);
  }
  return out.includes('](') || out.includes('][') ? withoutLinkTails(out, labels) : [out];
}
