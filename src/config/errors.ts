// A config file that cannot be used: one line naming the file (with the line
// and column where the file's text is known), the key path and what was
// expected. The CLI prints it as is and exits 2.
import path from 'node:path';

/** A key path in a config value: keys and array indexes. */
export type KeyPath = ReadonlyArray<string | number>;

export class ConfigError extends Error {
  constructor(
    /** Where the problem is, as shown: a path relative to the working
     * directory, then `:line:column` when known. */
    readonly where: string,
    readonly problem: string,
    /** The key path the problem is at, in the file's value, from its root
     * (package.json's included), while its line is still to be found. */
    readonly at?: KeyPath,
  ) {
    super(`${where}: ${problem}`);
    this.name = 'ConfigError';
  }
}

/** A line and column (from 1) in a config file's text. */
export interface TextPosition {
  line: number;
  column: number;
}

/** Finds a key path's place in the text a config value was read from. */
export type Locate = (at: KeyPath) => Promise<TextPosition | undefined>;

/** A file path as messages show it: relative to `cwd` when inside it. */
export function displayPath(file: string, cwd: string): string {
  const rel = path.relative(cwd, file);
  if (rel === '') return '.';
  return !rel.startsWith('..') && !path.isAbsolute(rel) ? rel.split(path.sep).join('/') : file;
}
