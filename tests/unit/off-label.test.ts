// Off-label uses: a prescription medicine offered for a use its US label does
// not have. The approved uses are data (each indication in the product facts
// tagged with the uses writers name, on a label recorded whole with its
// sources); the rule only reads them. Sentences here are our own.
import { describe, expect, it } from 'vitest';
import { judgeUse } from '../../rules/facts/lookup.js';
import { productFamilies, products } from '../../rules/facts/products.js';
import { treatmentUses } from '../../rules/facts/uses.js';
import { checkFacts } from '../../rules/facts/validate.js';
import { regulatoryWordings } from '../../rules/facts/wordings.js';
import { DEFAULT_CONFIG } from '../../src/shared/resolved-config.js';
import type { Market } from '../../src/shared/markets.js';
import { lint } from '../helpers.js';

const at = (market: Market, text: string) => lint(text, { ...DEFAULT_CONFIG, market });
const offLabel = (text: string, market: Market = 'us') => at(market, text).filter((m) => m.ruleId === 'off-label-use');

describe('approved uses in the product facts', () => {
  it('judges a use on or off the label from the tagged indications', () => {
    expect(judgeUse('Botox', 'glabellar-lines')?.onLabel).toBe(true);
    // Added to the Botox Cosmetic label in 2024.
    expect(judgeUse('BOTOX® Cosmetic', 'platysma-bands')?.onLabel).toBe(true);
    // The therapeutic Botox label is the same product as writers name it.
    expect(judgeUse('Botox', 'chronic-migraine')?.onLabel).toBe(true);
    expect(judgeUse('Botox', 'masseter')?.onLabel).toBe(false);
    expect(judgeUse('Dysport', 'platysma-bands')?.onLabel).toBe(false);
    expect(judgeUse('Xeomin', 'lateral-canthal-lines')?.onLabel).toBe(true);
    expect(judgeUse('Jeuveau', 'lateral-canthal-lines')?.onLabel).toBe(false);
    expect(judgeUse('Kybella', 'submental-fat')?.onLabel).toBe(true);
    expect(judgeUse('Kybella', 'jowls')?.onLabel).toBe(false);
    expect(judgeUse('Botox', 'submental-fat')?.onLabel).toBe(false);
  });

  it('says nothing where the facts cannot: no US label, a label not recorded whole, a use of another kind', () => {
    expect(judgeUse('Vistabel', 'masseter')).toBeUndefined();
    expect(judgeUse('Restylane Kysse', 'lip-flip')).toBeUndefined();
    expect(judgeUse('Botox', 'jowls')).toBeUndefined();
    expect(judgeUse('no such product', 'masseter')).toBeUndefined();
  });

  it('names the label as the source of an off-label verdict, and the indication for an approved one', () => {
    const off = judgeUse('Dysport', 'lip-flip')!;
    expect(off.sources).toEqual(products.find((p) => p.id === 'dysport')!.us!.wholeLabel!.sources);
    const on = judgeUse('Botox', 'platysma-bands')!;
    expect(on.sources.map((s) => s.url).join(' ')).toContain('platysma');
  });

  it('keeps every whole label fully tagged, and every tag a known use of the product\'s kind', () => {
    const broken = structuredClone({ products, families: productFamilies, wordings: regulatoryWordings }) as unknown as {
      products: Array<{ id: string; us?: { indications: Array<{ uses?: string[] }> } }>;
    };
    const botox = broken.products.find((p) => p.id === 'botox-cosmetic')!;
    botox.us!.indications[0]!.uses = ['no-such-use'];
    delete botox.us!.indications[1]!.uses;
    botox.us!.indications[2]!.uses = ['jowls'];
    const problems = checkFacts(broken as never);
    expect(problems).toContain('botox-cosmetic.us.indications[0]: no use no-such-use');
    expect(problems).toContain('botox-cosmetic.us.indications[1]: the label is recorded whole, but this indication names no use');
    expect(problems).toContain('botox-cosmetic.us.indications[2]: use jowls is not one of a botulinum-toxin');
  });

  it('gives each term of a use one meaning', () => {
    const seen = new Map<string, string>();
    for (const u of treatmentUses) for (const t of u.terms) {
      expect(seen.get(t.toLowerCase()) ?? u.id, t).toBe(u.id);
      seen.set(t.toLowerCase(), u.id);
    }
  });
});

