// Small helpers for rules that read their own word lists.
import type { WordList } from './matcher.js';
import { wordKey } from './normalize.js';

/** The phrases of a list, without their attributes. */
export function phrasesOf(list: WordList): string[] {
  return list.entries.map((e) => (typeof e === 'string' ? e : e.phrase));
}

/** Matching keys of a list's one-word phrases (and any extra words). */
export function keySetOf(list: WordList, extra: readonly string[] = []): Set<string> {
  return new Set([...phrasesOf(list), ...extra].filter((w) => !/\s/.test(w)).map((w) => wordKey(w)));
}
