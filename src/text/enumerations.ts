// Lists inside a sentence: "reduces sun damage, age spots and acne scars",
// "treats concerns such as acne, rosacea and melasma". A verb governs every
// item of its list, but only the first item stands next to it, so each later
// item is offered to the matcher in a view of the sentence where it takes the
// first item's place. Views hold the sentence's own tokens (offsets are the
// source's), with only the comma before a moved item forgotten.
import type { Token } from './sentences.js';

/** At most this many later items per list are offered: copy lists longer
 * than this are keyword stuffing, and the work per sentence must stay bounded. */
const MAX_ITEMS = 10;
/** An item longer than this is a clause, not a list item. */
const MAX_ITEM_TOKENS = 5;
/** How long the first item may be when nothing marks where it starts. */
const MAX_FIRST_ITEM = 3;
const COORDINATORS = new Set(['and', 'or', '&', 'nor']);
/** Words that open a list of examples ("such as", "including"). */
const LEAD_INS = new Set(['including', 'like', 'especially', 'particularly', 'namely', 'e.g', 'eg', 'incl']);
/** Nouns for trouble after which "with" names the trouble's kind: "treats
 * issues with redness" treats redness; "treats skin with a laser" does not. */
export const TROUBLES: ReadonlySet<string> = new Set(['issue', 'issues', 'problem', 'problems', 'trouble', 'troubles', 'difficulty', 'difficulties']);
/** Every word a lead-in is made of, bar "with" after a trouble: the screen
 * (src/screen/words.ts) cannot tell where a list begins, so it lets words
 * meet across any of them, as across "and". */
export const LEAD_IN_WORDS: ReadonlySet<string> = new Set([...LEAD_INS, 'such', 'example', 'instance']);
/** Words that end a head noun group, walking back from a lead-in. */
const HEAD_STOPS = new Set(['of', 'for', 'to', 'with', 'on', 'in', 'at', 'by', 'from', 'about', 'against', 'your', 'their']);

interface Span {
  start: number;
  end: number;
}

interface List {
  /** Where the first item ends (the first comma or coordinator). */
  firstEnd: number;
  /** The later items. */
  items: Span[];
  /** Whether a comma separates some items ("A, B and C", not "A and B"). */
  hasComma: boolean;
}

function isLeadIn(tokens: readonly Token[], i: number): number {
  const t = tokens[i]!;
  if (t.norm === 'such' && tokens[i + 1]?.norm === 'as') return 2;
  if (t.norm === 'for' && (tokens[i + 1]?.norm === 'example' || tokens[i + 1]?.norm === 'instance')) return 2;
  if (t.norm === 'with' && i > 0 && TROUBLES.has(tokens[i - 1]!.norm) && !t.commaBefore) return 1;
  return LEAD_INS.has(t.norm) ? 1 : 0;
}

/** The item starting at `start`: up to the next comma, coordinator or hard break. */
function itemAt(tokens: readonly Token[], start: number): Span | undefined {
  let end = start;
  while (end < tokens.length) {
    const t = tokens[end]!;
    if (end > start && (t.commaBefore || t.hardBreakBefore || COORDINATORS.has(t.norm))) break;
    end++;
    if (end - start > MAX_ITEM_TOKENS) return undefined;
  }
  return end > start ? { start, end } : undefined;
}

function lists(tokens: readonly Token[]): List[] {
  const out: List[] = [];
  let i = 1;
  while (i < tokens.length) {
    const t = tokens[i]!;
    const separator = (t.commaBefore && !t.hardBreakBefore) || COORDINATORS.has(t.norm);
    if (!separator) {
      i++;
      continue;
    }
    const items: Span[] = [];
    let k = i;
    while (k < tokens.length && items.length < MAX_ITEMS) {
      let start = k;
      if (COORDINATORS.has(tokens[start]!.norm)) start++;
      if (start >= tokens.length || tokens[start]!.hardBreakBefore) break;
      const item = itemAt(tokens, start);
      if (!item) break;
      items.push(item);
      const next = tokens[item.end];
      if (!next || next.hardBreakBefore || !(next.commaBefore || COORDINATORS.has(next.norm))) break;
      k = item.end;
    }
    // "treats acne and clears breakouts" joins two verb phrases: only a list
    // with a comma, or one after "such as", is taken for a list of objects.
    const hasComma = items.some((item) => tokens[item.start]!.commaBefore) || t.commaBefore;
    if (items.length > 0) out.push({ firstEnd: i, items, hasComma });
    i = items.length > 0 ? items[items.length - 1]!.end : i + 1;
  }
  return out;
}

