import { replaceTokens } from '../src/edit/rewrite.js';
import { defineRule, type Rewrite } from '../src/judge/rule.js';
import { keySetOf } from '../src/match/word-lists.js';
import { symptom } from './lexicon/concerns.js';
import { efficacyVerb } from './lexicon/verbs.js';
import { logistics } from './lexicon/context.js';

const LOGISTICS = keySetOf(logistics);

const SIDE_EFFECTS = keySetOf(symptom, ['side', 'bleeding', 'scabbing', 'tenderness', 'bruise', 'redness']);
// A side effect word right after one of these is the result being promised
// ("reduces redness", "less swelling"), not a side effect settling.
const LESSENING = keySetOf(efficacyVerb, ['less', 'fewer']);

// The plainer timing each trigger becomes; an empty string drops the word.
const SOFTER: Record<string, string> = {
  instant: 'gradual',
  instantly: '',
  immediate: 'gradual',
  immediately: '',
  overnight: 'over time',
  'fast-acting': 'gradual',
  'fast acting': 'gradual',
  'quick-acting': 'gradual',
  'rapid-acting': 'gradual',
  'same-day': 'gradual',
  'same day': 'gradual',
};

// Where a time phrase starts, and what it becomes.
const TIME_PHRASES: Record<string, string> = {
  in: 'over several weeks',
  within: 'over several weeks',
  overnight: 'over time',
  after: 'after a course of treatments',
  from: 'over a course of treatments',
  upon: 'with regular use',
  on: 'with regular use',
};

export default defineRule({
  meta: {
    id: 'speed-instant',
    category: 'speed_instant',
    description: 'Promises instant, overnight or time-bound results ("instant lift", "in just 7 days").',
    severity: 'warn',
    source: {
      name: 'CAP Code 3.7, 12.1 (cumulative-effect claims need product-specific trials); FTC v. L\'Oréal (2014)',
      url: 'https://www.asa.org.uk/advice-online/anti-ageing-general.html',
    },
    fixable: false,
    reason: 'a time-bound result needs evidence for this product',
    advice: 'Say what typically happens and when, with evidence ("some people notice a glow after one session; further changes develop over weeks").',
  },
  patterns: [
    'trigger=(instantly|instantaneously)',
    'trigger=(instant|instantaneous) ~1 (results|result|lift|lifting|glow|radiance|hydration|plumping|brightening|smoothing|tightening|facelift|boost|relief|fix|effect|effects|improvement|transformation|difference|change|youth|firmness|smoothness|luminosity|coverage)',
    'trigger=(immediate) {result-noun}',
    'trigger=(immediately) (visible|noticeable|smoother|firmer|tighter|brighter|younger|lifted|plumper|lifts|tightens|smooths|brightens|conceals|works|erases|removes|reduces|see)',
    '(see|notice|get|achieve|experience|enjoy) ~2 {visible-result} (immediately|overnight)',
    'trigger=(overnight) (results|result|transformation|change|changes|difference|repair|renewal|success)',
    '(works|work|repairs|transforms|renews|disappears|disappear|vanish|vanishes) overnight',
    '{visible-result} ~4 (in|within) [just|only|under|less than] {number-word} {time-unit}',
    '(in|within) (just|only|under|less than) {number-word} {time-unit}',
    'in [just|only|under] {number} (seconds|minutes)',
    '{visible-result} ~4 (in|within) [just|only|mere|a few] (seconds|minutes|moments)',
    '{visible-result} ~3 trigger=(overnight)',
    'trigger=(overnight) , ~2 {visible-result}',
    'trigger=(fast-acting|fast acting|quick-acting|rapid-acting)',
    'trigger=(same-day|same day) {result-noun}',
    '(fast|rapid|quick|speedy|express|instant) (results|result|transformation)',
    '(after|from) (just|only) {number-word} {time-unit}',
    'from the (first|very first) (session|treatment|application|use|wash|visit)',
    '(upon|on) (application|contact)',
    '{number} (x|times) (faster|quicker)',
    'in no time',
    '(in|after|within|from) (as few as|as little as|only|just) {number-word} (sessions|session|treatments|treatment|visits|applications|uses|days|day|weeks|week|hours|minutes)',
    '(after|from|in) (just|only) (one|1|a single|two|three|2|3) [or] [two|three|2|3]',
    '{number} (x|times) {speed-comparative}',
    '(up to) {number-word} (times) {speed-comparative}',
    'as {speed-comparative} as {number-word}',
    '{efficacy-verb} ~4 trigger=(fast|quickly|rapidly|overnight)',
    'trigger=(instant|instantly|instantaneous|instantaneously)',
    '(in just|in only|within) (one|a|1) (day|night|week|session)',
    '{multiplier} [as] {speed-comparative}',
    '(up to) {multiplier} {speed-comparative}',
  ],
  // "typically", "helps" soften tone without making the timing uncertain.
  clearedBy: [['negation'], ['likelihood']],
  ignore(claim) {
    // How fast side effects settle ("bruising fades within a week") is
    // aftercare information, not a promise about results.
    const before = claim.tokens.slice(0, claim.start);
    const settling = (i: number) => SIDE_EFFECTS.has(before[i]!.key) && !before.slice(Math.max(0, i - 2), i).some((t) => LESSENING.has(t.key));
    if (before.some((_, i) => settling(i))) return true;
    // "Instantly download the guide", "book instantly": speed of service, not of results.
    const near = claim.tokens.slice(Math.max(0, claim.start - 2), claim.end + 2).map((t) => t.key);
    return near.some((k) => LOGISTICS.has(k));
  },
  message(claim) {
    return `"${claim.text}" promises a result by a set time`;
  },
  suggest(claim) {
    const trigger = claim.capture('trigger');
    const tokens = claim.tokens;
    if (trigger) {
      const key = trigger.text.toLowerCase();
      const soft = SOFTER[key];
      if (soft === undefined) return [];
      if (soft === '') {
        // Dropping an adverb: take the space after it too ("instantly conceal" -> "conceal").
        const start = tokens[trigger.start]!.start;
        const end = tokens[trigger.end - 1]!.end;
        const after = claim.sentence.text.slice(end - claim.sentence.start).match(/^\s*/)?.[0].length ?? 0;
        const r: Rewrite = { start, end: end + after, text: '', desc: `Remove "${trigger.text}"` };
        return [r];
      }
      return [replaceTokens(claim, trigger.start, trigger.end, soft)];
    }
    // Time-bound claims: reword only the time phrase, keep what is promised.
    for (let i = claim.start; i < claim.end; i++) {
      const word = tokens[i]!.norm;
      const replacement = TIME_PHRASES[word];
      if (replacement === undefined) continue;
      return [replaceTokens(claim, i, claim.end, replacement)];
    }
    return [];
  },
  examples: {
    valid: [
      'Most people notice a glow after one session; results vary.',
      'Avoid makeup for 24 hours after treatment.',
      'The appointment takes about 45 minutes.',
      'Results are not instant; changes develop over several weeks.',
      'Mild swelling settles within a few days.',
      'We cannot guarantee results after only one visit.',
    ],
    invalid: [
      { text: 'Get instant results.', output: 'Get gradual results.' },
      { text: 'It instantly conceals dark circles.', output: 'It conceals dark circles.' },
      { text: 'Visible results in just 7 days.' },
      { text: 'Smoother skin from the first session.' },
      { text: 'Wrinkles vanish overnight.' },
      { text: 'Stains lift in 30 seconds.' },
      // The side effect word is the promised result here, not aftercare.
      { text: 'Clients see noticeably less swelling after only one session.' },
    ],
  },
});
