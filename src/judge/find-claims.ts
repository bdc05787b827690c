// Sentence in, judged claims out: runs the one matcher over the sentence's
// words, keeps the best match per rule and place, lets the judge clear
// hedged, negated or cited ones, and settles overlaps between rules.
import type { CompiledRules } from './compile.js';
import type { BlockFacts } from './clearances.js';
import type { Capture, Match, WordList } from '../match/matcher.js';
import type { UserPhrase } from '../shared/resolved-config.js';
import type { ClaimContext, Clearance, ClearanceRule, RuleDefinition } from './rule.js';
import type { Market } from '../shared/markets.js';
import { enumerationViews } from '../text/enumerations.js';
import { normalizeWord } from '../text/word-key.js';
import type { Sentence, Token } from '../text/sentences.js';
import type { SeverityLevel } from '../shared/severity.js';

/** A claim located in block text offsets. */
export interface FoundClaim {
  ruleId: string;
  category?: string;
  severity: SeverityLevel;
  message: string;
  start: number;
  end: number;
  tokenStart: number;
  tokenEnd: number;
  /** The match as the rule's code sees it; rewrites are worded from it
   * later (src/edit/rewrites.ts), only for claims that are reported. */
  claim: ClaimContext;
  /** Who found it: a built-in rule or a user phrase. */
  by: { kind: 'rule'; rule: RuleDefinition } | { kind: 'phrase'; phrase: UserPhrase };
  /** The claim reaches its object through a list ("reduces sun damage, age
   * spots and scars"): its words are not one phrase, so no rewrite is applied unasked. */
  throughList?: boolean;
  advice?: string;
  /** The rule's reason and legal basis for the market, and where to read it (absent for user phrases). */
  help?: string;
  helpUri?: string;
  /** Set where the market reports each named thing once per document: the
   * thing's key (the rule's `subject`), so later mentions fold into the first. */
  once?: string;
  /** With `once`: this finding is reported even after the thing's first
   * mention (a price beside the name), and still counts as a mention. */
  onceKept?: true;
}

function gapLength(m: Match): number {
  let n = 0;
  for (const c of m.captures) if (c.gap) n += c.end - c.start;
  return n;
}

/** True when a modifier gap of `m` swallowed the start of another match of
 * the same pattern: "erases wrinkles erases wrinkles" is two claims. */
function swallows(m: Match, starts: ReadonlySet<number>): boolean {
  return m.captures.some((c) => c.gap === true && c.end > c.start && [...starts].some((s) => s >= c.start && s < c.end));
}

/** Of several matches of one rule at one start: one that swallows no other
 * claim, then the longest, then the tightest. */
function better(a: Match, b: Match, startsA: ReadonlySet<number>, startsB: ReadonlySet<number>): boolean {
  const sa = swallows(a, startsA);
  const sb = swallows(b, startsB);
  if (sa !== sb) return !sa;
  if (a.end !== b.end) return a.end > b.end;
  return gapLength(a) < gapLength(b);
}

/** Whitespace a span's text shows folded to one space: a run, or anything but a space. */
const SPACING = /\s\s|[^\S ]/;

/** A match as a rule's code sees it. A class, not an object literal: one is
 * made for every match a rule may set aside, and the match's text and
 * captures are worked out only when a rule first asks (most matches are set
 * aside or cleared before their text is read), then kept (a rule's tests
 * ask for the same capture many times). */
class MatchContext implements ClaimContext {
  readonly tokens: readonly Token[];
  readonly start: number;
  readonly end: number;
  readonly captures: readonly Capture[];
  about: ClaimContext['about'] = undefined;
  #text: string | undefined = undefined;
  /** Names asked for, each followed by what `capture` gave. */
  #asked: Array<string | (Capture & { text: string }) | undefined> | undefined = undefined;

  constructor(
    readonly sentence: Sentence,
    m: Match,
    readonly patternIndex: number,
    readonly market: Market,
    readonly blockText: string,
  ) {
    this.tokens = sentence.tokens;
    this.start = m.start;
    this.end = m.end;
    this.captures = m.captures;
  }

