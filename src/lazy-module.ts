// Loads a dependency only when a document needs it (YAML or TOML front
// matter, MDX), so plain Markdown never pays for those parsers. `load` is the
// async path (file linting awaits it up front); `get` serves the synchronous
// engine and falls back to `require`, which also loads ES modules on the
// Node versions that allow it.
import { createRequire } from 'node:module';

const requireHere = createRequire(import.meta.url);

export interface LazyModule<T> {
  load(): Promise<T>;
  get(): T;
}

export function lazyModule<T>(specifier: string): LazyModule<T> {
  let loaded: T | undefined;
  return {
    async load() {
      loaded ??= (await import(specifier)) as T;
      return loaded;
    },
    get() {
      if (loaded) return loaded;
      try {
        loaded = requireHere(specifier) as T;
      } catch (error) {
        const why = error instanceof Error ? error.message.split('\n')[0] : String(error);
        throw new Error(`${specifier} is not loaded (${why}); lint files with lintFile, or await the matching load function first`);
      }
      return loaded;
    },
  };
}
