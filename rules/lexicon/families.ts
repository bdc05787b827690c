// Word families: from a base word and the few facts English spelling cannot
// predict (an irregular past, a noun like "relief"), the whole family of
// forms, and from the family the forms the matcher needs. The matcher folds
// plural and verb endings, a silent e and the common British/American
// spellings itself (src/text/inflection.ts, src/text/word-key.ts), so a list needs only
// the forms that folding does not reach: derivations ("treatment",
// "treatable"), irregular forms ("regrew", "proven"), noun forms ("relief")
// and the spellings the folding rules leave apart ("anaesthetic", "grey").
// Which forms those are is decided by asking the matcher's own key function,
// not by a second copy of its rules.
import { phraseKeys, type WordList } from '../../src/match/matcher.js';
import { familyListsJson, spellingsJson } from '../../src/shared/build-constants.js';

export type PartOfSpeech = 'verb' | 'noun' | 'adjective' | 'adverb';

/** How a form came from the base: what a list keeps and a doc explains. */
export type Derivation = 'base' | 'inflection' | 'irregular' | 'derived';

export interface FamilySpec {
  /** The lemma. Write the British spelling where the two differ: the American
   * one is generated (the reverse is only known for the pairs in SPELLING_PAIRS). */
  base: string;
  pos: PartOfSpeech;
  /** Derived words, by their part of speech: "-ment" attaches a suffix with
   * English spelling rules (treat -> treatment, cure -> curable); a bare word
   * is taken as it is (relieve -> relief). */
  nouns?: readonly string[];
  verbs?: readonly string[];
  adjectives?: readonly string[];
  adverbs?: readonly string[];
  /** Adjectives: also "-er"/"-est" (fast -> faster, fastest) or, with
   * "more", "more X"/"most X". */
  compare?: 'er' | 'more';
  /** Verbs of more than one syllable that double their last consonant
   * (control -> controlled); one-syllable verbs are worked out. */
  double?: boolean;
  /** Nouns with no plural in claims ("relief", "evidence"). */
  uncountable?: boolean;
  /** Attributes every form of the family carries (e.g. `soft` for rewrites). */
  attrs?: Readonly<Record<string, string>>;
}

export interface FamilyForm {
  form: string;
  pos: PartOfSpeech;
  lemma: string;
  via: Derivation;
  /** The other spelling (British or American) of the form named here. */
  spellingOf?: string;
}

// ---------------------------------------------------------------------------
// Irregular verbs that claims use, with those built on them by a prefix
// (regrow, rebuild, undo). Where both a regular and an irregular form are in
// use ("proved"/"proven", "burned"/"burnt") both are listed.

const IRREGULAR: Readonly<Record<string, readonly [past: readonly string[], participle: readonly string[]]>> = {
  be: [['was', 'were'], ['been']],
  become: [['became'], ['become']],
  beat: [['beat'], ['beaten']],
  bleed: [['bled'], ['bled']],
  break: [['broke'], ['broken']],
  bring: [['brought'], ['brought']],
  build: [['built'], ['built']],
  burn: [['burned', 'burnt'], ['burned', 'burnt']],
  come: [['came'], ['come']],
  cut: [['cut'], ['cut']],
  do: [['did'], ['done']],
  draw: [['drew'], ['drawn']],
  fall: [['fell'], ['fallen']],
  feed: [['fed'], ['fed']],
  feel: [['felt'], ['felt']],
  fight: [['fought'], ['fought']],
  find: [['found'], ['found']],
  freeze: [['froze'], ['frozen']],
  get: [['got'], ['got', 'gotten']],
  give: [['gave'], ['given']],
  go: [['went'], ['gone']],
  grow: [['grew'], ['grown']],
  have: [['had'], ['had']],
  hide: [['hid'], ['hidden']],
  hold: [['held'], ['held']],
  hurt: [['hurt'], ['hurt']],
  keep: [['kept'], ['kept']],
  know: [['knew'], ['known']],
  lead: [['led'], ['led']],
  leave: [['left'], ['left']],
  lose: [['lost'], ['lost']],
  make: [['made'], ['made']],
  overcome: [['overcame'], ['overcome']],
  prove: [['proved'], ['proved', 'proven']],
  rid: [['rid', 'ridded'], ['rid']],
  rise: [['rose'], ['risen']],
  say: [['said'], ['said']],
  see: [['saw'], ['seen']],
  set: [['set'], ['set']],
  shake: [['shook'], ['shaken']],
  show: [['showed'], ['shown', 'showed']],
  shrink: [['shrank', 'shrunk'], ['shrunk', 'shrunken']],
  sleep: [['slept'], ['slept']],
  speed: [['sped', 'speeded'], ['sped', 'speeded']],
  spread: [['spread'], ['spread']],
  stick: [['stuck'], ['stuck']],
  sting: [['stung'], ['stung']],
  strike: [['struck'], ['struck', 'stricken']],
  swell: [['swelled'], ['swollen', 'swelled']],
  take: [['took'], ['taken']],
  tear: [['tore'], ['torn']],
  tell: [['told'], ['told']],
  think: [['thought'], ['thought']],
  wake: [['woke'], ['woken']],
  wear: [['wore'], ['worn']],
  win: [['won'], ['won']],
  wind: [['wound'], ['wound']],
  write: [['wrote'], ['written']],
};

