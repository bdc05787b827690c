import { hedgeVerbPhrase } from '../src/edit/rewrite.js';
import { directionOf, lookPhrase, topicOf } from '../src/edit/topics.js';
import { FUNCTION_WORDS } from '../src/edit/role.js';
import { defineRule, type ClaimContext } from '../src/judge/rule.js';
import { mentionOf } from '../src/match/word-lists.js';
import { expressionLine } from './lexicon/products.js';
import { isClaimVerb } from './shared-judgements.js';

// Where the object goes on past the claim ("collagen in the dermis", "collagen
// and elastin") or is referred to again ("fat cells, causing them to"), a
// rewrite of the claim's words would leave those words about nothing.
const GOES_ON = new Set(['in', 'into', 'within', 'at', 'from', 'deep', 'deeper', 'beneath', 'below', 'under', 'of', 'on', 'inside', 'throughout', 'to', 'by', 'for']);
const isHealing = (words: string | undefined) => words !== undefined && /\bhealing\b/i.test(words);
const REFERS_BACK = new Set(['them', 'they', 'their', 'which', 'whose', 'it', 'its']);

function objectRunsOn(claim: ClaimContext): boolean {
  const tokens = claim.tokens;
  const next = tokens[claim.end];
  if (!next) return false;
  if (tokens.slice(claim.end, claim.end + 3).some((t) => REFERS_BACK.has(t.norm))) return true;
  // "collagen and elastin, the building blocks of skin": an appositive names the object again.
  if (claim.start > 0 && next.commaBefore && !next.hardBreakBefore && /^(the|a|an|which|who|whose|its|their)$/.test(next.norm)) return true;
  if (next.hardBreakBefore || next.commaBefore) return false;
  // "the muscles that cause frown lines": a relative clause says more about the object.
  if (/^(that|who|where)$/.test(next.norm)) return true;
  if (GOES_ON.has(next.norm)) return true;
  if (/^(and|or|&)$/.test(next.norm)) {
    // "stimulates collagen and improves texture" starts a new verb phrase; "collagen and elastin" goes on.
    const after = tokens[claim.end + 1];
    const verb = tokens[claim.start]!.norm;
    if (!after || topicOf(after.surface) !== undefined) return true;
    if (verb.endsWith('ing')) return !after.norm.endsWith('ing');
    return !(/[^s]s$/.test(verb) && /[^s]s$/.test(after.norm));
  }
  return !FUNCTION_WORDS.has(next.norm);
}

const aboutLines = mentionOf(expressionLine);

const PIGMENT_CHANGES = /^(lighten|fade|break|fall|disperse|dissolve|clear|shatter|flake|lift|shed|disappear|scatter|fragment)$/;

