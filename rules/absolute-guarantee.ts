import { dropTokens, hedgeVerb, participleLook, positionOf, replaceAdjective } from '../src/edit/rewrite.js';
import { defineRule, type ClaimContext } from '../src/judge/rule.js';
import { phrasesOf } from '../src/match/word-lists.js';
import { absoluteVerb, efficacyVerb } from './lexicon/verbs.js';
import { keySetOf } from '../src/match/word-lists.js';
import { resultNoun } from './lexicon/measures.js';
import { goesAwayByItself, isClaimVerb, pronounFor, verdictStands } from './shared-judgements.js';
import { concern } from './lexicon/concerns.js';
import { conditionAmbiguous, conditionHairScalp, conditionInflammatory, conditionNail, conditionSkin, conditionVascular } from './lexicon/conditions.js';

const RESULT_NOUNS = keySetOf(resultNoun);
const AIM_WORDS = /^(wish|wishes|want|wants|wanting|hope|hoping|looking|trying|aim|aiming|seeking)$/;

/** "Patients who wish to reduce a fat bulge may opt for ...": the verb is the
 * reader's aim, described; nothing is promised. Not when the aim opens the
 * sentence ("Want to erase wrinkles? Try ..."): that question sells the result. */
function readersAim(claim: ClaimContext): boolean {
  const verb = claim.capture('verb');
  if (!verb || verb.start !== claim.start || verb.start < 3) return false;
  const [aim, to] = [claim.tokens[verb.start - 2]!, claim.tokens[verb.start - 1]!];
  // Only an audience described ("those looking to", "clients who want to"): "if you're
  // looking to erase dark circles, then X is ..." offers X as the way, and "we want to
  // erase your wrinkles" is the clinic's own aim: both promise.
  const audience = claim.tokens.slice(Math.max(0, verb.start - 4), verb.start - 2).some((t) => /^(who|those|anyone|everyone)$/.test(t.norm));
  return audience && to.norm === 'to' && AIM_WORDS.test(aim.norm) && !to.hardBreakBefore && !aim.hardBreakBefore && !/\?\s*$/.test(claim.sentence.text);
}

/** "My (acne) scars are gone": the concern is the speaker's own, a few words back. */
function clientsOwn(claim: ClaimContext): boolean {
  for (let i = claim.start - 1; i >= Math.max(0, claim.start - 3); i--) {
    if (claim.tokens[i + 1]!.hardBreakBefore || claim.tokens[i + 1]!.commaBefore) return false;
    if (/^(my|her|his|their)$/.test(claim.tokens[i]!.norm)) return true;
  }
  return false;
}

/** "Once the fat is gone, ...": a clause that sets the time of what follows;
 * the promise, if any, is in the main clause. */
function afterItGoes(claim: ClaimContext): boolean {
  let i = claim.start - 1;
  if (/^(the|your|any|all)$/.test(claim.tokens[i]?.norm ?? '')) i--;
  return i >= 0 && /^(once|when|after|until|till|if)$/.test(claim.tokens[i]!.norm) && !claim.tokens[i + 1]!.hardBreakBefore;
}

/** "banish it": the pronoun must stand for a concern or condition named just before. */
const pronounForConcern = pronounFor([concern, conditionAmbiguous, conditionSkin, conditionHairScalp, conditionNail, conditionInflammatory, conditionVascular]);

const THERAPEUTIC_ONLY = /^(soothe|calm|heal|cure|relieve|alleviate|remedy)$/;
const ABSOLUTE = new Set(phrasesOf(absoluteVerb));
const SOFTER_VERBS = keySetOf(efficacyVerb);
// Coordinated adjectives before the concern: "removes brown and red spots".
const COORDINATED_ADJECTIVES = [
  '{verb=absolute-verb} {concern-descriptor} (and|or) {concern-descriptor} {object=concern}',
  '{verb=efficacy-verb} {concern-descriptor} (and|or) {concern-descriptor} {object=concern}',
];

/** Verbs of complete removal stay absolute even about appearance ("erases
 * the look of wrinkles"); reduction verbs are fine once hedged or about looks. */
