// The built-in formats: the one list of their names, each loading only when
// asked for, so a one-file run pays for one. A name that looks like a path
// (`./my-formatter.mjs`) loads the user's own formatter, on ESLint's contract:
// the module's default export (or module.exports) is a function of the
// results and a context, returning the report as a string or a promise of one.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { unknownValue } from '../../shared/did-you-mean.js';
import { importModule } from '../../shared/import-module.js';
import type { Formatter, FormatterContext, ReportStreamer } from './formatter.js';
import type { LintResult } from '../../shared/lint-result.js';

export const FORMATTER_NAMES = Object.freeze(['stylish', 'json', 'compact', 'sarif', 'github', 'gitlab', 'junit', 'markdown'] as const);

export type FormatterName = (typeof FORMATTER_NAMES)[number];

// Typed by the names, so a format without a loader (or a loader without a
// name) does not compile, and the declarations name no formatter's module.
const loaders: Record<FormatterName, () => Promise<{ default: Formatter; stream?: ReportStreamer }>> = {
  stylish: () => import('./stylish.js'),
  json: () => import('./json.js'),
  compact: () => import('./compact.js'),
  sarif: () => import('./sarif.js'),
  github: () => import('./github.js'),
  gitlab: () => import('./gitlab.js'),
  junit: () => import('./junit.js'),
  markdown: () => import('./markdown.js'),
};

/** A built-in formatter, or a user's, which may be async. */
export type AnyFormatter = (results: LintResult[], context: FormatterContext) => string | Promise<string>;

export class FormatterError extends Error {
  override readonly name = 'FormatterError';
}

export function isFormatterName(name: string): name is FormatterName {
  return Object.hasOwn(loaders, name);
}

/** As ESLint tells a path from a name: a separator, or a JavaScript file name. */
export function isFormatterPath(name: string): boolean {
  return /[\\/]/.test(name) || /\.[cm]?js$/i.test(name);
}

export async function loadFormatter(name: string): Promise<Formatter>;
export async function loadFormatter(name: string, cwd: string): Promise<AnyFormatter>;
export async function loadFormatter(name: string, cwd?: string): Promise<AnyFormatter> {
  if (isFormatterName(name)) return (await loaders[name]()).default;
  if (cwd !== undefined && isFormatterPath(name)) return loadUserFormatter(name, cwd);
  const paths = cwd === undefined ? '' : ', or a path to a formatter module such as ./my-formatter.mjs';
  throw new FormatterError(unknownValue('format', name, FORMATTER_NAMES, paths));
}

/** The built-in format `name` as a stream (formatter.ts, ReportStream), when
 * it can be written a file at a time; a user's formatter takes all the
 * results at once. */
export async function loadReportStreamer(name: string): Promise<ReportStreamer | undefined> {
  return isFormatterName(name) ? (await loaders[name]()).stream : undefined;
}

async function loadUserFormatter(name: string, cwd: string): Promise<AnyFormatter> {
  const file = path.resolve(cwd, name);
  let mod: { default?: unknown };
  try {
    mod = (await importModule(pathToFileURL(file).href)) as { default?: unknown };
  } catch (error) {
    const e = error as NodeJS.ErrnoException;
    const why = e.code === 'ERR_MODULE_NOT_FOUND' && (e.message ?? '').includes(file) ? 'no such file' : (e.message ?? String(e)).split('\n')[0];
    throw new FormatterError(`cannot load the formatter ${name}: ${why}`);
  }
  const fn = typeof mod.default === 'function' ? mod.default : typeof mod === 'function' ? mod : undefined;
  if (!fn) throw new FormatterError(`${name} exports no formatter function (a default export, or module.exports, taking the results and a context)`);
  return async (results, context) => {
    // ESLint's formatters read a rule's description and link from meta.docs.
    const rulesMeta = Object.fromEntries(
      Object.entries(context.rulesMeta ?? {}).map(([id, s]) => [id, { ...s, docs: { description: s.description, ...(s.source ? { url: s.source.url } : {}) } }]),
    );
    const out: unknown = await (fn as AnyFormatter)(results, { ...context, rulesMeta });
    if (typeof out !== 'string') throw new FormatterError(`the formatter ${name} returned ${out === undefined ? 'nothing' : typeof out}, not a string`);
    return out;
  };
}
