// The market changes severities and notes where the rulebook says the
// jurisdictions differ.
import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../../src/shared/resolved-config.js';
import type { Market } from '../../src/shared/markets.js';
import { lint } from '../helpers.js';

const at = (market: Market, text: string) => lint(text, { ...DEFAULT_CONFIG, market });

describe('markets', () => {
  it('makes pressure selling for procedures an error in the UK only', () => {
    const text = 'Black Friday: 40% off all peels.';
    expect(at('us', text).every((m) => m.severity === 1)).toBe(true);
    const uk = at('uk', text);
    expect(uk.every((m) => m.severity === 2)).toBe(true);
    expect(uk[0]!.message).toContain('UK:');
  });

  it('makes free-from claims an error in the EU', () => {
    expect(at('us', 'A paraben-free cleanser.')[0]!.severity).toBe(1);
    expect(at('eu', 'A paraben-free cleanser.')[0]!.severity).toBe(2);
  });

  it('keeps prescription medicines an error everywhere, with the market\'s reason', () => {
    for (const market of ['us', 'eu', 'uk'] as const) {
      const [m] = at(market, 'Botox for frown lines.');
      expect(m!.severity).toBe(2);
      expect(m!.message).toContain(`${market.toUpperCase()}:`);
    }
  });

  it('says why "FDA approved" is wrong in each market', () => {
    expect(at('us', 'FDA approved serum.')[0]!.message).toContain('US: cosmetics are not FDA approved');
    expect(at('eu', 'FDA approved serum.')[0]!.message).toContain('Reg. 655/2013');
  });
});