function isAbsoluteVerb(claim: ClaimContext): boolean {
  const verb = claim.capture('verb');
  return verb?.entry !== undefined && ABSOLUTE.has(verb.entry.phrase);
}

function hasAppearance(claim: ClaimContext): boolean {
  return claim.tokens.slice(claim.start, claim.end).some((t) => /^(appear|look)/.test(t.key));
}

/** How a promised look reads as a look: "flawless skin" -> "smoother-looking skin". */
const LOOKS: Array<[RegExp, string]> = [
  [/^(flawless|perfect|poreless|wrinkle-free|line-free|cellulite-free) /i, 'smoother-looking'],
  [/^(scar-free|blemish-free|spot-free|acne-free) /i, 'clearer-looking'],
  [/^hair-free /i, 'smoother'],
];

const MEASURES = /\b(inch(es)?|weight|pounds?|lbs|kilos?|kg|stones?|sizes?|centimet(er|re)s?|cm)\b/i;
const RESULT_WORD = /^(results?|outcomes?|improvements?|success)$/;
// A money-back guarantee is a refund promise: dropping "guaranteed" from it leaves nonsense.
const MONEY_BACK = /money[- ]back|refund|or your money/i;

const PATTERNS: string[] = [
  '{verb=absolute-verb} ~3 {object=concern}',
  '{verb=efficacy-verb} ~3 {object=concern}',
  // Coordinated verbs: "removes and prevents dark spots".
  '{verb=absolute-verb} (and|or|&) ~1 ~2 {object=concern}',
  '{verb=efficacy-verb} (and|or|&) ~1 ~2 {object=concern}',
  ...COORDINATED_ADJECTIVES,
  // Passive: "wrinkles are erased", "scars removed".
  '{object=concern} {be-or-get-passive-auxiliary} ~1 {removal-participle}',
  '{object=concern} {be-or-get-auxiliary} ~1 {passive=reduction-participle}',
  // Compound adjectives: "wrinkle-erasing cream", "dark spot correcting serum".
  '{object=concern} {passive=correcting-participle} {product-or-action-noun}',
  // Joined by a hyphen, the compound is the claim whatever noun follows:
  // "wrinkle-erasing night cream", "pore-shrinking toner".
  '{object=concern} -{verb=absolute-verb}',
  '{object=concern} -{verb=efficacy-verb}',
  '(guaranteed|guarantee|guarantees) [{number}] [%] {guaranteed-outcome-noun}',
  '(results|result|success) (guaranteed)',
  '(results|result|success) : (guaranteed)',
  '{perfect-result-adjective} (skin|complexion|results|face)',
  '{works-for-everyone-phrase}',
  '(works|work|effective|results) (on|for|in) (all|every|any) ~2 {universal-target-noun}',
  '{object=concern} (will|would|are going to|is going to) ~1 {vanish-verb}',
  // "Stretch marks fade away with our protocol", "watch your wrinkles disappear".
  // A pronoun for a concern named before it: "Why live with cellulite when you could banish it?"
  '{verb=pronoun-claim-verb} pronoun=(it|them)',
  '{object=concern} {vanish=vanish-verb}',
  '{object=concern} (completely|totally|fully|all) {vanish=vanish-verb}',
  // The headline's verdict after a colon or dash: "Wrinkles: gone.", "Cellulite — history."
  '{object=concern} : {vanish=headline-verdict}',
  'the (result|results|outcome) (is|are) {perfected-result-adjective}',
  '{verb=absolute-verb} [{number-word}] (years|decades|a decade)',
  'verb=(take|knock|shave) [{number-word}] (years|decades) off',
  '(say|wave|kiss) goodbye to',
  '{concern-free-result} {concern-free-subject}',
  // The "-free" result as the whole promise: "wrinkle-free in weeks", "stay blemish-free".
  '{concern-free-result} (in|within) ~2 {time-unit}',
  '(stay|look|become|remain) {concern-free-result}',
  // The guarantee after its result: "Clear skin, guaranteed."
  // (The look is named: "Your skin, guaranteed to be in qualified hands" promises who does the work.)
  '{perfected-result-adjective} (skin|complexion|face) , =guaranteed',
  '(results|result) , =guaranteed',
  '{verb=removal-verb} ~3 {object=borderline-condition}',
  '{object=concern} {concern-removal-noun}',
  '{works-on-all-word} ~4 (all|any|every) ~2 {every-skin-kind}',
  '(guaranteed|guarantee|guarantees) ~3 {result-noun}',
  // Whatever follows, "a guaranteed ..." promises it: "a guaranteed fuller head of hair"
  // (the article is checked in ignore, so the claim's words are the participle's own).
  '{promised=guarantee-participle}',
  '(can|will|we) guarantee ~2 (results|successful results|success|your results)',
  // The writer's own promise of a result: "we guarantee smoother skin", "I promise it works".
  '(we|i) (guarantee|promise) ~2 {promised-look}',
  '(has|have|with|leaving) no ~1 {object=concern}',
  'without ~1 {object=concern} (on|for|again)',
  '{verb=efficacy-verb} (and|or|&) ~1 ~3 {object=concern}',
];

