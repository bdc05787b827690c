import { dropTokens, positionOf, replaceAdjective } from '../src/edit/rewrite.js';
import { degreeBefore } from '../src/edit/role.js';
import { concern } from './lexicon/concerns.js';
import { objectOpener, permanentThing, recordKeepingVerb, storedRecord } from './lexicon/context.js';
import { conditionAmbiguous } from './lexicon/conditions.js';
import { keySetOf } from '../src/match/word-lists.js';
import { defineRule, type ClaimContext } from '../src/judge/rule.js';
import { regulatoryWordings } from './facts/wordings.js';
import { wordKey } from '../src/text/word-key.js';

// Adjectives of permanence, and the adjective a rewrite uses instead.
const ADJECTIVES: Record<string, string> = {
  permanent: 'longer-lasting',
  lifelong: 'longer-lasting',
  'life-long': 'longer-lasting',
};

// Adverbs and idioms of permanence that can go without the sentence losing its shape.
const DROPPED = new Set(['permanently', 'forever', 'for good', 'for life', 'once and for all']);

/** "removed for good", "removing unwanted hair, permanently": the adverb
 * of permanence that closes the claim, as a span of its tokens. */
function closingAdverb(claim: ClaimContext): { start: number; end: number; text: string } | undefined {
  for (const words of DROPPED) {
    const n = words.split(' ').length;
    const start = claim.end - n;
    if (start <= claim.start) continue;
    const text = claim.tokens.slice(start, claim.end).map((t) => t.norm).join(' ');
    if (text === words) return { start, end: claim.end, text };
  }
  return undefined;
}

// A duration stated after the claim ("up to 18 months", "6 to 12 months").
const STATED_DURATION = /\b(?:up to|around|about|roughly|for|of)?\s*\d+(?:\s*(?:-|to|–)\s*\d+)?\s*(?:months?|years?)\b/i;

// What a sentence may say is permanent without promising anything: the concern itself.
const CONCERN_KEYS = keySetOf(concern);
const OBJECT_OPENERS = keySetOf(objectOpener);
const PERMANENT_THINGS = keySetOf(permanentThing);
const TIME_AFTER_OPENER = /^(more|longer|again|time|times|way|day|days|night|week|weeks|month|months|year|years|season|seasons|summer|winter|spring|autumn|fall)$/;
const BORDERLINE_KEYS = keySetOf(conditionAmbiguous);
const RECORD_KEYS = keySetOf(storedRecord);
const KEEPING_KEYS = keySetOf(recordKeepingVerb);

/** "Your data is kept permanently", "photos are permanently deleted": a
 * record kept or deleted for good, which a privacy notice may say. */
function recordKeptForGood(claim: ClaimContext): boolean {
  const near = claim.tokens.slice(Math.max(0, claim.start - 2), claim.end + 2);
  if (!near.some((t) => KEEPING_KEYS.has(t.key))) return false;
  // The record is the clause's subject, a few words before.
  return claim.tokens.slice(Math.max(0, claim.start - 6), claim.start).some((t) => RECORD_KEYS.has(t.key));
}

// The wordings a regulator accepts in the market ("permanent hair reduction"
// for laser and IPL hair removal), as word keys, from the product facts.
const ACCEPTED = regulatoryWordings
  .filter((w) => /permanent/i.test(w.accepted))
  .map((w) => ({ market: w.market, keys: w.accepted.split(/\s+/).map(wordKey) }));

/** Whether the claim's words begin the market's accepted wording. */
function acceptedWording(claim: ClaimContext): boolean {
  return ACCEPTED.some(
    (w) => w.market === claim.market && w.keys.every((k, i) => claim.tokens[claim.start + i]?.key === k),
  );
}

