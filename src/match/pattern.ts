// The pattern language rules are written in, parsed into elements.
//
//   word          a literal word, matched on its key (any inflection/spelling)
//   {list}        any entry of a word list (entries may be several words)
//   {name=list}   the same, captured under `name` instead of the list id
//   [words]       optional literal words;  [{list}] an optional list entry
//   (a|b c)       one of several literal alternatives; name=(a|b) captures it
//   ~N            up to N modifier words ("the depth of", "visibly")
//   ,             a comma may stand here (elsewhere a comma ends a match)
//   :             a label's colon or dash stands here: "{concern} : gone"
//                 matches "Eczema: gone" and "Eczema - gone", not "eczema gone"
//   =word         the word exactly as written (any case), not its other
//                 inflections: "for =good" does not match "for goods"
//   -{list}, -(a|b), -name=(a|b)
//                 the element's first word is joined by a hyphen to the word
//                 before, as one compound word: "{concern} -{absolute-verb}"
//                 matches "wrinkle-erasing", not "wrinkles erasing"
//
// A pattern is plain data: it compiles to the same matcher as a user's phrase.

export type PatternElement =
  | { kind: 'list'; list: string; capture: string; optional: boolean; joined?: true }
  | { kind: 'alt'; alternatives: string[]; capture: string; optional: boolean; joined?: true }
  | { kind: 'gap'; max: number }
  | { kind: 'comma' }
  | { kind: 'colon' };

export class PatternSyntaxError extends Error {}

const TOKEN = /\s*(-?[a-z]+=\([^)]*\)|-?\{[^}]*\}|\[[^\]]*\]|-?\([^)]*\)|~\d+|,|:(?=\s|$)|[^\s{}[\]()~,]+)/y;

export function parsePattern(source: string): PatternElement[] {
  const elements: PatternElement[] = [];
  TOKEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  let consumed = 0;
  while ((m = TOKEN.exec(source)) !== null) {
    consumed = TOKEN.lastIndex;
    const t = m[1]!;
    if (t.startsWith('-') && /^-[a-z({]/.test(t) && /[)}]$/.test(t)) {
      const el = parseElement(t.slice(1), false, source);
      if (el.kind !== 'list' && el.kind !== 'alt') throw new PatternSyntaxError(`bad compound element ${t} in "${source}"`);
      if (elements.length === 0) throw new PatternSyntaxError(`"${source}" starts with a compound element (${t}): there is no word before it to join`);
      el.joined = true;
      elements.push(el);
      continue;
    }
    elements.push(parseElement(t, false, source));
  }
  if (source.slice(consumed).trim() !== '') {
    throw new PatternSyntaxError(`cannot parse pattern "${source}" at "${source.slice(consumed)}"`);
  }
  if (elements.length === 0) throw new PatternSyntaxError(`empty pattern "${source}"`);
  const edge = (e: PatternElement) => e.kind === 'gap' || e.kind === 'comma' || e.kind === 'colon';
  for (const [at, el] of [['start', elements[0]!], ['end', elements[elements.length - 1]!]] as const) {
    if (!edge(el)) continue;
    const what = el.kind === 'gap' ? `a gap (~${el.max})` : el.kind === 'comma' ? 'a comma' : 'a colon';
    throw new PatternSyntaxError(`pattern "${source}" must not ${at} with ${what}: there is no word on that side for it to stand by`);
  }
  return elements;
}

function parseElement(t: string, optional: boolean, source: string): PatternElement {
  if (t.startsWith('{')) {
    const inner = t.slice(1, -1).trim();
    const [name, list] = inner.includes('=') ? inner.split('=').map((s) => s.trim()) : [inner, inner];
    if (!list || !/^[a-z0-9-]+$/.test(list)) throw new PatternSyntaxError(`bad list reference ${t} in "${source}"`);
    return { kind: 'list', list, capture: name!, optional };
  }
  if (t.startsWith('[')) {
    const inner = t.slice(1, -1).trim();
    if (inner.startsWith('{')) return parseElement(inner, true, source);
    if (inner.startsWith('(')) return parseElement(inner, true, source);
    return parseElement(`(${inner})`, true, source);
  }
  const named = /^([a-z]+)=(\(.*\))$/.exec(t);
  if (named) {
    const el = parseElement(named[2]!, optional, source);
    if (el.kind === 'alt') el.capture = named[1]!;
    return el;
  }
  if (t.startsWith('(')) {
    const alternatives = t
      .slice(1, -1)
      .split('|')
      .map((s) => s.trim())
      .filter(Boolean);
    if (alternatives.length === 0) throw new PatternSyntaxError(`empty alternatives ${t} in "${source}"`);
    if (alternatives.some((a) => /[{}[\]~]/.test(a))) {
      throw new PatternSyntaxError(`alternatives ${t} in "${source}" may hold words only, not lists, options or gaps`);
    }
    return { kind: 'alt', alternatives, capture: alternatives[0]!, optional };
  }
  if (t.startsWith('~')) return { kind: 'gap', max: Number(t.slice(1)) };
  if (t === ',') return { kind: 'comma' };
  if (t === ':') return { kind: 'colon' };
  if (t.startsWith('=')) {
    if (!/^=[^\s=]+$/.test(t)) throw new PatternSyntaxError(`bad exact word ${t} in "${source}"`);
    return { kind: 'alt', alternatives: [t.slice(1)], capture: t, optional };
  }
  return { kind: 'alt', alternatives: [t], capture: t, optional };
}

/** Text with any of these characters is a pattern; without, a literal phrase. */
export const PATTERN_SYNTAX = /[{}[\]()|~]|(?:^|\s)=\S/;
