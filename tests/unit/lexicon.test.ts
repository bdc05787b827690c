// The vocabularies in rules/lexicon/ as data: every list says where it came
// from, no list repeats itself once words are folded the way the matcher
// folds them, a concept has one home, a medical condition is never also an
// appearance concern unless it is marked ambiguous with the rulebook's
// treatment, and the new lists hold every word of the lists and the inline
// pattern groups they are meant to replace.
import { describe, expect, it } from 'vitest';
import { lists as packLists, rules } from '../../rules/index.js';
import * as actions from '../../rules/lexicon/actions.js';
import * as body from '../../rules/lexicon/body.js';
import * as strength from '../../rules/lexicon/claim-strength.js';
import * as conditions from '../../rules/lexicon/conditions.js';
import { phraseKey } from '../../rules/lexicon/families.js';
import * as offerings from '../../rules/lexicon/offerings.js';
import { Matcher, type WordList } from '../../src/match/matcher.js';
import { mentionOf } from '../../src/match/word-lists.js';
import { parsePattern } from '../../src/match/pattern.js';
import { tokenize } from '../../src/text/sentences.js';

const isList = (v: unknown): v is WordList => typeof v === 'object' && v !== null && 'id' in v && 'entries' in v;
const listsOf = (mod: Record<string, unknown>) => Object.values(mod).filter(isList);

const newLists: WordList[] = [conditions, body, actions, strength, offerings].flatMap(listsOf);
const byId = new Map([...packLists, ...newLists].map((l) => [l.id, l]));
const list = (id: string) => {
  const l = byId.get(id);
  if (!l) throw new Error(`no list ${id}`);
  return l;
};

const phraseOf = (e: WordList['entries'][number]) => (typeof e === 'string' ? e : e.phrase);
const isInclude = (p: string) => /^\{[a-z0-9-]+\}$/.test(p);

/** Matching keys of a list, includes expanded. */
function keysOf(l: WordList, seen = new Set<string>()): Set<string> {
  const out = new Set<string>();
  if (seen.has(l.id)) return out;
  seen.add(l.id);
  for (const e of l.entries) {
    const p = phraseOf(e);
    if (isInclude(p)) for (const k of keysOf(list(p.slice(1, -1)), seen)) out.add(k);
    else out.add(phraseKey(p));
  }
  return out;
}
const keysOfAll = (ids: readonly string[]) => new Set(ids.flatMap((id) => [...keysOf(list(id))]));

const CONDITION_LISTS = [
  'condition-skin',
  'condition-hair-scalp',
  'condition-nail',
  'condition-infection',
  'condition-inflammatory',
  'condition-pain',
  'condition-vascular',
  'condition-injury',
  'condition-general',
];
const BODY_LISTS = ['body-skin-layer', 'body-surface', 'body-cell-matrix', 'body-pigment', 'body-hair', 'body-gland', 'body-fat-muscle', 'body-circulation', 'body-system', 'body-process'];
/** Lists of concepts: each concept belongs to exactly one of them. */
const CONCEPT_LISTS = [...CONDITION_LISTS, 'symptom-sign', 'condition-ambiguous', 'pathogen', ...BODY_LISTS];