const VERB_PREFIXES = ['re', 'un', 'over', 'out', 'under', 'up', 'with', 'fore', 'mis'];

function irregularOf(verb: string): readonly [readonly string[], readonly string[]] | undefined {
  const own = IRREGULAR[verb];
  if (own) return own;
  for (const p of VERB_PREFIXES) {
    if (!verb.startsWith(p)) continue;
    const rest = IRREGULAR[verb.slice(p.length)];
    if (rest) return [rest[0].map((w) => p + w), rest[1].map((w) => p + w)];
  }
  return undefined;
}

/** Comparatives that do not follow "-er"/"-est". */
const IRREGULAR_COMPARE: Readonly<Record<string, readonly [string, string]>> = {
  good: ['better', 'best'],
  well: ['better', 'best'],
  bad: ['worse', 'worst'],
  far: ['further', 'furthest'],
};

// ---------------------------------------------------------------------------
// Spelling rules for attaching endings.

const VOWELS = 'aeiou';
const isVowel = (c: string | undefined) => c !== undefined && VOWELS.includes(c);

/** One syllable ending consonant-vowel-consonant ("stop", "slim", "zap"),
 * whose last consonant doubles before a vowel ending. */
function doublesLast(word: string): boolean {
  if (!/^[a-z]+$/.test(word)) return false;
  const n = word.length;
  if (n < 3) return false;
  const [a, b, c] = [word[n - 3]!, word[n - 2]!, word[n - 1]!];
  if (isVowel(a) || !isVowel(b) || isVowel(c) || 'wxy'.includes(c)) return false;
  // one vowel group only: "stop" yes, "target" no
  return word.slice(0, -2).split('').every((ch) => !isVowel(ch)) || /^(qu|squ)/.test(word);
}

/** Attaches a suffix to a word with English spelling rules. */
export function attach(word: string, suffix: string, double = false): string {
  const last = word[word.length - 1]!;
  const beforeLast = word[word.length - 2];
  const vowelSuffix = isVowel(suffix[0]) || suffix[0] === 'y';
  if (suffix === 'ly') {
    if (/[^aeiou]le$/.test(word)) return word.slice(0, -1) + 'y'; // gentle -> gently
    if (/ic$/.test(word)) return word + 'ally'; // dramatic -> dramatically
    if (/[^aeiou]y$/.test(word)) return word.slice(0, -1) + 'ily'; // easy -> easily
    if (/ll$/.test(word)) return word + 'y'; // full -> fully
    return word + 'ly';
  }
  if (last === 'y' && !isVowel(beforeLast) && suffix[0] !== 'i') {
    return word.slice(0, -1) + 'i' + suffix; // remedy -> remedial, remedied
  }
  if (last === 'e' && vowelSuffix) {
    if (/(ee|ye|oe)$/.test(word) && suffix[0] === 'e') return word + suffix.slice(1); // agree -> agreed
    if (/(ee|ye|oe)$/.test(word)) return word + suffix; // agree -> agreeing
    if (/[cg]e$/.test(word) && /^[ao]/.test(suffix)) return word + suffix; // notice -> noticeable
    if (/ie$/.test(word) && suffix === 'ing') return word.slice(0, -2) + 'ying'; // die -> dying
    return word.slice(0, -1) + suffix; // cure -> curable
  }
  if (vowelSuffix && (double || doublesLast(word))) return word + last + suffix; // stop -> stopped
  return word + suffix;
}

