// Letters of other scripts drawn like Latin ones, as copy uses them to slip
// a word past a filter: "c\u043errects" with a Cyrillic o reads as "corrects" to
// everyone but a string comparison. A word that mixes Latin letters with
// these is read with them as Latin (the idea of Unicode's confusables
// skeleton, UTS #39, kept to letters: its full table also folds Latin into
// Latin, "m" into "rn", which would change plain words). A word wholly in
// another script is left alone.

/** Look-alike letter → the Latin letter it is drawn as. */
const LATIN_OF: Readonly<Record<string, string>> = {
  // Cyrillic capitals and small letters.
  '\u0410': 'A', '\u0412': 'B', '\u0415': 'E', '\u041a': 'K', '\u041c': 'M', '\u041d': 'H', '\u041e': 'O', '\u0420': 'P',
  '\u0421': 'C', '\u0422': 'T', '\u0423': 'Y', '\u0425': 'X', '\u0405': 'S', '\u0406': 'I', '\u0408': 'J', '\u04ae': 'Y',
  '\u04c0': 'I', '\u051a': 'Q', '\u051c': 'W',
  '\u0430': 'a', '\u0435': 'e', '\u043e': 'o', '\u0440': 'p', '\u0441': 'c', '\u0443': 'y', '\u0445': 'x', '\u0455': 's',
  '\u0456': 'i', '\u0458': 'j', '\u04bb': 'h', '\u0501': 'd', '\u051b': 'q', '\u051d': 'w', '\u04cf': 'l', '\u043a': 'k',
  // Greek capitals and small letters.
  '\u0391': 'A', '\u0392': 'B', '\u0395': 'E', '\u0396': 'Z', '\u0397': 'H', '\u0399': 'I', '\u039a': 'K', '\u039c': 'M',
  '\u039d': 'N', '\u039f': 'O', '\u03a1': 'P', '\u03a4': 'T', '\u03a5': 'Y', '\u03a7': 'X',
  '\u03b1': 'a', '\u03b9': 'i', '\u03ba': 'k', '\u03bd': 'v', '\u03bf': 'o', '\u03c1': 'p', '\u03c5': 'u', '\u03f2': 'c',
  '\u03f3': 'j',
  // Armenian small letters.
  '\u0585': 'o', '\u057d': 'u', '\u0578': 'n', '\u0570': 'h',
};

const LOOK_ALIKE = new RegExp(`[${Object.keys(LATIN_OF).join('')}]`, 'g');
const HAS_LOOK_ALIKE = new RegExp(LOOK_ALIKE.source);
const LATIN_LETTER = /[A-Za-z]/;

/** The word with look-alike letters read as Latin, when it mixes them with Latin letters. */
export function latinLookAlikes(word: string): string {
  if (!HAS_LOOK_ALIKE.test(word) || !LATIN_LETTER.test(word)) return word;
  return word.replace(LOOK_ALIKE, (c) => LATIN_OF[c]!);
}
