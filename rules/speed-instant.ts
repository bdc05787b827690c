import { dropTokens, positionOf } from '../src/edit/rewrite.js';
import { FUNCTION_WORDS } from '../src/edit/role.js';
import { defineRule } from '../src/judge/rule.js';
import type { Token } from '../src/text/sentences.js';
import { keySetOf, phrasesOf } from '../src/match/word-lists.js';
import { symptom } from './lexicon/concerns.js';
import { resultNoun, timeUnit, visibleResult } from './lexicon/measures.js';
import { fewSessionsNumber, rankedOffering, sessionOrTimeUnit } from './lexicon/slots.js';
import { efficacyVerb } from './lexicon/verbs.js';
import { logistics, skinSense } from './lexicon/context.js';

const LOGISTICS = keySetOf(logistics);
// What a count of visits or treatments names: sessions, spans of time, treatments themselves.
const UNITS = keySetOf(sessionOrTimeUnit, [...phrasesOf(timeUnit), ...phrasesOf(rankedOffering), 'go', 'visit', 'appointment', 'injection', 'course', 'consultation', 'dose', 'jab', 'shot', 'round']);
const COUNTS = keySetOf(fewSessionsNumber, ['single']);
const RESULT_WORDS = keySetOf(visibleResult, phrasesOf(resultNoun));
const SKIN_WORDS = keySetOf(skinSense);
const EFFICACY = keySetOf(efficacyVerb);

const SIDE_EFFECTS = keySetOf(symptom, ['side', 'bleeding', 'scabbing', 'tenderness', 'bruise', 'redness']);
// A side effect word right after one of these is the result being promised
// ("reduces redness", "less swelling"), not a side effect settling.
const LESSENING = keySetOf(efficacyVerb, ['less', 'fewer']);

// Adverbs of speed that can go, leaving the verb they qualified.
const ADVERBS = new Set(['instantly', 'instantaneously', 'immediately', 'fast', 'quickly', 'rapidly']);
// Adjectives of speed that can go from before their noun.
const ADJECTIVES = new Set(['instant', 'instantaneous', 'immediate', 'overnight', 'fast-acting', 'fast acting', 'quick-acting', 'rapid-acting', 'same-day', 'same day']);
// Where a time phrase starts.
const TIME_OPENERS = new Set(['in', 'within', 'after', 'from', 'upon', 'on', 'overnight']);

/** The words of the clause a phrase stands in, outside the phrase: back to
 * the last comma or strong break, on to the next; a phrase opening its
 * sentence ("Within a day, we reply") times the clause after it. */
function clauseAround(tokens: readonly Token[], start: number, end: number): Token[] {
  const out: Token[] = [];
  for (let i = start - 1; i >= 0; i--) {
    out.push(tokens[i]!);
    if (tokens[i]!.hardBreakBefore || tokens[i]!.commaBefore) break;
  }
  const opens = out.length === 0;
  for (let i = end; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.hardBreakBefore || (t.commaBefore && !(opens && i === end))) break;
    out.push(t);
  }
  return out;
}

