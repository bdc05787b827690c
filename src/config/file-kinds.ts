// Which config files are code. Kept apart from reading so that validation
// (normalize.ts), which the browser build also runs, needs no file system.
import path from 'node:path';

const CODE_EXTENSIONS = new Set(['.js', '.mjs', '.cjs']);

/** True for a config that is a JavaScript module: reading it runs it. */
export function isCodeConfig(file: string): boolean {
  return CODE_EXTENSIONS.has(path.extname(file).toLowerCase());
}
