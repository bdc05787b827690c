// The browser's stand-in for node:module. src/shared/lazy-module.ts falls back
// to require() when a parser was not loaded first; in a browser nothing can
// be required, and the page always awaits prepare() (loading them) before it
// lints, so the fallback only ever reports that it was skipped.
export function createRequire(): (specifier: string) => never {
  return (specifier) => {
    throw new Error(`cannot require ${specifier} in a browser`);
  };
}