// The patterns whose match is an adjective and the noun it describes.
const ADJECTIVE_AND_NOUN = new Set(['{perfect-result-adjective} (skin|complexion|results|face)', '{concern-free-result} {concern-free-subject}']);

export default defineRule({
  meta: {
    id: 'absolute-guarantee',
    category: 'absolute_guarantee',
    description: 'Promises a certain, complete or universal result ("erases wrinkles", "reduce scars", "guaranteed results").',
    severity: 'error',
    source: {
      name: 'CAP Code 3.1, 3.7, 12.1; FTC Act s.5 (net impression); Reg. (EU) 655/2013 honesty criterion',
      url: 'https://www.asa.org.uk/advice-online/beauty-and-cosmetics-the-general-principles.html',
    },
    fixable: true,
    reason: 'results vary: say it may help, and that it is about appearance',
    advice: 'Say it may help, that results vary, and that it is about appearance ("may help reduce the appearance of...").',
  },
  patterns: PATTERNS,
  ignore(claim) {
    if (readersAim(claim) || goesAwayByItself(claim) || !verdictStands(claim)) return true;
    if (claim.capture('pronoun') && !pronounForConcern(claim)) return true;
    // Soothing and healing are the disease rule's verbs; of a concern they promise no removal.
    if (claim.capture('pronoun') && THERAPEUTIC_ONLY.test(claim.capture('verb')?.entry?.phrase ?? '')) return true;
    // "My scars are gone!": a client's words, which the testimonial rule reads as one.
    if (claim.capture('vanish') && (clientsOwn(claim) || afterItGoes(claim))) return true;
    // "gone for now, but sun can bring it back" is a caution.
    if (claim.capture('vanish') && claim.tokens[claim.end]?.norm === 'for' && claim.tokens[claim.end + 1]?.norm === 'now') return true;
    if (claim.capture('promised') === undefined) return false;
    // "guaranteed" promises a result after an article ("guaranteed delivery" is service);
    // before a result noun ("a guaranteed glow") the result pattern is the claim's home.
    const next = claim.tokens[claim.end];
    return !/^(a|an)$/.test(claim.tokens[claim.start - 1]?.norm ?? '') || (next !== undefined && RESULT_NOUNS.has(next.key));
  },
  clearedBy: (claim) => {
    if (claim.capture('passive')) return [['negation'], ['hedge'], ['appearance']];
    if (!claim.capture('verb')) return [['negation'], ['hedge']];
    return isAbsoluteVerb(claim) ? [['negation'], ['hedge', 'appearance']] : [['negation'], ['hedge'], ['appearance']];
  },
  message(claim) {
    const verb = claim.capture('verb');
    const object = claim.capture('object');
    if (verb && object) {
      const how = isAbsoluteVerb(claim) ? 'complete removal' : 'a certain result';
      // A compound ("wrinkle-erasing") is quoted as written.
      if (claim.tokens[verb.start]!.hyphenBefore) return `"${claim.text}" promises ${how}`;
      return `"${verb.entry?.phrase ?? verb.text.toLowerCase()} ${object.text.toLowerCase()}" promises ${how}`;
    }
    const pronoun = claim.capture('pronoun');
    if (verb && pronoun) return `"${verb.entry?.phrase ?? verb.text.toLowerCase()} ${pronoun.text.toLowerCase()}" promises ${isAbsoluteVerb(claim) ? 'complete removal' : 'a certain result'}`;
    // "Wrinkles are history": the concern going away for good.
    if (object && claim.capture('vanish')) return `"${claim.text}" promises complete removal`;
    return `"${claim.text}" promises a certain result for everyone`;
  },
  suggest(claim) {
    const verb = claim.capture('verb');
    const object = claim.capture('object');
    const coordinated = verb !== undefined && /^(and|or|&)$/.test(claim.tokens[verb.end]?.norm ?? '');
    // "Say goodbye to cellulite" speaks to the reader; a hedge would speak of the product. The writer rewords it.
    const idiom = verb !== undefined && /goodbye|farewell|put an end/i.test(verb.entry?.phrase ?? verb.text);
    // A stronger verb after a softer one ("reducing and removing spots"): the
    // two share the object, and a rewrite of this verb alone would have to
    // touch the other. After a hedged one ("can reduce or eliminate the look
    // of") the softer verb says it already, and the stronger one goes.
    const before = claim.tokens[claim.start - 1];
    if (verb && object && verb.start === claim.start && before && /^(and|or)$/.test(before.norm) && SOFTER_VERBS.has(claim.tokens[claim.start - 2]?.key ?? '')) {
      if (claim.tokens[claim.start - 3]?.norm !== 'can' || SOFTER_VERBS.has(claim.tokens[verb.start]!.key)) return [];
      const r = dropTokens(claim, verb.start, verb.end, { listItem: true, safe: true, desc: `Remove "${before.surface} ${verb.text}"` });
      return r ? [r] : [];
    }
    if (verb && object && verb.start === claim.start && !coordinated && !idiom) {
      // The verb, hedged in its own form; a participle before its noun ("Diminished acne scars") names the look instead.
      // Weight and inches have no "appearance of": only the writer can say what changes.
      if (MEASURES.test(object.text)) return [];
      const hedged = hedgeVerb(claim, 'verb', { appearance: !hasAppearance(claim), object: 'object', safe: true, claimVerb: isClaimVerb });
      if (hedged) return [hedged];
      const named = participleLook(claim, 'verb');
      return named ? [named] : [];
    }
    if (verb || object) return [];
    // "guaranteed results": the word that guarantees goes; what is offered stays.
    const first = claim.tokens[claim.start]!;
    if (/^guaranteed$/.test(first.norm) && RESULT_WORD.test(claim.tokens[claim.start + 1]?.norm ?? '') && !MONEY_BACK.test(claim.sentence.text) && positionOf(claim, claim.start, claim.start + 1) === 'attributive') {
      const r = dropTokens(claim, claim.start, claim.start + 1, { listItem: true });
      return r ? [r] : [];
    }
    // "flawless skin", "a scar-free complexion": the adjective says how it looks instead.
    // Only for an adjective and its noun ("Acne-free in weeks" names no noun).
    const look = ADJECTIVE_AND_NOUN.has(PATTERNS[claim.patternIndex]!) ? LOOKS.find(([re]) => re.test(claim.text)) : undefined;
    // In a list of adjectives ("smooth, hair-free skin") the plainer word would repeat its neighbour.
    const listed = claim.tokens[claim.start]!.commaBefore || /^(and|or)$/.test(claim.tokens[claim.start - 1]?.norm ?? '');
    if (look && !listed && positionOf(claim, claim.start, claim.end - 1) === 'attributive') {
      return [replaceAdjective(claim, claim.start, claim.end - 1, look[1])];
    }
    return [];
  },
  examples: {
    valid: [
      // A concern's own course, and a side effect settling.
      'Freckles often fade away naturally in winter.',
      'Redness disappears within hours of the peel.',
      // Two verbs, not two adjectives; a promise of service.,
      'Our facial removes make-up and cleans pores.',
      'We remove jewellery and cover tattoos before treatment.',
      'We guarantee clear pricing with no hidden fees.',
      // A promise of service, not of a result.
      'We promise to call you back.',
      // Two clauses, not two adjectives.
      'We remove it and spots fade.',
      // Bare "types" outside copy about skin.
      'A report format that works for any inspection type.',
      'We offer a guarantee of a full refund if the parcel is damaged.',
      'Microneedling may help reduce the appearance of acne scars.',
      'Our peel can help soften the look of fine lines.',
      'We cannot guarantee results.',
      // The reader's aim, described: nothing promised.
      'Clients who want to reduce a double chin can ask about fat freezing.',
      'There are no guaranteed results with any treatment.',
      'Reduces the appearance of fine lines and wrinkles.',
      'Remove your makeup before the appointment.',
      // A pronoun for something that is no concern.
      'Take off any jewellery and remove it from the room.',
      'Wrinkles: no more than three sessions a year.',
      'Your skin, guaranteed to be in qualified hands.',
    ],
    invalid: [
      // The concern going away, as the offer's doing, in a verb or an idiom.
      { text: 'Stretch marks fade away with our protocol.' },
      { text: 'Fine lines are history with our peel.' },
      { text: 'Abolish dark circles in a week.' },
      { text: 'Fine lines: history.' },
      // A pronoun for the concern named just before.
      { text: 'Tired of age spots? Our peel erases them.' },
      // A "-free" result as the whole promise, and a guarantee after its result.
      { text: 'Blemish-free within two weeks.' },
      { text: 'Firmer skin, guaranteed.' },
      { text: 'Results: guaranteed.' },
      { text: 'Watch your wrinkles disappear.' },
      // A compound adjective joined by a hyphen, before any noun.
      { text: 'Try our wrinkle-erasing night cream.' },
      { text: 'A pore-shrinking toner with witch hazel.' },
      // 'No other ... so well' ranks the offer; it denies nothing, and its verb gets no hedge.
      { text: 'No other cream removes scars so well.' },
      { text: 'We guarantee firmer skin after one course.' },
      // Coordinated adjectives before the concern.
      { text: 'Our laser removes brown and red spots.', output: 'Our laser may help reduce the appearance of brown and red spots.' },
      // 'can reduce' hedges through its own verb; the verb after 'or' has only the 'can'.
      { text: 'Our laser can reduce or erase the look of thread veins.', output: 'Our laser can reduce the look of thread veins.' },
      { text: 'Enjoy a guaranteed smoother jawline.' },
      { text: 'Reduce scars.', output: 'Help reduce the appearance of scars.' },
      { text: 'Correct sun damage.', output: 'Help improve the appearance of sun damage.' },
      // The clinic's own aim is a promise; so is a question that sells the result.
      { text: 'We want to erase your frown lines.' },
      { text: "If you're looking to erase frown lines, our laser is the answer." },
      { text: 'Hoping to erase frown lines? Book today.' },
      { text: 'Microneedling reduces scars.', output: 'Microneedling may help reduce the appearance of scars.' },
      // Softening is the rulebook's hedge only with "the look of".
      { text: 'Our night balm softens crow\'s feet.', output: 'Our night balm may help soften the appearance of crow\'s feet.' },
      { text: 'This serum visibly erases fine lines and wrinkles.', output: 'This serum may help visibly reduce the appearance of fine lines and wrinkles.' },
      { text: 'The treatment will eliminate dark circles.', output: 'The treatment will help reduce the appearance of dark circles.' },
      { text: 'It reduces the depth of acne scars.', output: 'It may help reduce the appearance of acne scars.' },
      { text: 'Guaranteed results with our peel.', output: 'Results with our peel.' },
      { text: 'Results guaranteed or your money back.' },
      { text: 'Reduced fine lines:', output: 'Reduced appearance of fine lines:' },
      { text: 'Scars are removed in a single visit.' },
      // Hair-removal copy names the regrowth it promises to end.
      { text: 'Our diode laser removes stubble.' },
      { text: 'It lifts and tightens sagging skin.' },
      { text: 'Minimising wrinkles is what we do best.', output: 'Helping minimise the appearance of wrinkles is what we do best.' },
    ],
  },
});
