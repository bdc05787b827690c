// Recognises the YAML front matter most documentation carries (`title: …`,
// `ms.date: …`, a list of tags): lines of `key: value`, a key's list of
// plain items or of one-key items (`- key: value`), one level of nested
// keys. Such front matter is surely valid YAML, and its values are its raw
// text with only quotes and spaces changed, so the screen can rule its values
// out from the raw text without parsing it (src/screen/prefilter.ts).
// Anything else, however valid, is not recognised, and the YAML parser reads
// it as before: a wrong "yes" here would hide a claim, or a front matter
// problem the reading reports. Only ASCII spaces are spaces to YAML: a
// no-break space or an ideographic space is content.

// A key that reads as a string, never as a number, boolean or null (two
// such keys could then be equal) nor with any syntax of its own (and not one
// that would set an object's prototype). simple-yaml.ts reads the same keys.
export const KEY = /^[A-Za-z_][A-Za-z0-9_.-]*$/;
export const NOT_STRING_KEYS: ReadonlySet<string> = new Set(['true', 'false', 'null', 'yes', 'no', 'on', 'off', 'y', 'n', '__proto__']);

/** A plain scalar that starts with no indicator and holds no `: `, ` #`
 * or tab: one that cannot start a mapping, a comment or anything else. */
function plainScalar(value: string): boolean {
  if (value === '' || /^[-?:,[\]{}#&*!|>'"%@`]/.test(value)) return false;
  if (/:(?: |$)| #/.test(value)) return false;
  return plainText(value);
}

/** A whole-line scalar value: plain, or quoted with no escapes and no quote inside. */
function scalar(value: string): boolean {
  if (value.startsWith('"')) return /^"[^"\\]*"$/.test(value) && plainText(value);
  if (value.startsWith("'")) return /^'[^']*'$/.test(value) && plainText(value);
  return plainScalar(value);
}

/** No tab, and no character YAML does not allow or may read otherwise
 * (controls, a byte order mark, non-characters, lone surrogates). */
export function plainText(value: string): boolean {
  return !/[\t\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufeff\ufffe\uffff]|\p{Cs}/u.test(value);
}

interface Line {
  indent: number;
  body: string;
}

/** Whether `content` (the text between the front matter fences) is YAML of
 * the simple shape above. */
export function isPlainYaml(content: string): boolean {
  const lines: Line[] = [];
  for (const raw of content.split('\n')) {
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    // Blank lines and whole-line comments change nothing.
    if (/^ *(?:#.*)?$/.test(line)) continue;
    if (line.includes('\t')) return false;
    // Spaces after a value are not part of it.
    const indent = /^ */.exec(line)![0].length;
    lines.push({ indent, body: line.slice(indent).replace(/ +$/, '') });
  }
  const keys = new Set<string>();
  let i = 0;
  while (i < lines.length) {
    const { indent, body } = lines[i]!;
    if (indent !== 0) return false;
    const entry = keyValue(body, keys);
    if (entry === undefined) return false;
    i++;
    if (entry !== '') continue;
    // A key with no value on its line: null, or a list of plain items, or one level of keys.
    const block: Line[] = [];
    while (i < lines.length && (lines[i]!.indent > 0 || lines[i]!.body.startsWith('- '))) block.push(lines[i++]!);
    if (block.length > 0 && !nested(block)) return false;
  }
  return true;
}

/** The value of a `key: value` line ('' when there is none), checking the
 * key is new; undefined when the line is not of that shape. */
function keyValue(body: string, keys: Set<string>): string | undefined {
  const colon = body.indexOf(':');
  if (colon <= 0) return undefined;
  const key = body.slice(0, colon);
  if (!KEY.test(key) || NOT_STRING_KEYS.has(key.toLowerCase()) || keys.has(key)) return undefined;
  keys.add(key);
  const rest = body.slice(colon + 1);
  if (rest === '') return '';
  if (!rest.startsWith(' ')) return undefined;
  // Spaces before a value are not part of it either.
  const value = rest.replace(/^ +/, '');
  return scalar(value) ? value : undefined;
}

/** A list of scalars or one-key mappings, or a mapping of scalars, all its
 * lines at one indent. */
function nested(block: readonly Line[]): boolean {
  const indent = block[0]!.indent;
  if (block.some((l) => l.indent !== indent)) return false;
  if (block.every((l) => l.body.startsWith('- '))) {
    return block.every((l) => {
      const item = l.body.slice(2).replace(/^ +/, '');
      if (scalar(item)) return true;
      const value = keyValue(item, new Set());
      return value !== undefined && value !== '';
    });
  }
  if (indent === 0) return false;
  const keys = new Set<string>();
  return block.every((l) => {
    const value = keyValue(l.body, keys);
    return value !== undefined && value !== '';
  });
}