export default defineRule({
  meta: {
    id: 'permanence',
    category: 'permanence',
    description: 'Promises permanent or lifelong results ("permanent results", "forever", "for good").',
    severity: 'error',
    source: {
      name: 'CAP Code 3.1, 3.7, 12.1; ASA rulings on "permanent" hair and fat removal; FDA clearances for hair-removal lasers: "permanent hair reduction", not removal; FTC Act s.5; Reg. (EU) 655/2013 honesty and evidential support criteria',
      url: 'https://www.asa.org.uk/advice-online/beauty-and-cosmetics-treatments-using-fillers.html',
    },
    fixable: true,
    reason: 'results fade and need upkeep, and regulators reject "permanent" even when qualified',
    advice: 'Say how long results typically last, with evidence, and that maintenance is usually needed.',
  },
  patterns: [
    '{trigger=permanence-trigger}',
    '{trigger=permanence-idiom}',
    '{come-back-negator} {come-back-verb}',
    'trigger=(long-term solution|long term solution|permanent solution|lasting solution|lasting cure)',
    '(results|effects|result) [that|which|will] (last|lasts) (forever|a lifetime|for life|for good|for ever)',
    'never ~2 again',
    '{trigger=lasting-adjective} ~1 {lasting-benefit-noun}',
    '(results|effects|benefits|it) (are|is) trigger=(long-lasting|long lasting|permanent|lifelong)',
    '{permanence-negator} ~1 {recurrence-verb}',
    '{regrowth-negator} (return|recover|regrow|reappear)',
    '(cannot|can\'t|won\'t|will not|never) ~3 again',
    'they are gone',
    '(gone|removed|eliminated|destroyed) (for good|forever|permanently|for life)',
  ],
  clearedBy: [['negation']],
  ignore(claim) {
    if (acceptedWording(claim) || recordKeptForGood(claim)) return true;
    // "Scars do not always fade completely": a caution that results may not last, the opposite of a promise.
    for (let i = claim.start; i < Math.min(claim.end, claim.start + 3); i++) {
      if (/^(not|don't|doesn't|won't)$/.test(claim.tokens[i]!.norm) && /^(always|necessarily|all|fully|completely)$/.test(claim.tokens[i + 1]?.norm ?? '')) return true;
    }
    const first = claim.tokens[claim.start]!.norm;
    const next = claim.tokens[claim.end];
    const prev = claim.tokens[claim.start - 1];
    // "semi-permanent make-up", "permanent makeup" name a service; "for good
    // reason" and "for good results" are not about duration.
    if (first === 'permanent' && next && !next.hardBreakBefore && PERMANENT_THINGS.has(next.key)) return true;
    if (prev && prev.norm === 'semi') return true;
    // "does not return the signed form": with an object, "return" and
    // "recover" give back or get back; nothing is said to come back.
    const last = claim.tokens[claim.end - 1]!;
    // Not before a stretch of time: "won't return this summer", "any more".
    if (
      /^(return|returns|recover|recovers)$/.test(last.norm) &&
      next &&
      !next.hardBreakBefore &&
      !next.commaBefore &&
      OBJECT_OPENERS.has(next.key) &&
      !TIME_AFTER_OPENER.test(claim.tokens[claim.end + 1]?.norm ?? '')
    ) {
      return true;
    }
    if (claim.patternIndex === 1 && claim.tokens[claim.start + 1]?.norm === 'good' && next && !next.hardBreakBefore && !next.commaBefore) return true;
    // "Acne scars are permanent": the problem lasts, not the result.
    const be = claim.tokens[claim.start - 1];
    const subject = claim.tokens[claim.start - 2];
    if (be && /^(is|are|can be|may be|become|becomes)$/.test(be.norm) && subject && (CONCERN_KEYS.has(subject.key) || BORDERLINE_KEYS.has(subject.key))) return true;
    // "longer-lasting" compares; it promises no permanence.
    if (first === 'lasting' && claim.tokens[claim.start - 1]?.norm === 'longer') return true;
    // "lasting results of up to two years": a stated, evidenced duration is the accepted wording.
    if (/last/i.test(claim.text) && STATED_DURATION.test(claim.sentence.text.slice(claim.tokens[claim.end - 1]!.end - claim.sentence.start))) return true;
    return false;
  },
  message(claim) {
    return `"${claim.text}" promises a result that lasts forever`;
  },
  suggest(claim) {
    const tokens = claim.tokens;
    const trigger = claim.capture('trigger') ?? closingAdverb(claim);
    if (!trigger) return [];
    const words = trigger.text.toLowerCase().replace(/\s+/g, ' ');
    // "very permanent", "pretty much forever": the degree word has nothing left to qualify.
    if (degreeBefore(tokens, trigger.start)) return [];
    // "permanent results", "results are permanent": the adjective says longer-lasting.
    const adjective = ADJECTIVES[words];
    if (adjective) {
      const at = positionOf(claim, trigger.start, trigger.end);
      return at ? [replaceAdjective(claim, trigger.start, trigger.end, adjective)] : [];
    }
    // "permanently", "forever", "for good": the word goes, what it qualified stays.
    // After "last" the claim is the lasting itself: only the writer can say for how long.
    if (DROPPED.has(words)) {
      const before = tokens[trigger.start - 1];
      if (before && /^(last|lasts|lasted|lasting|stay|stays|remain|remains)$/.test(before.norm)) return [];
      const r = dropTokens(claim, trigger.start, trigger.end, { safe: true });
      return r ? [r] : [];
    }
    // "a long-term solution": its adjective says longer-lasting.
    if (/ solution$/.test(words) && positionOf(claim, trigger.start, trigger.end - 1) === 'attributive') {
      return [replaceAdjective(claim, trigger.start, trigger.end - 1, 'longer-lasting')];
    }
    return [];
  },
  examples: {
    valid: [
      // A record kept for good: a privacy notice, not a result.
      'Your booking details are kept permanently unless you ask us to delete them.',
      // "last" says when, not for how long.
      'The page was last changed in May.',
      'Please avoid last-minute changes to your booking.',
      // Things that last by their nature or standing.
      'Your notes are kept as a permanent record of each visit.',
      'A permanent discount applies to members.',
      'Some salons will tell you that their laser is permanent; ask what the studies measured.',
      // With an object, "return" gives back: nothing comes back.
      'The courier does not return the signed delivery note.',
      'Our booking page will not recover your old password.',
      'Results typically last six to twelve months; maintenance sessions are recommended.',
      'Results are not permanent.',
      'We offer semi-permanent makeup.',
      'Our diode laser is cleared for permanent hair reduction.',
      'Stop for good reason.',
    ],
    invalid: [
      { text: 'A permanent reversal of sun damage.' },
      // Booking is no record, and hair removed is the claim.
      { text: 'Book today and have unwanted hair permanently removed.' },
      { text: 'Permanent results after three sessions.', output: 'Longer-lasting results after three sessions.' },
      { text: 'Once the treated fat cells are gone, they do not return.' },
      { text: 'The treated hair will not return this winter.' },
      { text: 'Say goodbye to unwanted hair forever.' },
      { text: 'Clears your skin for good.' },
      { text: 'A long-term solution to fine lines.', output: 'A longer-lasting solution to fine lines.' },
      { text: 'The laser removes hair permanently.', output: 'The laser removes hair.' },
      { text: 'Once treated, the fat cells never come back.' },
    ],
  },
});
