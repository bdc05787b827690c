// Formatters load only when asked for, so a one-file run pays for one.
import type { Formatter } from './formatter.js';

const loaders: Record<string, () => Promise<{ default: Formatter }>> = {
  stylish: () => import('./stylish.js'),
  json: () => import('./json.js'),
  compact: () => import('./compact.js'),
  sarif: () => import('./sarif.js'),
  github: () => import('./github.js'),
  junit: () => import('./junit.js'),
  markdown: () => import('./markdown.js'),
};

export const formatterNames = (): string[] => Object.keys(loaders);

export function registerFormatter(name: string, load: () => Promise<{ default: Formatter }>): void {
  loaders[name] = load;
}

export async function loadFormatter(name: string): Promise<Formatter> {
  const load = loaders[name];
  if (!load) throw new Error(`unknown format "${name}"; expected one of: ${formatterNames().join(', ')}`);
  return (await load()).default;
}
