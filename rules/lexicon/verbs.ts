// Verbs that make a claim when their object is a skin concern, a disease or a
// body structure. Each entry's `soft` is the verb a hedged rewrite uses.
import type { WordList } from '../../src/match/matcher.js';

/** Verbs that promise complete removal or correction. */
export const absoluteVerb: WordList = {
  id: 'absolute-verb',
  description: 'Verbs of complete removal or correction (rulebook 6.3).',
  entries: [
    { phrase: 'eliminate', soft: 'reduce' },
    { phrase: 'erase', soft: 'reduce' },
    { phrase: 'remove', soft: 'reduce' },
    { phrase: 'banish', soft: 'reduce' },
    { phrase: 'get rid of', soft: 'reduce' },
    { phrase: 'rid', soft: 'reduce' },
    { phrase: 'say goodbye to', soft: 'reduce' },
    { phrase: 'wave goodbye to', soft: 'reduce' },
    { phrase: 'kiss goodbye to', soft: 'reduce' },
    { phrase: 'wipe out', soft: 'reduce' },
    { phrase: 'wipe away', soft: 'reduce' },
    { phrase: 'eradicate', soft: 'reduce' },
    { phrase: 'obliterate', soft: 'reduce' },
    { phrase: 'abolish', soft: 'reduce' },
    { phrase: 'delete', soft: 'reduce' },
    { phrase: 'do away with', soft: 'reduce' },
    { phrase: 'melt away', soft: 'reduce' },
    { phrase: 'dissolve', soft: 'reduce' },
    { phrase: 'vanish', soft: 'reduce' },
    { phrase: 'zap', soft: 'reduce' },
    { phrase: 'blast', soft: 'reduce' },
    { phrase: 'clear away', soft: 'reduce' },
    { phrase: 'correct', soft: 'improve' },
    { phrase: 'fix', soft: 'improve' },
    { phrase: 'solve', soft: 'improve' },
    { phrase: 'resolve', soft: 'improve' },
    { phrase: 'undo', soft: 'improve' },
    { phrase: 'reverse', soft: 'improve' },
    { phrase: 'cancel', soft: 'reduce' },
  ],
};

/** Verbs a pronoun for a concern or condition may follow as their object
 * ("banish it", "soothes it"), and that rarely take "it" for anything else:
 * not remove, delete, cancel, fix, correct, clear or treat, which software
 * help pages and instructions use with "it" on every page (the screen then
 * had to read them all). */
export const pronounClaimVerb: WordList = {
  id: 'pronoun-claim-verb',
  description: 'Verbs whose pronoun object is read for a concern or condition named before it (banish, erase, eliminate, diminish, soothe, heal).',
  entries: [
    { phrase: 'banish', soft: 'reduce' }, { phrase: 'erase', soft: 'reduce' }, { phrase: 'eliminate', soft: 'reduce' }, { phrase: 'eradicate', soft: 'reduce' },
    { phrase: 'obliterate', soft: 'reduce' }, { phrase: 'abolish', soft: 'reduce' }, { phrase: 'zap', soft: 'reduce' }, { phrase: 'get rid of', soft: 'reduce' },
    { phrase: 'wipe out', soft: 'reduce' }, { phrase: 'melt away', soft: 'reduce' }, { phrase: 'say goodbye to', soft: 'reduce' },
    { phrase: 'diminish', soft: 'reduce' }, { phrase: 'minimize', soft: 'minimize' }, { phrase: 'lessen', soft: 'reduce' }, { phrase: 'fade', soft: 'fade' },
    { phrase: 'soften', soft: 'soften' }, { phrase: 'shrink', soft: 'reduce' },
    'soothe', 'calm', 'heal', 'cure', 'relieve', 'alleviate', 'remedy',
  ],
};

/** Verbs that claim a measurable improvement; acceptable once hedged or
 * phrased about appearance. */
