// Imports a module chosen at run time (a parser package, a JavaScript config
// file). The bundled CLI runs as a script compiled from V8's code cache, and
// import() inside such a script has no module loader; bin/claimlint.js lends
// its own under this symbol. Elsewhere (the library, tests) import() is used.
const HOST_IMPORT = Symbol.for('claimlint.importModule');

export function importModule(specifier: string): Promise<unknown> {
  const host = (globalThis as Record<symbol, unknown>)[HOST_IMPORT];
  return typeof host === 'function' ? (host as (s: string) => Promise<unknown>)(specifier) : import(specifier);
}