export default defineRule({
  meta: {
    id: 'structure-function',
    category: 'structure_function',
    description: 'Claims to change the structure or function of skin or body (collagen, cells, DNA, melanin, blood flow).',
    severity: 'error',
    source: {
      name: 'FD&C Act 201(g)(1)(C); FDA "Is It a Cosmetic, a Drug, or Both?"; CAP AdviceOnline "Physiological effect"; Reg. (EC) 1223/2009 Art. 2(1)(a) and Directive 2001/83/EC Art. 1(2)(b) (a product that modifies physiological functions is a medicine)',
      url: 'https://www.fda.gov/cosmetics/cosmetics-laws-regulations/it-cosmetic-drug-or-both-or-it-soap',
    },
    fixable: false,
    reason: 'changing how the body works makes a cosmetic a drug, and "may help" does not fix it',
    advice: 'Describe how skin looks or feels, not what happens to collagen, cells or tissue; "may help" does not make a physiological claim cosmetic.',
  },
  patterns: [
    // An action on a body structure or process: "stimulates collagen", "boosts and hydrates the skin's elastin".
    '{verb=body-action} ~4 {object=body-target}',
    '{verb=body-action} (and|or|&) ~1 ~3 {object=body-target}',
    '{verb=body-action} ~3 (and|or|&) ~1 {object=body-target}',
    '{verb=process-verb-weak} [more|new] {object=body-target}',
    // Passive: "more collagen is produced", "the tissue is oxygenated", "fat cells are cleared away".
    '{object=body-target} {be-or-get-form} ~2 {verb=body-action}',
    // The process named as a noun: "collagen remodelling", "deep cellular renewal", "stimulation of collagen".
    '{object=body-target} {process-noun}',
    '{process-noun} of [new] ~2 {object=body-target}',
    // The effect as a noun: "a lasting stimulating effect on collagen", "a regenerating action on cells".
    '{verb=body-action} (effect|effects|action|impact) on ~2 {object=body-target}',
    '{object=body-process}',
    '{object=body-target} {verb=body-action}',
    // Made to act: "causes the pigment to lighten", "prompts fat cells to die off" (the "to" is checked in ignore).
    '{made=causative-verb} [the|your|their|its] ~1 {object=body-target}',
    // Pigment made to act is the skin's melanin ("causes the pigment to lighten"): a bare
    // "pigment" is no body target elsewhere (make-up has pigments).
    '{made=causative-verb} [the|your|their|its] ~1 object=(pigment|pigments)',
    '{process-compound}',
    // "Turn back the clock" is a figure of speech: hype, not a body-function claim.
    '{verb=ageing-reversal-verb} ~2 (aging|ageing|the aging process|cellular aging)',
    '{verb=rebuild-verb} ~3 {skin=rebuilt-skin-or-itself}',
    '{verb=rebuild-verb-base} (and|or|&) ~1 ~2 {skin=rebuilt-skin}',
    '(penetrate|penetrates|penetrating|penetration) ~4 {deep-layer-word}',
    '(regenerative|regenerating|rejuvenating) {active-principle-noun}',
    '(slimming|fat-burning|firming) {product-form}',
    '{verb=muscle-relax-verb} ~2 (expression lines|muscles|muscle|wrinkles|lines)',
    '{shrink-dissolve-verb} [the] (fat|fat cells)',
    '(new|healthy|fresh) (skin cells|skin tissue|cells|collagen|tissue) {tissue-renewal-verb}',
    // Renewal said to act below the look of the skin: "rejuvenates skin at a cellular level",
    // "works at the cellular level", "remodels the tissue from the inside out".
    '{verb=renewal-verb} ~3 {below-surface-phrase}',
  ],
  // Repairing "skin" (not cells or collagen) is cleared by appearance wording:
  // "renews the look of your skin" is the accepted cosmetic line.
  // Healing helped along by what the reader does ("Avoid the sun to support
  // healing") is aftercare advice; only the treatment's own effect on it is a claim.
  clearedBy: (claim) => {
    if (claim.capture('skin')) return [['negation'], ['appearance'], ['textbook']];
    return isHealing(claim.capture('object')?.text) ? [['negation'], ['textbook'], ['instruction']] : [['negation'], ['textbook']];
  },
  ignore(claim) {
    if (claim.capture('made') && claim.tokens[claim.end]?.norm !== 'to') return true;
    // Pigment is the skin's only when made to change ("to lighten", "to break up"); "allows the pigment to show through" is make-up.
    if (claim.capture('made') && /^pigments?$/.test(claim.capture('object')?.text.toLowerCase() ?? '') && !PIGMENT_CHANGES.test(claim.tokens[claim.end + 1]?.norm ?? '')) return true;
    // "fat freezing treatment" names the procedure; what it does to fat cells is claimed elsewhere or not at all.
    const next = claim.tokens[claim.end];
    return claim.end - claim.start <= 2 && /-/.test(claim.text) === false && next !== undefined && /^(treatment|procedure|session|therapy|machine|device)/.test(next.norm) && /freez|sculpt/.test(claim.text.toLowerCase());
  },
  message(claim) {
    return `"${claim.text}" says it changes how the skin or body works`;
  },
  suggest(claim) {
    // A verb acting on a structure: say how that same thing looks, in the verb's form.
    const verb = claim.capture('verb');
    const object = claim.capture('object') ?? claim.capture('skin');
    if (!verb || !object || verb.start !== claim.start || object.end !== claim.end || objectRunsOn(claim)) return [];
    const acted = claim.tokens.slice(verb.end, claim.end).map((t) => t.surface).join(' ');
    const topic = topicOf(acted);
    const direction = directionOf(verb.entry?.phrase ?? verb.text);
    // Relaxed muscles read as softer lines only where the sentence is about lines ("relaxes your muscles after a long day" is not).
    if (topic === 'muscle' && direction === 'lower' && !aboutLines(claim.tokens)) return [];
    const phrase = topic && direction ? lookPhrase(topic, direction, object.text) : undefined;
    const r = phrase ? hedgeVerbPhrase(claim, 'verb', phrase, { claimVerb: isClaimVerb }) : undefined;
    return r ? [r] : [];
  },
  examples: {
    valid: [
      'As we age, collagen production starts to slow.',
      'Collagen output naturally slows in our thirties.',
      // Make-up's pigment, not the skin's.
      'This sheer base allows the pigment to show through.',
      // Where ageing happens is no claim for the offer.
      'Ageing happens at a cellular level.',
      'Eczema is a skin condition involving a weakened skin barrier.',
      'Over a course of sessions, skin may look smoother and firmer.',
      'Our facial helps skin look radiant.',
      'Collagen is a protein found in skin.',
      'It does not stimulate collagen.',
      // Aftercare: what the reader does for their own healing.
      'Keep out of the sun for a week to support healing.',
      'Allow ten days of healing time between sessions.',
      // Made to act, but the skin's surface: peeling is what a peel is.
      'The peel causes the skin to flake for a few days.',
    ],
    invalid: [
      // Renewal said to act below the look of the skin.
      { text: 'Our booster renews skin at a cellular level.' },
      // Made to act: a body structure after a causative verb and "to".
      { text: 'The cold prompts fat cells to break down.' },
      { text: 'The light causes the pigment to fade.' },
      // Healing is the body's own process: speeding it is acting on it.
      { text: 'Our copper peptide mask speeds up healing after laser.' },
      // "Nothing ... like ours" ranks the product; it denies nothing.
      { text: 'Nothing rebuilds collagen like our night serum.' },
      { text: 'Nothing rebuilds collagen better than our night serum.' },
      // A textbook marker after "helps to" is what the offer does.
      { text: 'Our serum helps to slow down the ageing process.' },
      { text: 'The pen triggers skin remodelling deep in the dermis.' },
      { text: 'Works by breaking up scar tissue.' },
      { text: 'A lasting stimulating effect on collagen.' },
      { text: 'Microneedling stimulates a prolonged period of collagen production.', output: 'Microneedling may help skin look firmer and smoother.' },
      { text: 'The serum boosts collagen and elastin.', output: 'The serum may help skin look firmer and smoother.' },
      // The rewrite speaks of what the claim is about: hair stays hair, fat the body's contours.
      { text: 'Stimulate hair follicles.', output: 'Help hair look thicker and fuller.' },
      { text: 'It destroys fat cells.', output: 'It may help refine the look of body contours.' },
      // Blood flow has no look of its own: advice, no rewrite.
      { text: 'The massage boosts blood circulation.' },
      { text: 'Helps stimulate collagen.' },
      { text: 'Our treatment triggers cell regeneration.' },
      { text: 'Collagen induction therapy for everyone.' },
      { text: 'It repairs damaged skin from within.' },
    ],
  },
});