export const efficacyVerb: WordList = {
  id: 'efficacy-verb',
  description: 'Verbs of reduction or improvement (rulebook 6.3, "reduce scars" unqualified).',
  entries: [
    { phrase: 'reduce', soft: 'reduce' },
    { phrase: 'minimize', soft: 'minimize' },
    { phrase: 'diminish', soft: 'reduce' },
    { phrase: 'lessen', soft: 'reduce' },
    { phrase: 'decrease', soft: 'reduce' },
    { phrase: 'shrink', soft: 'reduce' },
    { phrase: 'fade', soft: 'fade' },
    { phrase: 'lighten', soft: 'lighten' },
    { phrase: 'improve', soft: 'improve' },
    { phrase: 'fight', soft: 'reduce' },
    { phrase: 'combat', soft: 'reduce' },
    { phrase: 'tackle', soft: 'reduce' },
    { phrase: 'smooth out', soft: 'smooth' },
    { phrase: 'smooth away', soft: 'smooth' },
    { phrase: 'iron out', soft: 'smooth' },
    { phrase: 'tighten', soft: 'tighten' },
    { phrase: 'lift', soft: 'lift' },
    { phrase: 'firm', soft: 'firm' },
    { phrase: 'soften', soft: 'soften' },
    { phrase: 'flatten', soft: 'smooth' },
    { phrase: 'lose', soft: 'reduce' },
    { phrase: 'slash', soft: 'reduce' },
  ],
};

/** Verbs that claim to treat, cure or prevent a condition (rulebook 6.1). */
export const treatVerb: WordList = {
  id: 'treat-verb',
  description: 'Therapeutic verbs.',
  entries: [
    'treat', 'cure', 'heal', 'relieve', 'remedy', 'alleviate', 'soothe', 'calm', 'clear', 'clear up', 'prevent', 'stop',
    'combat', 'fight', 'fights off', 'manage', 'control', 'ease', 'treating', 'eliminate', 'eradicate', 'get rid of',
    'banish', 'beat', 'kill', 'reduce', 'minimize', 'diminish', 'resolve', 'repair', 'improve', 'correct', 'fix',
    'reverse', 'tackle', 'help with', 'protect against', 'guard against', 'ward off', 'stop the spread of',
  ],
};

/** Verbs that claim to change the body's structure or function (rulebook 6.2). */
export const physioVerb: WordList = {
  id: 'physio-verb',
  description: 'Verbs acting on body structures and processes.',
  entries: [
    'stimulate', 'boost', 'increase', 'induce', 'trigger', 'activate', 'reactivate', 'promote', 'rebuild', 'regenerate',
    'repair', 'restore', 'renew', 'reconstruct', 'remodel', 'produce', 'strengthen', 'thicken', 'inhibit', 'block',
    'accelerate', 'enhance', 'encourage', 'kick-start', 'kickstart', 'jump-start', 'jumpstart', 'awaken', 'wake up',
    'switch on', 'turn on', 'recruit', 'grow', 'regrow', 'build', 'rejuvenate', 'revitalize', 'revive', 'reawaken',
    'destroy', 'kill', 'freeze', 'paralyze', 'relax', 'change', 'alter', 'supply', 'create', 'form', 'generate',
    'replenish', 'reprogram', 'penetrate', 'reach', 'nourish', 'feed', 'energize', 'oxygenate', 'detoxify', 'detox',
    'reduce', 'decrease', 'lower', 'suppress', 'regulate', 'normalize', 'balance', 'slow', 'slow down', 'halt', 'stop',
    'reverse', 'prevent', 'unclog', 'open', 'shrink', 'target', 'bind to', 'break down', 'dissolve', 'elevate',
    'improve', 'restructure', 'reorganize', 'tighten', 'contract', 'plump up', 'multiply', 'speed up', 'fire up',
    'signal', 'instruct', 'tell', 'communicate with', 'reactivate', 'switch back on', 'reset', 'heal',
  ],
};

/** Verbs that make something else act: said of a body structure with "to"
 * ("causes the pigment to lighten", "prompts fat cells to break down") they
 * claim the change of function itself (rulebook 6.2). */
export const causativeVerb: WordList = {
  id: 'causative-verb',
  description: 'Verbs that make a body structure act, before "to" and a verb (cause, prompt, force, coax, push, allow, enable, help).',
  entries: ['cause', 'prompt', 'force', 'coax', 'push', 'drive', 'allow', 'enable', 'help', 'get'],
};
