import { defineRule, type ClaimAbout, type ClaimContext } from '../src/judge/rule.js';
import { wordKey } from '../src/text/word-key.js';
import { findProduct } from './facts/lookup.js';
import { prescriptionMedicine, toxinAction } from './lexicon/products.js';
import { keySetOf, mentionOf } from '../src/match/word-lists.js';

// What a sentence may claim about a medicine it names. The markets differ on
// the name itself (UK/EU: naming it to the public is the problem), but agree
// that these are claims: a price or offer, a result, safety, praise.
const keys = (words: string) => new Set(words.split(/\s+/).map(wordKey));
const OFFER = keys('free save saving savings discount discounted deal deals promo promotion voucher bogo price prices priced pricing cheap cheapest sale');
// Two-word offers whose words are ordinary alone ("special offer", "half price").
const OFFER_PAIRS = [['special', 'offer'], ['introductory', 'offer'], ['limited', 'offer'], ['half', 'price'], ['per', 'area'], ['per', 'unit']] as const;
const EFFECT = keys(
  'reduce lift smooth soften relax erase eliminate remove banish destroy dissolve melt freeze boost enhance plump sculpt contour tighten ' +
    'rejuvenate refresh restore improve prevent stop fix cure treat heal transform maximum maximise dramatic effective effectiveness younger youthful',
);
const SAFETY = keys('safe safely safest painless harmless risk-free pain-free gentle');
const PRAISE = keys('delighted love loved loves favourite favorite popular best leading amazing obsessed');
const CURRENCY = /[£$€]\s?\d[\d,.]*|\d[\d,.]*\s?(?:usd|gbp|eur)\b|££|\$\$/iu;
const PERCENT_OFF = /\d\s?%\s*off\b/iu;
// A claim that starts with one of these describes the toxin by what it does
// ("used to relax the muscles behind frown lines"); the readings below of the
// words before a medicine's name do not apply to it.
const DESCRIBED = keySetOf(toxinAction);
const INJECTION = keys('injection injections jab jabs');
/** The claim names no medicine but says what one does (relaxes muscles, relieves a condition). */
const describes = (claim: ClaimContext) => {
  const first = claim.tokens[claim.start]!.key;
  return DESCRIBED.has(first) || (INJECTION.has(first) && !findProduct(claim.text));
};
const AREA = keys('area areas');
/** "2 areas £180": a price by the number of areas, read as toxin pricing only beside a currency. */
const perArea = (claim: ClaimContext) => claim.tokens.slice(claim.start, claim.end).some((t) => AREA.has(t.key));
const namesMedicine = mentionOf(prescriptionMedicine);
const SCREENING = /^(taking|take|takes|took|stopped|stop|avoid|prescribed|currently|recently|used|using)$/;
const DRUG_KIND = /^(drugs?|medications?|medicines?|retinoids?|antibiotics?|tetracyclines?|thinners?|anticoagulants?)$/;
// Not "feel free to ask": free as an offer only.
const NEXT_OFFER = /\b(?:(?<!feel )free(?! to\b)|save|saving|discount(?:ed)?|deals?|promo(?:tion)?|voucher|special offer|half price)\b/iu;

/** Whether the mention's sentence prices or discounts what it names. */
function sellsIt(claim: ClaimContext): boolean {
  const text = claim.sentence.text;
  return CURRENCY.test(text) || PERCENT_OFF.test(text) || NEXT_OFFER.test(text);
}

/** Every claim the sentence makes that could be about the named medicine. */
function claimsAbout(claim: ClaimContext): ClaimAbout[] {
  const { tokens, sentence } = claim;
  const out: ClaimAbout[] = [];
  const words = (s: number, e: number) => sentence.text.slice(tokens[s]!.start - sentence.start, tokens[e - 1]!.end - sentence.start);
  // A claim word's reach: to the end of its clause, at most six words, so a
  // hedge before it and an appearance phrase after it ("may help soften the
  // look of lines") are judged on its own words.
  const reach = (i: number) => {
    let e = i + 1;
    while (e < tokens.length && e < i + 6 && !tokens[e]!.hardBreakBefore && !tokens[e]!.commaBefore) e++;
    return e;
  };
  const offerAt = CURRENCY.exec(sentence.text) ?? PERCENT_OFF.exec(sentence.text);
  if (offerAt) out.push({ kind: 'offer', words: offerAt[0], firm: true });
  // A question that names the medicine and a next sentence that answers it
  // with an offer ("Thinking about Dysport? Your first consultation is free.").
  if (/\?\s*$/.test(sentence.text)) {
    const next = /^\s*([^.!?]*[.!?]?)/.exec(claim.blockText.slice(sentence.end))?.[1] ?? '';
    const answer = CURRENCY.exec(next) ?? PERCENT_OFF.exec(next) ?? NEXT_OFFER.exec(next);
    if (answer) out.push({ kind: 'offer', words: answer[0], firm: true });
  }
  tokens.forEach((t, i) => {
    if (i >= claim.start && i < claim.end) return;
    const next = tokens[i + 1]?.norm;
    if (OFFER.has(t.key) || OFFER_PAIRS.some(([a, b]) => t.norm === a && next === b)) out.push({ kind: 'offer', words: words(i, i + 1), firm: true });
    else if (EFFECT.has(t.key)) out.push({ kind: 'effect', words: words(i, reach(i)), span: { start: i, end: reach(i) } });
    else if (SAFETY.has(t.key)) out.push({ kind: 'safety', words: words(i, i + 1), span: { start: i, end: i + 1 } });
    else if (PRAISE.has(t.key)) out.push({ kind: 'endorsement', words: words(i, i + 1), span: { start: i, end: i + 1 } });
  });
  return out;
}