  get text(): string {
    return (this.#text ??= this.#textOf(this.start, this.end));
  }

  capture(name: string): (Capture & { text: string }) | undefined {
    const asked = this.#asked;
    if (asked) for (let i = 0; i < asked.length; i += 2) if (asked[i] === name) return asked[i + 1] as (Capture & { text: string }) | undefined;
    const c = this.captures.find((x) => x.name === name && x.end > x.start);
    const found = c ? { ...c, text: this.#textOf(c.start, c.end) } : undefined;
    (this.#asked ??= []).push(name, found);
    return found;
  }

  #textOf(s: number, e: number): string {
    if (e <= s) return '';
    const { sentence, tokens } = this;
    const text = sentence.text.slice(tokens[s]!.start - sentence.start, tokens[e - 1]!.end - sentence.start);
    // Most spans have single spaces only: nothing to fold, no new string.
    return SPACING.test(text) ? text.replace(/\s+/g, ' ') : text;
  }
}

export function claimContext(sentence: Sentence, m: Match, patternIndex: number, market: Market, blockText = sentence.text): ClaimContext {
  return new MatchContext(sentence, m, patternIndex, market, blockText);
}

// Whatever the rule, a sentence that talks about a claim does not make it,
// and a reader's neutral question asks rather than claims.
const EVERY_RULE: ReadonlyArray<ReadonlyArray<Clearance>> = [['mention'], ['question']];

// A firm claim (a price offer) is unsaid only by a negation.
const FIRM: ClearanceRule = [['negation']];

// A pattern that captures `asked` matches a question by design ("Do you have
// eczema?"); whether the offer answers it is the rule's to judge, so being a
// question does not clear it.
const ASKED_BY_DESIGN: ReadonlyArray<ReadonlyArray<Clearance>> = [['mention']];

function clearances(rule: RuleDefinition, claim: ClaimContext, market?: ClearanceRule): ReadonlyArray<ReadonlyArray<Clearance>> {
  const own = claim.about?.firm ? FIRM : market ?? (typeof rule.clearedBy === 'function' ? rule.clearedBy(claim) : rule.clearedBy);
  return [...own, ...(claim.capture('asked') ? ASKED_BY_DESIGN : EVERY_RULE)];
}

/** The claim's own modifier words (its gaps): the judge looks for hedges and
 * negators among them too ("removes, for many, ..."), never in its literal words. */
function modifierSpans(m: Match): Array<{ start: number; end: number }> {
  return m.captures.filter((c) => c.gap === true && c.end > c.start).map((c) => ({ start: c.start, end: c.end }));
}

/** Whether the words a pattern wants exactly are written so: an `=word`
 * literal, or a list entry marked `exact` ("for good", never "for goods"). */
function exactWordsHold(m: Match, tokens: readonly Token[]): boolean {
  for (const c of m.captures) {
    if (c.name.startsWith('=')) {
      if (tokens[c.start]?.norm !== normalizeWord(c.name.slice(1))) return false;
    } else if (c.entry?.attrs['exact'] !== undefined) {
      const words = c.entry.phrase.split(/\s+/).map(normalizeWord);
      if (words.length !== c.end - c.start || words.some((w, i) => tokens[c.start + i]!.norm !== w)) return false;
    }
  }
  return true;
}

/** Each sense list's words as one search, made once per pack. */
const senseSearches = new WeakMap<readonly WordList[], Map<string, RegExp>>();

function senseSearch(lists: readonly WordList[], id: string): RegExp {
  let byId = senseSearches.get(lists);
  if (!byId) senseSearches.set(lists, (byId = new Map()));
  let search = byId.get(id);
  if (!search) {
    const words: string[] = [];
    const gather = (listId: string, seen: ReadonlySet<string>) => {
      const list = lists.find((l) => l.id === listId);
      if (!list) throw new Error(`a word list entry's sense names an unknown list {${listId}}`);
      for (const e of list.entries) {
        const phrase = typeof e === 'string' ? e : e.phrase;
        const include = /^\{([a-z0-9-]+)\}$/.exec(phrase)?.[1];
        if (include === undefined) words.push(phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/[\s-]+/g, '[\\s-]+'));
        else if (!seen.has(include)) gather(include, new Set([...seen, include]));
      }
    };
    gather(id, new Set([id]));
    search = new RegExp(`(?<![\\p{L}\\p{N}])(?:${words.join('|')})(?![\\p{L}\\p{N}])`, 'iu');
    byId.set(id, search);
  }
  return search;
}

/** What each text (a block's facts, a file) was found to hold, by sense:
 * every match in a block, or in a file, asks the same question, and asking
 * it of the whole file each time made a file of failing matches quadratic. */
const sensed = new WeakMap<object, Map<string, boolean>>();

function holdsSense(owner: object, text: string, sense: string, lists: readonly WordList[]): boolean {
  let bySense = sensed.get(owner);
  if (!bySense) sensed.set(owner, (bySense = new Map()));
  let holds = bySense.get(sense);
  if (holds === undefined) {
    // Fullwidth and other compatibility forms read as their letters, as the word keys read them.
    const readable = /[^\x00-\x7f]/.test(text) ? text.normalize('NFKC') : text;
    bySense.set(sense, (holds = senseSearch(lists, sense).test(readable)));
  }
  return holds;
}

// A person's own ("her lines", "your lines") is on the body, whatever the document.
const PERSONAL = new Set(['her', 'his', 'your', 'my', 'their']);

/** Whether each word the match reads in one sense only stands where that
 * sense is spoken of: a list entry's `sense` names a word list ("lines" is
 * a concern where skin-sense's words are), one of whose words the block or,
 * failing that, the rest of the document must hold. */
function sensesHold(m: Match, tokens: readonly Token[], block: BlockFacts, lists: readonly WordList[]): boolean {
  for (const c of m.captures) {
    const sense = c.entry?.attrs['sense'];
    if (sense === undefined || PERSONAL.has(tokens[c.start - 1]?.norm ?? '')) continue;
    if (!holdsSense(block, block.text, sense, lists) && !(block.around !== undefined && holdsSense(block.around, block.around.text, sense, lists))) return false;
  }
  return true;
}

/** A match, and whether it reaches its object through a list. */
export type ListMatch = Match & { throughList?: boolean };

/** Matches in the views where a later list item takes the first item's
 * place ("reduces sun damage, age spots and scars"), in the sentence's own
 * token indices; only those the sentence itself does not already give word
 * for word. Which of them stands is the judge's to say (findClaims): one the
 * rule sets aside must not keep a later item's out. */
function listMatches(compiled: CompiledRules, sentence: Sentence, direct: readonly Match[]): ListMatch[] {
  const views = enumerationViews(sentence.tokens);
  if (views.length === 0) return [];
  const indexAt = new Map(sentence.tokens.map((t, i) => [t.start, i]));
  const at = (view: readonly Token[], i: number) => (i < view.length ? indexAt.get(view[i]!.start)! : sentence.tokens.length);
  const seen = new Set(direct.map((m) => `${m.pattern}@${m.start}-${m.end}`));
  // Where the sentence's own claims start: an item that opens one is a
  // clause of its own, read as it stands ("erase wrinkles, ..., and prevent
  // acne"), not in the place of the list's first item, where the list's
  // first verb would take its verb for a modifier.
  const claimStarts = new Set(direct.map((m) => m.start));
  const out: ListMatch[] = [];
  for (const { tokens: view, item } of views) {
    if (claimStarts.has(at(view, item.start))) continue;
    // A match starting past the moved item cannot reach it.
    for (const m of compiled.matcher.match(view, undefined, item.end)) {
      // Only matches that reach the moved item are new.
      if (m.end <= item.start || m.start >= item.end) continue;
      const start = at(view, m.start);
      const end = at(view, m.end - 1) + 1;
      const key = `${m.pattern}@${start}-${end}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const captures = m.captures.map((c) => (c.end > c.start ? { ...c, start: at(view, c.start), end: at(view, c.end - 1) + 1 } : { ...c, start: at(view, c.start), end: at(view, c.start) }));
      // The words the view skipped (earlier items, "for some") are the claim's
      // modifiers: a hedge or negator among them still counts.
      const skippedFrom = item.start > 0 ? at(view, item.start - 1) + 1 : start;
      const skippedTo = at(view, item.start);
      if (skippedTo > skippedFrom) captures.push({ name: '~list', start: skippedFrom, end: skippedTo, gap: true });
      out.push({ ...m, start, end, captures, throughList: true });
    }
  }
  return out;
}

/** The matcher's reading of a sentence: its own matches, then those of its
 * list items' views. Kept apart from judging them (findClaims) so that a
 * caller can match many sentences one after another: the matcher's tables
 * are several hundred kilobytes, and read between a sentence's tokenizing
 * and judging they were out of the processor's caches at every call (a
 * dense run's calls, replayed back to back, took a third of their time). */
export function matchSentence(compiled: CompiledRules, sentence: Sentence): readonly ListMatch[] {
  const direct = compiled.matcher.match(sentence.tokens);
  const listed = listMatches(compiled, sentence, direct);
  return listed.length === 0 ? direct : [...direct, ...listed];
}

/** `matched`: the sentence's matchSentence, when the caller has it already. */
export function findClaims(compiled: CompiledRules, sentence: Sentence, block: BlockFacts, matched = matchSentence(compiled, sentence)): FoundClaim[] {
  const matches = matched.filter((m) => exactWordsHold(m, sentence.tokens) && sensesHold(m, sentence.tokens, block, compiled.pack.lists));
  if (matches.length === 0) return [];
  const idOf = (m: Match) => {
    const owner = compiled.owners[m.pattern]!;
    return owner.kind === 'rule' ? owner.rule.meta.id : owner.phrase.id;
  };
  const startsByPattern = new Map<number, Set<number>>();
  for (const m of matches) {
    let set = startsByPattern.get(m.pattern);
    if (!set) startsByPattern.set(m.pattern, (set = new Set()));
    set.add(m.start);
  }
  const best = new Map<string, { m: ListMatch; owner: number }>();
  // Where a match that stands (not set aside by its rule) already claims a
  // pattern's place: a later list item's view stands in only where nothing
  // does, neither the sentence itself nor an earlier item ("addresses
  // concerns such as acne scars and melasma": "acne" in "acne scars" is set
  // aside, and "addresses melasma" stands).
  const claimed = new Set<string>();
  // The context a rule's `ignore` read, kept for the claim it lets stand.
  const asked = new Map<Match, ClaimContext>();
  for (const m of matches) {
    // A match its rule sets aside ("acne" in "acne scars") must not stand in
    // for another match of the rule at the same place ("reduces age spots,
    // acne scars and..." still claims to reduce age spots).
    const o = compiled.owners[m.pattern]!;
    if (o.kind === 'rule' && o.rule.ignore) {
      const claim = claimContext(sentence, m, o.patternIndex, compiled.market, block.text);
      if (o.rule.ignore(claim)) continue;
      asked.set(m, claim);
    }
    const place = `${m.pattern}@${m.start}`;
    if (m.throughList && claimed.has(place)) continue;
    claimed.add(place);
    const id = idOf(m);
    const key = `${id}@${m.start}`;
    const prev = best.get(key);
    if (!prev || better(m, prev.m, startsByPattern.get(m.pattern)!, startsByPattern.get(prev.m.pattern)!)) best.set(key, { m, owner: m.pattern });
  }
  const found: FoundClaim[] = [];
  for (const { m, owner: ownerId } of best.values()) {
    const owner = compiled.owners[ownerId]!;
    const tokens = sentence.tokens;
    const start = tokens[m.start]!.start;
    const end = tokens[m.end - 1]!.end;
    if (owner.kind === 'phrase') {
      const p = owner.phrase;
      const claim = claimContext(sentence, m, owner.patternIndex, compiled.market, block.text);
      found.push({
        ruleId: p.id,
        severity: owner.severity,
        message: p.message,
        start,
        end,
        tokenStart: m.start,
        tokenEnd: m.end,
        claim,
        by: { kind: 'phrase', phrase: p },
        ...(m.throughList ? { throughList: true } : {}),
        ...(p.category ? { category: p.category } : {}),
      });
      continue;
    }
    const { rule, patternIndex } = owner;
    const active = compiled.active.get(rule.meta.id)!;
    const claim = asked.get(m) ?? claimContext(sentence, m, patternIndex, compiled.market, block.text);
    const { policy } = active;
    const span = { start: m.start, end: m.end };
    const modifiers = modifierSpans(m);
    const clearedAt = (at: { start: number; end: number }, mods: ReadonlyArray<{ start: number; end: number }>) =>
      clearances(rule, claim, policy.clearedBy).some((set) => set.every((c) => compiled.judge.holds(c, sentence, block, at, mods)));
    if (policy.reports === 'claims') {
      // The market objects to claims about the thing, not to naming it: the
      // first claim the sentence makes about it that its clearances leave standing.
      const about = (rule.claimAbout?.(claim) ?? []).find((a) => {
        claim.about = a;
        return !clearedAt(a.span ?? span, a.span ? [] : modifiers);
      });
      if (!about) continue;
      claim.about = about;
    } else if (clearedAt(span, modifiers)) continue;
    const message = `${rule.message(claim)}; ${rule.reasonFor?.(claim) ?? active.reason}.`;
    const f: FoundClaim = {
      ruleId: rule.meta.id,
      category: rule.meta.category,
      severity: severityOf(rule, claim, active.severity),
      message,
      start,
      end,
      tokenStart: m.start,
      tokenEnd: m.end,
      claim,
      by: { kind: 'rule', rule },
      ...(m.throughList ? { throughList: true } : {}),
      help: active.help,
      helpUri: active.helpUri,
    };
    const advice = rule.adviceFor?.(claim) ?? active.advice;
    if (advice) f.advice = advice;
    const subject = policy.once === 'first-per-document' ? rule.subject?.(claim) : undefined;
    if (subject !== undefined) {
      f.once = `${rule.meta.id}:${subject}`;
      if (rule.reportedEachTime?.(claim)) f.onceKept = true;
    }
    found.push(f);
  }
  return settleOverlaps(found, compiled.priority);
}

/** The rule's severity for this claim: milder where the rule says so, never
 * harsher than the configuration set. */
function severityOf(rule: RuleDefinition, claim: ClaimContext, configured: SeverityLevel): SeverityLevel {
  const own = rule.severityFor?.(claim);
  return own === 'warn' ? 1 : configured;
}

/** One finding per claim. The same rule twice on overlapping words: the
 * one the sentence makes word for word, then the longer match. Two rules where one claim's words hold the other's ("Cures
 * acne in one session" holds "Cures acne"): the most severe reports it, then
 * the more serious category (rule order). Claims that only share context
 * words ("most effective anti-bacterial face wash" holds a comparative and a
 * disease claim) both stay. */
function settleOverlaps(found: FoundClaim[], priority: Map<string, number>): FoundClaim[] {
  const rank = (f: FoundClaim) => priority.get(f.ruleId) ?? 1000;
  // A claim the sentence makes word for word comes before one read through
  // a list, which spans other items' words ("healing response, stimulating
  // the production of collagen and elastin" against "stimulating the
  // production of collagen and elastin").
  const listed = (f: FoundClaim) => (f.throughList ? 1 : 0);
  const ordered = [...found].sort(
    (a, b) =>
      b.severity - a.severity || rank(a) - rank(b) || listed(a) - listed(b) || b.tokenEnd - b.tokenStart - (a.tokenEnd - a.tokenStart) || a.tokenStart - b.tokenStart,
  );
  const inside = (inner: FoundClaim, outer: FoundClaim) => outer.tokenStart <= inner.tokenStart && inner.tokenEnd <= outer.tokenEnd;
  // A claim standing in the other's modifier words is a claim of its own.
  const inModifiers = (inner: FoundClaim, outer: FoundClaim) =>
    outer.claim.captures.some((c) => c.gap === true && c.start <= inner.tokenStart && inner.tokenEnd <= c.end);
  const kept: FoundClaim[] = [];
  for (const f of ordered) {
    const shadowed = kept.some((k) =>
      k.ruleId === f.ruleId
        ? f.tokenStart < k.tokenEnd && k.tokenStart < f.tokenEnd
        : (inside(f, k) && !inModifiers(f, k)) || (inside(k, f) && !inModifiers(k, f)),
    );
    if (shadowed) continue;
    kept.push(f);
  }
  return kept.sort((a, b) => a.start - b.start);
}
