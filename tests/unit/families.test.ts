// The word-family generator: the forms it makes, and that the forms it keeps
// for the matcher are exactly those the matcher's own folding misses.
import { describe, expect, it } from 'vitest';
import { attach, expandFamily, familyList, matchForms, phraseKey, spellingVariants, type FamilySpec } from '../../rules/lexicon/families.js';
import { wordKey } from '../../src/text/word-key.js';

const forms = (spec: FamilySpec) => expandFamily(spec).map((f) => f.form);
const kept = (spec: FamilySpec) => matchForms(expandFamily(spec)).map((f) => f.form);

describe('expandFamily', () => {
  it('makes the whole family of a verb with derived nouns and adjectives', () => {
    const treat: FamilySpec = { base: 'treat', pos: 'verb', nouns: ['-ment'], adjectives: ['-able'] };
    expect(forms(treat).sort()).toEqual(['treat', 'treatable', 'treated', 'treating', 'treatment', 'treatments', 'treats']);
  });

  it('takes a noun the spelling rules cannot predict as given', () => {
    const relieve: FamilySpec = { base: 'relieve', pos: 'verb', nouns: ['relief'], uncountable: true };
    expect(forms(relieve).sort()).toEqual(['relief', 'relieve', 'relieved', 'relieves', 'relieving']);
  });

  it('turns y into i before an ending (remedy -> remedies, remedied, remedial)', () => {
    expect(forms({ base: 'remedy', pos: 'verb', adjectives: ['-al'] }).sort()).toEqual(['remedial', 'remedied', 'remedies', 'remedy', 'remedying']);
  });

  it('knows irregular verbs, also behind a prefix (regrow -> regrew, regrown)', () => {
    expect(forms({ base: 'regrow', pos: 'verb', nouns: ['regrowth'] }).sort()).toEqual(['regrew', 'regrow', 'regrowing', 'regrown', 'regrows', 'regrowth', 'regrowths']);
    expect(forms({ base: 'rebuild', pos: 'verb' })).toContain('rebuilt');
    expect(forms({ base: 'undo', pos: 'verb' })).toEqual(expect.arrayContaining(['undoes', 'undid', 'undone']));
    expect(forms({ base: 'prove', pos: 'verb' })).toEqual(expect.arrayContaining(['proved', 'proven']));
  });

  it('does not take a word for a prefixed irregular verb when the prefix is not one (improve, approve)', () => {
    expect(forms({ base: 'improve', pos: 'verb' })).toContain('improved');
    expect(forms({ base: 'approve', pos: 'verb' })).toEqual(['approve', 'approves', 'approving', 'approved']);
  });

  it('inflects the head of a phrasal verb (get rid of -> got rid of) and the last part of a hyphenated one', () => {
    expect(forms({ base: 'get rid of', pos: 'verb' })).toEqual(['get rid of', 'gets rid of', 'getting rid of', 'got rid of', 'gotten rid of']);
    expect(forms({ base: 'kick-start', pos: 'verb' })).toContain('kick-started');
  });

  it('makes regular heal forms', () => {
    expect(forms({ base: 'heal', pos: 'verb' }).sort()).toEqual(['heal', 'healed', 'healing', 'heals']);
  });

  it('compares adjectives with -er/-est, irregularly, or with more/most', () => {
    expect(forms({ base: 'safe', pos: 'adjective', compare: 'er' })).toEqual(['safe', 'safer', 'safest']);
    expect(forms({ base: 'good', pos: 'adjective', compare: 'er' })).toEqual(['good', 'better', 'best']);
    expect(forms({ base: 'effective', pos: 'adjective', compare: 'more' })).toEqual(['effective', 'more effective', 'most effective']);
  });

  it('adds the American spelling of every form of a British base', () => {
    expect(forms({ base: 'anaesthetise', pos: 'verb', nouns: ['anaesthetic'] })).toEqual(
      expect.arrayContaining(['anaesthetic', 'anesthetic', 'anesthetize', 'anesthetized']),
    );
  });
});

describe('attach', () => {
  it.each([
    ['stop', 'ed', 'stopped'],
    ['stop', 'ing', 'stopping'],
    ['zap', 'er', 'zapper'],
    ['target', 'ed', 'targeted'],
    ['cure', 'able', 'curable'],
    ['notice', 'able', 'noticeable'],
    ['manage', 'able', 'manageable'],
    ['agree', 'ed', 'agreed'],
    ['die', 'ing', 'dying'],
    ['remedy', 'al', 'remedial'],
    ['gentle', 'ly', 'gently'],
    ['dramatic', 'ly', 'dramatically'],
    ['easy', 'ly', 'easily'],
    ['full', 'ly', 'fully'],
    ['permanent', 'ly', 'permanently'],
    ['treat', 'ment', 'treatment'],
  ])('%s + %s = %s', (word, suffix, expected) => {
    expect(attach(word, suffix)).toBe(expected);
  });

  it('doubles a longer word only when told (control -> controlled)', () => {
    expect(attach('control', 'ed')).toBe('controled');
    expect(attach('control', 'ed', true)).toBe('controlled');
  });
});

