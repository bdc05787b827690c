import { hedgeVerb } from '../src/edit/rewrite.js';
import { defineRule, type ClaimContext } from '../src/judge/rule.js';
import { goesAwayByItself, isClaimVerb, pronounFor, verdictStands } from './shared-judgements.js';
import { conditionHairScalp, conditionInflammatory, conditionNail, conditionSkin, conditionVascular } from './lexicon/conditions.js';

// "acne" in "acne scars", "acne-prone skin" names a cosmetic concern or a skin
// type, not the disease.
const NOT_THE_DISEASE = new Set(['scar', 'mark', 'prone', 'friendli', 'safe', 'spot']);

function objectIsCompound(claim: ClaimContext): boolean {
  const object = claim.capture('object');
  if (!object) return false;
  const next = claim.tokens[object.end];
  return next !== undefined && !next.hardBreakBefore && !next.commaBefore && NOT_THE_DISEASE.has(next.key);
}

// Words after which a therapeutic property names a class of medicine, not a
// claim: "avoid anti-inflammatory drugs before treatment".
const MEDICINE_NOUNS = new Set(['drug', 'medic', 'medicin', 'tablet', 'painkil', 'pill', 'cream']);
// "difficult to treat", "hard to cure": a fact about the condition.
const DIFFICULTY = new Set(['difficult', 'hard', 'impossible', 'tricky', 'notoriously']);

const SUFFER = /^suffer/;
// What directly before "suffer" denies it: "don't", "no longer", "no need to", "stop".
const DENIES_SUFFERING = new Set(["don't", 'dont', 'not', 'longer', 'never', 'stop', 'need']);

function sufferingDenied(claim: ClaimContext): boolean {
  if (!SUFFER.test(claim.tokens[claim.start]!.norm)) return false;
  const prev = claim.tokens[claim.start - 1];
  const skipTo = prev?.norm === 'to' ? claim.tokens[claim.start - 2] : prev;
  return skipTo !== undefined && DENIES_SUFFERING.has(skipTo.norm);
}

// "Infection control", "infection-prevention procedures": the clinic's hygiene, a duty of care it may state.
const HYGIENE_NOUNS = /^(control|prevention)$/;

function infectionControl(claim: ClaimContext): boolean {
  const object = claim.capture('object');
  if (!object || !/^(cross-)?infections?$/.test(claim.tokens[object.end - 1]!.norm)) return false;
  const next = claim.tokens[object.end];
  return next !== undefined && !next.hardBreakBefore && !next.commaBefore && HYGIENE_NOUNS.test(next.norm);
}

// What a next sentence says when it answers a question about a condition with the offer.
// Only the offer answering, in the first person or by name: "We can help.", "Our cream can help.",
// "Our facial clears skin.", "Try our ...". Not "A dermatologist can help", "We can move your
// appointment", "Our cream cannot help".
const OFFERS_HELP = /^\s*(?:(?:we|our\b[^.?!]{0,40}?)\s+(?:(?:can|could|will|may)\s+(?:help|treat|clear|calm|soothe|heal)\b|(?:treats?|clears?|calms?|soothes?|heals?|helps?)\b)|(?:try|book)\s+our\b|help is here|we have the (?:answer|solution))/i;

/** A question about a condition is a claim only when the offer answers it. */
function unanswered(claim: ClaimContext): boolean {
  if (!claim.capture('asked')) return false;
  if (!/\?\s*$/.test(claim.sentence.text)) return true;
  const answer = /^[^.?!]*/.exec(claim.blockText.slice(claim.sentence.end))![0];
  // "Our cream cannot help", "we do not treat broken skin": a refusal answers nothing.
  if (/\b(?:not|cannot|can't|won't|don't|doesn't|never|no)\b/i.test(answer.replace(/[\u2019]/g, "'"))) return true;
  return !OFFERS_HELP.test(answer);
}

