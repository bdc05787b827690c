// The market changes what is reported, how severely and why, as each rule's
// market policy says; messages stay plain, with the law in the rule docs.
import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, type ResolvedConfig } from '../../src/shared/resolved-config.js';
import { MARKETS, parseMarket, type Market } from '../../src/shared/markets.js';
import { formatRuleDoc, formatRuleList, ruleSummaries } from '../../src/report/rule-docs.js';
import { rules } from '../../rules/index.js';
import { judgeFdaApproved } from '../../rules/facts/lookup.js';
import { lint } from '../helpers.js';

const configs = new Map<Market, ResolvedConfig>(MARKETS.map((m) => [m, { ...DEFAULT_CONFIG, market: m }]));
const at = (market: Market, text: string) => lint(text, configs.get(market)!);

// A US med spa's page, in our own words: it names the medicines and fillers
// it uses, and its claims are hedged and about appearance.
const MED_SPA = [
  '# Injectables',
  '',
  'Our nurse injectors use Botox Cosmetic, Kybella and dermal fillers.',
  '',
  'Botox Cosmetic may help soften the look of frown lines for a few months.',
  '',
  'Kybella is an injection for fat under the chin; most people need several sessions and results vary.',
  '',
  'Dermal fillers can help restore the look of lost volume in the cheeks.',
  '',
  'Your injector explains the risks, such as bruising and swelling, at a consultation.',
  '',
  'Book a Botox consultation with our team.',
  '',
].join('\n');

describe('prescription medicines by market', () => {
  it('passes a US provider page that names medicines factually', () => {
    expect(at('us', MED_SPA)).toEqual([]);
  });

  it('reports each medicine once in the UK and EU, at its first mention, saying how many more', () => {
    for (const market of ['uk', 'eu'] as const) {
      const found = at(market, MED_SPA).filter((m) => m.ruleId === 'prescription-medicine');
      expect(found.map((m) => m.claim)).toEqual(['Botox', 'Kybella']);
      expect(found.every((m) => m.severity === 2)).toBe(true);
      expect(found[0]!.line).toBe(3);
      expect(found[0]!.message).toContain('named 2 more times');
      expect(found[1]!.message).toContain('named once more');
    }
  });

  it('reports each sentence that prices or discounts a medicine, however often it was named before', () => {
    const page = ['# Botox in Leeds', '', 'Botox is a prescription medicine.', '', '## Botox from £149 per area', '', 'Our Botox nurses are friendly.', '', 'Botox: 20% off this month.', ''].join('\n');
    for (const market of ['uk', 'eu'] as const) {
      const found = at(market, page).filter((m) => m.ruleId === 'prescription-medicine');
      expect(found.map((m) => m.line)).toEqual([1, 5, 9]);
      expect(found[0]!.message).toContain('named 2 more times');
      expect(found[1]!.message).toContain('on offer is a prescription-only medicine');
    }
    // A priced first mention counts as the mention: the bare name after it folds into it.
    const priced = at('uk', 'Botox from £149. Ask about Botox.\n').filter((m) => m.ruleId === 'prescription-medicine');
    expect(priced.map((m) => m.column)).toEqual([1]);
    expect(priced[0]!.message).toMatch(/on offer .* named once more/);
    // "Feel free to ask" offers nothing.
    expect(at('uk', 'Feel free to ask us about Botox.\n').find((m) => m.ruleId === 'prescription-medicine')!.message).toContain('names a prescription-only medicine');
  });

  it('reports claims about a medicine in the US: offers, unhedged effects, safety', () => {
    expect(at('us', 'Botox: two areas for $250 this month.').some((m) => m.ruleId === 'prescription-medicine' && /offer/.test(m.message))).toBe(true);
    expect(at('us', 'Dysport melts away every wrinkle.').some((m) => m.ruleId === 'prescription-medicine')).toBe(true);
    expect(at('us', 'Xeomin is totally safe.').some((m) => m.ruleId === 'prescription-medicine')).toBe(true);
    expect(at('us', 'We use Xeomin; it may help soften the look of lines.').some((m) => m.ruleId === 'prescription-medicine')).toBe(false);
  });
});

