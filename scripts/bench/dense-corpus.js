#!/usr/bin/env node
// node scripts/bench/dense-corpus.js [--out DIR] [--eval DIR] [--bytes N] [--large-bytes N]
//
// Builds the claim-dense corpus npm run bench measures: pages laid out as
// clinic and skincare sites lay them out (YAML front matter with a title, a
// description and FAQ entries; headings, short paragraphs, bullet lists, bold
// and links; now and then a table, and in .mdx files an MDX component), made
// from the real sentences in ../shared/eval/*.jsonl, read when the corpus is
// built so that none of them is kept in this repository. About 10 MB in a few
// thousand files under pages/, and one page of about 10 MB under large/.
//
// The same eval files give the same bytes: a seeded generator picks every
// sentence and every layout choice. Without --out the corpus is built once
// into the system temp directory, under a name keyed by the eval files and
// this script, and reused while neither changes.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sharedPath } from './shared-dir.js';

const here = fileURLToPath(import.meta.url);
export const DEFAULT_EVAL_DIR = sharedPath('eval');

const CORPUS_BYTES = 10_000_000;
const LARGE_BYTES = 10_000_000;
const SEED = 0xc1a1;

/** sfc32: a small, fast generator with a fixed seed, so every build picks alike. */
function generator(seed) {
  let a = 0x9e3779b9;
  let b = 0x243f6a88;
  let c = 0xb7e15162;
  let d = seed >>> 0;
  const next = () => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  for (let i = 0; i < 16; i++) next();
  const int = (lo, hi) => lo + Math.floor(next() * (hi - lo + 1));
  return {
    next,
    int,
    chance: (p) => next() < p,
    pick: (xs) => xs[Math.floor(next() * xs.length)],
    /** A size between lo and hi, small ones likelier (log-uniform), as page lengths are. */
    size: (lo, hi) => Math.round(Math.exp(Math.log(lo) + next() * (Math.log(hi) - Math.log(lo)))),
  };
}

