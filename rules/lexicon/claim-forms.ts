// Forms claims take beyond a verb and its object: free-from and purity
// wording, testimonials, rankings and pressure selling (rulebook 6.9, 6.11,
// 6.12, 6.14). Each list names the form; the judge decides in context.
import type { WordList } from '../../src/match/matcher.js';
import { withSpellings } from './families.js';

/** Animal-testing claims: a free-from claim about the making, not the formula (rulebook 6.11). */
export const animalTesting: WordList = {
  id: 'animal-testing',
  description: 'Cruelty-free and animal-testing claims (rulebook 6.11 free-from family; EU Reg. 655/2013 legal compliance: animal testing of cosmetics is banned in the EU).',
  entries: ['tested on animals', 'animal testing', 'animal tested', 'animal-tested', 'testing on animals', 'cruelty-free', 'cruelty free'],
};

/** Nouns that a purity word makes a claim about ("natural ingredients", "clean products"). */
export const purityNoun: WordList = {
  id: 'purity-noun',
  description: 'What purity words are claimed of: ingredients, products, formulas, sources (rulebook 6.11).',
  entries: withSpellings([
    'ingredient', 'skincare', 'skin care', 'product', 'formula', 'formulation', 'fragrance', 'remedy', 'alternative', 'source', 'origin', 'active',
    'botanical', 'extract', 'standard', 'beauty', 'cosmetic', 'solution', 'makeup', 'range', 'line', 'brand', 'preservative',
  ]),
};

/** Modifiers that denigrate legally used ingredients ("harsh chemicals", "potentially hazardous synthetics"). */
export const denigratingModifier: WordList = {
  id: 'denigrating-modifier',
  description: 'Words that denigrate legally used ingredients (rulebook 6.11; Reg. 655/2013 fairness criterion; CTPA: "no nasties", "non-toxic").',
  entries: ['harsh', 'harsher', 'harmful', 'potentially harmful', 'hazardous', 'potentially hazardous', 'toxic', 'nasty', 'dangerous', 'questionable', 'unnecessary', 'damaging'],
};

/** What denigrating modifiers are said of. */
export const denigratedSubstance: WordList = {
  id: 'denigrated-substance',
  description: 'Ingredient classes denigrated in free-from copy (rulebook 6.11).',
  entries: ['chemical', 'chemicals', 'ingredient', 'ingredients', 'preservative', 'preservatives', 'fragrance', 'fragrances', 'additive', 'additives', 'toxin', 'toxins', 'synthetic', 'synthetics', 'synthetic chemicals', 'substance', 'substances', 'endocrine disruptor', 'endocrine disruptors'],
};

/** A customer's own words about how they feel or look since the treatment (rulebook 6.12). */
export const testimony: WordList = {
  id: 'testimony',
  description: 'First-person testimonial phrases presented as efficacy (rulebook 6.12; FTC Endorsement Guides; ASA PBO Skincare).',
  entries: [
    'feel like a new person', 'feel like a new woman', 'feel like a new man', 'feel like myself again', 'feel so much more confident', 'more confident than ever',
    'times more confident', 'showing off my', 'no filter needed', 'without a filter', 'so pleased with', 'so happy with', 'happy with your result', 'happy with my result',
    'i love the results', 'i love my results', 'stopped worrying about', 'never looked better', 'best decision i ever made', 'changed my life',
  ],
};

/** Showcases of customers' results (rulebook 6.12: "real results", "before & after"). */
export const resultShowcase: WordList = {
  id: 'result-showcase',
  description: 'Showcases of client results presented as efficacy (rulebook 6.12).',
  entries: [
    'success stories', 'success story', 'transformation stories', 'transformative journeys', 'transformation journeys', 'patient stories', 'client stories',
    'real stories', 'before and after visuals', 'before and after gallery', 'before & after gallery', 'results gallery', 'client transformations', 'patient transformations',
  ],
};