describe('off-label-use', () => {
  it('warns in the US when a medicine is offered for a use its label lacks, in the grammatical forms pages use', () => {
    const cases: Array<[string, string]> = [
      ['Ask about Botox for jaw slimming.', 'Botox for jaw slimming'],
      ['Book a Dysport lip flip before the holidays.', 'Dysport lip flip'],
      ['Jeuveau injections for crow\'s feet, by appointment.', 'Jeuveau injections for crow\'s feet'],
      ['Botox may help with jaw clenching.', 'Botox may help with jaw clenching'],
      ['Botox can also slim the masseters.', 'Botox can also slim the masseters'],
      ['A gummy smile treatment with Daxxify.', 'gummy smile treatment with Daxxify'],
      ['Xeomin is great for a lip flip.', 'Xeomin is great for a lip flip'],
      ['Kybella for jowls.', 'Kybella for jowls'],
      ['Dysport is injected into the masseters to slim the face.', 'Dysport is injected into the masseters'],
    ];
    for (const [text, claim] of cases) {
      const found = offLabel(text);
      expect(found.map((m) => m.claim), text).toEqual([claim]);
      expect(found[0]!.severity).toBe(1);
    }
  });

  it('says which use, for which medicine as written, and what to do instead', () => {
    const [m] = offLabel('Botox for jaw slimming.');
    expect(m!.message).toBe('"Botox for jaw slimming": FDA has not approved Botox for jaw slimming; an ad for a use implies the use is approved.');
    expect(m!.message.length).toBeLessThanOrEqual(125);
    expect(m!.advice).toContain('off-label');
    expect(m!.advice).toContain('frown lines');
    expect(m!.help).toContain('FTC');
  });

  it('is not cleared by a hedge, but is by a negation or by saying it is off-label', () => {
    expect(offLabel('Botox may help with jaw slimming.')).toHaveLength(1);
    expect(offLabel('We never use Botox for jaw slimming.')).toEqual([]);
    expect(offLabel('Botox for jaw slimming is an off-label use; ask us about the risks.')).toEqual([]);
    expect(offLabel('Dysport is not FDA-approved for a lip flip, so we explain the risks first.')).toEqual([]);
  });

  it('passes approved uses and products whose label is not on record', () => {
    for (const text of [
      'Botox Cosmetic for frown lines, crow\'s feet and neck bands.',
      'Xeomin for forehead lines and crow\'s feet.',
      'Kybella for a double chin.',
      'Botox for migraines, by referral.',
      'Anti-wrinkle injections for jaw slimming.',
      'Vistabel for jaw slimming.',
    ]) expect(offLabel(text), text).toEqual([]);
  });

  it('warns once per document for each medicine and use, at the first mention', () => {
    const page = ['# Botox lip flip', '', 'Our Botox lip flip takes minutes.', '', 'Book a Botox lip flip, or ask about Botox for a gummy smile.', ''].join('\n');
    const found = offLabel(page);
    expect(found.map((m) => [m.line, m.claim])).toEqual([
      [1, 'Botox lip flip'],
      [5, 'Botox for a gummy smile'],
    ]);
    expect(found[0]!.message).toContain('2 more times');
  });

  it('gives way to prescription-medicine where that reports the same words as an error (a promised effect)', () => {
    const found = at('us', 'Daxxify may help soften smoker\'s lines.');
    expect(found.map((m) => m.ruleId)).toEqual(['prescription-medicine']);
  });

  it('leaves the UK and EU to prescription-medicine, which reports the name itself', () => {
    for (const market of ['uk', 'eu'] as const) {
      const found = at(market, 'Ask about Botox for jaw slimming.');
      expect(found.map((m) => m.ruleId)).toEqual(['prescription-medicine']);
    }
  });
});
