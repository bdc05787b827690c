// Words of hype, superiority, purity and pressure, with the plainer word a
// suggestion offers (`soft`), where there is one.
import type { WordList } from '../../src/match/matcher.js';

export const hypeWord: WordList = {
  id: 'hype-word',
  description: 'Miracle and breakthrough language (rulebook 6.10).',
  entries: [
    { phrase: 'miracle', soft: 'nourishing' },
    { phrase: 'miracles', soft: 'visible changes' },
    { phrase: 'miraculous', soft: 'noticeable' },
    { phrase: 'magic', soft: 'care' },
    { phrase: 'magical', soft: 'pleasant' },
    { phrase: 'revolutionary', soft: 'modern' },
    { phrase: 'revolutionize', soft: 'refresh' },
    { phrase: 'revolutionise', soft: 'refresh' },
    { phrase: 'breakthrough', soft: 'new' },
    { phrase: 'groundbreaking', soft: 'new' },
    { phrase: 'ground-breaking', soft: 'new' },
    { phrase: 'game-changer', soft: 'favourite' },
    { phrase: 'game changer', soft: 'favourite' },
    { phrase: 'game-changing', soft: 'popular' },
    { phrase: 'life-changing', soft: 'welcome' },
    { phrase: 'astonishing', soft: 'noticeable' },
    { phrase: 'astounding', soft: 'noticeable' },
    { phrase: 'unbelievable', soft: 'noticeable' },
    { phrase: 'jaw-dropping', soft: 'noticeable' },
    { phrase: 'mind-blowing', soft: 'noticeable' },
    { phrase: 'fountain of youth', soft: 'skincare routine' },
    { phrase: 'elixir', soft: 'serum' },
    { phrase: 'holy grail', soft: 'favourite' },
    { phrase: 'wonder ingredient', soft: 'key ingredient' },
    { phrase: 'wonder cream', soft: 'cream' },
    { phrase: 'wonder product', soft: 'product' },
    { phrase: 'wonder treatment', soft: 'treatment' },
    { phrase: 'new era', soft: 'new approach' },
    { phrase: 'turn back time', soft: 'refresh your look' },
    { phrase: 'turn back the clock', soft: 'refresh your look' },
    { phrase: 'turns back the clock', soft: 'refreshes your look' },
    { phrase: 'rewind the clock', soft: 'refresh your look' },
    { phrase: 'defy age', soft: 'care for your skin' },
    { phrase: 'age-defying', soft: 'skin-caring' },
  ],
};

export const superlative: WordList = {
  id: 'superlative',
  description: 'Claims to beat every alternative (rulebook 6.9).',
  entries: [
    { phrase: 'unrivalled', soft: 'well-regarded' },
    { phrase: 'unrivaled', soft: 'well-regarded' },
    { phrase: 'unbeatable', soft: 'competitive' },
    { phrase: 'unmatched', soft: 'well-regarded' },
    { phrase: 'unparalleled', soft: 'well-regarded' },
    { phrase: 'unsurpassed', soft: 'well-regarded' },
    { phrase: 'second to none', soft: 'well-regarded' },
    { phrase: 'world-leading', soft: 'established' },
    { phrase: 'world leading', soft: 'established' },
    { phrase: "world's leading", soft: 'an established' },
    { phrase: 'industry-leading', soft: 'established' },
    { phrase: 'market-leading', soft: 'established' },
    { phrase: 'world-first', soft: 'new' },
    { phrase: "world's first", soft: 'a new' },
    { phrase: 'first and only', soft: 'a' },
    { phrase: 'gold standard', soft: 'well-established option' },
    { phrase: 'gold-standard', soft: 'well-established' },
    { phrase: 'best-in-class', soft: 'well-regarded' },
    { phrase: 'best in class', soft: 'well-regarded' },
    { phrase: 'fastest', soft: 'a convenient' },
    { phrase: 'most effective', soft: 'an effective' },
    { phrase: 'most advanced', soft: 'a modern' },
    { phrase: 'most powerful', soft: 'a concentrated' },
    { phrase: 'most innovative', soft: 'a modern' },
    { phrase: 'most trusted', soft: 'a trusted' },
    { phrase: 'most popular', soft: 'a popular' },
    { phrase: 'most successful', soft: 'an established' },
    { phrase: 'most potent', soft: 'a concentrated' },
    { phrase: 'most comprehensive', soft: 'a thorough' },
    { phrase: 'most natural-looking', soft: 'natural-looking' },
  ],
};

/** Things a product may claim to be free from (rulebook 6.11). */
export const freeFromSubstance: WordList = {
  id: 'free-from-substance',
  description: 'Substances named in free-from claims.',
  entries: [
    'paraben', 'sulfate', 'sulphate', 'sls', 'sles', 'fragrance', 'perfume', 'preservative', 'alcohol', 'silicone',
    'chemical', 'chemicals', 'toxin', 'toxins', 'phthalate', 'mineral oil', 'petroleum', 'petrolatum', 'talc',
    'formaldehyde', 'steroid', 'steroids', 'corticosteroid', 'corticosteroids', 'nasties', 'allergen', 'allergens',
    'synthetic', 'synthetics', 'dye', 'dyes', 'gluten', 'pesticide', 'pesticides', 'heavy metal', 'heavy metals',
    'triclosan', 'bpa', 'microplastic', 'microplastics', 'artificial colour', 'artificial color', 'harsh chemicals',
    'nasty chemicals', 'irritant', 'irritants', 'hormone', 'hormones', 'lanolin', 'oxybenzone',
    // Classes the EU free-from guidance names (Technical Document on cosmetic claims, Annex III):
    // "free from allergenic substances", "free from endocrine disruptors"; and actives a
    // brand avoids to imply they are unsafe ("hydroquinone-free").
    'allergenic substance', 'sensitizing substance', 'sensitising substance', 'irritating substance', 'endocrine disruptor', 'endocrine disruptors',
    'hydroquinone', 'mercury', 'bleaching agent', 'bleaching agents',
  ],
};

export const pressure: WordList = {
  id: 'pressure',
  description: 'Urgency and trivialising phrases (rulebook 6.14).',
  entries: [
    'book now', 'book today', 'book yours now', 'limited time', 'limited-time', 'limited time only', 'limited offer',
    'black friday', 'cyber monday', 'boxing day sale', 'today only', 'tonight only', 'this weekend only', "don't miss out",
    'dont miss out', 'do not miss out', "don't miss this", 'flash sale', 'lunchtime procedure', 'lunchtime treatment',
    'lunchtime facelift', 'lunch-time procedure', 'quick fix', 'no big deal', 'nothing to worry about', 'body goals',
    'win a treatment', 'win a free treatment', 'hurry', 'while stocks last', 'ends tonight', 'ends midnight',
    'ends at midnight', 'ends today', 'ends soon', 'last chance', 'act now', 'act fast', "you don't want to miss",
    'offer ends', 'sale ends', 'two for one', '2 for 1', 'bogof', 'buy one get one', 'spaces are limited',
    'places are limited', 'selling fast', 'going fast', 'first come first served',
  ],
};
