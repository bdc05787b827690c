// Checks one sentence's suggestions the way a reviewer reads them: apply each
// offered rewrite to the sentence, then ask (a) does the result lint clean
// under every rule, (b) is every word outside the claims' spans kept, in order,
// and (c) does it pass a few grammar sanity checks (no doubled word, no article
// stranded before a plural or a mismatched a/an, no phrase pushed in front of
// a word it cannot modify, no comma or article left hanging by a deletion, no
// two modals in a row). Shared by `npm run eval:rewrites` and
// tests/rewrite-property.test.ts; the lint function is handed in, so the
// script can run the built bundle and the test the sources.

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;

/** Words of `text` with their offsets. */
export function wordsOf(text) {
  const out = [];
  for (const m of text.matchAll(WORD)) out.push({ word: m[0], lower: m[0].toLowerCase(), start: m.index, end: m.index + m[0].length });
  return out;
}

export function applyEdit(text, fix) {
  return text.slice(0, fix.range[0]) + fix.text + text.slice(fix.range[1]);
}

// Words that may follow a phrase (a prepositional phrase, a predicate) without
// the phrase having to modify them.
const FUNCTION_WORDS = new Set(
  `a an the and or but nor so yet for of to in on at by with from into onto over under after before during since until while as than
   that which who whom whose where when why how if because though although whether this these those it its it's they their them
   is are was were be been being am has have had do does did will would can could may might shall should must
   not no also too very more most less least just only even all any each every some both either neither other such
   per via about around across through throughout within without between among against toward towards up down out off again
   i we you he she our your his her my me us him`.split(/\s+/),
);
const PREPOSITIONS = new Set('for of to in on at by with from into over under after before during until within without between than about like'.split(' '));
const MODALS = new Set('can could may might will would shall should must'.split(' '));
const ARTICLES = new Set(['a', 'an']);
// Words ending in s that are not plurals.
const NOT_PLURAL = /(ss|us|is|ous|ness|sis|ics|ys)$|^(this|his|has|was|is|as|its|us|yes|plus|less|series|species|lens)$/;
// a/an exceptions by sound.
const AN_BEFORE_CONSONANT = /^(hour|honest|honou?r|heir|fda|spf|mri|led|lpg|ipl|x-?ray|rf|hifu|md|ms|nhs|fx|sms)/i;
const A_BEFORE_VOWEL = /^(uni|use|usu|uk|us\b|one|once|eu|euro|ur[ae]|utens|util)/i;

/** The changes one edit makes, each as its own edit of `original`: an edit
 * that rewrites a whole clause keeps the words between its changes, and each
 * change is checked where it stands. Words are aligned by a longest common
 * subsequence. */
export function changesOf(original, fix) {
  const [s, e] = fix.range;
  const before = wordsOf(original.slice(s, e));
  const after = wordsOf(fix.text);
  const n = before.length;
  const m = after.length;
  const lcs = Array.from({ length: n + 1 }, () => new Int32Array(m + 1));
  for (let i = n - 1; i >= 0; i--) for (let j = m - 1; j >= 0; j--) lcs[i][j] = before[i].word === after[j].word ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
  const out = [];
  let i = 0;
  let j = 0;
  let open;
  const close = (bi, aj) => {
    if (!open) return;
    const from = open.bi > 0 ? before[open.bi - 1].end : 0;
    const to = bi < n ? before[bi].start : e - s;
    const tFrom = open.aj > 0 ? after[open.aj - 1].end : 0;
    const tTo = aj < m ? after[aj].start : fix.text.length;
    out.push({ range: [s + from, s + to], text: fix.text.slice(tFrom, tTo) });
    open = undefined;
  };
  while (i < n || j < m) {
    if (i < n && j < m && before[i].word === after[j].word && lcs[i][j] === lcs[i + 1][j + 1] + 1) {
      close(i, j);
      i++;
      j++;
    } else {
      open ??= { bi: i, aj: j };
      if (j < m && (i === n || lcs[i][j + 1] >= lcs[i + 1][j])) j++;
      else i++;
    }
  }
  close(n, m);
  return out.length > 0 ? out : [fix];
}

/** Grammar sanity problems the edit brought into the text (problems the
 * original already had are not counted), change by change. */
export function grammarProblems(original, edited, fix) {
  const changes = changesOf(original, fix);
  if (changes.length === 1) return changeProblems(original, edited, changes[0]);
  const problems = new Set();
  for (const c of changes) for (const p of changeProblems(original, original.slice(0, c.range[0]) + c.text + original.slice(c.range[1]), c)) problems.add(p);
  return [...problems];
}

