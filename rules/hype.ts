import { echoesNeighbour, positionOf, replaceAdjective, replaceTokens } from '../src/edit/rewrite.js';
import { nounPhraseEnds } from '../src/edit/role.js';
import { phrasesOf } from '../src/match/word-lists.js';
import { productForm } from './lexicon/offerings.js';

// The plainer words of the hype lists that are adjectives.
const PRODUCT_NOUNS: ReadonlySet<string> = new Set(phrasesOf(productForm).map((w) => w.toLowerCase()));
const SOFT_ADJECTIVES = new Set(['nourishing', 'noticeable', 'pleasant', 'modern', 'new', 'popular', 'welcome', 'refreshing', 'skin-caring', 'well-regarded', 'established', 'competitive', 'concentrated', 'trusted', 'thorough', 'natural-looking', 'convenient', 'effective', 'well-established']);
const DETERMINER = /^(a|an|the|our|your|this|my|its|their)$/;
// Hype adjectives the patterns match without a list entry, what they become,
// and whether the match ends with the noun they qualify.
const PLAIN_ADJECTIVES: Array<[RegExp, string, boolean]> = [
  [/^(state-of-the-art|state of the art|next-generation|next generation|cutting-edge|cutting edge|next-level|next level)$/i, 'modern', false],
  [/^(astonishing|amazing|incredible|insane|dramatic|remarkable|stunning|phenomenal|extraordinary|spectacular|unreal|crazy) \S+$/i, 'noticeable', true],
];
import { defineRule } from '../src/judge/rule.js';

export default defineRule({
  meta: {
    id: 'hype',
    category: 'hype',
    description: 'Miracle, breakthrough or magic language that implies extraordinary efficacy.',
    severity: 'warn',
    source: {
      name: 'CAP Code 3.1, 3.7, 12.1; ASA rulings on "miracle", "revolutionary" and "breakthrough"; Reg. (EU) 655/2013 honesty criterion; FTC Act s.5 and s.12 (efficacy claims need competent and reliable scientific evidence)',
      url: 'https://www.asa.org.uk/advice-online/beauty-and-cosmetics-the-general-principles.html',
    },
    fixable: false,
    reason: 'words like these promise an extraordinary effect that needs evidence',
    advice: 'Say plainly what the product is and what it does for how skin looks or feels.',
  },
  patterns: [
    '{claim=hype-word}',
    '{hype-adjective} {result-effect-noun}',
    // Coordinated adjectives: "dramatic, natural-looking results", "amazing and lasting results".
    '{hype-adjective} , ~2 {result-effect-noun}',
    '{hype-adjective} (and|&) ~2 {result-effect-noun}',
    '{hype-target-concern} {hype-name-head}',
    '(the|a|our) (secret|secrets) (to|of|behind) ~2 {youth-hype-word}',
    '(the|a|their) (secret|secrets) ~2 {insider-source}',
    '(secret|secrets) ~4 (don\'t want you to know|doesn\'t want you to know|do not want you to know)',
    'cutting-edge (results|efficacy|formula|science|technology)',
    '{claim=hype-term}',
    '{state-of-the-art-phrase}',
    '{turn-back-verb} back the (clock|hands of time|years|time)',
    '{turn-back-verb} the (clock|hands of time|years) back',
    '{slow-stop-verb} (down) the clock',
    'the new (reality|era|frontier)',
    '{claim=hype-intensifier} ~2 {hyped-result-noun}',
    '(works|work|worked) wonders',
  ],
  clearedBy: [['negation']],
  ignore(claim) {
    // "the actives work their magic" is an idiom for working, not a miracle claim.
    const prev = claim.tokens[claim.start - 1];
    const before = claim.tokens[claim.start - 2];
    return claim.tokens[claim.start]!.norm === 'magic' && prev !== undefined && /^(their|its|her|his|your)$/.test(prev.norm) && before !== undefined && /^work/.test(before.norm);
  },
  message(claim) {
    return `"${claim.text}" is hype`;
  },
  suggest(claim) {
    const c = claim.capture('claim');
    const soft = c?.entry?.attrs['soft'];
    if (!c || !soft) {
      // "state-of-the-art clinic", "astonishing results": an adjective before its noun says "modern" or "noticeable".
      const plain = PLAIN_ADJECTIVES.find(([re]) => re.test(claim.text));
      if (!plain) return [];
      const adjectiveEnd = plain[2] ? claim.end - 1 : claim.end;
      if (adjectiveEnd <= claim.start || positionOf(claim, claim.start, adjectiveEnd) !== 'attributive') return [];
      if (echoesNeighbour(claim, claim.start, adjectiveEnd, plain[1])) return [];
      return [replaceAdjective(claim, claim.start, adjectiveEnd, plain[1])];
    }
    // The plainer word takes the hype word's place only in the same role: an
    // adjective before its noun ("revolutionary facial" -> "modern facial"),
    // a noun where a noun phrase ends ("a true elixir." -> "a true serum.").
    // "the cutting edge of skin care" is a noun used as a noun phrase's head:
    // no adjective fits there.
    const adjective = SOFT_ADJECTIVES.has(soft);
    const at = positionOf(claim, c.start, c.end);
    if (adjective && at === 'attributive') return echoesNeighbour(claim, c.start, c.end, soft) ? [] : [replaceAdjective(claim, c.start, c.end, soft)];
    // A plainer noun only where it names what the hype noun named, a product
    // ("a true elixir" -> "a true serum"); "the game-changer" has no plain word.
    if (!adjective && PRODUCT_NOUNS.has(soft) && nounPhraseEnds(claim.tokens, c.end) && claim.tokens[c.end]?.norm !== 'of' && DETERMINER.test(claim.tokens[c.start - 1]?.norm ?? '')) {
      return [replaceTokens(claim, c.start, c.end, soft)];
    }
    return [];
  },
  examples: {
    valid: ['A rich moisturiser that helps skin look smoother.', 'There is no miracle cure for ageing skin.', 'Plain, honest skincare.'],
    invalid: [
      { text: 'Turn the clock back on tired eyes.' },
      { text: 'A miracle cream for tired skin.', output: 'A nourishing cream for tired skin.' },
      { text: 'Revolutionary collagen facial.' },
      // Adjectives in a row: the hype word need not stand next to the noun.
      { text: 'Expect stunning, natural-looking results.' },
      { text: 'See astonishing results.' },
      { text: 'Try our Wrinkle Killer serum.' },
    ],
  },
});
