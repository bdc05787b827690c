// The bundle has the word keys of the rules' phrases written in at build time
// (scripts/engine-defines.js), so that compiling the rules does no stemming.
// A phrase written there is read from there, its keys made canonical when it
// is first asked for; any other phrase is worked out as before.
import { afterEach, describe, expect, it, vi } from 'vitest';

type MatcherModule = typeof import('../../src/match/matcher.js');
type WordKeyModule = typeof import('../../src/text/word-key.js');

/** The matcher and word-key modules, loaded afresh, with `written` as the build's phrase keys. */
async function load(written: Record<string, string[]> | undefined): Promise<{ matcher: MatcherModule; wordKey: WordKeyModule }> {
  vi.resetModules();
  vi.doMock('../../src/shared/build-constants.js', async (original) => ({
    ...(await original<typeof import('../../src/shared/build-constants.js')>()),
    phraseKeysJson: () => (written === undefined ? undefined : JSON.stringify(written)),
  }));
  return { matcher: await import('../../src/match/matcher.js'), wordKey: await import('../../src/text/word-key.js') };
}

afterEach(() => {
  vi.doUnmock('../../src/shared/build-constants.js');
  vi.resetModules();
});

describe('the phrase keys written into the bundle', () => {
  it('are what a phrase written there reads as, canonical, and remembered', async () => {
    // Keys no stemming would make of the phrase: they can only come from what was written.
    // "__proto__" as JSON.parse makes it: an own property, as in the bundle's JSON.
    const written = JSON.parse('{"reduces redness": ["zzwritten", "zzkeys"], "__proto__": ["zzproto"]}') as Record<string, string[]>;
    const { matcher, wordKey } = await load(written);
    const keys = matcher.phraseKeys('reduces redness');
    expect(keys).toEqual(['zzwritten', 'zzkeys']);
    // Made canonical when read (the word-key table's own objects, numbered
    // then): numbered before a key first seen after.
    const fresh = wordKey.keyNumber('zzfresh');
    expect(wordKey.keyNumber('zzwritten')).toBeLessThan(fresh);
    expect(wordKey.keyNumber('zzkeys')).toBeLessThan(fresh);
    expect(matcher.phraseKeys('reduces redness')).toBe(keys);
    expect(matcher.phraseKeys('__proto__')).toEqual(['zzproto']);
  });

  it('leave every other phrase to be worked out, including names an object inherits', async () => {
    const { matcher } = await load({ 'reduces redness': ['zzwritten', 'zzkeys'] });
    const { matcher: plain } = await load(undefined);
    for (const phrase of ['visibly reduces fine lines', 'constructor', 'toString', 'hasOwnProperty']) {
      expect(matcher.phraseKeys(phrase)).toEqual(plain.phraseKeys(phrase));
    }
  });

  it('are what the sources make, for every phrase the rules compile', async () => {
    const { matcher } = await load(undefined);
    const { rulePack } = await import('../../rules/index.js');
    const { compiledFor } = await import('../../src/judge/compile.js');
    const { DEFAULT_CONFIG } = await import('../../src/shared/resolved-config.js');
    void compiledFor(rulePack, DEFAULT_CONFIG).matcher;
    const made = matcher.knownPhraseKeys();
    expect(Object.keys(made).length).toBeGreaterThan(1000);
    const { matcher: fromWritten } = await load(made);
    for (const [phrase, keys] of Object.entries(made)) expect(fromWritten.phraseKeys(phrase)).toEqual(keys);
  });
});
