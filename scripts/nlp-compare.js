#!/usr/bin/env node
// Compares maintained English NLP libraries (wink-nlp with
// wink-eng-lite-web-model, compromise, wink-lemmatizer) with claimlint's
// hand-written word handling, on the real sentences in ../shared/eval/.
// docs/nlp-evaluation.md reports the results and what they mean.
//
// The libraries are not claimlint dependencies. Install them once with
//   npm ci --prefix scripts/nlp
// and build claimlint (npm run build): the script reads claimlint's own
// tokeniser, verb-form reader and judge from dist/.
//
//   node scripts/nlp-compare.js [pos|lemmas|negation|cost|all] [--eval DIR]
//        cost takes [--runs N] (start-up runs, default 15) [--only startup,bundle,throughput]
// Per-item predictions (with text) go to the gitignored scripts/nlp/work/.
//   node scripts/nlp-compare.js sheet pos|negation   writes a labelling sheet (with text) to scripts/nlp/work/
//   node scripts/nlp-compare.js import pos|negation  turns a filled sheet into the committed labels
//
// The labels (scripts/nlp/labels-*.tsv) are keyed by eval file, line and
// character offset and carry no eval text: the sentences stay in shared/.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { FORMS } from './nlp/families.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const here = path.join(root, 'scripts', 'nlp');
const work = path.join(here, 'work');
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
const positional = args.filter((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--'));
const command = positional[0] ?? 'all';
// ../shared/eval beside the repository (a worktree may sit one level deeper).
const defaultEval = [1, 2, 3].map((up) => path.join(root, ...Array(up).fill('..'), 'shared', 'eval')).find((d) => existsSync(d));
const evalDir = path.resolve(option('--eval', defaultEval ?? path.join(root, '..', 'shared', 'eval')));
const EVAL_FILES = ['dev.jsonl', 'train.jsonl', 'clinic-pages.jsonl'];

// ---------------------------------------------------------------------------
// Loading: the libraries from scripts/nlp, claimlint from dist/

const requireNlp = createRequire(path.join(here, 'package.json'));
function nlpLibrary(name) {
  try {
    return requireNlp(name);
  } catch (error) {
    if (error?.code !== 'MODULE_NOT_FOUND') throw error;
    console.error(`nlp-compare: ${name} is not installed; run: npm ci --prefix scripts/nlp`);
    process.exit(2);
  }
}

/** Finds the compiled module that exports `name` under dist/ (src/ is being
 * reorganised into folders: the script should not pin a path). */
const distIndex = new Map();
async function fromDist(name, hint) {
  const dist = path.join(root, 'dist');
  if (!existsSync(dist)) {
    console.error('nlp-compare: dist/ is missing; run npm run build first');
    process.exit(2);
  }
  if (distIndex.size === 0) {
    for (const f of readdirSync(dist, { recursive: true }).map(String)) {
      if (f.endsWith('.js') && !f.startsWith('bundle')) distIndex.set(f, path.join(dist, f));
    }
  }
  const files = [...distIndex.keys()].sort((a, b) => Number(!a.endsWith(`/${hint}.js`)) - Number(!b.endsWith(`/${hint}.js`)));
  for (const f of files) {
    if (!readFileSync(distIndex.get(f), 'utf8').includes(name)) continue;
    const m = await import(pathToFileURL(distIndex.get(f)).href);
    if (m[name] !== undefined) return m[name];
  }
  throw new Error(`nlp-compare: no module under dist/ exports ${name}`);
}

// ---------------------------------------------------------------------------
// The eval sentences and the trigger occurrences in them

function readEval() {
  const rows = [];
  for (const file of EVAL_FILES) {
    const p = path.join(evalDir, file);
    if (!existsSync(p)) {
      console.error(`nlp-compare: ${p} not found (pass --eval DIR)`);
      process.exit(2);
    }
    readFileSync(p, 'utf8')
      .split('\n')
      .forEach((l, i) => {
        if (l.trim()) rows.push({ file, line: i + 1, ...JSON.parse(l) });
      });
  }
  return rows;
}

const wordSegmenter = new Intl.Segmenter('en', { granularity: 'word' });

/** Every token of the eval sentences that belongs to a trigger family. */
function triggerOccurrences(rows) {
  const out = [];
  for (const row of rows) {
    for (const s of wordSegmenter.segment(row.text)) {
      if (!s.isWordLike) continue;
      const form = s.segment.toLowerCase();
      const entry = FORMS.get(form);
      if (entry) out.push({ file: row.file, line: row.line, offset: s.index, length: s.segment.length, form, ...entry, row });
    }
  }
  return out;
}

const hash = (s) => {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619) >>> 0;
  return h;
};
const keyOf = (o) => `${o.file}:${o.line}:${o.offset}`;

// The families the issue names get more of the sample: they are the words
// the rules and the rewrites meet most.
const NAMED = new Set(['reduce', 'treat', 'heal', 'stimulate', 'boost', 'permanent', 'safe', 'painless', 'prove', 'instant', 'last', 'repair', 'relieve']);

/** A fixed sample: up to 3 occurrences of each form of a named family, 2 of
 * the others, picked by hash; and every word that can be a verb and opens its
 * row (bullets and headings: "Reduce scars", "Stimulates collagen"), which a
 * random pick leaves with a handful. */
function posSample(occurrences) {
  const byForm = new Map();
  for (const o of occurrences) {
    const k = `${o.family}/${o.form}`;
    if (!byForm.has(k)) byForm.set(k, []);
    byForm.get(k).push(o);
  }
  const out = [];
  for (const list of byForm.values()) {
    const cap = NAMED.has(list[0].family) ? 3 : 2;
    out.push(...[...list].sort((a, b) => hash(keyOf(a)) - hash(keyOf(b))).slice(0, cap));
  }
  const picked = new Set(out.map(keyOf));
  for (const o of occurrences) {
    if (o.classes.includes('V') && !picked.has(keyOf(o)) && /^\P{L}*$/u.test(o.row.text.slice(0, o.offset))) out.push(o);
  }
  return out.sort((a, b) => (a.file + a.line).localeCompare(b.file + b.line) || a.offset - b.offset);
}

const NEGATION_CUE = /\b(not|no|never|cannot|can't|won't|don't|doesn't|isn't|aren't|didn't|without|nor|neither|none|nothing|free of|free from)\b|n't\b/i;

/** Trigger occurrences in sentences with a negation cue anywhere: where scope matters. */
function negationSample(occurrences) {
  return occurrences.filter((o) => NEGATION_CUE.test(o.row.text));
}

// ---------------------------------------------------------------------------
// Labels: a sheet with text for labelling (kept in the gitignored work/), and
// the committed labels keyed by file, line and offset.

const ROLES = ['IMP', 'V3', 'VB', 'INF', 'ING', 'PAST', 'PPART', 'N', 'ADJA', 'ADJP', 'ADV', 'X'];

function writeSheet(kind, items) {
  mkdirSync(work, { recursive: true });
  // Labels already committed are filled in: a larger sample only asks for the new ones.
  const known = new Map();
  const committed = path.join(here, `labels-${kind}.tsv`);
  if (existsSync(committed)) {
    for (const l of readFileSync(committed, 'utf8').split('\n')) {
      const [file, line, offset, , , label] = l.split('\t');
      if (label && !l.startsWith('#')) known.set(`${file}:${line}:${offset}`, label);
    }
  }
  const lines = items.map((o, i) => {
    const t = o.row.text;
    const marked = `${t.slice(0, o.offset)}[[${t.slice(o.offset, o.offset + o.length)}]]${t.slice(o.offset + o.length)}`;
    return `${i}\t${keyOf(o)}\t${o.form}\t${known.get(keyOf(o)) ?? ''}\t${marked.replace(/\s+/g, ' ')}`;
  });
  const file = path.join(work, `${kind}-sheet.tsv`);
  writeFileSync(file, `${lines.join('\n')}\n`);
  console.log(`wrote ${items.length} items to ${path.relative(root, file)}; fill the 4th column, then: node scripts/nlp-compare.js import ${kind}`);
}

function importSheet(kind) {
  const sheet = readFileSync(path.join(work, `${kind}-sheet.tsv`), 'utf8').split('\n').filter(Boolean);
  const out = ['# file\tline\toffset\tlength\tform\tlabel'];
  for (const l of sheet) {
    const [, key, form, label] = l.split('\t');
    if (!label) throw new Error(`unlabelled: ${l.slice(0, 80)}`);
    if (kind === 'pos' && !ROLES.includes(label)) throw new Error(`bad role ${label}: ${l.slice(0, 80)}`);
    const [file, line, offset] = key.split(':');
    out.push([file, line, offset, form.length, form, label].join('\t'));
  }
  writeFileSync(path.join(here, `labels-${kind}.tsv`), `${out.join('\n')}\n`);
  console.log(`wrote ${out.length - 1} labels to scripts/nlp/labels-${kind}.tsv`);
}

/** The committed labels joined back to their eval sentences; a label whose
 * word is no longer at its offset (the eval file changed) is reported. */
function readLabels(kind, rows) {
  const byKey = new Map(rows.map((r) => [`${r.file}:${r.line}`, r]));
  const out = [];
  let stale = 0;
  for (const l of readFileSync(path.join(here, `labels-${kind}.tsv`), 'utf8').split('\n')) {
    if (!l || l.startsWith('#')) continue;
    const [file, line, offset, length, form, label] = l.split('\t');
    const row = byKey.get(`${file}:${line}`);
    const o = Number(offset);
    if (!row || row.text.slice(o, o + Number(length)).toLowerCase() !== form) {
      stale++;
      continue;
    }
    out.push({ file, line: Number(line), offset: o, length: Number(length), form, label, row, ...FORMS.get(form) });
  }
  if (stale) console.error(`nlp-compare: ${stale} ${kind} labels no longer match their eval sentence (skipped)`);
  return out;
}

// ---------------------------------------------------------------------------
// Roles. Gold labels:
//   IMP imperative verb ("Reduce scars")        V3 3rd person present ("reduces")
//   VB finite base: after a modal or do, or a plural subject ("can reduce", "we treat")
//   INF non-finite base: after "to" or help/make/let ("to reduce", "helps reduce")
//   ING -ing form used as a verb ("reducing redness", "by stimulating collagen")
//   PAST simple past ("treated 500 patients")   PPART past participle ("is proven to", "can be reduced", "has improved")
//   N noun   ADJA adjective before its noun ("permanent results", "treated areas")
//   ADJP predicate or postposed adjective ("is safe", "keeps skin safe")   ADV adverb
//   X none of these (a name, a fragment)
const VERB_ROLES = new Set(['IMP', 'V3', 'VB', 'INF', 'ING', 'PAST', 'PPART']);
const classOf = (role) => (VERB_ROLES.has(role) ? 'V' : role === 'N' ? 'N' : role === 'ADJA' || role === 'ADJP' ? 'A' : role === 'ADV' ? 'R' : 'X');

// A role reader of the kind claimlint could hand-write without a library:
// closed lists of function words, the word's possible classes (families.js)
// and its suffix. Written before the sample was labelled and not changed
// after, so that its score is not fitted to the sample.
const DETERMINER = new Set(['a', 'an', 'the', 'this', 'that', 'these', 'those', 'our', 'your', 'their', 'its', 'his', 'her', 'my', 'no', 'any', 'some', 'each', 'every', 'more', 'most', 'less', 'further', 'real', 'natural']);
const MODAL = new Set(['will', 'can', 'could', 'may', 'might', 'shall', 'should', 'would', 'must', 'do', 'does', 'did', 'cannot', "won't", "can't", "don't", "doesn't"]);
const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', "it's", "'s", 'become', 'becomes', 'feel', 'feels', 'seem', 'seems', 'remain', 'remains', 'stay', 'stays', 'look', 'looks', 'get', 'gets']);
const HAVE = new Set(['has', 'have', 'had', 'having']);
const SUBJECT = new Set(['we', 'you', 'they', 'i', 'it', 'he', 'she', 'which', 'who', 'that']);
const NON_FINITE_HEAD = new Set(['to', 'help', 'helps', 'helped', 'helping', 'make', 'makes', 'let', 'lets']);
const PREPOSITION = new Set(['for', 'with', 'of', 'in', 'by', 'after', 'before', 'from', 'on', 'at', 'into', 'without', 'through', 'via', 'about', 'while']);
const FUNCTION = new Set([...PREPOSITION, 'and', 'or', 'but', 'to', 'than', 'as', 'so', 'if', 'when', 'because', ...BE, ...HAVE, ...MODAL, ...SUBJECT]);
const ADVERB_BEFORE = /ly$/;

/** words: lower-case word tokens of the sentence; breakBefore[i]: punctuation before word i. */
function handRole(words, breakBefore, i, classes) {
  const w = words[i];
  const has = (c) => classes.includes(c);
  // Skip adverbs between the word and what governs it ("is clinically proven", "to gently lift").
  let p = i - 1;
  while (p >= 0 && ADVERB_BEFORE.test(words[p]) && !breakBefore[p + 1]) p--;
  const prev = p >= 0 && !breakBefore[p + 1] ? words[p] : undefined;
  const next = i + 1 < words.length && !breakBefore[i + 1] ? words[i + 1] : undefined;
  if (classes.length === 1 && classes[0] === 'R') return 'ADV';
  if (/ly$/.test(w) && has('R')) return 'ADV';
  const adjective = () => (next !== undefined && !FUNCTION.has(next) ? 'ADJA' : 'ADJP');
  const verbForm = () => {
    if (prev === 'to' || (prev && NON_FINITE_HEAD.has(prev) && !/(ed|ing|s)$/.test(w))) return 'INF';
    if (prev && MODAL.has(prev)) return 'VB';
    if (/(ed|en|wn)$/.test(w) && prev && (BE.has(prev) || HAVE.has(prev))) return 'PPART';
    if (/ing$/.test(w)) return 'ING';
    if (/(ed|ew)$/.test(w)) return next === 'by' ? 'PPART' : 'PAST';
    if (p < 0 && !/[^s]s$/.test(w)) return 'IMP';
    if (/[^s]s$|(ss|x|z|ch|sh)es$/.test(w)) return 'V3';
    return p < 0 ? 'IMP' : 'VB';
  };
  if (classes.length === 1) return classes[0] === 'V' ? verbForm() : classes[0] === 'N' ? 'N' : adjective();
  // Several classes possible: the words around decide.
  if (prev === 'to' || (prev && MODAL.has(prev))) if (has('V')) return verbForm();
  if (prev && DETERMINER.has(prev)) {
    if (has('A') && next !== undefined && !FUNCTION.has(next)) return 'ADJA';
    if (has('N')) return 'N';
    if (has('A')) return adjective();
  }
  if (prev && (BE.has(prev) || HAVE.has(prev))) {
    if (/(ed|en|wn)$/.test(w) && has('V')) return 'PPART';
    if (has('A')) return 'ADJP';
    if (/ing$/.test(w) && has('V')) return 'ING';
  }
  if (has('N') && next && ['of', 'for', 'from', 'against'].includes(next) && !/ing$/.test(w)) return 'N';
  if (has('A') && next !== undefined && !FUNCTION.has(next) && /(ed|ing|en)$/.test(w) && prev && (PREPOSITION.has(prev) || DETERMINER.has(prev)))
    return 'ADJA';
  if (prev && SUBJECT.has(prev) && has('V')) return verbForm();
  if (has('V') && (p < 0 || /(ing|ed|[^s]s)$/.test(w))) return verbForm();
  if (has('A')) return adjective();
  if (has('N')) return 'N';
  return verbForm();
}

// ---------------------------------------------------------------------------
// The libraries, each behind one adapter: text in, tokens with character
// offsets out.

let winkCache;
function wink() {
  if (!winkCache) {
    const winkNLP = nlpLibrary('wink-nlp');
    const model = nlpLibrary('wink-eng-lite-web-model');
    const nlp = winkNLP(model);
    winkCache = { nlp, its: nlp.its };
  }
  return winkCache;
}

/** wink tokens with offsets, universal POS tags, lemma, stem, negation flag and sentence index. */
function winkTokens(text) {
  const { nlp, its } = wink();
  const doc = nlp.readDoc(text);
  const out = [];
  let pos = 0;
  doc.sentences().each((sentence, si) => {
    sentence.tokens().each((t) => {
      const value = t.out(its.value);
      pos += t.out(its.precedingSpaces).length;
      const at = text.indexOf(value, pos);
      const start = at >= 0 ? at : pos;
      out.push({
        start,
        end: start + value.length,
        value,
        tag: t.out(its.pos),
        lemma: t.out(its.lemma),
        stem: t.out(its.stem),
        negated: t.out(its.negationFlag),
        sentence: si,
      });
      pos = start + value.length;
    });
  });
  return out;
}

let compromiseCache;
const compromise = () => (compromiseCache ??= nlpLibrary('compromise'));

/** compromise terms with offsets and tags, the verb phrase each verb belongs
 * to (form, negative) and the clause each term is in. */
function compromiseTerms(text) {
  const nlp = compromise();
  const doc = nlp(text);
  const terms = [];
  doc.json({ offset: true, terms: { offset: true } }).forEach((sentence, si) => {
    for (const t of sentence.terms) terms.push({ start: t.offset.start, end: t.offset.start + t.offset.length, value: t.text, tags: new Set(t.tags), sentence: si });
  });
  const spanOf = (view) => view.json({ offset: true }).map((j) => [j.offset.start, j.offset.start + j.offset.length]);
  doc.verbs().forEach((v) => {
    const [j] = v.json({ offset: true });
    const [start, end] = [j.offset.start, j.offset.start + j.offset.length];
    for (const t of terms) if (t.start >= start && t.end <= end) t.verbPhrase = { form: j.verb?.grammar?.form, passive: j.verb?.grammar?.passive, isInfinitive: j.verb?.grammar?.isInfinitive, negative: j.verb?.negative, start };
  });
  spanOf(doc.clauses()).forEach(([start, end], ci) => {
    for (const t of terms) if (t.start >= start && t.end <= end) t.clause = ci;
  });
  return terms;
}

const tokenAt = (tokens, offset) => tokens.findIndex((t) => t.start <= offset && offset < t.end);

// Roles from each library's tags. wink's model gives universal POS tags and
// no morphology, so the verb form comes from the suffix and the tags around,
// as a hand rule would; compromise tags tense, participle and gerund itself.
const WINK_CLASS = { VERB: 'V', AUX: 'V', NOUN: 'N', PROPN: 'N', ADJ: 'A', ADV: 'R' };
const COMPROMISE_BE_HAVE = new Set([...BE, ...HAVE]);

function adjectivePosition(tokens, i, isNoun, isSkippable) {
  for (let j = i + 1; j < tokens.length && tokens[j].sentence === tokens[i].sentence; j++) {
    if (isNoun(tokens[j])) return 'ADJA';
    if (!isSkippable(tokens[j])) return 'ADJP';
  }
  return 'ADJP';
}

function winkRole(tokens, i) {
  const t = tokens[i];
  const cls = WINK_CLASS[t.tag] ?? 'X';
  if (cls === 'N') return 'N';
  if (cls === 'R') return 'ADV';
  if (cls === 'A')
    return adjectivePosition(tokens, i, (x) => x.tag === 'NOUN' || x.tag === 'PROPN', (x) => ['ADJ', 'ADV', 'CCONJ'].includes(x.tag) || x.value === ',' || x.value === '-');
  if (cls !== 'V') return 'X';
  const w = t.value.toLowerCase();
  let p = i - 1;
  while (p >= 0 && tokens[p].tag === 'ADV' && tokens[p].sentence === t.sentence) p--;
  const prev = p >= 0 && tokens[p].sentence === t.sentence && tokens[p].tag !== 'PUNCT' ? tokens[p] : undefined;
  const pv = prev?.value.toLowerCase();
  const first = !tokens.slice(0, i).some((x) => x.sentence === t.sentence && x.tag !== 'PUNCT');
  if (pv === 'to' || (pv && NON_FINITE_HEAD.has(pv) && !/(ed|ing|s)$/.test(w))) return 'INF';
  if (prev?.tag === 'AUX' && !COMPROMISE_BE_HAVE.has(pv)) return 'VB';
  if (/(ed|en|wn)$/.test(w) && prev?.tag === 'AUX') return 'PPART';
  if (/ing$/.test(w)) return 'ING';
  if (/(ed|ew)$/.test(w)) return tokens[i + 1]?.value.toLowerCase() === 'by' ? 'PPART' : 'PAST';
  if (/[^s]s$|(ss|x|z|ch|sh)es$/.test(w)) return 'V3';
  return first ? 'IMP' : 'VB';
}

function compromiseRole(terms, i) {
  const t = terms[i];
  const has = (tag) => t.tags.has(tag);
  if (has('Adverb')) return 'ADV';
  if (has('Verb')) {
    if (has('Gerund')) return 'ING';
    if (has('Participle') || has('Passive') || t.verbPhrase?.passive || /passive|perfect/.test(t.verbPhrase?.form ?? '')) {
      if (has('PastTense') || has('Participle')) return 'PPART';
    }
    if (has('PastTense')) return 'PAST';
    if (has('Infinitive')) {
      const phrase = t.verbPhrase;
      if (phrase?.isInfinitive) return 'INF';
      const prev = terms[i - 1]?.sentence === t.sentence ? terms[i - 1] : undefined;
      const pv = prev?.value.toLowerCase();
      if (pv === 'to' || (pv && NON_FINITE_HEAD.has(pv))) return 'INF';
      if (prev?.tags.has('Modal') || prev?.tags.has('Auxiliary') || (phrase && phrase.start < t.start)) return 'VB';
      return terms.findIndex((x) => x.sentence === t.sentence) === i ? 'IMP' : 'VB';
    }
    if (has('PresentTense')) return 'V3';
    return 'VB';
  }
  if (has('Adjective') || has('Comparative') || has('Superlative'))
    return adjectivePosition(terms, i, (x) => x.tags.has('Noun') && !x.tags.has('Pronoun'), (x) => x.tags.has('Adjective') || x.tags.has('Adverb') || x.tags.has('Conjunction'));
  if (has('Noun')) return 'N';
  return 'X';
}

/** What claimlint reads today: the class of the list a word is in (through
 * its key); for a verb the form src/edit/role.ts's verbRole reads, for an
 * adjective its adjectivePosition. Both abstain ('?') where the neighbours
 * leave the role in doubt: the rewrites then give advice and no text. */
const VERB_FORM_ROLE = {
  imperative: 'IMP', third: 'V3', plural: 'VB', bare: 'VB', infinitive: 'INF', helped: 'INF', helpedTo: 'INF', gerund: 'ING', past: 'PAST',
};

async function claimlintTools() {
  return {
    splitSentences: await fromDist('splitSentences', 'sentences'),
    verbRole: await fromDist('verbRole', 'role'),
    adjectivePosition: await fromDist('adjectivePosition', 'role'),
    wordKey: await fromDist('wordKey', 'word-key'),
    Judge: await fromDist('Judge', 'clearances'),
    rulePack: await fromDist('rulePack', 'index'),
    lintText: await fromDist('lintText', 'lint-text'),
  };
}

/** The sentence of `text` holding `offset`, and the token index there. */
function claimlintToken(tools, text, offset) {
  for (const sentence of tools.splitSentences(text)) {
    const i = sentence.tokens.findIndex((t) => t.start <= offset && offset < t.end);
    if (i >= 0) return { sentence, i };
  }
  return undefined;
}

function todayRole(tools, o) {
  const at = claimlintToken(tools, o.row.text, o.offset);
  const cls = o.classes[0];
  if (cls === 'N') return 'N';
  if (cls === 'R') return 'ADV';
  const tokens = at.sentence.tokens;
  if (cls === 'A') {
    const position = tools.adjectivePosition(tokens, at.i, at.i + 1);
    return position === 'attributive' ? 'ADJA' : position === 'predicate' ? 'ADJP' : 'A?';
  }
  const role = tools.verbRole(tokens, at.i, at.i + 1);
  return role ? VERB_FORM_ROLE[role.form] : 'V?';
}

function handRoleOf(tools, o) {
  const at = claimlintToken(tools, o.row.text, o.offset);
  const toks = at.sentence.tokens;
  return handRole(
    toks.map((t) => t.norm),
    toks.map((t, j) => j > 0 && (t.hardBreakBefore || t.commaBefore)),
    at.i,
    o.classes,
  );
}

function libraryRoles(o) {
  const wt = winkTokens(o.row.text);
  const wi = tokenAt(wt, o.offset);
  const ct = compromiseTerms(o.row.text);
  const ci = tokenAt(ct, o.offset);
  return {
    wink: wi >= 0 ? winkRole(wt, wi) : 'X',
    compromise: ci >= 0 ? compromiseRole(ct, ci) : 'X',
  };
}

// ---------------------------------------------------------------------------
// Scoring

const pct = (a, b) => (b === 0 ? '-' : `${((100 * a) / b).toFixed(1)}%`);
const table = (head, rows) =>
  [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');

const ABSTAINS = new Set(['A?', 'V?']);

async function scorePos() {
  const tools = await claimlintTools();
  const items = readLabels('pos', evalRows());
  const systems = ['today', 'hand', 'wink', 'compromise'];
  const predictions = items.map((o) => ({ o, gold: o.label, today: todayRole(tools, o), hand: handRoleOf(tools, o), ...libraryRoles(o) }));
  const scored = predictions.filter((p) => p.gold !== 'X');
  const acc = (subset, same) => systems.map((s) => pct(subset.filter((p) => same(p[s], p.gold)).length, subset.length));
  const sameClass = (pred, gold) => {
    const pc = pred === 'A?' ? 'A' : pred === 'V?' ? 'V' : classOf(pred);
    // A participle is read right as a verb or as an adjective: the rewrite is the same.
    return pc === classOf(gold) || (gold === 'PPART' && pc === 'A');
  };
  const verbs = scored.filter((p) => VERB_ROLES.has(p.gold));
  const adjectives = scored.filter((p) => p.gold === 'ADJA' || p.gold === 'ADJP');
  const lines = [];
  lines.push(`Role sample: ${scored.length} labelled trigger words (${verbs.length} verbs, ${adjectives.length} adjectives, ${scored.filter((p) => p.gold === 'N').length} nouns, ${scored.filter((p) => p.gold === 'ADV').length} adverbs).\n`);
  lines.push(
    table(['measure', 'n', ...systems], [
      ['word class (verb/noun/adjective/adverb)', scored.length, ...acc(scored, sameClass)],
      ['full role (11 roles)', scored.length, ...acc(scored, (a, b) => a === b)],
      ['verb form, gold verbs only', verbs.length, ...acc(verbs, (a, b) => a === b)],
      ['adjective before noun vs predicate, gold adjectives only', adjectives.length, ...acc(adjectives, (a, b) => a === b)],
      // A reader that abstains is judged on what it answers: the rewrites act only there.
      ['gives a role (does not abstain)', scored.length, ...systems.map((s) => pct(scored.filter((p) => !ABSTAINS.has(p[s])).length, scored.length))],
      ['full role, where it gives one', '', ...systems.map((s) => {
        const answered = scored.filter((p) => !ABSTAINS.has(p[s]));
        return `${pct(answered.filter((p) => p[s] === p.gold).length, answered.length)} of ${answered.length}`;
      })],
      ['full role, on the words today gives one for', scored.filter((p) => !ABSTAINS.has(p.today)).length,
        ...acc(scored.filter((p) => !ABSTAINS.has(p.today)), (a, b) => a === b)],
    ]),
  );
  // Per gold role: how often each system gets the exact role.
  const roles = ROLES.filter((r) => r !== 'X' && scored.some((p) => p.gold === r));
  lines.push('\nExact role by gold role:\n');
  lines.push(table(['gold role', 'n', ...systems], roles.map((r) => {
    const sub = scored.filter((p) => p.gold === r);
    return [r, sub.length, ...acc(sub, (a, b) => a === b)];
  })));
  // Where the libraries agree with each other, and when they do, how right.
  // Agreement as a certainty signal: a rewrite could be applied only where
  // two readers agree (issue 14: "when the role is not known for certain").
  const combos = [['today', 'hand'], ['hand', 'wink'], ['hand', 'compromise'], ['wink', 'compromise'], ['hand', 'wink', 'compromise']];
  lines.push('\nWhere readers agree on the exact role (coverage of the sample, and how often the agreed role is right):\n');
  lines.push(table(['readers', 'agree on', 'right when agreeing'], combos.map((c) => {
    const agree = scored.filter((p) => c.every((s) => p[s] === p[c[0]]));
    return [c.join(' + '), pct(agree.length, scored.length), pct(agree.filter((p) => p[c[0]] === p.gold).length, agree.length)];
  })));
  const confusions = {};
  for (const s of systems) {
    const c = new Map();
    for (const p of scored) if (p[s] !== p.gold) c.set(`${p.gold}->${p[s]}`, (c.get(`${p.gold}->${p[s]}`) ?? 0) + 1);
    confusions[s] = [...c].sort((a, b) => b[1] - a[1]).slice(0, 6).map(([k, n]) => `${k} ${n}`).join(', ');
  }
  lines.push('\nCommonest errors (gold->predicted count):\n');
  lines.push(table(['system', 'errors'], systems.map((s) => [s, confusions[s]])));
  mkdirSync(work, { recursive: true });
  writeFileSync(
    path.join(work, 'pos-predictions.tsv'),
    predictions.map((p) => [keyOf(p.o), p.o.form, p.gold, ...systems.map((s) => p[s]), p.o.row.text].join('\t')).join('\n') + '\n',
  );
  return lines.join('\n');
}

// ---------------------------------------------------------------------------
// Lemmas

async function lemmaSystems() {
  const { wordKey } = await claimlintTools();
  const { nlp, its } = wink();
  const lemmatizer = nlpLibrary('wink-lemmatizer');
  const c = compromise();
  const winkOne = (w, what) => nlp.readDoc(w).tokens().out(its[what])[0];
  return {
    today: (w) => [wordKey(w)],
    'wink lemma': (w) => [winkOne(w, 'lemma')],
    'wink-lemmatizer': (w) => [...new Set([lemmatizer.verb(w), lemmatizer.noun(w), lemmatizer.adjective(w)])],
    'compromise root': (w) => {
      const d = c(w);
      d.compute('root');
      return [d.text('root').toLowerCase()];
    },
    'wink stem (Porter 2)': (w) => [winkOne(w, 'stem')],
  };
}

async function scoreLemmas() {
  const { INFLECTION, SPELLING, DERIVATION, DIFFERENT } = await import('./nlp/word-forms.js');
  const systems = await lemmaSystems();
  const names = Object.keys(systems);
  const together = (f, group) => {
    const sets = group.map((w) => new Set(f(w)));
    return [...sets[0]].some((k) => sets.every((s) => s.has(k)));
  };
  const apart = (f, pair) => !together(f, pair);
  const sets = [
    ['inflections of one word', INFLECTION, together],
    ['British/American spelling', SPELLING, together],
    ['derivations in one family', DERIVATION, together],
    ['look-alikes kept apart', DIFFERENT, apart],
  ];
  const lines = [];
  lines.push(table(['groups (pass = folded as expected)', 'n', ...names], sets.map(([label, groups, test]) => [label, groups.length, ...names.map((n) => `${groups.filter((g) => test(systems[n], g)).length}/${groups.length}`)])));
  lines.push('\nFailures:\n');
  lines.push(table(['system', 'groups not folded as expected'], names.map((n) => [n, sets.flatMap(([, groups, test]) => groups.filter((g) => !test(systems[n], g)).map((g) => `${g.join('/')}→${g.map((w) => systems[n](w).join('|')).join(',')}`)).join('; ')])));
  return lines.join('\n');
}

/** On every word of the eval sentences: where today's keys and wink's
 * in-context lemmas group word forms differently. */
async function lemmaDisagreements() {
  const { wordKey } = await claimlintTools();
  const byKey = new Map();
  const byLemma = new Map();
  const add = (m, k, v) => (m.get(k) ?? m.set(k, new Map()).get(k)).set(v, ((m.get(k).get(v)) ?? 0) + 1);
  let words = 0;
  for (const row of evalRows()) {
    for (const t of winkTokens(row.text)) {
      if (!/^\p{L}[\p{L}'’-]*$/u.test(t.value)) continue;
      const form = t.value.toLowerCase();
      words++;
      add(byKey, wordKey(form), `${form}=${t.lemma.toLowerCase()}`);
      add(byLemma, t.lemma.toLowerCase(), `${form}=${wordKey(form)}`);
    }
  }
  const lemmaOf = (entry) => entry.split('=')[1];
  // A key class holding forms whose lemmas differ: today folds together what wink keeps apart.
  const merged = [...byKey].filter(([, forms]) => new Set([...forms.keys()].map(lemmaOf)).size > 1);
  // A lemma class spread over several keys: wink joins what today keeps apart.
  const split = [...byLemma].filter(([, forms]) => new Set([...forms.keys()].map(lemmaOf)).size > 1);
  mkdirSync(work, { recursive: true });
  const dump = (list) => list.map(([k, forms]) => `${k}\t${[...forms].map(([f, n]) => `${f}(${n})`).join(' ')}`).join('\n');
  writeFileSync(path.join(work, 'lemma-merged.tsv'), dump(merged) + '\n');
  writeFileSync(path.join(work, 'lemma-split.tsv'), dump(split) + '\n');
  const distinct = new Set([...byKey.values()].flatMap((m) => [...m.keys()].map((e) => e.split('=')[0]))).size;
  return `On the ${words} words (${distinct} distinct forms) of the eval sentences: ${byKey.size} keys today, ${byLemma.size} wink lemmas; ${merged.length} keys join forms wink lemmatises apart, ${split.length} wink lemmas join forms with different keys (lists in scripts/nlp/work/lemma-*.tsv).`;
}

// ---------------------------------------------------------------------------
// Negation scope

const CUE_WORDS = new Set(['not', 'no', 'never', 'cannot', 'none', 'nothing', 'nor', 'neither', 'without', "n't", 'n’t', 'nobody']);
const isCue = (t) => t.tags?.has('Negative') || CUE_WORDS.has(t.value.toLowerCase()) || /n[’']t$/i.test(t.value);

async function scoreNegation() {
  const tools = await claimlintTools();
  const judge = new tools.Judge(tools.rulePack.context);
  const items = readLabels('negation', evalRows());
  const systems = ['today', 'wink', 'compromise verb phrase', 'compromise clause'];
  const predictions = items.map((o) => {
    const at = claimlintToken(tools, o.row.text, o.offset);
    const today = at ? judge.holds('negation', at.sentence, { text: o.row.text, citations: [] }, { start: at.i, end: at.i + 1 }) : false;
    const wt = winkTokens(o.row.text);
    const wi = tokenAt(wt, o.offset);
    const ct = compromiseTerms(o.row.text);
    const ci = tokenAt(ct, o.offset);
    const term = ct[ci];
    const clauseCue = ci >= 0 && ct.slice(0, ci).some((t) => t.clause === term.clause && t.sentence === term.sentence && isCue(t));
    return {
      o,
      gold: o.label === 'in',
      today,
      wink: wi >= 0 && wt[wi].negated,
      'compromise verb phrase': Boolean(term?.verbPhrase?.negative),
      'compromise clause': clauseCue,
    };
  });
  // Two combinations, fixed in advance: both libraries agree; today's
  // judge, widened where both libraries agree.
  for (const p of predictions) {
    p['wink and compromise clause'] = p.wink && p['compromise clause'];
    p['today, or both libraries'] = p.today || p['wink and compromise clause'];
  }
  systems.push('wink and compromise clause', 'today, or both libraries');
  const score = (subset) =>
    systems.map((s) => {
      const tp = subset.filter((p) => p[s] && p.gold).length;
      const fp = subset.filter((p) => p[s] && !p.gold).length;
      const fn = subset.filter((p) => !p[s] && p.gold).length;
      const correct = subset.filter((p) => p[s] === p.gold).length;
      const P = tp / (tp + fp || 1);
      const R = tp / (tp + fn || 1);
      return [s, pct(correct, subset.length), (P * 100).toFixed(1), (R * 100).toFixed(1), ((200 * P * R) / (P + R || 1)).toFixed(1), `${tp}/${fp}/${fn}`];
    });
  // "treatment" names the service and is never itself the claim; the other
  // trigger words carry the claim a negation would deny.
  const claimWords = predictions.filter((p) => p.o.form !== 'treatment' && p.o.form !== 'treatments');
  mkdirSync(work, { recursive: true });
  writeFileSync(
    path.join(work, 'negation-predictions.tsv'),
    predictions.map((p) => [keyOf(p.o), p.o.form, p.gold ? 'in' : 'out', ...systems.map((s) => (p[s] ? 'in' : 'out')), p.o.row.text].join('\t')).join('\n') + '\n',
  );
  const positives = predictions.filter((p) => p.gold).length;
  const head = ['reader', 'accuracy', 'precision', 'recall', 'F1', 'tp/fp/fn'];
  return [
    `Negation sample: ${predictions.length} trigger words in sentences with a negation cue, ${positives} of them inside the negation's scope.\n`,
    table(head, score(predictions)),
    `\nClaim words only (without the noun "treatment(s)"): ${claimWords.length} words, ${claimWords.filter((p) => p.gold).length} in scope.\n`,
    table(head, score(claimWords)),
  ].join('\n');
}

/** End to end: claimlint on every eval row with the judge's negation
 * clearance decided by each reader in turn (patched in memory; the engine is
 * not changed), scored as npm run eval scores it (a row is flagged or not). */
async function negationEndToEnd() {
  const tools = await claimlintTools();
  const { lintText } = tools;
  const original = tools.Judge.prototype.holds;
  const winkCacheByText = new Map();
  const compromiseCacheByText = new Map();
  const memo = (m, k, f) => (m.has(k) ? m.get(k) : (m.size > 5000 && m.clear(), m.set(k, f(k)).get(k)));
  const winkNegated = (block, offset) => {
    const toks = memo(winkCacheByText, block.text, winkTokens);
    const i = tokenAt(toks, offset);
    return i >= 0 && toks[i].negated;
  };
  const clauseNegated = (block, offset) => {
    const terms = memo(compromiseCacheByText, block.text, compromiseTerms);
    const i = tokenAt(terms, offset);
    return i >= 0 && terms.slice(0, i).some((t) => t.clause === terms[i].clause && t.sentence === terms[i].sentence && isCue(t));
  };
  const deciders = {
    today: null,
    wink: (sentence, block, claim) => winkNegated(block, sentence.tokens[claim.start].start),
    'compromise clause': (sentence, block, claim) => clauseNegated(block, sentence.tokens[claim.start].start),
    'wink and compromise clause': (sentence, block, claim) => {
      const at = sentence.tokens[claim.start].start;
      return winkNegated(block, at) && clauseNegated(block, at);
    },
    'today, or both libraries': function (sentence, block, claim, inner) {
      const at = sentence.tokens[claim.start].start;
      return original.call(this, 'negation', sentence, block, claim, inner) || (winkNegated(block, at) && clauseNegated(block, at));
    },
  };
  const config = { market: 'us', rules: {}, phrases: [], approved: [] };
  const rows = evalRows();
  const out = [];
  try {
    for (const [name, decide] of Object.entries(deciders)) {
      tools.Judge.prototype.holds = decide
        ? function (clearance, sentence, block, claim, inner) {
            return clearance === 'negation' ? decide.call(this, sentence, block, claim, inner) : original.call(this, clearance, sentence, block, claim, inner);
          }
        : original;
      const cells = [name];
      for (const file of [...EVAL_FILES, 'all']) {
        let tp = 0, fp = 0, fn = 0;
        for (const row of rows) {
          if (file !== 'all' && row.file !== file) continue;
          const flagged = lintText(row.text, { pack: tools.rulePack, config }).messages.some((m) => m.ruleId);
          if (row.label === 'flag') flagged ? tp++ : fn++;
          else if (flagged) fp++;
        }
        const P = tp / (tp + fp || 1);
        const R = tp / (tp + fn || 1);
        cells.push(`${P.toFixed(3)} / ${R.toFixed(3)} / ${((2 * P * R) / (P + R || 1)).toFixed(3)}`);
      }
      out.push(cells);
    }
  } finally {
    tools.Judge.prototype.holds = original;
  }
  return `End to end (claimlint's eval, precision / recall / F1, with the negation clearance decided by each reader):\n\n${table(['negation decided by', ...EVAL_FILES, 'all'], out)}`;
}

/** Clause boundaries: how the readers cut the eval rows. */
function clauseStats() {
  const rows = evalRows();
  let compromiseClauses = 0;
  let winkSentences = 0;
  let segmenterSentences = 0;
  const seg = new Intl.Segmenter('en', { granularity: 'sentence' });
  for (const row of rows) {
    compromiseClauses += compromise()(row.text).clauses().length;
    winkSentences += wink().nlp.readDoc(row.text).sentences().length();
    segmenterSentences += [...seg.segment(row.text)].length;
  }
  return `On the ${rows.length} eval rows: Intl.Segmenter finds ${segmenterSentences} sentences, wink ${winkSentences}; compromise cuts them into ${compromiseClauses} clauses.`;
}

// ---------------------------------------------------------------------------
// Cost: start-up, throughput, memory, bundle

const SAMPLE_SENTENCE = 'Our serum is clinically proven to reduce redness, and it does not cure acne.';
// What each library must do to be of use: load, then read one sentence.
const LIBRARIES = {
  'wink-nlp + model': {
    entry: `const winkNLP = require('wink-nlp'); const model = require('wink-eng-lite-web-model'); let nlp;
      exports.analyse = (text) => { nlp ??= winkNLP(model); return nlp.readDoc(text).tokens().out(nlp.its.pos); };`,
  },
  'compromise (tagger, /two)': {
    entry: `const nlp = require('compromise/two'); exports.analyse = (text) => nlp(text).json();`,
  },
  'compromise (full, verbs + clauses)': {
    entry: `const nlp = require('compromise'); exports.analyse = (text) => { const d = nlp(text); d.verbs().json(); return d.clauses().out('array'); };`,
  },
  'wink-lemmatizer': {
    entry: `const l = require('wink-lemmatizer'); exports.analyse = (text) => text.toLowerCase().split(/[^a-z]+/).map((w) => l.verb(w) + l.noun(w) + l.adjective(w));`,
  },
};
const slug = (name) => name.replace(/[^a-z0-9]+/gi, '-').replace(/-+$/, '').toLowerCase();

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** Writes the entry files, and bundles each library with esbuild twice: for
 * Node (CommonJS, to load from a V8 code cache as bin/claimlint.js does) and
 * for a browser (one IIFE file). */
async function buildBundles() {
  const { build } = await import('esbuild');
  const { gzipSync } = await import('node:zlib');
  const dir = path.join(work, 'cost');
  mkdirSync(dir, { recursive: true });
  const out = {};
  for (const [name, lib] of Object.entries(LIBRARIES)) {
    const id = slug(name);
    const entry = path.join(dir, `entry-${id}.cjs`);
    writeFileSync(entry, `${lib.entry}\n`);
    const common = { entryPoints: [entry], bundle: true, minify: true, logLevel: 'silent', metafile: true };
    const node = await build({ ...common, platform: 'node', format: 'cjs', outfile: path.join(dir, `node-${id}.cjs`) });
    let browser;
    let browserError;
    try {
      browser = await build({ ...common, platform: 'browser', format: 'iife', globalName: 'nlpLib', outfile: path.join(dir, `browser-${id}.js`) });
    } catch (error) {
      browserError = String(error.message).split('\n')[0];
    }
    const code = browser ? readFileSync(path.join(dir, `browser-${id}.js`)) : undefined;
    const builtins = browser ? Object.values(browser.metafile.inputs).flatMap((i) => i.imports.filter((x) => x.external).map((x) => x.path)) : [];
    out[name] = {
      id,
      entry,
      nodeBundle: path.join(dir, `node-${id}.cjs`),
      bytes: code?.length,
      gzip: code ? gzipSync(code).length : undefined,
      browserError,
      builtins,
      browserRun: code ? runLikeBrowser(code.toString()) : 'not built',
    };
  }
  return out;
}

/** Runs a browser bundle in a bare V8 context: no require, process, Buffer
 * or file system, as in a page (a real browser test waits for the web page). */
function runLikeBrowser(code) {
  const vm = createRequire(import.meta.url)('node:vm');
  // What a page has and a bare V8 context lacks.
  const context = vm.createContext({ console: { log() {}, warn() {}, error() {} }, atob, btoa, TextEncoder, TextDecoder, URL, setTimeout, clearTimeout, queueMicrotask, structuredClone, performance });
  try {
    vm.runInContext(code, context, { timeout: 20_000 });
    const result = vm.runInContext(`JSON.stringify(nlpLib.analyse(${JSON.stringify(SAMPLE_SENTENCE)})).length`, context, { timeout: 20_000 });
    return result > 2 ? 'ran' : 'ran, empty result';
  } catch (error) {
    return `failed: ${String(error.message).split('\n')[0]}`;
  }
}

/** A script that loads one library (from node_modules, or from its bundle
 * through a V8 code cache) and reads one sentence: usable with node -r. */
function loaderScript(lib, mode) {
  const file = path.join(work, 'cost', `load-${lib.id}-${mode}.cjs`);
  const body =
    mode === 'require'
      ? `require(${JSON.stringify(lib.entry)}).analyse(${JSON.stringify(SAMPLE_SENTENCE)});`
      : `const fs = require('node:fs'); const vm = require('node:vm'); const { createRequire } = require('node:module');
const file = ${JSON.stringify(lib.nodeBundle)}; const cacheFile = file + '.v8-cache';
let cachedData; try { cachedData = fs.readFileSync(cacheFile); } catch {}
const script = new vm.Script('(function (exports, require, module, __filename, __dirname) {' + fs.readFileSync(file, 'utf8') + '\\n})', { filename: file, ...(cachedData ? { cachedData } : {}) });
const mod = { exports: {} };
script.runInThisContext()(mod.exports, createRequire(file), mod, file, ${JSON.stringify(path.dirname(lib.nodeBundle))});
mod.exports.analyse(${JSON.stringify(SAMPLE_SENTENCE)});
if (!cachedData || script.cachedDataRejected) fs.writeFileSync(cacheFile, script.createCachedData());`;
  writeFileSync(file, `${body}\n`);
  return file;
}

/** Wall and CPU (user + system) milliseconds of one node process; CPU time
 * is the steadier of the two on a shared machine. bash's time reports it. */
function processMs(nodeArgs, ok = [0]) {
  const quoted = [process.execPath, ...nodeArgs].map((a) => `'${a.replace(/'/g, "'\\''")}'`).join(' ');
  const t0 = process.hrtime.bigint();
  const r = spawnSync('bash', ['-c', `TIMEFORMAT='%3U %3S'; time (${quoted} >/dev/null 2>&1; echo "status $?" >&2)`], { cwd: root, encoding: 'utf8' });
  const wall = Number(process.hrtime.bigint() - t0) / 1e6;
  const status = Number(/status (\d+)/.exec(r.stderr)?.[1]);
  if (!ok.includes(status)) throw new Error(`node ${nodeArgs.join(' ')} exited ${status}`);
  const [user, sys] = r.stderr.trim().split('\n').at(-1).split(' ').map(Number);
  return { wall, cpu: (user + sys) * 1000 };
}

async function measureCost() {
  const only = option('--only');
  const want = (part) => !only || only.split(',').includes(part);
  const bundles = await buildBundles();
  const sections = [];
  if (want('startup')) sections.push(startupCost(bundles, Number(option('--runs', 15))));
  if (want('bundle')) sections.push(bundleCost(bundles));
  if (want('throughput')) sections.push(throughputCost());
  return sections.join('\n\n');
}

/** Cold start of a process that loads each library and reads one sentence,
 * alone and before claimlint lints the seed article (node -r). */
function startupCost(bundles, runs) {
  const bin = path.join(root, 'bin', 'claimlint.js');
  const seed = path.join(root, 'fixtures', 'seed-article.md');
  const cases = [['node -e 0', ['-e', '0'], [0]], ['claimlint on the seed article', [bin, seed], [1]]];
  for (const [name, lib] of Object.entries(bundles)) {
    for (const mode of ['require', 'bundle']) {
      const loader = loaderScript(lib, mode);
      processMs([loader]); // writes the code cache on the first run
      const how = mode === 'require' ? 'node_modules' : 'bundle + code cache';
      cases.push([`${name}: load + 1 sentence (${how})`, [loader], [0]]);
      cases.push([`claimlint on the seed article + ${name} (${how})`, ['-r', loader, bin, seed], [1]]);
    }
  }
  // Interleaved runs, medians: the machine is shared.
  const times = cases.map(() => []);
  for (let r = 0; r < runs; r++) cases.forEach(([, a, ok], i) => times[i].push(processMs(a, ok)));
  const wall = (i) => median(times[i].map((t) => t.wall));
  const cpu = (i) => median(times[i].map((t) => t.cpu));
  // The fastest run is the best estimate of the cost itself when other work shares the cores.
  const fastest = (i) => Math.min(...times[i].map((t) => t.wall));
  return `Start-up (${runs} interleaved runs each; medians, and the fastest run):\n\n${table(
    ['process', 'wall ms', 'wall / node -e 0', 'CPU ms', 'CPU / node -e 0', 'fastest ms', 'fastest / node -e 0'],
    cases.map(([name], i) => [name, wall(i).toFixed(0), (wall(i) / wall(0)).toFixed(2), cpu(i).toFixed(0), (cpu(i) / cpu(0)).toFixed(2), fastest(i).toFixed(0), (fastest(i) / fastest(0)).toFixed(2)]),
  )}`;
}

function bundleCost(bundles) {
  const size = table(
    ['library', 'browser bundle (minified)', 'gzip', 'Node built-ins imported', 'runs without Node APIs'],
    Object.entries(bundles).map(([name, b]) => [
      name,
      b.bytes ? `${(b.bytes / 1024).toFixed(0)} KiB` : `failed: ${b.browserError}`,
      b.gzip ? `${(b.gzip / 1024).toFixed(0)} KiB` : '-',
      b.builtins.length ? b.builtins.join(', ') : 'none',
      b.browserRun,
    ]),
  );
  const own = ['claimlint.cjs', 'engine.cjs'].map((f) => path.join(root, 'dist', 'bundle', f)).filter((f) => existsSync(f));
  const ownBytes = own.reduce((n, f) => n + statSync(f).size, 0);
  return `Bundles for a web page (esbuild, minified, one file):\n\n${size}\n\nFor scale: claimlint's own CLI and engine bundles (dist/bundle/claimlint.cjs + engine.cjs, whitespace-minified) are ${(ownBytes / 1024).toFixed(0)} KiB.`;
}

/** Throughput and memory: one fresh process per system, twice, alternating; the faster run counts. */
function throughputCost() {
  const systems = ['bare parse', 'claimlint', 'claimlint tokenizer', ...Object.keys(LIBRARIES)];
  const results = new Map(systems.map((s) => [s, []]));
  for (let r = 0; r < 2; r++) {
    for (const s of systems) {
      const child = spawnSync(process.execPath, ['--expose-gc', fileURLToPath(import.meta.url), 'child-throughput', s, '--eval', evalDir], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 26 });
      if (child.status !== 0) throw new Error(`throughput child ${s}: ${child.stderr}`);
      results.get(s).push(JSON.parse(child.stdout));
    }
  }
  const best = (s) => results.get(s).reduce((a, b) => (a.msPerPass <= b.msPerPass ? a : b));
  const bare = best('bare parse');
  const rows = systems.map((s) => {
    const b = best(s);
    return [s, Math.round(b.sentencesPerSecond).toLocaleString('en'), b.msPerPass.toFixed(0), (b.msPerPass / bare.msPerPass).toFixed(2), `${b.rssAfterLoad} MiB`, `${b.heapAfterLoad} MiB`, `${b.peakRss} MiB`];
  });
  return `Throughput and memory on all ${bare.sentences} eval sentences (${bare.chars.toLocaleString('en')} characters); bare parse = unified + remark-parse + gfm + frontmatter over the sentences as one document, as npm run bench; claimlint = lintText over the same document; libraries one sentence at a time:\n\n${table(
    ['system', 'sentences/s', 'ms per pass', '/ bare parse', 'RSS after load', 'heap after load', 'peak RSS'],
    rows,
  )}`;
}

/** In a fresh process: load one system, one warm-up pass over the eval
 * sentences, then timed passes; prints JSON. */
async function childThroughput(system) {
  const rows = evalRows();
  const texts = rows.map((r) => r.text);
  const doc = texts.join('\n\n');
  const mib = (b) => Math.round(b / 1048576);
  let pass;
  if (system === 'bare parse') {
    const load = (m) => import(pathToFileURL(createRequire(path.join(root, 'package.json')).resolve(m)).href);
    const [{ unified }, remarkParse, remarkGfm, remarkFrontmatter] = await Promise.all([load('unified'), load('remark-parse'), load('remark-gfm'), load('remark-frontmatter')]);
    const processor = unified().use(remarkParse.default).use(remarkGfm.default).use(remarkFrontmatter.default, ['yaml', 'toml']).freeze();
    pass = () => processor.parse(doc);
  } else if (system === 'claimlint') {
    const { lintText, rulePack } = await claimlintTools();
    const config = { market: 'us', rules: {}, phrases: [], approved: [] };
    pass = () => lintText(doc, { pack: rulePack, config });
  } else if (system === 'claimlint tokenizer') {
    const splitSentences = await fromDist('splitSentences', 'sentences');
    pass = () => texts.forEach((t) => splitSentences(t));
  } else {
    const lib = LIBRARIES[system];
    const entry = path.join(work, 'cost', `entry-${slug(system)}.cjs`);
    if (!existsSync(entry)) writeFileSync(entry, `${lib.entry}\n`);
    // work/cost/ sits inside scripts/nlp/, so the entry finds scripts/nlp/node_modules.
    const { analyse } = createRequire(entry)(entry);
    analyse(SAMPLE_SENTENCE);
    pass = () => texts.forEach((t) => analyse(t));
  }
  globalThis.gc?.();
  const afterLoad = process.memoryUsage();
  pass();
  const times = [];
  const t0 = performance.now();
  while (times.length < 3 || (performance.now() - t0 < 3000 && times.length < 30)) {
    const t = performance.now();
    pass();
    times.push(performance.now() - t);
  }
  const msPerPass = median(times);
  process.stdout.write(
    JSON.stringify({
      sentences: texts.length,
      chars: doc.length,
      msPerPass,
      sentencesPerSecond: (texts.length * 1000) / msPerPass,
      rssAfterLoad: mib(afterLoad.rss),
      heapAfterLoad: mib(afterLoad.heapUsed),
      peakRss: Math.round(process.resourceUsage().maxRSS / 1024),
    }),
  );
}

// ---------------------------------------------------------------------------

const rowsCache = { rows: undefined };
const evalRows = () => (rowsCache.rows ??= readEval());

const commands = {
  sheet: () => {
    const kind = positional[1];
    const occurrences = triggerOccurrences(evalRows());
    if (kind === 'pos') writeSheet('pos', posSample(occurrences));
    else if (kind === 'negation') writeSheet('negation', negationSample(occurrences));
    else throw new Error('sheet pos|negation');
  },
  import: () => importSheet(positional[1]),
  pos: async () => console.log(await scorePos()),
  negation: async () => console.log(`${await scoreNegation()}\n\n${await negationEndToEnd()}\n\n${clauseStats()}`),
  cost: async () => console.log(await measureCost()),
  all: async () => {
    for (const [title, part] of [['Roles', scorePos], ['Lemmas', async () => `${await scoreLemmas()}\n\n${await lemmaDisagreements()}`], ['Negation', async () => `${await scoreNegation()}\n\n${await negationEndToEnd()}\n\n${clauseStats()}`], ['Cost', measureCost]]) {
      console.log(`## ${title}\n\n${await part()}\n`);
    }
  },
  'child-throughput': () => childThroughput(positional[1]),
  lemmas: async () => console.log(`${await scoreLemmas()}\n\n${await lemmaDisagreements()}`),
};

const run = commands[command];
if (!run) {
  console.error(`nlp-compare: unknown command ${command} (${Object.keys(commands).join(', ')})`);
  process.exit(2);
}
await run();
