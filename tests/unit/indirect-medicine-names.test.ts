// Indirect names of prescription-only medicines (the ASA and ASAI read them as
// naming the medicine): toxin as a "wrinkle injection", the steroid injection
// as a "hay fever jab". Sentences are our own.
import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../../src/shared/resolved-config.js';
import type { Market } from '../../src/shared/markets.js';
import { lint } from '../helpers.js';

const pom = (market: Market, text: string) =>
  lint(text, { ...DEFAULT_CONFIG, market }).filter((m) => m.ruleId === 'prescription-medicine').map((m) => m.claim);

describe('indirect names of prescription-only medicines', () => {
  it('are the medicine in the UK and EU', () => {
    expect(pom('uk', 'Spring offer on wrinkle injections at our Leeds clinic.')).toEqual(['wrinkle injections']);
    expect(pom('uk', 'Beat the pollen with our allergy jab.')).toEqual(['allergy jab']);
    expect(pom('eu', 'Hay fever injections are back in stock.')).toEqual(['Hay fever injections']);
    expect(pom('uk', 'Our anti-wrinkle injectables menu.')).toEqual(['anti-wrinkle injectables']);
  });

  it('are reported in the US only for what is claimed about them', () => {
    expect(pom('us', 'We offer wrinkle injections.')).toEqual([]);
    expect(pom('us', 'Wrinkle injections from $99 this week.')).toEqual(['Wrinkle injections']);
  });
});