/** Words of context a view keeps on each side of the moved item: no
 * pattern spans more, and the work per view stays small however long the sentence. */
const CONTEXT = 10;
/** At most this many views per sentence: a sentence made of commas must not multiply the work. */
const MAX_VIEWS = 48;

/** A view: a short run of the sentence's tokens with a list item moved next
 * to the words before its list; `item` is where the moved item stands in it. */
export interface EnumerationView {
  tokens: Token[];
  item: Span;
}

/** Views of the sentence in which a later list item stands where the list
 * begins; empty when the sentence has no list. */
export function enumerationViews(tokens: readonly Token[]): EnumerationView[] {
  const views: EnumerationView[] = [];
  const joined = (before: number, item: Span, after: number): void => {
    if (views.length >= MAX_VIEWS) return;
    const moved = tokens.slice(item.start, item.end);
    const first = moved[0]!;
    // A break before the cut (a "!" inside the run, a comment in the markup)
    // still stands between the words before and the moved item: the matcher,
    // and the screen that reads the raw text, never join across it.
    const broken = before < tokens.length && before > 0 && tokens[before]!.hardBreakBefore;
    const head = first.commaBefore || broken ? { ...first, commaBefore: false, hardBreakBefore: first.hardBreakBefore || broken } : first;
    const prefix = tokens.slice(Math.max(0, before - CONTEXT), before);
    views.push({
      tokens: [...prefix, head, ...moved.slice(1), ...tokens.slice(after, after + CONTEXT)],
      item: { start: prefix.length, end: prefix.length + moved.length },
    });
  };
  // "treats concerns such as psoriasis": a single example after a lead-in stands for its head noun.
  for (let j = 1; j < tokens.length; j++) {
    const n = isLeadIn(tokens, j);
    if (n === 0 || tokens[j]!.hardBreakBefore) continue;
    const item = itemAt(tokens, j + n);
    if (!item) continue;
    for (let h = j - 1; h >= Math.max(0, j - 2); h--) {
      if (HEAD_STOPS.has(tokens[h]!.norm) || tokens[h + 1]!.hardBreakBefore) break;
      joined(h, item, item.end);
    }
  }
  for (const list of lists(tokens)) {
    const after = list.items[list.items.length - 1]!.end;
    // Where the first item may start: after a lead-in word, or a few words back.
    const cuts = new Set<number>();
    let leadIn = -1;
    let firstItem: Span | undefined;
    for (let j = list.firstEnd - 1; j >= 0 && list.firstEnd - j <= MAX_ITEM_TOKENS + 2; j--) {
      const n = isLeadIn(tokens, j);
      if (n > 0 && j + n <= list.firstEnd) {
        leadIn = j;
        cuts.add(j + n);
        if (j + n < list.firstEnd) firstItem = { start: j + n, end: list.firstEnd };
        // "treats (skin) concerns such as X": the head noun group goes too, "treats X".
        for (let h = j - 1; h >= Math.max(0, j - 2); h--) {
          if (HEAD_STOPS.has(tokens[h]!.norm) || tokens[h + 1]!.hardBreakBefore || tokens[h + 1]!.commaBefore) break;
          cuts.add(h);
        }
        break;
      }
      if (tokens[j]!.hardBreakBefore || (j < list.firstEnd - 1 && tokens[j + 1]!.commaBefore)) break;
    }
    if (leadIn < 0 && !list.hasComma) continue;
    if (leadIn < 0) {
      for (let n = 1; n <= MAX_FIRST_ITEM && list.firstEnd - n >= 0; n++) {
        cuts.add(list.firstEnd - n);
        if (tokens[list.firstEnd - n]!.hardBreakBefore) break;
      }
    }
    const moved = firstItem ? [firstItem, ...list.items] : list.items;
    for (const item of moved) for (const cut of cuts) joined(cut, item, after);
  }
  return views;
}