describe('"FDA-approved" judged from the product facts', () => {
  const fda = (text: string) => at('us', text).filter((m) => m.ruleId === 'authority-endorsement');

  it('is a warning to name the use for an approved product', () => {
    expect(judgeFdaApproved('Kybella')!.approved).toBe(true);
    const [m] = fda('Kybella is FDA-approved.');
    expect(m!.severity).toBe(1);
    expect(m!.message).toContain('only for its approved use');
    expect(m!.suggestions ?? []).toEqual([]);
    expect(m!.advice).toContain('submental fat');
  });

  it('offers the right term for a cleared or De Novo device', () => {
    expect(judgeFdaApproved('CoolSculpting')!.term).toBe('FDA-cleared');
    const [cleared] = fda('CoolSculpting is FDA approved.');
    expect(cleared!.severity).toBe(2);
    expect(cleared!.suggestions?.[0]?.fix.text).toBe('FDA-cleared');
    expect(judgeFdaApproved('SkinPen')!.term).toBe('FDA-authorized');
    const [deNovo] = fda('SkinPen is FDA approved.');
    expect(deNovo!.suggestions?.[0]?.fix.text).toBe('FDA-authorized');
  });

  it('is an error with no FDA term offered for a cosmetic', () => {
    const [m] = fda('Our night cream is FDA approved.');
    expect(m!.severity).toBe(2);
    expect(m!.message).toContain('cosmetic');
    expect(m!.suggestions ?? []).toEqual([]);
  });
});

describe('messages', () => {
  // The quoted claim is the writer's own words and as long as they are.
  const lineOf = (m: { message: string }) => m.message.split('\n')[0]!.replace(/"[^"]*"/g, '"…"');
  const LEGAL = /\b(CAP|FD&C|CFR|FTC|ASA|MHRA|Art\.|Reg\.|Dir\.|Directive|Regulation)\b|\d+\.\d+|\(\d+\)/;
  const examples = rules.flatMap((rule) => rule.examples.invalid.map((e) => [rule.meta.id, e.text] as const));

  it.each(MARKETS)('are one plain line of about 120 characters at most, without legal references (%s)', (market) => {
    for (const [id, text] of examples) {
      for (const m of at(market, text).filter((x) => x.ruleId === id)) {
        expect(lineOf(m).length, m.message).toBeLessThanOrEqual(125);
        expect(m.message, m.message).not.toMatch(LEGAL);
      }
    }
  });

  it('never give a UK or EU rule as the reason in a US run', () => {
    for (const [id, text] of examples) {
      for (const m of at('us', text).filter((x) => x.ruleId === id)) {
        expect(m.message, m.message).not.toMatch(/\b(UK|EU|CAP|ASA|MHRA|655\/2013|2001\/83)\b/);
        expect(m.advice ?? '', m.advice).not.toMatch(/\b(UK|EU|CAP|ASA|MHRA)\b/);
      }
    }
  });

  it('give endorsement advice for an endorsement, approval advice for an approval', () => {
    const [endorsement] = at('us', 'Dermatologist recommended for sensitive skin.');
    expect(endorsement!.message).toMatch(/endorsement/);
    expect(endorsement!.advice).toMatch(/endorsement/);
    expect(endorsement!.advice).not.toMatch(/FDA/);
    const [approval] = at('us', 'Our night cream is FDA approved.');
    expect(approval!.advice).not.toMatch(/endorsement/);
  });

  it('keep the legal basis of the market in the rule docs and report descriptions', () => {
    const uk = ruleSummaries(configs.get('uk')!, rules)['prescription-medicine']!;
    expect(uk.basis).toContain('CAP Code 12.12');
    const us = ruleSummaries(configs.get('us')!, rules)['prescription-medicine']!;
    expect(us.basis).toContain('FTC');
    expect(us.reason).not.toMatch(/UK|EU/);
    const doc = formatRuleDoc(rules.find((r) => r.meta.id === 'prescription-medicine')!);
    expect(doc).toContain('Directive 2001/83/EC Art. 88');
    expect(doc).toMatch(/us: error; naming it is fine/);
  });
});

describe('markets', () => {
  it('are read whatever their case', () => {
    expect(parseMarket('UK')).toBe('uk');
    expect(parseMarket(' Eu ')).toBe('eu');
    expect(parseMarket('gb')).toBeUndefined();
  });

  it('say in the rule list what differs', () => {
    const uk = formatRuleList(configs.get('uk')!, rules);
    expect(uk).toMatch(/uk: reported once per document/);
    expect(uk).toMatch(/trivialising-pressure\s+error/);
    const us = formatRuleList(configs.get('us')!, rules);
    expect(us).toMatch(/us: naming it is fine; only claims about it are reported/);
  });

  it('makes pressure selling for procedures an error in the UK only', () => {
    const text = 'Black Friday: 40% off all peels.';
    expect(at('us', text).every((m) => m.severity === 1)).toBe(true);
    const uk = at('uk', text);
    expect(uk.every((m) => m.severity === 2)).toBe(true);
    expect(uk[0]!.message).toContain('in the UK');
  });

  it('makes free-from claims an error in the EU', () => {
    expect(at('us', 'A paraben-free cleanser.')[0]!.severity).toBe(1);
    expect(at('eu', 'A paraben-free cleanser.')[0]!.severity).toBe(2);
  });
});