function changeProblems(original, edited, fix) {
  const problems = [];
  const before = wordsOf(original);
  const after = wordsOf(edited);
  const insStart = fix.range[0];
  const insEnd = fix.range[0] + fix.text.length;
  // Words touching the inserted text or right around it.
  const near = (w) => w.end >= insStart - 1 && w.start <= insEnd + 1;
  const nearIdx = after.map((w, i) => (near(w) ? i : -1)).filter((i) => i >= 0);
  const lo = nearIdx.length ? Math.max(0, nearIdx[0] - 2) : -1;
  const hi = nearIdx.length ? Math.min(after.length - 1, nearIdx[nearIdx.length - 1] + 3) : -2;
  const doubled = (ws) => {
    let n = 0;
    for (let i = 1; i < ws.length; i++) if (ws[i].lower === ws[i - 1].lower && ws[i].lower.length > 1 && !/^(that|had)$/.test(ws[i].lower)) n++;
    return n;
  };
  if (doubled(after) > doubled(before)) problems.push('doubled word');
  // "little to little", "more or more": a word repeated across to/or.
  const echoes = (ws) => {
    let n = 0;
    for (let i = 2; i < ws.length; i++) if (/^(to|or|and)$/.test(ws[i - 1].lower) && ws[i].lower === ws[i - 2].lower) n++;
    return n;
  };
  if (echoes(after) > echoes(before)) problems.push('word repeated across to/or');
  for (let i = Math.max(lo, 0); i <= hi && i < after.length; i++) {
    const w = after[i];
    const next = after[i + 1];
    // Two modals ("can may help"), or "to" before a modal ("to may help").
    if (next && (MODALS.has(w.lower) || w.lower === 'to') && MODALS.has(next.lower) && /^\s+$/.test(edited.slice(w.end, next.start))) {
      if (!countPair(before, w.lower, next.lower)) problems.push(`"${w.word} ${next.word}"`);
    }
    if (ARTICLES.has(w.lower) && next && /^\s+$/.test(edited.slice(w.end, next.start))) {
      // a/an agreement.
      const vowel = /^[aeiou]/i.test(next.word);
      const bad = w.lower === 'a' ? vowel && !A_BEFORE_VOWEL.test(next.word) : !vowel && !/^[0-9]/.test(next.word) && !AN_BEFORE_CONSONANT.test(next.word);
      if (bad && !countPair(before, w.lower, next.lower)) problems.push(`"${w.word} ${next.word}"`);
      // "a modern peels": an article before a plural within the noun phrase.
      for (let j = i + 1; j <= i + 3 && j < after.length; j++) {
        const x = after[j];
        if (!/^[\s-]+$/.test(edited.slice(after[j - 1].end, x.start))) break;
        if (FUNCTION_WORDS.has(x.lower)) break;
        if (/s$/.test(x.lower) && !NOT_PLURAL.test(x.lower) && x.lower.length > 3) {
          const pair = `${w.lower}…${x.lower}`;
          if (!before.some((b, k) => b.lower === w.lower && before.slice(k + 1, k + 4).some((y) => y.lower === x.lower))) problems.push(`article before plural "${w.word} … ${x.word}" (${pair})`);
          break;
        }
      }
    }
  }
  // A phrase that holds a preposition and then runs straight into a content
  // word: "for longer destroys", "comfortable for most people session".
  const insertedWords = wordsOf(fix.text);
  if (insertedWords.length > 1) {
    const last = insertedWords[insertedWords.length - 1];
    const hasPrep = insertedWords.slice(0, -1).some((w) => PREPOSITIONS.has(w.lower));
    const tail = edited.slice(insEnd);
    const following = /^[ \t]+([\p{L}][\p{L}'’-]*)/u.exec(tail)?.[1]?.toLowerCase();
    if (hasPrep && !PREPOSITIONS.has(last.lower) && !FUNCTION_WORDS.has(last.lower) && following && !FUNCTION_WORDS.has(following)) {
      problems.push(`phrase before "${following}"`);
    }
  }
  // A verb phrase where the sentence needs a noun or a base form: "the may
  // help", "through helped", "helps may help", "can helps", "to helping".
  const firstIns = insertedWords[0]?.lower;
  const prevWord = /([\p{L}'’]+)[^\p{L}]*$/u.exec(edited.slice(0, insStart))?.[1]?.toLowerCase();
  const gapBefore = /([\p{L}'’]+)(\s*)$/u.exec(edited.slice(0, insStart))?.[2] ?? '';
  if (firstIns && HEDGE_STARTS.has(firstIns) && prevWord && gapBefore.length > 0 && /^\s+$/.test(gapBefore)) {
    if (NOUN_SLOT_BEFORE.has(prevWord)) problems.push(`verb phrase after "${prevWord}"`);
    else if (/^help/.test(prevWord)) problems.push(`"${prevWord} ${firstIns}"`);
    else if ((MODALS.has(prevWord) || prevWord === 'to') && firstIns !== 'help') problems.push(`"${prevWord} ${firstIns}"`);
  }
  if (firstIns && HEDGE_STARTS.has(firstIns) && insertedWords.length > 1) {
    const last = insertedWords[insertedWords.length - 1];
    const following = /^[ \t]+([\p{L}][\p{L}'’-]*)/u.exec(edited.slice(insEnd))?.[1]?.toLowerCase();
    if (following && !FUNCTION_WORDS.has(following) && !PREPOSITIONS.has(last.lower) && !FUNCTION_WORDS.has(last.lower)) problems.push(`verb phrase runs into "${following}"`);
  }
  // An adjective where a noun was: "the modern of".
  if (insertedWords.length === 1 && prevWord === 'the' && /^\s+of\b/.test(edited.slice(insEnd))) problems.push(`"the ${insertedWords[0].word} of"`);
  // The claim's topic kept: hair stays hair, fat stays the body.
  const claimTopics = topicsOf(original.slice(fix.range[0], fix.range[1]));
  const newTopics = topicsOf(fix.text);
  if (claimTopics.size > 0 && newTopics.size > 0 && ![...newTopics].some((t) => claimTopics.has(t))) {
    problems.push(`topic changed (${[...claimTopics].join('/')} -> ${[...newTopics].join('/')})`);
  }
  // A deletion that leaves a comma or an article hanging: "gentle, products".
  if (fix.text.trim() === '') {
    const left = original.slice(0, fix.range[0]);
    const right = edited.slice(insStart);
    const prevWord = /([\p{L}]+)\s*$/u.exec(left)?.[1]?.toLowerCase();
    if (/,\s*$/.test(left) && /^\s*[\p{Ll}]/u.test(right) && !/^\s*(and|or|but|which|who|that)\b/.test(right)) problems.push('comma left before a noun');
    if (prevWord && /^(and|or|&)$/.test(prevWord) && /^\s*[\p{L}]/u.test(right) && /,\s*\S+\s+(and|or|&)\s*$/.test(left)) problems.push('list word removed, its conjunction kept');
    if (prevWord && /^(a|an|the)$/.test(prevWord) && !/^\s*[\p{L}]/u.test(right)) problems.push('article left without its noun');
  }
  // The sentence still starts with a capital letter if it did.
  const firstOld = /\p{L}/u.exec(original)?.[0];
  const firstNew = /\p{L}/u.exec(edited)?.[0];
  if (firstOld && firstNew && firstOld === firstOld.toUpperCase() && firstOld !== firstOld.toLowerCase() && firstNew !== firstNew.toUpperCase()) problems.push('sentence no longer starts with a capital');
  return problems;
}

// How a hedged verb phrase starts.
const HEDGE_STARTS = new Set(['may', 'help', 'helps', 'helping', 'helped']);
// Words after which a verb phrase cannot start: determiners, prepositions
// that take a noun, and a few adjectives seen before process nouns.
const NOUN_SLOT_BEFORE = new Set('the a an of through as with from by our your its their his her my these those natural new more less accelerated enhanced improved increased while because whose'.split(' '));
// What a claim is about, by its words.
const TOPICS = [
  ['hair', /\b(hair|hairs|follicles?|scalp|regrowth)\b/i],
  ['lashes', /\b(lash|lashes|eyelash(es)?|brows?|eyebrows?)\b/i],
  ['nails', /\b(nails?|cuticles?)\b/i],
  ['body', /\b(fat|fats|adipose|cellulite|body|contours?|inches|waist|belly|thighs?|abdomen|love handles|chin)\b/i],
  ['muscle', /\b(muscles?|muscular|fascia)\b/i],
  ['blood', /\b(blood|circulation|vessels?|veins?|capillar(y|ies)|lymph(atic)?)\b/i],
  ['skin', /\b(skin|collagen|elastin|complexion|pores?|dermis|epidermis|wrinkles?|fine lines|cells?|tissue)\b/i],
  ['scars', /\b(scars?|scarring)\b/i],
  ['teeth', /\b(teeth|tooth|gums?|enamel)\b/i],
  ['lips', /\b(lips?)\b/i],
];
function topicsOf(text) {
  const out = new Set();
  for (const [name, re] of TOPICS) if (re.test(text)) out.add(name);
  return out;
}

function countPair(words, a, b) {
  for (let i = 1; i < words.length; i++) if (words[i - 1].lower === a && words[i].lower === b) return true;
  return false;
}

/** Words inside [start, end) of `original` that lie in no claim span must
 * appear, in order, among the words of the replacement. */
export function lostWords(original, fix, claimRanges) {
  const [s, e] = fix.range;
  // A claim's span, with the "and"/"or" that joins it to a list: dropping a
  // listed adjective drops its joiner ("visible and immediate results").
  const spans = claimRanges.map(([cs, ce]) => {
    const before = /(?:^|\s)(and|or|&)\s+$/i.exec(original.slice(Math.max(0, cs - 6), cs));
    return [before ? cs - before[0].trimStart().length : cs, ce];
  });
  const inClaim = (w) => spans.some(([cs, ce]) => w.start < ce && w.end > cs);
  const needed = wordsOf(original).filter((w) => w.start >= s && w.end <= e && !inClaim(w));
  // A word only partly inside the edit is cut.
  const cut = wordsOf(original).filter((w) => (w.start < s && w.end > s) || (w.start < e && w.end > e)).filter((w) => !inClaim(w));
  // "a" and "an" are one word: which one is the next word's sound, not the writer's choice.
  const fold = (w) => (w === 'an' ? 'a' : w);
  const have = wordsOf(fix.text).map((w) => fold(w.lower));
  const lost = [...cut.map((w) => w.word)];
  let at = 0;
  for (const w of needed) {
    const k = have.indexOf(fold(w.lower), at);
    if (k < 0) lost.push(w.word);
    else at = k + 1;
  }
  return lost;
}

/**
 * Every suggestion of every finding of one sentence, checked.
 * `lint(text)` returns the findings (LintMessage[] with ruleId) of `text`
 * linted under all rules.
 */
export function checkSentence(text, lint, sentenceSpans = (t) => [[0, t.length]]) {
  const messages = lint(text);
  const claimRanges = messages.map((m) => m.range);
  const findings = messages.map((m) => {
    const suggestions = (m.suggestions ?? []).map((s) => {
      const edited = applyEdit(text, s.fix);
      // Findings of the sentence the edit is in: a row may hold several sentences.
      const spans = sentenceSpans(edited);
      const home = spans.find(([a, b]) => s.fix.range[0] >= a && s.fix.range[0] + s.fix.text.length <= b) ?? [Math.min(...spans.map((x) => x[0])), Math.max(...spans.map((x) => x[1]))];
      const left = lint(edited).filter((l) => l.range[0] < home[1] && l.range[1] > home[0]);
      const lost = lostWords(text, s.fix, claimRanges);
      const grammar = grammarProblems(text, edited, s.fix);
      const isFix = m.fix !== undefined && m.fix.range[0] === s.fix.range[0] && m.fix.range[1] === s.fix.range[1] && m.fix.text === s.fix.text;
      return { desc: s.desc, fix: s.fix, edited, clean: left.length === 0, left: left.map((l) => `${l.ruleId}: ${l.claim}`), leftKinds: left.map((l) => leftKind(messages, s.fix, l)), lost, grammar, isFix };
    });
    return { ruleId: m.ruleId, claim: m.claim, range: m.range, fixable: m.fix !== undefined, advice: m.advice, suggestions };
  });
  return { text, findings };
}

/** Why a finding is left after an edit: it touches the new words
 * ('in-edit': the claim is not resolved or the rewrite brought a new one), or
 * it is another finding of the sentence the edit did not reach ('other'), or
 * a finding elsewhere that the edit made appear ('new'). */
function leftKind(messages, fix, l) {
  const delta = fix.text.length - (fix.range[1] - fix.range[0]);
  const insEnd = fix.range[0] + fix.text.length;
  if (l.range[1] > fix.range[0] && l.range[0] < insEnd) return 'in-edit';
  const back = (x) => (x >= insEnd ? x - delta : x);
  const was = messages.some((m) => m.ruleId === l.ruleId && m.range[0] === back(l.range[0]) && m.range[1] === back(l.range[1]));
  return was ? 'other' : 'new';
}

/** A suggestion passes when it lints clean, keeps the words and reads right. */
export function passes(s) {
  return s.clean && s.lost.length === 0 && s.grammar.length === 0;
}