/** Rankings that are claims on their own, without naming what they rank (rulebook 6.9). */
export const rankingClaim: WordList = {
  id: 'ranking-claim',
  description: 'Rankings and superlatives that claim leadership on their own (rulebook 6.9: leading, number one, gold standard; ASA La Roche-Posay "N1" verifiability).',
  entries: [
    '{superlative}', 'world-class', 'world class', 'trusted leader', 'trusted leaders', 'the leader in', 'leaders in', 'leading provider',
    // Exact: "leading" folds to the key of "lead" ("a lead time").
    { phrase: 'a leading', exact: 'yes' },
    'smartest', 'gentlest', 'most trusted', 'most powerful',
    // Exact: "one" folds to "on", so "numbers on the invoice" read as "number one".
    { phrase: 'voted number one', exact: 'yes' }, { phrase: "voted europe's number one", exact: 'yes' }, 'officially voted', { phrase: 'number one', exact: 'yes' }, 'no. 1', '# 1',
    'all-in-one', 'all in one', 'new standard', 'set the standard', 'sets the standard',
  ],
};

/** Offers and incentives that pressure a decision about a procedure (rulebook 6.14). */
export const incentive: WordList = {
  id: 'incentive',
  description: 'Offers, prizes and holiday packages attached to procedures (rulebook 6.14; CAP 1.3; ASA Faces by AKJ competition ruling; CAP cosmetic-interventions guidance on promotions).',
  entries: [
    'special offer', 'exclusive offer', 'limited offer', 'offer ends', 'area free', 'areas free', 'free area', 'all inclusive', 'all-inclusive',
    'package deal', 'holiday package', 'vip transfer', 'airport transfer', '5 star hotel', '5 stars hotel', 'five star hotel', '5 stars accommodation',
    'competition time', 'giveaway', 'tag a friend', 'tag your friends', 'tag 2 of your friends', 'win the', 'chance to win', 'summer campaign',
    // Reposting as the way to enter; a bare "repost" credits another account's post.
    'repost to win', 'repost to enter', 'repost and tag', 'like and repost', 'share and repost',
    'fill out the form now', 'no better time', 'treat yourself', 'why not treat yourself', 'lunch break', 'lunch hour', 'lunch-hour', 'lunchtime',
    'dream body', 'the look you dream of', 'unleash your inner beauty',
    // A procedure sold as a long-held dream (CAP 1.3: exploiting insecurity about appearance).
    "you've been dreaming", 'you have been dreaming', "you've always dreamed", 'you have always dreamed', 'of your dreams',
  ],
};

/** Nouns that name a concern's removal or reduction as a result ("wrinkle reduction",
 * "cellulite removal"); "loss" and "improvement" are left out: "fat loss" and
 * "skin improvement" name goals, and a figure before them is a proof claim instead. */
export const concernRemovalNoun: WordList = {
  id: 'concern-removal-noun',
  description: 'Removal and reduction nouns after a concern (rulebook 6.3; FDA warning letters: "wrinkle removal", "cellulite reduction", "stretch mark reduction").',
  entries: ['reduction', 'removal', 'elimination', 'eradication', 'erasure', 'eraser', 'remover', 'minimisation', 'minimization', 'shrinkage', 'correction', 'corrector'],
};

/** What stands between a condition and its verb in a passive claim: "rosacea
 * can be calmed", "scars have been treated". A modal does not hedge a disease
 * claim (rulebook 1.2), so it only joins the two. */
export const passiveAuxiliary: WordList = {
  id: 'passive-auxiliary',
  description: 'Auxiliaries of a passive claim, with or without a modal ("is", "can be", "will be", "has been").',
  entries: [
    'is', 'are', 'was', 'were', 'be', 'been', 'being', 'get', 'gets', 'got',
    'can be', 'could be', 'will be', 'may be', 'might be', 'should be', 'can also be', 'may also be', 'will also be', 'can often be',
    'has been', 'have been', 'can get', 'will get',
  ],
};