/** "calms it": the pronoun, right after its verb, stands for a condition named just before. */
const pronounForCondition = pronounFor([conditionSkin, conditionHairScalp, conditionNail, conditionInflammatory, conditionVascular]);

// Professionals a page may send readers to, who treat conditions by right.
const PROFESSIONALS = /^(doctor|doctors|gp|gps|dermatologist|dermatologists|physician|physicians|pharmacist|pharmacists|specialist|specialists|consultant|consultants|nhs)$/;

/** "See your doctor, who can treat it", "Only a dermatologist can treat
 * psoriasis": a referral to someone else, not the offer's claim. "Our
 * dermatologist treats acne" is the clinic's own. */
function referral(claim: ClaimContext): boolean {
  const verb = claim.capture('verb');
  if (!verb) return false;
  const before = claim.tokens.slice(Math.max(0, verb.start - 6), verb.start);
  let from = 0;
  for (let i = before.length - 1; i > 0; i--) {
    if (before[i]!.hardBreakBefore) {
      from = i;
      break;
    }
  }
  const clause = before.slice(from);
  return clause.some((t) => PROFESSIONALS.test(t.norm)) && !clause.some((t) => /^(our|we|us|my)$/.test(t.norm));
}

function ignored(claim: ClaimContext): boolean {
  if (unanswered(claim) || referral(claim)) return true;
  if (claim.capture('pronoun') && !pronounForCondition(claim)) return true;
  if (objectIsCompound(claim) || goesAwayByItself(claim) || infectionControl(claim) || !verdictStands(claim)) return true;
  const participle = claim.capture('participle');
  // "Scalp irritation relieved." is a claim; "Eczema relieves..." is not this form.
  if (participle && !/(ed|en|t)$/i.test(participle.text)) return true;
  const first = claim.tokens[claim.start]!;
  const next = claim.tokens[claim.end];
  if (/^anti/.test(first.norm) && next && !next.commaBefore && [...MEDICINE_NOUNS].some((k) => next.key.startsWith(k))) return true;
  const before = claim.tokens[claim.start - 1];
  const twoBefore = claim.tokens[claim.start - 2];
  if (before?.norm === 'to' && twoBefore && DIFFICULTY.has(twoBefore.norm)) return true;
  return false;
}

