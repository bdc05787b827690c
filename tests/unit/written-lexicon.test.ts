// The bundle has the lexicon's spellings and family lists written in at build
// time (scripts/engine-defines.js), so that loading it runs no spelling rule
// and expands no family. What it loads from them must be exactly what the
// sources make, and must come from them.
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { RulePack } from '../../src/judge/compile.js';

type Families = typeof import('../../rules/lexicon/families.js');

/** The rule pack and the families module, loaded afresh, with the build's written values if given. */
async function loadLexicon(written?: { spellings: string; familyLists: string }): Promise<{ pack: RulePack; families: Families }> {
  vi.resetModules();
  if (written) {
    vi.doMock('../../src/shared/build-constants.js', async (original) => ({
      ...(await original<typeof import('../../src/shared/build-constants.js')>()),
      spellingsJson: () => written.spellings,
      familyListsJson: () => written.familyLists,
    }));
  }
  const { rulePack } = await import('../../rules/index.js');
  return { pack: rulePack, families: await import('../../rules/lexicon/families.js') };
}

afterEach(() => {
  vi.doUnmock('../../src/shared/build-constants.js');
  vi.resetModules();
});

describe('the lexicon written into the bundle', () => {
  it('loads the same word lists the sources make', async () => {
    const made = await loadLexicon();
    const written = { spellings: made.families.knownSpellings(), familyLists: made.families.knownFamilyLists() };
    // Some phrases have other spellings ("anaesthetic"), and the family lists hold most of the lexicon.
    expect(Object.keys(JSON.parse(written.spellings).respelt).length).toBeGreaterThan(20);
    expect(Object.keys(JSON.parse(written.familyLists)).length).toBeGreaterThan(15);
    const loaded = await loadLexicon(written);
    expect(JSON.stringify(loaded.pack.lists)).toBe(JSON.stringify(made.pack.lists));
    expect(JSON.stringify(loaded.pack.context)).toBe(JSON.stringify(made.pack.context));
  });

  it('takes the spellings and the family lists from what was written, not from the rules again', async () => {
    const made = await loadLexicon();
    const spellings = JSON.parse(made.families.knownSpellings()) as { plain: string; respelt: Record<string, string[]> };
    const familyLists = JSON.parse(made.families.knownFamilyLists()) as Record<string, Array<string | { phrase: string }>>;
    // A list's entries and a phrase's spellings as no rule would make them.
    const [listId] = Object.keys(familyLists);
    familyLists[listId!]!.push('zzz written');
    const phrase = made.pack.lists.find((l) => l.id === 'condition-skin')!.entries[0]!;
    const text = typeof phrase === 'string' ? phrase : phrase.phrase;
    spellings.respelt[text] = [`${text} written`];
    const loaded = await loadLexicon({ spellings: JSON.stringify(spellings), familyLists: JSON.stringify(familyLists) });
    const phrasesOf = (id: string) => loaded.pack.lists.find((l) => l.id === id)!.entries.map((e) => (typeof e === 'string' ? e : e.phrase));
    expect(phrasesOf(listId!)).toContain('zzz written');
    expect(phrasesOf('condition-skin')).toContain(`${text} written`);
  });

  it('refuses to write two different lists made under one id', async () => {
    const { families } = await loadLexicon();
    families.familyList('clash', '', [{ base: 'treat', pos: 'verb' }]);
    families.familyList('clash', '', [{ base: 'cure', pos: 'verb' }]);
    expect(() => families.knownFamilyLists()).toThrow(/made twice under one id, differently: clash/);
  });
});
