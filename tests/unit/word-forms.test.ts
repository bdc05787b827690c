// Claims are matched on word forms: inflections, British and American
// spellings, hyphen and apostrophe variants, with modifiers in between.
import { describe, expect, it } from 'vitest';
import { lint } from '../helpers.js';

const rulesFor = (text: string) => lint(text).map((m) => m.ruleId);

describe('word forms', () => {
  it.each([
    'It reduces scars.',
    'Reducing scars is our speciality.',
    'Scars were reduced in every client.',
    'It minimises wrinkles.',
    'It minimizes wrinkles.',
    'Minimising wrinkles since 2010.',
  ])('absolute-guarantee: %s', (text) => {
    expect(rulesFor(text)).toContain('absolute-guarantee');
  });

  it.each([
    'It stimulates collagen.',
    'It stimulated collagen in our trial.',
    'Stimulating collagen, naturally.',
    'It rebuilds collagen.',
    'Boosts collagen production.',
    'Triggers the production of new collagen.',
    "Reactivates the skin’s repair process.",
  ])('structure-function: %s', (text) => {
    expect(rulesFor(text)).toContain('structure-function');
  });

  it.each(['An anti-inflammatory gel.', 'An anti inflammatory gel.', 'An antiinflammatory gel.', 'Relieves eczema.', 'Relieved my eczema.'])(
    'disease-therapeutic: %s',
    (text) => {
      expect(rulesFor(text)).toContain('disease-therapeutic');
    },
  );

  it("matches apostrophe and hyphen variants of a concern: crow's feet, crows feet, crow’s-feet", () => {
    for (const text of ["Erases crow's feet.", 'Erases crows feet.', 'Erases crow’s feet.']) expect(rulesFor(text)).toContain('absolute-guarantee');
  });

  it('leaves room for modifiers between verb and object, but not across a clause', () => {
    expect(rulesFor('It reduces the depth of acne scars.')).toContain('absolute-guarantee');
    expect(rulesFor('It visibly erases fine lines and wrinkles.')).toContain('absolute-guarantee');
    // A later list item is the verb's object too, and a hedge among the skipped words still counts.
    expect(rulesFor('It reduces makeup and, for some, fine lines.')).not.toContain('absolute-guarantee');
    expect(rulesFor('It reduces makeup, dullness and fine lines.')).toContain('absolute-guarantee');
    expect(rulesFor('We remove dirt; scars need a course.')).not.toContain('absolute-guarantee');
  });

  it('does not conflate derived words with the verb ("correction" is not "correct")', () => {
    expect(rulesFor('Colour correction lines the shelves.')).toEqual([]);
  });

  it('treats rhetorical questions and headings as claims, and lets a reader\'s question ask', () => {
    expect(rulesFor('Ready to cure your acne?')).toContain('disease-therapeutic');
    expect(rulesFor('Can microneedling cure acne?')).toEqual([]);
    expect(rulesFor('# Erase wrinkles for good')).toEqual(expect.arrayContaining(['absolute-guarantee', 'permanence']));
  });
});