/** Every row's text from the eval files, in file-name then line order. */
export function readSentences(evalDir = DEFAULT_EVAL_DIR) {
  const names = readdirSync(evalDir).filter((n) => n.endsWith('.jsonl')).sort();
  if (names.length === 0) throw new Error(`dense-corpus: no .jsonl files in ${evalDir}`);
  const texts = [];
  for (const name of names) {
    for (const line of readFileSync(path.join(evalDir, name), 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const text = JSON.parse(line).text;
      if (typeof text === 'string' && text.trim()) texts.push(text.replace(/\s+/g, ' ').trim());
    }
  }
  return { names, texts };
}

/** The sentences sorted by the part of a page they can play. */
function pools(texts) {
  const ends = (t) => /[.!…]["'”’)]*$/.test(t);
  const question = texts.filter((t) => t.endsWith('?'));
  const prose = texts.filter((t) => ends(t));
  // Short lines without a full stop read as headings, bullets and titles.
  const short = texts.filter((t) => !ends(t) && !t.endsWith('?') && t.length <= 90);
  const bullet = texts.filter((t) => t.length <= 160);
  // A JSX attribute string cannot escape its quote.
  const caption = short.filter((t) => !t.includes('"'));
  return { question, prose: prose.length ? prose : texts, short: short.length ? short : texts, bullet, caption: caption.length ? caption : ['Before and after'] };
}

// The few words that are ours, not the eval rows': structure a page needs
// that the rows cannot give (FAQ questions of the plain kind every clinic
// page asks, table headers, component and path names).
const QUESTIONS = [
  'How many sessions will I need?', 'Is there any downtime?', 'Who is a good candidate?', 'How long does an appointment take?',
  'When will I see results?', 'Does it hurt?', 'How should I prepare?', 'What happens at the consultation?',
  'How much does it cost?', 'Can it be combined with other treatments?', 'What aftercare do you recommend?',
  'How long do the results last?',
];
const TABLE_HEADS = [
  ['Treatment', 'What to expect'], ['Area', 'Sessions', 'Notes'], ['Concern', 'Our approach'], ['Step', 'Details'],
  ['Option', 'Typical course', 'Recovery'],
];
const TABLE_VALUES = ['1', '2-3', '3-6', '4 weeks apart', '30 min', '45 min', '1 hour', 'none', '1-2 days', 'from £150', 'from $200', 'yes', 'no'];
const TAGS = ['microneedling', 'laser', 'skin care', 'anti-ageing', 'acne', 'fillers', 'peels', 'hair removal', 'body contouring', 'facials', 'wellness'];
const SECTIONS = ['treatments', 'blog', 'services', 'conditions', 'faq', 'skincare', 'offers'];
// Of every five sites, one writes mostly MDX, one some, three none.
const MDX_SHARES = [0.9, 0, 0.3, 0, 0];
const COMPONENTS = ['Callout', 'Highlight', 'BeforeAfter', 'Testimonial', 'BookingButton'];

/** Text safe where MDX reads `<` and `{` as code; table cells also escape `|`. */
const mdxSafe = (t) => t.replace(/[<>{}]/g, (c) => `\\${c}`);
const cellSafe = (t) => t.replace(/\|/g, '\\|');
const yamlString = (t) => JSON.stringify(t);
const slugify = (t) =>
  t
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '') || 'page';

function pageWriter(rng, pool, mdx) {
  const text = (t) => (mdx ? mdxSafe(t) : t);
  /** Bold or links a few words of a sentence, as copy does with its selling points. */
  function inline(t) {
    const words = t.split(' ');
    if (words.length < 4 || !rng.chance(0.35)) return text(t);
    const start = rng.int(0, words.length - 2);
    const end = Math.min(words.length, start + rng.int(1, 4));
    const span = words.slice(start, end).join(' ');
    let marked;
    if (rng.chance(0.55)) marked = `**${text(span)}**`;
    else if (mdx && rng.chance(0.25)) marked = `<Highlight>${text(span)}</Highlight>`;
    else marked = `[${text(span)}](/${rng.pick(SECTIONS)}/${slugify(span)})`;
    const before = words.slice(0, start).join(' ');
    const after = words.slice(end).join(' ');
    return [before && text(before), marked, after && text(after)].filter(Boolean).join(' ');
  }
  const paragraph = () => {
    const n = rng.int(1, 4);
    const out = [];
    for (let i = 0; i < n; i++) out.push(inline(rng.pick(pool.prose)));
    return out.join(' ');
  };
  const bullets = () => {
    const n = rng.int(3, 7);
    const ordered = rng.chance(0.15);
    const labelled = !ordered && rng.chance(0.2);
    const out = [];
    for (let i = 0; i < n; i++) {
      const marker = ordered ? `${i + 1}.` : '-';
      const item = labelled ? `**${text(rng.pick(pool.short).replace(/:$/, ''))}:** ${inline(rng.pick(pool.prose))}` : inline(rng.pick(pool.bullet));
      out.push(`${marker} ${item}`);
    }
    return out.join('\n');
  };
  const table = () => {
    const head = rng.pick(TABLE_HEADS);
    const lines = [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`];
    for (let i = rng.int(2, 6); i > 0; i--) {
      const cells = head.map((_, j) => (j === 0 ? rng.pick(pool.short) : j === 1 && head.length === 2 ? rng.pick(pool.bullet) : rng.pick(TABLE_VALUES)));
      lines.push(`| ${cells.map((c) => cellSafe(text(c))).join(' | ')} |`);
    }
    return lines.join('\n');
  };
  const quote = () => `> ${text(rng.pick(pool.prose))}${rng.chance(0.5) ? ` ${text(rng.pick(pool.prose))}` : ''}`;
  const component = () => {
    const name = rng.pick(COMPONENTS);
    if (name === 'BeforeAfter') {
      const id = rng.int(1, 400);
      return `<BeforeAfter before="/images/results/${id}-before.jpg" after="/images/results/${id}-after.jpg" caption="${rng.pick(pool.caption)}" />`;
    }
    if (name === 'BookingButton') return `<BookingButton href="/book" label="Book a consultation" />`;
    if (name === 'Testimonial') return `<Testimonial author="Client ${rng.int(1, 99)}">\n\n${inline(rng.pick(pool.prose))}\n\n</Testimonial>`;
    return `<Callout type="${rng.pick(['info', 'tip', 'note'])}">\n\n${paragraph()}\n\n</Callout>`;
  };

  /** One section: a heading and a few blocks under it. */
  function section(level) {
    const blocks = [`${'#'.repeat(level)} ${text(rng.pick(pool.short).replace(/:$/, ''))}`];
    let list = false;
    for (let i = rng.int(1, 3); i > 0; i--) {
      const r = rng.next();
      // Two lists in a row would merge into one loose list.
      const wasList = list;
      list = false;
      if (r < 0.5 || (r < 0.8 && wasList)) blocks.push(paragraph());
      else if (r < 0.8) {
        blocks.push(bullets());
        list = true;
      }
      else if (r < 0.86) blocks.push(table());
      else if (r < 0.92) blocks.push(quote());
      else if (mdx) blocks.push(component());
      else blocks.push(paragraph());
    }
    return blocks.join('\n\n');
  }

  function frontMatter(title, index) {
    const lines = ['---', `title: ${yamlString(title)}`, `description: ${yamlString(rng.pick(pool.prose))}`];
    const d = new Date(Date.UTC(2018, 0, 1) + rng.int(0, 2500) * 86_400_000);
    lines.push(`date: ${d.toISOString().slice(0, 10)}`);
    if (rng.chance(0.6)) lines.push(`tags: [${[rng.pick(TAGS), rng.pick(TAGS)].map(yamlString).join(', ')}]`);
    if (rng.chance(0.5)) lines.push(`image: /images/${slugify(title)}-${index}.jpg`);
    if (rng.chance(0.75)) {
      lines.push('faq:');
      for (let i = rng.int(2, 6); i > 0; i--) {
        const q = rng.chance(0.3) && pool.question.length ? rng.pick(pool.question) : rng.pick(QUESTIONS);
        const a = [rng.pick(pool.prose)];
        if (rng.chance(0.4)) a.push(rng.pick(pool.prose));
        lines.push(`  - question: ${yamlString(q)}`, `    answer: ${yamlString(a.join(' '))}`);
      }
    }
    lines.push('---');
    return lines.join('\n');
  }

  /** A whole page of about `bytes` bytes. */
  return function page(bytes, index) {
    const title = rng.pick(pool.short).replace(/:$/, '');
    const parts = [frontMatter(title, index)];
    if (mdx) {
      const used = COMPONENTS.filter(() => rng.chance(0.5));
      parts.push(used.map((c) => `import ${c} from '../../components/${c}.astro';`).join('\n') || "import Callout from '../../components/Callout.astro';");
    }
    if (rng.chance(0.5)) parts.push(`# ${text(title)}`);
    parts.push(paragraph());
    let size = parts.reduce((n, p) => n + Buffer.byteLength(p) + 2, 0);
    while (size < bytes) {
      const s = section(rng.chance(0.7) ? 2 : 3);
      parts.push(s);
      size += Buffer.byteLength(s) + 2;
    }
    parts.push(`[${rng.pick(['Book a consultation', 'Contact the clinic', 'See our prices'])}](/${rng.pick(['book', 'contact', 'prices'])})`);
    return { title, body: `${parts.join('\n\n')}\n` };
  };
}

/**
 * Writes the corpus under `out`: pages/ (many files, about `bytes` in all)
 * and large/ (one file of about `largeBytes`).
 */
export function writeDenseCorpus(out, evalDir = DEFAULT_EVAL_DIR, { bytes: corpusBytes = CORPUS_BYTES, largeBytes = LARGE_BYTES } = {}) {
  const { texts } = readSentences(evalDir);
  const pool = pools(texts);
  const rng = generator(SEED);
  const pages = path.join(out, 'pages');
  let bytes = 0;
  let files = 0;
  let mdxFiles = 0;
  const names = new Set();
  for (let site = 1; bytes < corpusBytes; site++) {
    // Sites differ in where their content lives and in how much of it is MDX.
    const dir = path.join(pages, `site-${String(site).padStart(2, '0')}`, rng.pick(['src/content', 'content', 'src/pages', 'docs']));
    const mdxShare = MDX_SHARES[(site - 1) % MDX_SHARES.length];
    const perSite = rng.int(40, 160);
    for (let i = 0; i < perSite && bytes < corpusBytes; i++) {
      const mdx = rng.chance(mdxShare);
      const { title, body } = pageWriter(rng, pool, mdx)(rng.size(1200, 8000), files);
      const sub = path.join(dir, rng.pick(SECTIONS));
      const base = path.join(sub, slugify(title));
      const ext = mdx ? '.mdx' : '.md';
      let name = `${base}${ext}`;
      for (let n = 2; names.has(name); n++) name = `${base}-${n}${ext}`;
      names.add(name);
      mkdirSync(sub, { recursive: true });
      writeFileSync(name, body);
      bytes += Buffer.byteLength(body);
      files++;
      if (mdx) mdxFiles++;
    }
  }
  // The large page: one long treatment guide, front matter and all.
  const write = pageWriter(rng, pool, false);
  const large = path.join(out, 'large', 'treatment-guide.md');
  mkdirSync(path.dirname(large), { recursive: true });
  const { body } = write(largeBytes, 0);
  writeFileSync(large, body);
  const manifest = { files, mdxFiles, bytes, large: { file: path.relative(out, large), bytes: Buffer.byteLength(body) }, sentences: texts.length };
  writeFileSync(path.join(out, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}

/** The key a cached build is kept under: the eval files' bytes and this script's. */
function buildKey(evalDir) {
  const h = createHash('sha256').update(readFileSync(here));
  for (const name of readSentences(evalDir).names) h.update(name).update(readFileSync(path.join(evalDir, name)));
  return h.digest('hex').slice(0, 16);
}

/**
 * The corpus in the temp directory, built first if it is not there. Returns
 * its directories and manifest. Built under a temporary name and renamed, so
 * an interrupted build is never mistaken for a whole one.
 */
export function ensureDenseCorpus(evalDir = DEFAULT_EVAL_DIR) {
  const dir = path.join(os.tmpdir(), `claimlint-dense-${buildKey(evalDir)}`);
  const manifestFile = path.join(dir, 'manifest.json');
  if (!existsSync(manifestFile)) {
    const partial = `${dir}.partial-${process.pid}`;
    rmSync(partial, { recursive: true, force: true });
    writeDenseCorpus(partial, evalDir);
    try {
      renameSync(partial, dir);
    } catch (error) {
      // Another run built it meanwhile; theirs is the same bytes.
      rmSync(partial, { recursive: true, force: true });
      if (!existsSync(manifestFile)) throw error;
    }
  }
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
  return { dir, pages: path.join(dir, 'pages'), large: path.join(dir, manifest.large.file), manifest };
}

if (process.argv[1] && path.resolve(process.argv[1]) === here) {
  const args = process.argv.slice(2);
  const opt = (name) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const evalDir = path.resolve(opt('--eval') ?? DEFAULT_EVAL_DIR);
  const out = opt('--out');
  const size = (name, fallback) => {
    const v = opt(name) ?? String(fallback);
    if (!/^[1-9]\d*$/.test(v)) {
      console.error(`dense-corpus: ${name} takes a number of bytes, not "${v}"`);
      process.exit(2);
    }
    return Number(v);
  };
  const sizes = { bytes: size('--bytes', CORPUS_BYTES), largeBytes: size('--large-bytes', LARGE_BYTES) };
  if (!out && (opt('--bytes') || opt('--large-bytes'))) {
    console.error('dense-corpus: --bytes and --large-bytes need --out (the cached build has the standard sizes)');
    process.exit(2);
  }
  if (out) {
    const dir = path.resolve(out);
    if (existsSync(dir) && readdirSync(dir).length > 0) {
      console.error(`dense-corpus: ${dir} is not empty; give a new or empty directory`);
      process.exit(2);
    }
    const m = writeDenseCorpus(dir, evalDir, sizes);
    console.log(`${dir}: ${m.files} files (${m.mdxFiles} MDX), ${(m.bytes / 1e6).toFixed(1)} MB; ${m.large.file} ${(m.large.bytes / 1e6).toFixed(1)} MB`);
  } else {
    const c = ensureDenseCorpus(evalDir);
    const m = c.manifest;
    console.log(`${c.dir}: ${m.files} files (${m.mdxFiles} MDX), ${(m.bytes / 1e6).toFixed(1)} MB; ${m.large.file} ${(m.large.bytes / 1e6).toFixed(1)} MB`);
  }
}