describe('matchForms keeps only what folding cannot reach', () => {
  it('drops inflections, keeps derivations (treat -> treatment, treatable)', () => {
    expect(kept({ base: 'treat', pos: 'verb', nouns: ['-ment'], adjectives: ['-able'] })).toEqual(['treat', 'treatment', 'treatable']);
  });

  it('keeps the noun of relieve and the irregular forms of regrow', () => {
    expect(kept({ base: 'relieve', pos: 'verb', nouns: ['relief'] })).toEqual(['relieve', 'relief']);
    expect(kept({ base: 'regrow', pos: 'verb', nouns: ['regrowth'] })).toEqual(['regrow', 'regrew', 'regrown', 'regrowth']);
    expect(kept({ base: 'heal', pos: 'verb' })).toEqual(['heal']);
    expect(kept({ base: 'remedy', pos: 'verb' })).toEqual(['remedy']);
  });

  it('every form it drops has the key of a form it keeps', () => {
    const spec: FamilySpec = { base: 'minimise', pos: 'verb', nouns: ['-ation'] };
    const keptKeys = new Set(kept(spec).map(phraseKey));
    for (const f of forms(spec)) expect(keptKeys.has(phraseKey(f)), f).toBe(true);
  });

  it('leaves out spellings the matcher already folds (minimise/minimize, ageing/aging, colour/color)', () => {
    for (const [uk, us] of [
      ['minimise', 'minimize'],
      ['minimising', 'minimizing'],
      ['ageing', 'aging'],
      ['colour', 'color'],
      ['moisturiser', 'moisturizer'],
      ['haematoma', 'hematoma'],
      ['oedema', 'edema'],
      ['fibre', 'fiber'],
      ['tumour', 'tumor'],
      ['analyse', 'analyze'],
      ['photoageing', 'photoaging'],
    ] as const) {
      expect(spellingVariants(uk), uk).toContain(us);
      expect(wordKey(uk), uk).toBe(wordKey(us));
      expect(kept({ base: uk, pos: 'noun', uncountable: true }), uk).toEqual([uk]);
    }
  });

  it('adds the spellings the matcher does not fold', () => {
    for (const [uk, us] of [
      ['anaesthetic', 'anesthetic'],
      ['odour', 'odor'],
      ['grey', 'gray'],
      ['lymphoedema', 'lymphedema'],
      ['seborrhoeic', 'seborrheic'],
      ['licence', 'license'],
      ['sulphate', 'sulfate'],
      ['aluminium', 'aluminum'],
      ['sterilisable', 'sterilizable'],
      ['lustre', 'luster'],
      ['colourant', 'colorant'],
      ['paediatric', 'pediatric'],
      ['naevus', 'nevus'],
      ['leukaemia', 'leukemia'],
      ['programme', 'program'],
    ] as const) {
      expect(spellingVariants(uk), uk).toEqual([us]);
      expect(wordKey(uk), uk).not.toBe(wordKey(us));
      expect(kept({ base: uk, pos: 'noun', uncountable: true }), uk).toEqual([uk, us]);
    }
    // and the listed pairs the other way round
    expect(spellingVariants('gray')).toEqual(['grey']);
    expect(spellingVariants('graying')).toEqual(['greying']);
  });

  it('leaves alone words spelt the same on both sides', () => {
    for (const w of ['advise', 'advertise', 'exercise', 'promise', 'bruise', 'surprise', 'sunrise', 'otherwise', 'contour', 'flour', 'devour', 'macabre', 'practise', 'noise', 'premise', 'four', 'hour']) {
      expect(spellingVariants(w), w).toEqual([]);
    }
    expect(spellingVariants('characterise')).toEqual(['characterize']);
    expect(spellingVariants('organise')).toEqual(['organize']);
  });
});

describe('familyList', () => {
  it('builds a word list with lemma, part of speech and the family attributes on every entry', () => {
    const list = familyList('test-family', 'A test list.', [{ base: 'relieve', pos: 'verb', nouns: ['relief'], attrs: { soft: 'soothe' } }]);
    expect(list.entries).toEqual([
      { phrase: 'relieve', lemma: 'relieve', pos: 'verb', soft: 'soothe' },
      { phrase: 'relief', lemma: 'relieve', pos: 'noun', soft: 'soothe' },
    ]);
  });

  it('filters by part of speech and by derivation', () => {
    const specs: FamilySpec[] = [{ base: 'treat', pos: 'verb', nouns: ['-ment'], adjectives: ['-able'] }];
    expect(familyList('x', 'x', specs, { pos: ['noun'] }).entries.map((e) => (typeof e === 'string' ? e : e.phrase))).toEqual(['treatment']);
    const compare: FamilySpec[] = [{ base: 'fast', pos: 'adjective', compare: 'er' }];
    expect(familyList('x', 'x', compare, { via: ['inflection'] }).entries.map((e) => (typeof e === 'string' ? e : e.phrase))).toEqual(['faster', 'fastest']);
  });
});