export default defineRule({
  meta: {
    id: 'speed-instant',
    category: 'speed_instant',
    description: 'Promises instant, overnight or time-bound results ("instant lift", "in just 7 days").',
    severity: 'warn',
    source: {
      name: 'CAP Code 3.7, 12.1 (cumulative-effect claims need product-specific trials); FTC v. L\'Oréal (2014); Reg. (EU) 655/2013 evidential support criterion',
      url: 'https://www.asa.org.uk/advice-online/anti-ageing-general.html',
    },
    fixable: true,
    reason: 'a time-bound result needs evidence for this product',
    advice: 'Say what typically happens and when, with evidence ("some people notice a glow after one session; further changes develop over weeks").',
  },
  patterns: [
    'trigger=(instantly|instantaneously)',
    'trigger=(instant|instantaneous) ~1 {speedy-result-noun}',
    'trigger=(immediate) {result-noun}',
    'trigger=(immediately) {visible-change-word}',
    '{see-result-verb} ~2 {visible-result} (immediately|overnight)',
    'trigger=(overnight) {result-change-noun}',
    '{works-fast-verb} overnight',
    '{visible-result} ~4 (in|within) [just|only|under|less than] {number-word} {time-unit}',
    '(in|within) (just|only|under|less than) {number-word} {time-unit}',
    'in [just|only|under] {number} (seconds|minutes)',
    '{visible-result} ~4 (in|within) [just|only|mere|a few] (seconds|minutes|moments)',
    '{visible-result} ~3 trigger=(overnight)',
    'trigger=(overnight) , ~2 {visible-result}',
    'trigger=(fast-acting|fast acting|quick-acting|rapid-acting)',
    'trigger=(same-day|same day) {result-noun}',
    '{fast-adjective} (results|result|transformation)',
    '(after|from) (just|only) {number-word} {time-unit}',
    'from the (first|very first) {first-use-noun}',
    // "You will see smoother skin after your very first treatment".
    '{visible-result} ~4 (after|with) (the|your) [very] first {first-use-noun}',
    '{visible-result} ~4 from your [very] first {first-use-noun}',
    'upon (application|contact)',
    '{number} (x|times) (faster|quicker)',
    'in no time',
    '(in|after|within|from) (as few as|as little as|only|just) {number-word} {session-or-time-unit}',
    '(after|from|in) (just|only) {few-sessions-number} [or] [two|three|2|3]',
    '{number} (x|times) {speed-comparative}',
    '(up to) {number-word} (times) {speed-comparative}',
    'as {speed-comparative} as {number-word} {time-unit}',
    '{efficacy-verb} ~4 trigger=(fast|quickly|rapidly|overnight)',
    'trigger=(instant|instantly|instantaneous|instantaneously)',
    '(in just|in only|within) (one|a|1) (day|night|week|session)',
    '{multiplier} [as] {speed-comparative}',
    '(up to) {multiplier} {speed-comparative}',
    // Exact: "one" folds to the key "on" and "contacts" to "contact", and
    // neither "one contact" nor "on contacts" says when anything works.
    '=on =application',
    '=on =contact',
  ],
  // "typically", "helps" soften tone without making the timing uncertain.
  clearedBy: [['negation'], ['likelihood']],
  ignore(claim) {
    // How fast side effects settle ("bruising fades within a week") is
    // aftercare information, not a promise about results.
    const before = claim.tokens.slice(0, claim.start);
    const settling = (i: number) => SIDE_EFFECTS.has(before[i]!.key) && !before.slice(Math.max(0, i - 2), i).some((t) => LESSENING.has(t.key));
    if (before.some((_, i) => settling(i))) return true;
    // "on contact cards", "on Application menu": the word names a thing, not a moment.
    if (/^(upon|on)$/.test(claim.tokens[claim.start]!.norm) && /^(application|contact)$/.test(claim.tokens[claim.end - 1]!.norm)) {
      const next = claim.tokens[claim.end];
      // Not a new clause: its subject ("on application skin looks...") or a participle ("leaving skin lifted").
      const clause = FUNCTION_WORDS.has(next?.norm ?? '') || /(ing|ed)$/.test(next?.norm ?? '') || SKIN_WORDS.has(next?.key ?? '');
      if (next && !next.hardBreakBefore && !next.commaBefore && !clause) return true;
    }
    // "from just one bank account", "after only one approver": the count is
    // of something else than sessions or time, named next (or after one
    // word: "after just one short session" counts sessions).
    const last = claim.tokens[claim.end - 1]!;
    const next = claim.tokens[claim.end];
    // A capitalised word after the count is a treatment's name ("after just one HydraFacial").
    if (COUNTS.has(last.key) && next && !next.hardBreakBefore && !next.commaBefore && /^[a-z]/.test(next.surface) && !FUNCTION_WORDS.has(next.norm)) {
      const after = claim.tokens[claim.end + 1];
      const unitAfter = after !== undefined && !after.hardBreakBefore && !after.commaBefore && UNITS.has(after.key);
      if (!UNITS.has(next.key) && !unitAfter) return true;
    }
    // "Avoid make-up within one day of treatment": a window after an event,
    // for an instruction, where the sentence names no result.
    if (
      claim.tokens[claim.start]!.norm === 'within' &&
      /^(of|from|before|after|prior)$/.test(next?.norm ?? '') &&
      !claim.tokens.some((t) => RESULT_WORDS.has(t.key))
    ) {
      return true;
    }
    // "Instantly download the guide", "book instantly": speed of service, not of results.
    const near = claim.tokens.slice(Math.max(0, claim.start - 2), claim.end + 2).map((t) => t.key);
    if (near.some((k) => LOGISTICS.has(k))) return true;
    // "We will call you back within a day": a time phrase alone times its
    // clause's verb, however far back that stands. A clause about a service
    // that names no result, skin or treatment effect is service.
    if (!TIME_OPENERS.has(claim.tokens[claim.start]!.norm)) return false;
    const clause = clauseAround(claim.tokens, claim.start, claim.end);
    return (
      clause.some((t) => LOGISTICS.has(t.key)) &&
      !clause.some((t) => RESULT_WORDS.has(t.key) || SKIN_WORDS.has(t.key) || EFFICACY.has(t.key)) &&
      !claim.tokens.slice(claim.start, claim.end).some((t) => RESULT_WORDS.has(t.key))
    );
  },
  message(claim) {
    return `"${claim.text}" promises a result by a set time`;
  },
  suggest(claim) {
    const trigger = claim.capture('trigger');
    const tokens = claim.tokens;
    if (trigger) {
      const word = trigger.text.toLowerCase().replace(/\s+/g, ' ');
      // "an instant glow", "overnight results": the adjective goes before its noun.
      if (ADJECTIVES.has(word)) {
        if (positionOf(claim, trigger.start, trigger.end) !== 'attributive') return [];
        const r = dropTokens(claim, trigger.start, trigger.end, { listItem: true });
        return r ? [r] : [];
      }
      // "instantly conceals": the adverb goes, the verb stays; nothing new is said.
      if (ADVERBS.has(word)) {
        const r = dropTokens(claim, trigger.start, trigger.end, { safe: true });
        return r ? [r] : [];
      }
      return [];
    }
    // "Smoother skin in just 7 days": the time phrase at the end goes; what
    // is promised stays for the writer to time with evidence.
    // At least two words stay before it: "Results in 3 sessions" is all time phrase.
    for (let i = Math.max(2, claim.start); i < claim.end; i++) {
      if (!TIME_OPENERS.has(tokens[i]!.norm)) continue;
      const next = tokens[claim.end];
      // "within a few weeks of using it": the phrase goes on after the claim.
      if (next && !next.hardBreakBefore && !next.commaBefore && (!FUNCTION_WORDS.has(next.norm) || next.norm === 'of')) return [];
      const r = dropTokens(claim, i, claim.end, { desc: `Remove "${claim.sentence.text.slice(tokens[i]!.start - claim.sentence.start, tokens[claim.end - 1]!.end - claim.sentence.start)}" and say, with evidence, when changes typically show` });
      return r ? [r] : [];
    }
    return [];
  },
  examples: {
    valid: [
      // Aftercare timed by the first treatment names no result.
      'Avoid the sun for a week after your first treatment.',
      // "as soon as" without a span of time; a count of something other than sessions.
      'The booking status changes as soon as a request is made.',
      'Payments are made from only one bank account.',
      // A window after an event, for aftercare.
      'Avoid make-up within one day of treatment.',
      // Service and finance, not results.
      'Get an instant decision on finance for your course.',
      'Most people notice a glow after one session; results vary.',
      // "contact" and "application" as things, not moments.
      'Add the phone number on contact cards before the visit.',
      'Keep one application form per client.',
      'Each client can have one contact of the type Company.',
      'Notes on contacts are kept for six years.',
      'Avoid makeup for 24 hours after treatment.',
      'The appointment takes about 45 minutes.',
      'Results are not instant; changes develop over several weeks.',
      'Mild swelling settles within a few days.',
      // How fast the clinic answers is service, not a result.
      'Send us your questions and we answer within a day.',
      // The clause's verb, further back, is the service being timed.
      'Leave your number and a nurse will call you back within a day.',
      'Within a day, our team will reply to your enquiry.',
      'We cannot guarantee results after only one visit.',
    ],
    invalid: [
      { text: 'You will see smoother skin after your very first treatment.' },
      // Softer, fuller, radiant: looks promised by a time as much as smoother ones.
      { text: 'Softer skin overnight.' },
      // A count of treatments, or a treatment by name.,
      { text: 'Visible results after just one appointment.' },
      { text: 'Smoother skin after just one HydraFacial.' },
      { text: 'Our massage boosts lymphatic flow instantly.' },
      { text: 'Results from just one short session.' },
      { text: 'Our gel calms blemishes on contact.' },
      { text: 'Firms on contact leaving skin smoother.' },
      { text: 'On application skin feels softer.' },
      { text: 'A brighter look upon application.' },
      { text: 'Skin feels softer on application, with no residue.' },
      { text: 'Get instant results.', output: 'Get results.' },
      // A comma after "overnight", then the result a word or two on.
      { text: 'Overnight, skin looks smoother.' },
      { text: 'It instantly conceals dark circles.', output: 'It conceals dark circles.' },
      { text: 'Visible results in just 7 days.' },
      // A service word in a clause that names the result is still a result timed.
      { text: 'Our peels deliver a brighter complexion in just one session.' },
      { text: 'Book now and see a difference within one week.' },
      { text: 'Smoother skin from the first session.' },
      { text: 'Wrinkles vanish overnight.' },
      { text: 'Stains lift in 30 seconds.' },
      // The side effect word is the promised result here, not aftercare.
      { text: 'Clients see noticeably less swelling after only one session.' },
    ],
  },
});