function plural(word: string): string {
  if (/[^aeiou]is$/.test(word)) return word.slice(0, -2) + 'es'; // diagnosis -> diagnoses
  if (/(s|x|z|ch|sh)$/.test(word)) return word + 'es';
  if (/[^aeiou]y$/.test(word)) return word.slice(0, -1) + 'ies';
  return word + 's';
}

/** Applies `fn` to the head of a phrase: the first word of a phrasal verb
 * ("get rid of"), the last part of a hyphenated one ("kick-start"). */
function onHead(phrase: string, pos: PartOfSpeech, fn: (w: string) => string): string {
  if (pos === 'verb') {
    const words = phrase.split(' ');
    const head = words[0]!;
    const parts = head.split('-');
    parts[parts.length - 1] = fn(parts[parts.length - 1]!);
    words[0] = parts.join('-');
    return words.join(' ');
  }
  // nouns: the last word ("skin tag" -> "skin tags")
  const words = phrase.split(' ');
  words[words.length - 1] = fn(words[words.length - 1]!);
  return words.join(' ');
}

function headOf(phrase: string): string {
  const first = phrase.split(' ')[0]!;
  const parts = first.split('-');
  return parts[parts.length - 1]!;
}

// ---------------------------------------------------------------------------
// British and American spellings. src/text/word-key.ts folds -ise/-ize, -yse/-yze,
// -our/-or after three letters, word-initial ae/oe, haem-, four -re words
// and "ageing"; what those rules leave apart is generated here, and a test
// checks that each rule still yields a form the folding misses.

/** British pattern -> American replacement, applied to one word, unless the
 * word matches the rule's exception (a word spelt the same in both). */
const SPELLING_RULES: ReadonlyArray<readonly [RegExp, string, RegExp?]> = [
  [/aesth/, 'esth'], // anaesthetic
  [/aem/, 'em'], // anaemia, leukaemia, septicaemia
  [/paed/, 'ped'], // paediatric, orthopaedic
  [/oedem/, 'edem'], // lymphoedema, lipoedema
  [/oestr/, 'estr'], // oestrogen
  [/oesoph/, 'esoph'], // oesophagus
  [/(rrh|pn)oe/, '$1e'], // seborrhoea, diarrhoea, apnoea
  [/foet/, 'fet'], // foetal
  [/coel/, 'cel'], // coeliac
  [/gynaec/, 'gynec'], // gynaecology
  [/naev/, 'nev'], // naevus
  [/haem/, 'hem'], // haematoma
  [/ageing/, 'aging'], // photoageing (the folding joins only the word "ageing")
  // odour, colour; not flour, devour, contour (the folding takes only words
  // with three letters before -our, so "odour" is left to this rule)
  [/^([a-z]{2,})our(s|ed|ing|ful|less|able|ably|ite|ites|ise|ize|ism|ant|ants|ist|ists|ation)?$/, '$1or$2', /^(flour|scour|devour|detour|contour|velour|amour|paramour|troubadour)/],
  // sterilisable; not advise, exercise, promise, bruise
  [
    /^([a-z]+)is(e|es|ed|ing|er|ers|able|ability|ation|ations|ational)$/,
    '$1iz$2',
    /(advis|advertis|exercis|promis|surpris|premis|compromis|expertis|franchis|televis|excis|incis|revis|supervis|improvis|devis|disguis|rais|prais|nois|pois|treatis|concis|precis|paradis|merchandis|enterpris|despis|chastis|circumcis|demis|appris|compris|bruis|cruis|repris|mortis|valis|chemis|practis|surmis|ceris)|^(a|sun|up)?ris(e|es|en|ing)$|wise$/,
  ],
  [/ys(e|es|ed|ing|er|ers)$/, 'yz$1'], // analyse
  [/^([a-z]+[bt])re(s|d)?$/, '$1er$2', /^(macabre|timbre)/], // fibre, lustre, theatre
  [/^(licen|defen|offen|preten)ce(s|d)?$/, '$1se$2'], // licence
  [/^(cata|dia|ana)logue(s)?$/, '$1log$2'], // catalogue
  [/programme(s|d)?$/, 'program$1'], // programme, reprogramme
  [/^(skil|wil)ful(ly)?$/, '$1lful$2'], // skilful
  [/^manoeuvr/, 'maneuver'],
];