const SAYS: Record<ClaimAbout['kind'], (name: string, words: string) => string> = {
  offer: (name, words) => `This ties ${name} to a price or offer ("${words}")`,
  effect: (name, words) => `This promises what ${name} does ("${words}")`,
  safety: (name, words) => `This calls ${name} safe or painless ("${words}")`,
  endorsement: (name, words) => `This praises ${name} ("${words}")`,
};

export default defineRule({
  meta: {
    id: 'prescription-medicine',
    category: 'prescription_medicine',
    description: 'Names or promotes a prescription-only medicine (botulinum toxin, "anti-wrinkle injections", weight-loss injections).',
    severity: 'error',
    source: {
      name: 'CAP Code 12.12; Human Medicines Regulations 2012 reg. 284; CAP/MHRA enforcement notice on Botox advertising',
      url: 'https://www.asa.org.uk/news/cosmetic-interventions-and-the-cap-code.html',
    },
    fixable: false,
    reason: 'a prescription-only medicine may not be advertised to the public',
    advice: 'Remove the medicine\'s name and any benefit, price or offer tied to it; invite readers to a consultation to discuss treatment options instead.',
    markets: {
      uk: {
        severity: 'error',
        reason: 'in the UK it may not be advertised to the public, even by a nickname',
        basis: 'CAP Code 12.12; Human Medicines Regulations 2012 reg. 284; CAP/MHRA enforcement notice on Botox advertising',
        once: 'first-per-document',
      },
      eu: {
        severity: 'error',
        reason: 'in the EU it may not be advertised to the public',
        basis: 'Directive 2001/83/EC Art. 88(1); national medicines-advertising law (Ireland: ASAI Code, health and beauty rules)',
        once: 'first-per-document',
      },
      us: {
        // A US provider may name the medicines it uses; what it claims about them must be truthful and balanced.
        reports: 'claims',
        clearedBy: [['negation'], ['likelihood', 'appearance'], ['balanced']],
        reason: 'in the US claims about a prescription medicine must be on-label and name its risks',
        basis: 'FTC Act s.5 and s.12 (false advertising of drugs); FTC Health Products Compliance Guidance (2022); FDA labeling: approved indications only',
        advice: 'Keep what you say about the medicine to its approved use, hedged and about appearance ("may help soften the look of frown lines"), give its main risks nearby, and tie no price or offer to it.',
      },
    },
  },
  patterns: ['{medicine=prescription-medicine}', '# {medicine-hashtag}', '{number-word} areas (of|for) (botox|toxin|anti-wrinkle)',
    // A price list by the number of areas treated is how toxin is priced (CAP: "3 areas" price lists).
    '{number-word} (area|areas) [only|just|from|for|now] [£|€|$] {number}',
    // A toxin described by what it does, with the lines it is for: "relaxes the muscles that cause frown lines".
    '{toxin-action} ~3 (muscle|muscles) ~8 {expression-line}',
    // ... or in the clause its purpose or result opens: "relax the muscles of the face so that, in time, lines soften".
    '{toxin-action} ~3 (muscle|muscles) ~8 {toxin-purpose-link} ~8 {expression-line}',
    // An injection that relieves a condition is a medicine (a steroid, a toxin): fillers relieve nothing.
    '(injection|injections|jab|jabs) ~4 (relief|relieve|relieves|relieving)',
    '(injection|injections|jab|jabs) ~2 (can|will|could|may|should) ~3 (relief|relieve|relieves|relieving)'],
  clearedBy: [['negation']],
  ignore(claim) {
    if (describes(claim)) return false;
    // Beside a named medicine, its own finding says it (with the price as the offer).
    if (perArea(claim)) return !CURRENCY.test(claim.sentence.text) || namesMedicine(claim.tokens);
    const next = claim.tokens[claim.end];
    const prev = claim.tokens[claim.start - 1];
    // "Botox-like", "better than Botox", "alternative to Botox" are comparisons,
    // reported by comparative-superlative; "toxin-free" is a free-from claim.
    if (next && !next.hardBreakBefore && /^(like|free)$/.test(next.norm)) return true;
    if (prev && /^(than|to|like)$/.test(prev.norm)) return true;
    // "if you are taking isotretinoin" screens the reader; it promotes nothing.
    const before = claim.tokens.slice(Math.max(0, claim.start - 3), claim.start).map((t) => t.norm);
    const clause: string[] = [];
    for (let i = claim.start - 1; i >= Math.max(0, claim.start - 10); i--) {
      clause.unshift(claim.tokens[i]!.norm);
      if (claim.tokens[i]!.hardBreakBefore) break;
    }
    // "We have used Botox on thousands" is the clinic's own offer, not the reader's history.
    // "We ask whether you are taking ..." still screens the reader.
    const ours = clause.some((w) => /^(we|our|i)$/.test(w)) && !clause.some((w) => /^(you|your)$/.test(w));
    if (!ours && before.some((w) => SCREENING.test(w))) return true;
    // ... and so does a list of medicines to stop or avoid: "cannot take drugs like
    // tetracyclines and retinoids, including isotretinoin".
    return !ours && clause.some((w) => SCREENING.test(w)) && clause.some((w) => DRUG_KIND.test(w));
  },
  claimAbout: claimsAbout,
  // A price or an offer in the mention's own sentence ("Botox from £149",
  // "anti-wrinkle injections for £250") is the advertisement regulators rule
  // on: each such sentence is reported, not only the first mention.
  reportedEachTime: sellsIt,
  subject(claim) {
    // One medicine, however it is spelt or branded: by its product, the same
    // product under another market's name counting as one (Vistabel is Botox
    // Cosmetic), else by the words used.
    if (perArea(claim)) return 'price-per-area';
    const entry = findProduct(claim.text);
    if (entry?.type === 'product') return entry.product.sameProductAs?.id ?? entry.product.id;
    if (entry?.type === 'family') return entry.family.id;
    return claim.tokens.slice(claim.start, claim.end).map((t) => t.key).join(' ');
  },
  message(claim) {
    const name = `"${claim.text}"`;
    if (claim.about) return SAYS[claim.about.kind](name, claim.about.words);
    if (describes(claim)) return `${name} describes a prescription-only medicine`;
    if (perArea(claim)) return `${name} prices toxin by the area`;
    if (sellsIt(claim)) return `${name} on offer is a prescription-only medicine`;
    return `${name} names a prescription-only medicine`;
  },
  examples: {
    valid: [
      'Book a consultation to discuss treatment options for lines and wrinkles.',
      'We do not offer Botox at this clinic.',
      'A toxin-free formula.',
      // Screening the reader: medicines to stop or avoid before a treatment.
      'You should not have a peel while taking acne medicines such as isotretinoin.',
      'Tell us if you have used isotretinoin recently.',
      'At your consultation we check whether you are taking isotretinoin.',
      // Muscles without the lines a toxin is for: no medicine named.
      'A warm stone massage relaxes tight shoulder muscles.',
      // Areas counted without a price.
      'We can treat 3 areas for 20 minutes each.',
      // A US provider naming what it uses, hedged and about appearance.
      'Our injectors use Botox Cosmetic, which may help soften the look of frown lines for a few months.',
    ],
    invalid: [
      { text: 'Botox: three areas for £199!' },
      { text: 'Dysport melts away every wrinkle.' },
      { text: 'Treatment with Xeomin is completely safe.' },
      { text: 'Curious about Jeuveau? Your first consultation is free this week.' },
      { text: 'Anti-wrinkle injections for a fresher you.', market: 'uk' },
      { text: 'Ask about our wrinkle-relaxing injections.', market: 'uk' },
      { text: 'Weight loss with Mounjaro, now in stock.', market: 'eu' },
      // Indirect names: the steroid behind a hay fever jab, a toxin described by what it does to muscles.
      { text: 'Beat the pollen season with our allergy jab.', market: 'uk' },
      { text: 'This month: 2 areas £180.', market: 'uk' },
      // The clinic's own use of it is the offer, not the reader's history.
      { text: 'We have used Dysport on thousands of happy clients.', market: 'uk' },
      { text: 'We have been using medicines such as Azzalure for years.', market: 'uk' },
      { text: 'Welcome to the Riverside Anti-Wrinkle Clinic', market: 'eu' },
      { text: 'Tiny injections relax the muscles behind forehead lines.', market: 'uk' },
      // Described by what it does after "used to", and lines a long way after the muscles.
      { text: 'The injections are used to relax the small muscles between the brows so that the creases there soften.', market: 'uk' },
      { text: 'Done every few months, it will retrain the muscles around your eyes so that the smile lines there form more slowly.', market: 'uk' },
      { text: 'A single jab can bring relief from streaming eyes all season.', market: 'uk' },
    ],
  },
});
