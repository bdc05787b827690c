// Values scripts/bundle.js writes into the bundle at build time (esbuild
// `define`): the one place they are declared and read. Running from the
// TypeScript output (tests, dist/src) each is undefined, and the code that
// uses it works the value out instead.
declare const CLAIMLINT_SOURCE_HASH: string | undefined;
declare const CLAIMLINT_RULE_NEEDS: string | undefined;
declare const CLAIMLINT_PHRASE_KEYS: string | undefined;
declare const CLAIMLINT_SPELLINGS: string | undefined;
declare const CLAIMLINT_FAMILY_LISTS: string | undefined;
declare const CLAIMLINT_BUNDLED_WORKER: string | undefined;

/** A hash of the sources the bundle was built from. */
export const sourceHash = (): string | undefined => (typeof CLAIMLINT_SOURCE_HASH === 'string' ? CLAIMLINT_SOURCE_HASH : undefined);
/** The built-in rules' needs for the prefilter, as JSON (src/screen/rule-needs.ts). */
export const ruleNeedsJson = (): string | undefined => (typeof CLAIMLINT_RULE_NEEDS === 'string' ? CLAIMLINT_RULE_NEEDS : undefined);
/** The word keys of every phrase the built-in rules compile, as JSON (src/match/matcher.ts). */
export const phraseKeysJson = (): string | undefined => (typeof CLAIMLINT_PHRASE_KEYS === 'string' ? CLAIMLINT_PHRASE_KEYS : undefined);
/** The spellings of every phrase the built-in word lists spell, as JSON (rules/lexicon/families.ts). */
export const spellingsJson = (): string | undefined => (typeof CLAIMLINT_SPELLINGS === 'string' ? CLAIMLINT_SPELLINGS : undefined);
/** The entries of the built-in family word lists by list id, as JSON (rules/lexicon/families.ts). */
export const familyListsJson = (): string | undefined => (typeof CLAIMLINT_FAMILY_LISTS === 'string' ? CLAIMLINT_FAMILY_LISTS : undefined);
/** Where the bundled worker sits beside the bundled CLI. */
export const bundledWorker = (): string | undefined => (typeof CLAIMLINT_BUNDLED_WORKER === 'string' ? CLAIMLINT_BUNDLED_WORKER : undefined);
