// Decides which front matter values are copy. By default: strings of two or
// more words that do not look like a URL, path, date, colour, identifier or
// slug, under keys not known to hold such things. Config key patterns narrow
// or widen that: `include` lists the only keys to lint, `exclude` keys never
// to lint; in either list a later pattern wins and `!` negates.
import picomatch from 'picomatch';
import type { KeyPath } from './values.js';

export interface FrontMatterSelection {
  include?: readonly string[];
  exclude?: readonly string[];
}

export type ValueFilter = (path: KeyPath, value: string) => boolean;

// Keys whose values are machine-read even when they hold spaces.
const NOT_COPY_KEYS = [
  'layout', 'template', 'type', 'slug', 'url', 'permalink', 'aliases', 'redirect*', 'canonical*', 'href', 'link', 'src',
  'image', 'images', 'img', 'thumbnail', 'cover', 'icon', 'logo', 'video', 'file', 'path', 'class', 'className',
  'classes', 'style', 'css', 'id', 'uid', 'key', 'ref', 'lang', 'language', 'locale', 'date', 'publishDate', 'lastmod',
  'expiryDate', 'updated', 'time', 'timezone', 'color', 'colour', 'theme', 'weight', 'order', 'draft', 'sitemap',
  'robots', 'schema', 'schemaType', 'categories', 'tags', 'keywords', 'author', 'authors', 'email', 'phone',
];

const URL_LIKE = /^(?:[a-z][a-z0-9+.-]*:\/\/|www\.|mailto:|tel:|data:)/i;
const PATH_LIKE = /^(?:\.{0,2}\/|~\/|[A-Za-z]:\\)\S*$/;
const DATE_LIKE = /^\d{4}-\d{2}-\d{2}(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const COLOUR_LIKE = /^(?:#[0-9a-f]{3,8}|(?:rgb|rgba|hsl|hsla|oklch|lab)\(.*\))$/i;
// A token that names something rather than says something: `text-lg`, `hero_v2`.
const IDENTIFIER_TOKEN = /^[\w.:/-]*[-_.:/\d][\w.:/-]*$/;

/** The default test for "this string is copy". */
export function looksLikeCopy(value: string): boolean {
  const v = value.trim();
  if (v === '' || URL_LIKE.test(v) || PATH_LIKE.test(v) || DATE_LIKE.test(v) || COLOUR_LIKE.test(v)) return false;
  const words = v.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  if (words.length < 2) return false;
  return !words.every((w) => IDENTIFIER_TOKEN.test(w));
}

/** `faq.*.answer`, `sections[0].items[].title` -> picomatch glob over `/`-joined segments. */
function toGlob(pattern: string): string {
  return pattern
    .replace(/\[(\d+|\*|)\]/g, (_, i: string) => `.${i === '' ? '*' : i}`)
    .replace(/^\./, '')
    .split('.')
    .join('/');
}

function pathString(path: KeyPath): string {
  // A `/` inside a key would read as a separator; no pattern can name it anyway.
  return path.map((seg) => String(seg).replace(/\//g, '\u2215')).join('/');
}

interface CompiledPattern {
  negated: boolean;
  test: (s: string) => boolean;
}

function compile(patterns: readonly string[]): CompiledPattern[] {
  return patterns.map((p) => {
    const negated = p.startsWith('!');
    return { negated, test: picomatch(toGlob(negated ? p.slice(1) : p), { dot: true, nocase: true }) };
  });
}

/** True when the last pattern that matches is not negated. */
function lastMatch(patterns: CompiledPattern[], s: string): boolean {
  let hit = false;
  for (const p of patterns) if (p.test(s)) hit = !p.negated;
  return hit;
}

// Compiled on first use: picomatch costs milliseconds a run without front matter need not pay.
let defaultExcluded: CompiledPattern[] | undefined;

export function compileSelection(selection: FrontMatterSelection = {}): ValueFilter {
  const include = selection.include && selection.include.length > 0 ? compile(selection.include) : undefined;
  const exclude = compile(selection.exclude ?? []);
  return (path, value) => {
    const s = pathString(path);
    if (lastMatch(exclude, s)) return false;
    if (include) return lastMatch(include, s);
    // Inside a list under a machine-read key (`tags: [...]`), the key decides.
    const keyPath = pathString(path.filter((seg) => typeof seg === 'string'));
    // One pattern for them all: picomatch compiles each pattern it is given, at some tenth of a millisecond apiece.
    if (lastMatch((defaultExcluded ??= compile([`**.{${NOT_COPY_KEYS.join(',')}}`])), keyPath)) return false;
    return looksLikeCopy(value);
  };
}