/** Spellings no rule predicts, both ways round. */
const SPELLING_PAIRS: ReadonlyArray<readonly [british: string, american: string]> = [
  ['grey', 'gray'],
  ['mould', 'mold'],
  ['moustache', 'mustache'],
  ['sulphate', 'sulfate'],
  ['sulphur', 'sulfur'],
  ['sulphite', 'sulfite'],
  ['aluminium', 'aluminum'],
  ['liquorice', 'licorice'],
  ['sceptical', 'skeptical'],
  ['judgement', 'judgment'],
  ['artefact', 'artifact'],
  ['pyjamas', 'pajamas'],
  ['cosy', 'cozy'],
  ['ageing', 'aging'],
  ['anaesthetise', 'anesthetize'],
];

/** Endings a spelling pair may carry: grey -> greying, greyer, greyness. */
const PAIR_ENDINGS = new Set(['', 's', 'es', 'ed', 'd', 'ing', 'er', 'est', 'ish', 'ness', 'ly', 'y', 'ic', 'ical']);

/** The other spellings of one word (British -> American by rule; either way
 * for the listed pairs). */
export function spellingVariants(word: string): string[] {
  const out = new Set<string>();
  let us = word;
  for (const [re, to, unless] of SPELLING_RULES) if (!unless?.test(us)) us = us.replace(re, to);
  if (us !== word) out.add(us);
  for (const [uk, am] of SPELLING_PAIRS) {
    for (const [from, to] of [
      [uk, am],
      [am, uk],
    ] as const) {
      if (word.startsWith(from) && PAIR_ENDINGS.has(word.slice(from.length))) out.add(to + word.slice(from.length));
    }
  }
  out.delete(word);
  return [...out];
}

/** Each phrase's spellings, seeded with those of the bundled rule pack
 * (written in at build time, scripts/engine-defines.js): the spelling rules
 * are some thirty regular expressions a word, and loading the lexicon spells
 * thousands of phrases, most of a start-up's work if done on every run. */
let spellingMemo: Map<string, readonly string[]> | undefined;

/** Each phrase's spellings less any whose matching key an earlier one has
 * (withSpellings'), seeded like the spellings: working them out reads every
 * spelling's word keys, which loading the lexicon would otherwise do on
 * every run, the prefilter's too. */
let distinctMemo: Map<string, readonly string[]> | undefined;

/** Every spelling of a phrase, word by word (the phrase itself first). */
export function phraseSpellings(phrase: string): readonly string[] {
  spellingMemo ??= decodeSpellings(spellingsJson());
  let spellings = spellingMemo.get(phrase);
  if (!spellings) {
    const words = phrase.split(/([\s-]+)/);
    let options: string[] = [''];
    for (const w of words) {
      const alts = /^[\s-]+$/.test(w) || w === '' ? [w] : [w, ...spellingVariants(w.toLowerCase())];
      options = options.flatMap((o) => alts.map((a) => o + a));
    }
    spellings = [...new Set(options)];
    spellingMemo.set(phrase, spellings);
  }
  return spellings;
}

/** Every phrase spelt so far and its spellings, for scripts/engine-defines.js
 * to write in: the phrases with one spelling (nearly all) as one string, the
 * others with their other spellings. */
export function knownSpellings(): string {
  const plain: string[] = [];
  const respelt: Record<string, readonly string[]> = {};
  for (const [phrase, spellings] of spellingMemo ?? []) {
    if (spellings.length === 1) plain.push(phrase);
    else respelt[phrase] = spellings.slice(1);
  }
  return JSON.stringify({ plain: plain.join('\n'), respelt, distinct: Object.fromEntries(distinctMemo ?? []) });
}

function decodeSpellings(json: string | undefined): Map<string, readonly string[]> {
  const memo = new Map<string, readonly string[]>();
  distinctMemo = new Map();
  if (json === undefined) return memo;
  const { plain, respelt, distinct } = JSON.parse(json) as { plain: string; respelt: Record<string, string[]>; distinct: Record<string, string[]> };
  if (plain !== '') for (const phrase of plain.split('\n')) memo.set(phrase, [phrase]);
  for (const [phrase, others] of Object.entries(respelt)) memo.set(phrase, [phrase, ...others]);
  for (const [phrase, kept] of Object.entries(distinct)) distinctMemo.set(phrase, kept);
  return memo;
}