describe('every vocabulary list', () => {
  // An entry read in one sense only names the list whose words show that
  // sense (src/judge/find-claims.ts): a name no list has would throw mid-run.
  it('names only lists that exist as an entry\'s sense', () => {
    const senses = [...packLists, ...newLists].flatMap((l) => l.entries.flatMap((e) => (typeof e === 'string' || e['sense'] === undefined ? [] : [e['sense']])));
    expect(senses.length).toBeGreaterThan(0);
    expect(senses.filter((id) => !byId.has(id))).toEqual([]);
  });

  it('has an id no other list has', () => {
    const ids = [...new Set([...packLists, ...newLists])].map((l) => l.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it.each(newLists.map((l) => [l.id, l] as const))('%s says what it is and where it came from', (_id, l) => {
    expect(l.description?.length ?? 0).toBeGreaterThan(30);
    expect(l.description).toMatch(/ICD-10|MeSH|rulebook|FDA|FTC|CAP|ASA|EU |HPRA|CTPA|FD&C|21 CFR|dosage forms/);
    expect(l.entries.length).toBeGreaterThan(0);
  });

  it.each(newLists.map((l) => [l.id, l] as const))('%s has no entry twice once words are folded', (_id, l) => {
    const seen = new Map<string, string>();
    const repeats: string[] = [];
    for (const e of l.entries) {
      const p = phraseOf(e);
      if (isInclude(p)) continue;
      const key = phraseKey(p);
      if (seen.has(key)) repeats.push(`${p} = ${seen.get(key)}`);
      seen.set(key, p);
    }
    expect(repeats).toEqual([]);
  });

  it.each(newLists.map((l) => [l.id, l] as const))('%s has tidy phrases and known includes', (_id, l) => {
    for (const e of l.entries) {
      const p = phraseOf(e);
      if (isInclude(p)) {
        expect(byId.has(p.slice(1, -1)), p).toBe(true);
        continue;
      }
      expect(p, p).toBe(p.trim().toLowerCase());
      expect(p, p).not.toMatch(/\s{2}|[{}[\]()~]/);
      expect(phraseKey(p), p).not.toBe('');
    }
  });
});

describe('conditions', () => {
  it('give each concept one home among the condition, symptom, ambiguous and body lists', () => {
    const home = new Map<string, string>();
    const clashes: string[] = [];
    for (const id of CONCEPT_LISTS) {
      for (const e of list(id).entries) {
        const key = phraseKey(phraseOf(e));
        const other = home.get(key);
        if (other && other !== id) clashes.push(`${phraseOf(e)}: ${other} and ${id}`);
        home.set(key, id);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('never name an appearance concern unless it is marked ambiguous', () => {
    const medical = keysOfAll([...CONDITION_LISTS, 'symptom-sign']);
    const ambiguous = keysOf(list('condition-ambiguous'));
    const contradictions = list('concern')
      .entries.map(phraseOf)
      .filter((p) => medical.has(phraseKey(p)) && !ambiguous.has(phraseKey(p)));
    expect(contradictions).toEqual([]);
  });

  it('mark the rulebook examples of ambiguous concepts as ambiguous, not as conditions', () => {
    const ambiguous = keysOf(list('condition-ambiguous'));
    const medical = keysOfAll(CONDITION_LISTS);
    for (const p of ['scar', 'acne scars', 'hyperpigmentation', 'stretch marks', 'cellulite']) {
      expect(ambiguous.has(phraseKey(p)), p).toBe(true);
      expect(medical.has(phraseKey(p)), p).toBe(false);
    }
  });

  it('keep symptoms and cosmetic concerns out of the condition lists', () => {
    const medical = keysOfAll(CONDITION_LISTS);
    for (const p of ['itch', 'redness', 'swelling', 'wrinkles', 'fine lines', 'dullness', 'large pores']) expect(medical.has(phraseKey(p)), p).toBe(false);
    const symptoms = keysOf(list('symptom-sign'));
    for (const p of ['itch', 'swelling']) expect(symptoms.has(phraseKey(p)), p).toBe(true);
  });

  it('carry a code and a register (clinical or lay name) on every entry', () => {
    for (const id of [...CONDITION_LISTS, 'symptom-sign']) {
      for (const e of list(id).entries) {
        expect(typeof e === 'string' ? undefined : e.code, `${id}: ${phraseOf(e)}`).toMatch(/\S/);
        expect(typeof e === 'string' ? undefined : e.register, `${id}: ${phraseOf(e)}`).toMatch(/^(clinical|lay)$/);
      }
    }
  });

  it('say for every ambiguous concept how the rulebook treats it', () => {
    for (const e of list('condition-ambiguous').entries) {
      expect(typeof e, phraseOf(e)).toBe('object');
      if (typeof e === 'string') continue;
      expect(e.code, e.phrase).toMatch(/\S/);
      expect(e.rulebook, e.phrase).toMatch(/\d\.\d/);
    }
  });

  it('include lay names beside clinical ones', () => {
    const skin = keysOfAll(CONDITION_LISTS);
    for (const [clinical, lay] of [
      ['keratosis pilaris', 'chicken skin'],
      ['urticaria', 'hives'],
      ['hyperhidrosis', 'excessive sweating'],
      ['androgenetic alopecia', 'male pattern baldness'],
      ['tinea pedis', "athlete's foot"],
      ['onychomycosis', 'nail fungus'],
      ['herpes labialis', 'cold sore'],
    ]) {
      expect(skin.has(phraseKey(clinical!)), clinical).toBe(true);
      expect(skin.has(phraseKey(lay!)), lay).toBe(true);
    }
  });
});

// Words of a superseded list the new lists leave out on purpose.
const DROPPED: Record<string, Record<string, string>> = {
  structure: {
    peptide: 'a cosmetic ingredient ("peptide serum"), not a body structure',
    enzyme: 'a cosmetic ingredient ("enzyme peel"), not a body structure',
    anatomy: 'injectors describe facial anatomy; naming it claims nothing',
    'elasticity and resilience': 'a property of the skin; "improves elasticity" is a feel or appearance claim unless it names elastin',
  },
};

describe('the new lists replace the old ones without losing a word', () => {
  const superseded: Array<[old: string, by: string[]]> = [
    ['disease', [...CONDITION_LISTS, 'condition-ambiguous', 'symptom-sign']],
    ['symptom', ['symptom-sign', 'condition-ambiguous', 'condition-injury']],
    ['structure', [...BODY_LISTS, 'process-compound']],
    ['treat-verb', ['therapeutic-verb', 'removal-verb', 'reduction-verb', 'process-verb', 'process-verb-weak']],
    ['absolute-verb', ['removal-verb', 'process-verb']],
    ['efficacy-verb', ['reduction-verb']],
    ['physio-verb', ['process-verb', 'process-noun', 'process-verb-weak', 'therapeutic-verb', 'removal-verb', 'reduction-verb']],
    ['hype-word', ['hype-term']],
    ['superlative', ['comparison-word']],
    ['free-from-substance', ['free-from-ingredient']],
    ['authority', ['endorser-authority']],
    ['expert', ['endorser-expert']],
  ];
  it.each(superseded)('%s', (old, by) => {
    const keys = keysOfAll(by);
    const dropped = DROPPED[old] ?? {};
    const lost = list(old)
      .entries.map(phraseOf)
      .filter((p) => !isInclude(p) && !keys.has(phraseKey(p)) && !(p in dropped));
    expect(lost).toEqual([]);
  });
});

// Word groups written inline in rules/*.ts patterns, found by their rule and
// first word, and the lists that now hold them. A group the rules no longer
// have is skipped: moving words into lists is the point. `except` names the
// grammar words a group mixes in ("the only" is listed, bare "only" is not).
const INLINE: Array<{ rule: string; first: string; by: string[]; except?: string[] }> = [
  { rule: 'disease-therapeutic', first: 'treat', by: ['therapeutic-verb'] },
  { rule: 'disease-therapeutic', first: 'heal', by: ['therapeutic-verb'] },
  { rule: 'disease-therapeutic', first: 'treatment', by: ['therapeutic-noun', 'product-form', 'offering'] },
  { rule: 'disease-therapeutic', first: 'anti-inflammatory', by: ['therapeutic-property'] },
  { rule: 'disease-therapeutic', first: 'beneficial', by: ['suitability-word'] },
  { rule: 'disease-therapeutic', first: 'kill', by: ['process-verb', 'removal-verb'] },
  { rule: 'disease-therapeutic', first: 'bacteria', by: ['pathogen'] },
  { rule: 'disease-therapeutic', first: 'wound healing', by: ['body-process', 'therapeutic-property'] },
  { rule: 'structure-function', first: 'production', by: ['process-noun', 'body-quantity'] },
  { rule: 'structure-function', first: 'boosting', by: ['process-verb'] },
  { rule: 'structure-function', first: 'reverse', by: ['removal-verb', 'process-verb', 'process-verb-weak'] },
  { rule: 'structure-function', first: 'repair', by: ['process-verb'] },
  { rule: 'structure-function', first: 'freeze-like', by: ['process-compound', 'process-verb'] },
  { rule: 'structure-function', first: 'shrinking', by: ['process-verb'] },
  { rule: 'structure-function', first: 'skin cells', by: ['body-cell-matrix', 'body-skin-layer'] },
  { rule: 'structure-function', first: 'replace', by: ['process-verb-weak', 'process-verb'] },
  { rule: 'permanence', first: 'permanent', by: ['permanence-word'] },
  { rule: 'permanence', first: 'for good', by: ['permanence-word'] },
  { rule: 'permanence', first: 'come back', by: ['recurrence-verb'] },
  { rule: 'permanence', first: 'long-term solution', by: ['permanence-word'] },
  { rule: 'permanence', first: 'forever', by: ['permanence-word'] },
  { rule: 'authority-endorsement', first: 'approved', by: ['endorsement-verb', 'endorsement-verb-weak'] },
  { rule: 'authority-endorsement', first: 'recommended', by: ['endorsement-verb', 'endorsement-verb-weak'] },
  { rule: 'authority-endorsement', first: 'dermatologically', by: ['proof-qualifier'] },
  { rule: 'authority-endorsement', first: 'award-winning', by: ['endorsement-phrase'] },
  { rule: 'absolute-guarantee', first: 'removed', by: ['removal-verb', 'process-verb'] },
  { rule: 'absolute-guarantee', first: 'reduced', by: ['reduction-verb'] },
  { rule: 'absolute-guarantee', first: 'correcting', by: ['removal-verb', 'reduction-verb', 'therapeutic-verb'] },
  { rule: 'absolute-guarantee', first: 'guaranteed', by: ['absolute-word'] },
  { rule: 'absolute-guarantee', first: 'flawless', by: ['absolute-result'], except: ['perfect'] },
  { rule: 'absolute-guarantee', first: '100 % effective', by: ['absolute-word', 'universal-scope'] },
  { rule: 'absolute-guarantee', first: 'disappear', by: ['removal-verb', 'recurrence-verb', 'therapeutic-verb'], except: ['be gone', 'be erased', 'be removed'] },
  { rule: 'unsubstantiated-proof', first: 'clinically', by: ['proof-qualifier'] },
  { rule: 'unsubstantiated-proof', first: 'proven', by: ['proof-verb'] },
  { rule: 'unsubstantiated-proof', first: 'studies', by: ['proof-source', 'endorser-expert'] },
  { rule: 'unsubstantiated-proof', first: 'show', by: ['proof-verb'] },
  { rule: 'unsubstantiated-proof', first: 'trials', by: ['proof-source'] },
  { rule: 'unsubstantiated-proof', first: 'backed by science', by: ['proof-phrase', 'endorsement-phrase'] },
  { rule: 'safety-no-risk', first: 'side effects', by: ['harm-noun'] },
  { rule: 'safety-no-risk', first: 'downtime', by: ['harm-noun'] },
  { rule: 'safety-no-risk', first: 'risk-free', by: ['safety-word'] },
  { rule: 'safety-no-risk', first: 'pain', by: ['harm-noun'] },
  { rule: 'safety-no-risk', first: 'damage', by: ['harm-verb'] },
  { rule: 'safety-no-risk', first: 'complications', by: ['harm-noun'] },
  { rule: 'safety-no-risk', first: 'impossible', by: ['harm-denial'] },
  { rule: 'safety-no-risk', first: 'totally', by: ['absolute-word', 'proof-verb', 'safety-intensifier'] },
  { rule: 'speed-instant', first: 'instantly', by: ['speed-word'] },
  { rule: 'speed-instant', first: 'instant', by: ['speed-word'] },
  { rule: 'speed-instant', first: 'immediate', by: ['speed-word'] },
  { rule: 'speed-instant', first: 'immediately', by: ['speed-word'] },
  { rule: 'speed-instant', first: 'overnight', by: ['speed-word'] },
  { rule: 'speed-instant', first: 'fast-acting', by: ['speed-word'] },
  { rule: 'speed-instant', first: 'same-day', by: ['speed-word'] },
  { rule: 'speed-instant', first: 'fast', by: ['speed-word'], except: ['express'] },
  { rule: 'speed-instant', first: 'faster', by: ['speed-word', 'comparison-word'] },
  { rule: 'comparative-superlative', first: '# 1', by: ['comparison-word'] },
  { rule: 'comparative-superlative', first: 'fastest', by: ['comparison-word'], except: ['only'] },
  { rule: 'comparative-superlative', first: 'the only', by: ['comparison-word'] },
  { rule: 'comparative-superlative', first: 'superior to', by: ['comparison-word'] },
  { rule: 'comparative-superlative', first: 'botox', by: ['comparison-target', 'comparison-word'], except: ['other'] },
  { rule: 'comparative-superlative', first: 'botox-like', by: ['comparison-phrase'] },
  { rule: 'hype', first: 'astonishing', by: ['hype-intensifier', 'hype-term'] },
  { rule: 'hype', first: 'killer', by: ['hype-name'] },
  { rule: 'free-from-natural', first: 'free', by: ['free-from-marker'] },
  { rule: 'free-from-natural', first: 'no', by: ['free-from-marker'] },
  { rule: 'free-from-natural', first: 'added', by: ['free-from-modifier'] },
  { rule: 'free-from-natural', first: 'chemical-free', by: ['purity-word'] },
  { rule: 'free-from-natural', first: 'all natural', by: ['purity-word'] },
];

describe('the inline trigger groups of rules/*.ts are all in the lexicon', () => {
  const groups = rules.flatMap((r) =>
    r.patterns.flatMap((p) => parsePattern(p).flatMap((el) => (el.kind === 'alt' && el.alternatives.length > 1 ? [{ rule: r.meta.id, alternatives: el.alternatives }] : []))),
  );
  it.each(INLINE.map((g) => [`${g.rule} (${g.first} ...)`, g] as const))('%s', (_name, g) => {
    const keys = keysOfAll(g.by);
    const found = groups.filter((x) => x.rule === g.rule && x.alternatives[0] === g.first);
    for (const f of found) {
      const missing = f.alternatives.filter((a) => !keys.has(phraseKey(a)) && !(g.except ?? []).includes(a));
      expect(missing).toEqual([]);
    }
  });
});

describe('the matcher takes every new list', () => {
  it.each(newLists.map((l) => [l.id, l] as const))('%s compiles and matches its own phrases in running text', (id, l) => {
    const matcher = new Matcher([...packLists, ...newLists]);
    matcher.add(`{${id}}`);
    // every tenth entry, written in a sentence, with an inflected first word where it has one
    const phrases = l.entries.map(phraseOf).filter((p, i) => !isInclude(p) && i % 10 === 0);
    for (const p of phrases) {
      const text = `We said ${p} here.`;
      const found = matcher.match(tokenize(text, 0, text.length));
      expect(found.length, `${id}: "${p}"`).toBeGreaterThan(0);
    }
  });

  it('matches inflected and respelt forms through the folding the generator relied on', () => {
    const matcher = new Matcher([...packLists, ...newLists]);
    matcher.add('{therapeutic-verb} ~3 {condition}');
    for (const text of ['It relieved my psoriasis.', 'The tonic regrew hair lost to alopecia.', 'Treats seborrheic dermatitis.', 'Cured their lymphedema.', 'Heals cold sores.']) {
      expect(matcher.match(tokenize(text, 0, text.length)).length, text).toBeGreaterThan(0);
    }
  });
});

describe('mentionOf: a rule asking whether a sentence names any phrase of a list', () => {
  const mentions = mentionOf({ id: 't', description: 't', entries: ['needle', "crow's feet", 'thread lift'] });
  const of = (text: string) => mentions(tokenize(text, 0, text.length));
  it('finds one-word entries in any inflection and several-word entries as a run', () => {
    expect(of('Fine needles are used.')).toBe(true);
    expect(of("It softens crow's feet.")).toBe(true);
    expect(of('Two thread lifts later.')).toBe(true);
  });
  it('does not find the words of a several-word entry apart', () => {
    expect(of('A lift with a silk thread.')).toBe(false);
    expect(of('Tired feet after a long walk.')).toBe(false);
  });
});
