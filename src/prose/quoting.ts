// How replacement text must be spelled inside a quoted value so that applying
// a plain text edit keeps the file valid and the value of the same type: a
// double-quoted YAML scalar escapes `\` and `"`, a single-quoted one doubles
// `'`, a JSX attribute uses character references. Where no spelling is safe
// (a plain YAML scalar that would need quoting), there is no fix.

export type Quoting =
  | { syntax: 'yaml'; style: 'plain' | 'single' | 'double' | 'literal' | 'folded'; flow: boolean }
  | { syntax: 'toml'; style: 'basic' | 'literal'; multiline: boolean }
  | { syntax: 'jsx'; quote: '"' | "'" };

/** Where in the value the edit lands, for rules about a value's first character. */
export interface EditPlace {
  atValueStart: boolean;
}

const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

/** Double-quoted YAML and basic TOML strings share `\\`, `\"`, `\n`, `\t`;
 * other control characters use each language's own numeric escape. */
function backslashEscape(text: string, numeric: (code: number) => string): string {
  return text.replace(/[\\"\u0000-\u001f\u007f]/g, (c) => {
    if (c === '\\' || c === '"') return `\\${c}`;
    if (c === '\n') return '\\n';
    if (c === '\t') return '\\t';
    return numeric(c.charCodeAt(0));
  });
}

const yamlNumeric = (code: number) => `\\x${code.toString(16).padStart(2, '0')}`;
const tomlNumeric = (code: number) => `\\u${code.toString(16).padStart(4, '0')}`;

// A plain scalar cannot start with an indicator, nor hold `: ` or ` #`.
const PLAIN_BAD_START = /^[-?:,[\]{}#&*!|>'"%@`\s]/;
const PLAIN_BAD_INSIDE = /: |:$| #|[\n\r\t]/;
const FLOW_INDICATORS = /[,[\]{}]/;

function yamlPlain(text: string, flow: boolean, place: EditPlace): string | undefined {
  if (PLAIN_BAD_INSIDE.test(text) || CONTROL.test(text)) return undefined;
  if (place.atValueStart && PLAIN_BAD_START.test(text)) return undefined;
  if (flow && FLOW_INDICATORS.test(text)) return undefined;
  return text;
}

function jsxAttribute(text: string, quote: '"' | "'"): string {
  return text.replace(/&/g, '&amp;').replace(quote === '"' ? /"/g : /'/g, quote === '"' ? '&quot;' : '&#39;');
}

/** `text` spelled for the value's quoting, or undefined when no spelling is safe. */
export function encodeReplacement(quoting: Quoting, text: string, place: EditPlace): string | undefined {
  if (quoting.syntax === 'jsx') return jsxAttribute(text, quoting.quote);
  if (quoting.syntax === 'toml') {
    if (quoting.style === 'basic') return backslashEscape(text, tomlNumeric);
    // Literal strings have no escapes at all.
    if (CONTROL.test(text) || (quoting.multiline ? text.includes("'''") || text.endsWith("'") : /['\n\r]/.test(text))) return undefined;
    return text;
  }
  switch (quoting.style) {
    case 'double':
      return backslashEscape(text, yamlNumeric);
    case 'single':
      return /[\n\r]/.test(text) || CONTROL.test(text) ? undefined : text.replace(/'/g, "''");
    case 'plain':
      return yamlPlain(text, quoting.flow, place);
    case 'literal':
    case 'folded':
      // Block scalars take any text on one line; a leading blank could change
      // a line's indentation, so it is refused there.
      if (/[\n\r]/.test(text) || CONTROL.test(text) || (place.atValueStart && /^\s/.test(text))) return undefined;
      return text;
  }
}