/** The spellings of a phrase of more than one whose matching keys differ:
 * the first of each key. */
function distinctSpellings(phrase: string, spellings: readonly string[]): readonly string[] {
  let kept = distinctMemo!.get(phrase);
  if (!kept) {
    const keys = new Set<string>();
    kept = spellings.filter((p) => {
      const key = phraseKey(p);
      if (keys.has(key)) return false;
      keys.add(key);
      return true;
    });
    distinctMemo!.set(phrase, kept);
  }
  return kept;
}

// ---------------------------------------------------------------------------
// Families.

function inflections(base: string, pos: PartOfSpeech, spec: FamilySpec): Array<[string, Derivation]> {
  const out: Array<[string, Derivation]> = [];
  if (pos === 'verb') {
    const head = headOf(base);
    const irregular = irregularOf(head);
    out.push([onHead(base, 'verb', (w) => (/[^aeiouy]o$/.test(w) ? w + 'es' : plural(w))), 'inflection']);
    out.push([onHead(base, 'verb', (w) => attach(w, 'ing', spec.double)), 'inflection']);
    if (irregular) {
      for (const p of [...irregular[0], ...irregular[1]]) out.push([onHead(base, 'verb', () => p), p === attach(head, 'ed', spec.double) ? 'inflection' : 'irregular']);
    } else {
      out.push([onHead(base, 'verb', (w) => attach(w, 'ed', spec.double)), 'inflection']);
    }
  } else if (pos === 'noun') {
    if (!spec.uncountable) out.push([onHead(base, 'noun', plural), 'inflection']);
  } else if (pos === 'adjective' && spec.compare) {
    const irregular = IRREGULAR_COMPARE[base];
    if (irregular) {
      out.push([irregular[0], 'irregular'], [irregular[1], 'irregular']);
    } else if (spec.compare === 'er') {
      out.push([attach(base, 'er'), 'inflection'], [attach(base, 'est'), 'inflection']);
    } else {
      out.push([`more ${base}`, 'inflection'], [`most ${base}`, 'inflection']);
    }
  }
  return out;
}

function derive(base: string, pos: PartOfSpeech, item: string, spec: FamilySpec): string {
  if (!item.startsWith('-')) return item;
  const suffix = item.slice(1);
  // Derivations attach to the head of a phrasal verb only when it is one word.
  if (base.includes(' ')) throw new Error(`family "${base}": derive "${item}" needs a one-word base`);
  if (pos === 'verb' && /^(ion|ation)$/.test(suffix) && base.endsWith('ate')) return base.slice(0, -1) + 'ion';
  return attach(base, suffix, spec.double);
}

/** Every form of a family, the base first, without repeats. */
export function expandFamily(spec: FamilySpec): FamilyForm[] {
  const seen = new Map<string, FamilyForm>();
  const add = (form: string, pos: PartOfSpeech, via: Derivation, spellingOf?: string) => {
    if (!seen.has(form)) seen.set(form, { form, pos, lemma: spec.base, via, ...(spellingOf ? { spellingOf } : {}) });
  };
  add(spec.base, spec.pos, 'base');
  for (const [f, via] of inflections(spec.base, spec.pos, spec)) add(f, spec.pos, via);
  const groups: Array<[PartOfSpeech, readonly string[] | undefined]> = [
    ['noun', spec.nouns],
    ['verb', spec.verbs],
    ['adjective', spec.adjectives],
    ['adverb', spec.adverbs],
  ];
  for (const [pos, items] of groups) {
    for (const item of items ?? []) {
      const form = derive(spec.base, spec.pos, item, spec);
      add(form, pos, 'derived');
      // A derived noun has a plural; a derived verb its inflections.
      if (pos === 'noun' && !spec.uncountable && !/(ness|ity|ence|ance|ism|ics|ing)$/.test(form)) add(onHead(form, 'noun', plural), pos, 'inflection');
      if (pos === 'verb') for (const [f] of inflections(form, 'verb', { ...spec, double: false })) add(f, pos, 'inflection');
    }
  }
  for (const f of [...seen.values()]) {
    for (const s of phraseSpellings(f.form).slice(1)) add(s, f.pos, f.via, f.form);
  }
  return [...seen.values()];
}

