// The built-in formats: the one list of their names, each loading only when
// asked for, so a one-file run pays for one.
import type { Formatter } from './formatter.js';

const loaders = {
  stylish: () => import('./stylish.js'),
  json: () => import('./json.js'),
  compact: () => import('./compact.js'),
  sarif: () => import('./sarif.js'),
  github: () => import('./github.js'),
  junit: () => import('./junit.js'),
  markdown: () => import('./markdown.js'),
} satisfies Record<string, () => Promise<{ default: Formatter }>>;

export type FormatterName = keyof typeof loaders;

export const FORMATTER_NAMES = Object.freeze(Object.keys(loaders) as FormatterName[]);

export function isFormatterName(name: string): name is FormatterName {
  return Object.hasOwn(loaders, name);
}

export async function loadFormatter(name: string): Promise<Formatter> {
  if (!isFormatterName(name)) throw new Error(`unknown format "${name}"; expected one of: ${FORMATTER_NAMES.join(', ')}`);
  return (await loaders[name]()).default;
}