export default defineRule({
  meta: {
    id: 'disease-therapeutic',
    category: 'disease_therapeutic',
    description: 'Says the product or treatment treats, cures, heals, relieves or prevents a disease or medical condition.',
    severity: 'error',
    source: {
      name: 'FD&C Act 201(g)(1)(B); Directive 2001/83/EC Art. 1(2); CAP Code 12.1, 12.2',
      url: 'https://www.fda.gov/cosmetics/cosmetics-laws-regulations/it-cosmetic-drug-or-both-or-it-soap',
    },
    fixable: true,
    reason: 'only a licensed medicine or authorised device may claim to treat a condition',
    advice: 'Describe the appearance, not the condition (e.g. "helps skin look clearer" instead of treating acne); name a condition only for a licensed medicine or authorised device and its approved use.',
    markets: {
      us: {
        reason: 'in the US that makes a cosmetic an unapproved drug, hedged or not',
        basis: 'FD&C Act 201(g)(1)(B); FDA "Is It a Cosmetic, a Drug, or Both?"',
      },
      uk: {
        reason: 'in the UK only a licensed medicine may claim to treat a condition',
        basis: 'CAP Code 12.1, 12.2',
      },
      eu: {
        reason: 'in the EU that presents it as a medicine, which a cosmetic may not be',
        basis: 'Directive 2001/83/EC Art. 1(2) (medicine by presentation)',
      },
    },
  },
  patterns: [
    // A verb of treating with its condition: "treats acne", "relieves eczema and psoriasis".
    '{verb=therapeutic-action} ~3 {object=medical-condition}',
    '{verb=therapeutic-action} (and|or|&) ~1 ~2 {object=medical-condition}',
    '{verb=symptom-treat-verb} ~3 {object=symptom-sign}',
    // Any verb of measurable change acts on a disease it names: "shrinks keloids", "flattens psoriasis plaques".
    '{verb=efficacy-verb} ~3 {object=medical-condition}',
    // A verb of complete removal acts on the disease as much: "solves acne", "wipes out warts".
    '{verb=absolute-verb} ~3 {object=medical-condition}',
    // Shielding the body from a condition: "protects your skin against infection".
    '{protect-verb} ~3 (from|against) ~2 {object=medical-condition}',
    // Treating a sign is treating its condition: "treats skin redness", "heals breakouts".
    'verb=(treat|cure|heal|remedy) ~3 {condition-sign}',
    // Passive and participle forms: "can be remedied with IPL", "Scalp irritation relieved."
    '{object=medical-condition} {passive-auxiliary} ~2 {verb=therapeutic-action}',
    '{object=medical-condition} {participle=therapeutic-verb}',
    '{object=medical-condition} {participle=reduction-verb}',
    '{object=symptom-sign} {participle=therapeutic-verb}',
    '{object=medical-condition} (relief|reduction|control)',
    // Compound adjectives, the condition joined to the verb: "acne-fighting
    // toner", "psoriasis-clearing oil", "wart-zapping gel".
    '{object=medical-condition} -{verb=therapeutic-action}',
    '{object=medical-condition} -{verb=absolute-verb}',
    '{object=medical-condition} -{verb=efficacy-verb}',
    // A pronoun for a condition named before it: "It is no cure for rosacea, but it can diminish its appearance."
    '{verb=pronoun-claim-verb} pronoun=(it|them|its|their)',
    // A client's words are the seller's claim (rulebook 6.12): "it worked on my melasma".
    '(worked|works|helped|helps) (on|for|with) (my|her|his|their) ~1 {object=medical-condition}',
    // The condition going away: "your acne will disappear", "watch eczema vanish".
    '{object=medical-condition} [will|would] {vanish=vanish-verb}',
    '{object=medical-condition} (completely|totally|fully|all) {vanish=vanish-verb}',
    // A headline's verdict: "Eczema: gone.", "Hair loss — treated."
    '{object=medical-condition} : {vanish=headline-verdict}',
    '{object=medical-condition} : {participle=therapeutic-verb}',
    // Noun forms: "eczema relief", "relief for psoriasis", "treatments for hyperpigmentation".
    '{object=medical-condition} {therapeutic-noun}',
    '{object=medical-condition} {reduction-noun}',
    '{object=medical-condition} {removal-noun}',
    '{object=medical-condition} {offer}',
    '{therapeutic-noun} (for|of|from|against|to) ~3 {object=medical-condition}',
    // The condition last of two: "a cure for adult breakouts and cystic acne".
    '{therapeutic-noun} (for|of) ~3 (and|or) ~1 {object=medical-condition}',
    // Sufferers who see a result: "Alopecia sufferers see new growth".
    '{object=medical-condition} (sufferers|patients) (see|saw|notice|report|enjoy) ~2 {sufferer-result}',
    '{offer} (for|against) ~2 {object=medical-condition}',
    '{relief-giving-verb} relief',
    '(suffer|suffering|sufferers|sufferer|suffers) (from|with|of) ~2 {object=medical-condition}',
    // Selling the end of a condition: "Why put up with rosacea?", "No more eczema flare-ups".
    '{enough-of-phrase} ~2 {object=medical-condition}',
    '{therapeutic-property}',
    '{suitability-word} (for|as|against|in treating|with) ~3 {object=medical-condition}',
    // Borderline conditions (scars, stretch marks, cellulite) become medical when treated.
    'verb=(treat|cure|heal|remedy) ~3 {concern=borderline-condition}',
    'verb=(treat|cure|heal) ~3 {concern=concern}',
    '{concern=borderline-condition} {therapeutic-noun}',
    '{concern=borderline-condition} {reduction-noun}',
    '{concern=borderline-condition} {removal-noun}',
    '{hair-regrowth}',
    '{living-with-phrase} ~3 {object=medical-condition}',
    // The question the offer answers: "Do you have eczema? Our cream can help."
    '{asked=condition-question} ~2 {object=medical-condition}',
    '{therapeutic-noun} (for|of) ~2 {concern=borderline-condition}',
    '(keep|keeps|kept|keeping) ~2 {object=medical-condition} (under control|at bay|down)',
    'verb=(heal|cure) [{injured-skin-determiner}] (skin|wounds|damage|skin damage|damaged skin)',
    // Reducing some borderline conditions ("reduces spider veins", "fades age spots") acts on them
    // unless the words are about its appearance (the FDA-authorised wording).
    '{reduce=reduction-verb} ~3 {concern=drug-when-reduced}',
    '{reduce=efficacy-verb} ~3 {concern=drug-when-reduced}',
    '{concern=drug-when-reduced} {participle=reduction-verb}',
    // "can be used for actinic keratoses", "used to treat melasma".
    '(used|use|uses|using) (for|against|on|in) ~2 {object=medical-condition}',
    // A symptom tied to a condition: "helps with the redness associated with rosacea".
    '{verb=therapeutic-action} ~2 {condition-sign} {caused-by-phrase} ~1 {object=medical-condition}',
    '{verb=reduction-verb} ~2 {condition-sign} {caused-by-phrase} ~1 {object=medical-condition}',
    // The condition named before, the sign after: "rosacea is lifelong, but this calms the flushing it brings".
    '{verb=therapeutic-action} ~2 {condition-sign} (it|they) {causation-verb}',
    '{verb=reduction-verb} ~2 {condition-sign} (it|they) {causation-verb}',
    'verb=(kill|kills|destroy|eliminate) ~2 {pathogen}',
    // Reducing microbes is an antimicrobial claim, whatever the verb: "cuts down acne germs".
    '{verb=reduction-verb} ~3 {pathogen}',
    '(health|medical|therapeutic|healing|medicinal) (benefits|properties|purposes)',
    'therapeutic grade',
    '{healing-claim}',
  ],
  // Reducing a borderline condition is cleared by appearance wording; treating a disease never is.
  clearedBy: (claim) => {
    // "Don't suffer with hay fever", "no need to suffer from acne": denying the
    // suffering sells its end; neither the negation nor the imperative clears it.
    if (sufferingDenied(claim)) return [];
    return claim.capture('reduce') ? [['negation'], ['instruction'], ['appearance']] : [['negation'], ['instruction']];
  },
  ignore: ignored,
  message(claim) {
    const object = claim.capture('object') ?? claim.capture('concern');
    // The question's answer is the claim: the offer is put forward for the condition.
    if (claim.capture('pronoun')) return `"${claim.text}" says it treats the condition named before it`;
    if (object && claim.capture('asked')) return `"${claim.text}?" offers a treatment for ${object.text.toLowerCase()}`;
    return object ? `"${claim.text}" says it treats a condition (${object.text.toLowerCase()})` : `"${claim.text}" claims a treatment effect`;
  },
  suggest(claim) {
    // Only a cosmetic concern ("treats acne scars", "reduces spider veins") has
    // an appearance wording; a disease keeps no rewrite, only the advice.
    if (!claim.capture('concern')) return [];
    const reduce = claim.capture('reduce');
    const r = reduce
      ? hedgeVerb(claim, 'reduce', { appearance: !/\b(appearance|look)\b/i.test(claim.text), safe: true, claimVerb: isClaimVerb })
      : hedgeVerb(claim, 'verb', { soft: 'improve', appearance: true, safe: true, claimVerb: isClaimVerb });
    return r ? [r] : [];
  },
  examples: {
    valid: [
      'Helps fade the look of dark spots.',
      'Protects skin from the sun.',
      'Our serum soothes redness.',
      'Helps skin look clearer and feel calmer.',
      'It is not recommended for people with active acne.',
      'A gentle cleanser for acne-prone skin.',
      // The clinic's hygiene, not a claim about infection.
      'Our nurses are trained in infection control.',
      // Sufferers told what to do, not what they will see.
      'Eczema sufferers should patch test first.',
      'Psoriasis patients see their dermatologist before booking.',
      'Do you have eczema? A dermatologist can help.',
      // A referral: someone else treats it.
      'Acne is not something we treat. See your doctor, who can treat it properly.',
      'Only a dermatologist can treat psoriasis.',
      'Do you have eczema? Our cream cannot help with that.',
      // A heading's topics after a colon, and a history that is a record.
      'Rosacea: history, causes and care.',
      'Your eczema history helps us plan the peel.',
      // A question nobody answers with the offer.
      'Do you have eczema? Tell us before your facial.',
      'Microneedling does not cure rosacea.',
      'As the skin heals, redness fades.',
      // A reader's question asks; the answer under it is where a claim would be.
      'Can microneedling cure rosacea?',
      // A condition's natural course, and a side effect settling, are no claim.
      'Most warts disappear on their own within two years.',
      'Any swelling disappears within a day or two.',
      // Two words, not one compound: the condition is the subject.
      'Acne, fighting back after a break, is common in teens.',
    ],
    invalid: [
      // A client's words are the seller's claim (rulebook 6.12).
      { text: 'This balm finally worked on my psoriasis.' },
      // A headline's verdict after a colon.
      { text: 'Rosacea: sorted.' },
      { text: 'A remedy for oily skin and cystic acne.' },
      { text: 'Psoriasis sufferers notice calmer skin in weeks.' },
      // The clinic's own doctor.
      { text: 'Our dermatologist treats acne in two visits.' },
      // A pronoun for the condition named before it.
      { text: 'Living with psoriasis? Our balm soothes it.' },
      // A question the offer answers.
      { text: 'Do you suffer from rosacea? Our light facial can help.' },
      // A condition named by its adjective.
      { text: 'A soothing therapy for psoriatic skin.' },
      // The skin-bleaching drug's own indication (US OTC monograph): acting on melanin.
      { text: 'Fades brown spots in weeks.' },
      // Any verb of change with a disease as its object.
      { text: 'The silicone gel flattens keloids on the chest.' },
      // "with" after a word for trouble names the trouble: "treats facial redness".
      { text: 'Our light facial treats common problems with facial redness.' },
      { text: 'Rosacea is lifelong, but our light facial calms the flushing it brings.' },
      { text: "Don't suffer with eczema this winter." },
      { text: 'Acne can be calmed with blue light.' },
      { text: 'Eases the flushing associated with rosacea.' },
      { text: 'Reduces the spot-causing bacteria on your skin.' },
      { text: 'Guards your skin against infection.' },
      { text: 'Clears breakouts, redness and eczema flare-ups.' },
      { text: 'For anyone experiencing the signs of hair loss.' },
      { text: 'It reduces dullness, age spots, acne scars and fine lines.' },
      { text: 'Our peel treats acne and prevents breakouts.' },
      { text: 'Natural relief for psoriasis flare-ups.' },
      { text: 'A calming, anti-inflammatory balm.' },
      { text: 'May help relieve eczema.' },
      { text: 'This laser treats acne scars.', output: 'This laser may help improve the appearance of acne scars.' },
      { text: 'Great for dermatitis and other skin conditions.' },
      { text: 'Our gel solves acne for good.' },
      // The condition going away, promised.
      { text: 'After a course of our peels, your acne will disappear.' },
      { text: 'It wipes out warts in days.' },
      { text: 'An acne-fighting toner for teens.' },
      { text: 'This psoriasis-clearing scalp oil is new.' },
    ],
  },
});
