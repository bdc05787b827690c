// Finds the front matter at the top of a document the way remark-frontmatter
// does (`---` YAML or `+++` TOML fences on their own lines) and reads it with
// the parser for its language.
import type { FrontMatterRead } from './values.js';
import { readTomlFrontMatter } from './toml.js';
import { readYamlFrontMatter } from './yaml.js';

export type FrontMatterLanguage = 'yaml' | 'toml';

export interface FrontMatterPlace {
  language: FrontMatterLanguage;
  /** The text between the fences: `source.slice(contentStart, contentEnd)`. */
  contentStart: number;
  contentEnd: number;
  /** End of the closing fence line (before its line break). */
  end: number;
}

const OPENING = /^(---|\+\+\+)[ \t]*(?:\r\n|\n|\r)/;

export function locateFrontMatter(source: string): FrontMatterPlace | undefined {
  const open = OPENING.exec(source);
  if (!open) return undefined;
  const fence = open[1]!;
  const contentStart = open[0].length;
  const closing = new RegExp(`^${fence === '---' ? '---' : '\\+\\+\\+'}[ \\t]*$`, 'gm');
  closing.lastIndex = contentStart;
  const close = closing.exec(source);
  if (!close) return undefined;
  let contentEnd = close.index;
  if (contentEnd > contentStart && source[contentEnd - 1] === '\n') contentEnd--;
  if (contentEnd > contentStart && source[contentEnd - 1] === '\r') contentEnd--;
  return { language: fence === '---' ? 'yaml' : 'toml', contentStart, contentEnd, end: close.index + close[0].length };
}

/** Reads front matter with its language's parser. */
export function parseFrontMatter(language: FrontMatterLanguage, text: string): FrontMatterRead {
  return language === 'yaml' ? readYamlFrontMatter(text) : readTomlFrontMatter(text);
}

// The screen, the engine and the check on front matter fixes each read the
// same document's front matter in turn: the last read is kept, so it is
// parsed once. A read is never changed by its readers.
let lastRead: { language: FrontMatterLanguage; text: string; read: FrontMatterRead } | undefined;

/** parseFrontMatter, but the same text as last time is not parsed again. */
export function readFrontMatter(language: FrontMatterLanguage, text: string): FrontMatterRead {
  if (lastRead?.language !== language || lastRead.text !== text) lastRead = { language, text, read: parseFrontMatter(language, text) };
  return lastRead.read;
}
