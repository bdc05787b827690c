// The few word forms a rewrite has to spell: the past participle of the soft
// verbs rewrites use ("reduced appearance of"), and "a" or "an" before a
// word. Hand-written: the verbs are a closed set, and the articles follow
// the sound of the next word, which a short list of exceptions covers.

const IRREGULAR_PARTICIPLES: Record<string, string> = { undo: 'undone', rid: 'rid', fight: 'fought', shrink: 'shrunk' };

/** "reduce" -> "reduced", "minimise" -> "minimised", "even" -> "evened". */
export function pastParticiple(verb: string): string {
  const words = verb.split(' ');
  const head = words[0]!;
  const irregular = IRREGULAR_PARTICIPLES[head];
  let form: string;
  if (irregular) form = irregular;
  else if (head.endsWith('e')) form = `${head}d`;
  else if (/[^aeiou]y$/.test(head)) form = `${head.slice(0, -1)}ied`;
  else if (/^[^aeiou]*[aeiou][bdgmnprt]$/.test(head)) form = `${head}${head.slice(-1)}ed`;
  else form = `${head}ed`;
  return [form, ...words.slice(1)].join(' ');
}

// Words that start with a vowel letter and a consonant sound, and the reverse.
const CONSONANT_SOUND = /^(uni|use|usu|uti|ure|eu|one|once|ubiq)/i;
const VOWEL_SOUND = /^(hour|honest|honou?r|heir)/i;

/** "a" or "an" for the word that follows. */
export function articleFor(word: string): 'a' | 'an' {
  // An initialism is read letter by letter: "an FDA-cleared", "an LED mask".
  const initialism = /^[A-Z]{2,}(?![a-z])/.exec(word)?.[0];
  if (initialism) return /^[AEFHILMNORSX]/.test(initialism) ? 'an' : 'a';
  if (VOWEL_SOUND.test(word)) return 'an';
  if (/^[aeiou]/i.test(word) && !CONSONANT_SOUND.test(word)) return 'an';
  if (/^[0-9]/.test(word)) return /^(8|11|18|80)/.test(word) ? 'an' : 'a';
  return 'a';
}
