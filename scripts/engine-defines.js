// Values worked out from the built rule pack once, at build time, and written
// into a bundle (esbuild `define`; src/shared/build-constants.ts reads them):
// what each rule's patterns need, for the prefilter, the word keys of every
// phrase the rules compile, and the spellings of every phrase and the
// entries of every family list the word lists make. Needs `tsc` to have run (dist/).
import path from 'node:path';
import { pathToFileURL } from 'node:url';

export async function engineDefines(root) {
  const load = (file) => import(pathToFileURL(path.join(root, 'dist', ...file.split('/'))).href);
  const { computeRuleNeeds, encodeRuleNeeds } = await load('src/screen/rule-needs.js');
  const { rulePack } = await load('rules/index.js');
  const ruleNeeds = encodeRuleNeeds(computeRuleNeeds(rulePack));
  // ...and the keys of every phrase that compiling them met (src/match/matcher.ts).
  const { knownPhraseKeys } = await load('src/match/matcher.js');
  const { Judge } = await load('src/judge/clearances.js');
  new Judge(rulePack.context, { strict: true });
  // ...and, from the word lists as they loaded, the spellings of every phrase
  // and the entries of every family list (rules/lexicon/families.ts).
  const { knownFamilyLists, knownSpellings } = await load('rules/lexicon/families.js');
  return {
    CLAIMLINT_RULE_NEEDS: JSON.stringify(ruleNeeds),
    CLAIMLINT_PHRASE_KEYS: JSON.stringify(JSON.stringify(knownPhraseKeys())),
    CLAIMLINT_SPELLINGS: JSON.stringify(knownSpellings()),
    CLAIMLINT_FAMILY_LISTS: JSON.stringify(knownFamilyLists()),
  };
}
