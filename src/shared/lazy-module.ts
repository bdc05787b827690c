// Loads a dependency only when a document needs it (YAML or TOML front
// matter, MDX), so plain Markdown never pays for those parsers. `load` is the
// async path (file linting awaits it up front); `get` serves the synchronous
// engine and falls back to `require`, which also loads ES modules on the
// Node versions that allow it.
import { createRequire } from 'node:module';
import { importModule } from './import-module.js';

const requireHere = createRequire(import.meta.url);

export interface LazyModule<T> {
  load(): Promise<T>;
  get(): T;
}

// Shared by every bundle in the process (the CLI's and the engine's: see
// scripts/bundle.js), so a parser the CLI loaded for the prefilter is the one
// the engine uses.
const REGISTRY = Symbol.for('claimlint.loadedModules');
const registry = ((globalThis as Record<symbol, unknown>)[REGISTRY] ??= new Map<string, unknown>()) as Map<string, unknown>;

/** `importer`: a literal `() => import('name')`, which a bundler can follow
 * and bundle; without one the module is imported at run time. */
export function lazyModule<T>(specifier: string, importer: () => Promise<unknown> = () => importModule(specifier)): LazyModule<T> {
  return {
    async load() {
      if (!registry.has(specifier)) registry.set(specifier, await importer());
      return registry.get(specifier) as T;
    },
    get() {
      if (registry.has(specifier)) return registry.get(specifier) as T;
      let loaded: T;
      try {
        loaded = requireHere(specifier) as T;
      } catch (error) {
        const why = error instanceof Error ? error.message.split('\n')[0] : String(error);
        throw new Error(`${specifier} is not loaded (${why}); lint files with lintFile, or await the matching load function first`);
      }
      registry.set(specifier, loaded);
      return loaded;
    },
  };
}
