// A config file that cannot be used: one line naming the file, the key path
// and what was expected. The CLI prints it as is and exits 2.
import path from 'node:path';

export class ConfigError extends Error {
  constructor(
    /** Where the problem is, as shown: a path relative to the working directory. */
    readonly where: string,
    readonly problem: string,
  ) {
    super(`${where}: ${problem}`);
    this.name = 'ConfigError';
  }
}

/** A file path as messages show it: relative to `cwd` when inside it. */
export function displayPath(file: string, cwd: string): string {
  const rel = path.relative(cwd, file);
  if (rel === '') return '.';
  return !rel.startsWith('..') && !path.isAbsolute(rel) ? rel.split(path.sep).join('/') : file;
}