/** The matching key of a phrase: its words' keys, as the matcher makes them. */
export function phraseKey(phrase: string): string {
  return phraseKeys(phrase).join(' ');
}

/** The forms a list needs: one for each distinct matching key, the first
 * met (the base before its derivations). Forms that folding joins to one
 * already kept add nothing. */
export function matchForms(forms: readonly FamilyForm[]): FamilyForm[] {
  const keys = new Set<string>();
  const out: FamilyForm[] = [];
  for (const f of forms) {
    const key = phraseKey(f.form);
    if (keys.has(key)) continue;
    keys.add(key);
    out.push(f);
  }
  return out;
}

export interface FamilyListOptions {
  /** Keep only forms of these parts of speech (e.g. the nouns of verb families). */
  pos?: readonly PartOfSpeech[];
  /** Keep only forms made this way (e.g. the comparatives of adjectives, not the adjectives). */
  via?: readonly Derivation[];
  /** Keep only the forms this accepts (e.g. superlatives, not comparatives). */
  keep?: (form: FamilyForm) => boolean;
  /** Plain phrases added to the list as they are (idioms with no family). */
  phrases?: ReadonlyArray<string | ({ phrase: string } & Record<string, string>)>;
}

type Entry = string | ({ phrase: string } & Record<string, string>);

/** The bundled rule pack's family lists' entries by list id (written in at
 * build time, scripts/engine-defines.js): expanding the families is most of
 * what loading the lexicon costs. */
let writtenLists: ReadonlyMap<string, Entry[]> | undefined;
/** The entries of each family list made so far, for the build to write in;
 * null for an id two different lists were made under. */
const madeLists = new Map<string, Entry[] | null>();

/** Every family list made so far, as JSON, for scripts/engine-defines.js. */
export function knownFamilyLists(): string {
  const clash = [...madeLists].filter(([, entries]) => entries === null).map(([id]) => id);
  if (clash.length > 0) throw new Error(`family lists made twice under one id, differently: ${clash.join(', ')}`);
  return JSON.stringify(Object.fromEntries(madeLists));
}

/** A word list of the forms families need, each entry carrying its lemma and
 * part of speech (and the family's attributes) for the judge and rewrites. */
export function familyList(id: string, description: string, specs: readonly FamilySpec[], options: FamilyListOptions = {}): WordList {
  if (!writtenLists) {
    const json = familyListsJson();
    writtenLists = new Map(json === undefined ? [] : Object.entries(JSON.parse(json) as Record<string, Entry[]>));
  }
  const written = writtenLists.get(id);
  if (written) return { id, description, entries: written };
  // Repeats across families are left in: the lexicon tests report them, as
  // they report any list's repeats, so a family is never silently shadowed.
  const entries: Entry[] = [];
  for (const spec of specs) {
    for (const f of matchForms(expandFamily(spec))) {
      if (options.pos && !options.pos.includes(f.pos)) continue;
      if (options.via && !options.via.includes(f.via)) continue;
      if (options.keep && !options.keep(f)) continue;
      entries.push({ ...spec.attrs, phrase: f.form, lemma: f.lemma, pos: f.pos });
    }
  }
  entries.push(...(options.phrases ?? []));
  const made = madeLists.get(id);
  madeLists.set(id, made === undefined || (made !== null && JSON.stringify(made) === JSON.stringify(entries)) ? entries : null);
  return { id, description, entries };
}

/** Entries with the other spellings of each phrase that folding does not
 * reach, for lists of names ("seborrhoeic dermatitis" -> "seborrheic
 * dermatitis"). Attributes are copied to the variants. */
export function withSpellings(entries: readonly Entry[]): Entry[] {
  const out: Entry[] = [];
  for (const e of entries) {
    const phrase = typeof e === 'string' ? e : e.phrase;
    const spellings = phraseSpellings(phrase);
    // Nearly every phrase has one spelling, and its key is not needed to tell it from others.
    if (spellings.length === 1) {
      out.push(typeof e === 'string' ? phrase : { ...e, phrase });
      continue;
    }
    for (const p of distinctSpellings(phrase, spellings)) out.push(typeof e === 'string' ? p : { ...e, phrase: p });
  }
  return out;
}
