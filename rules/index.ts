// The built-in rule pack: every rule, the word lists they share, and the
// context words the judge reads. Order is priority when two rules claim the
// same words: the more serious category reports them.
import type { RulePack } from '../src/compile.js';
import type { WordList } from '../src/matcher.js';
import type { RuleDefinition } from '../src/rule.js';
import absoluteGuarantee from './absolute-guarantee.js';
import * as concerns from './lexicon/concerns.js';
import * as context from './lexicon/context.js';
import * as verbs from './lexicon/verbs.js';
import structureFunction from './structure-function.js';

export const rules: RuleDefinition[] = [structureFunction, absoluteGuarantee];

export const lists: WordList[] = [...Object.values(verbs), ...Object.values(concerns), ...Object.values(context)];

export const rulePack: RulePack = {
  rules,
  lists,
  context: { hedge: context.hedge, sentenceHedge: context.sentenceHedge, appearance: context.appearance, negator: context.negator, weakHedge: context.weakHedge },
};
