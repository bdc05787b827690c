// The engine's side of web/protocol.ts: claimlint's own engine
// (src/browser.ts), holding the configuration the page last chose so that
// its rules are compiled once, not on every check.
import * as engine from '../src/browser.js';
import type { Answers, Request, Rewrite } from './protocol.js';

let config: engine.ResolvedConfig = engine.DEFAULT_CONFIG;

/** A line that reaches the matcher, the judge and the rewrites. */
const WARM_UP = 'Our new serum erases wrinkles and stimulates collagen.\n';
let ignored = false;

async function configure(r: Extract<Request, { kind: 'configure' }>): Promise<Answers['configure']> {
  const options = { name: r.configName, preset: r.preset, documentPath: r.documentPath, ...(r.market ? { market: r.market } : {}) };
  let error: string | undefined;
  let configMarket: engine.Market | undefined;
  try {
    const configured = await engine.configure(r.configText, options);
    config = configured.config;
    ignored = configured.ignored;
    configMarket = configured.configMarket;
  } catch (e) {
    if (!(e instanceof engine.ConfigError)) throw e;
    error = e.message;
    config = (await engine.configure('', options)).config;
    ignored = false;
  }
  // Compiles this configuration's rules now, while the writer is still reading or pasting,
  // rather than on the first check.
  engine.lint(WARM_UP, 'warm-up.md', config);
  return {
    ...(error ? { error } : {}),
    ...(configMarket ? { configMarket } : {}),
    ignored,
    counts: { rules: Object.keys(config.rules).length, phrases: config.phrases.length, approved: config.approved.length },
    rules: engine.rules(config),
  };
}

let queue: Promise<unknown> = Promise.resolve();

/** Answers requests one at a time, in the order they came: a check asked for
 * after a new configuration is made with it. */
export function handle(request: Request): Promise<Answers[Request['kind']]> {
  const answer = queue.then(() => answer1(request));
  queue = answer.catch(() => undefined);
  return answer;
}

/** A finding's rewrites as the page offers them: its suggestions, with the safe fix marked (or added). */
function rewritesOf(m: engine.LintMessage, text: string): Rewrite[] {
  const suggestions = [...(m.suggestions ?? [])];
  if (m.fix && !suggestions.some((s) => engine.isSafeFix(m, s))) suggestions.unshift({ desc: `Replace with "${m.fix.text}"`, fix: m.fix });
  const previews = engine.fixPlace({ ...m, suggestions }, text).expected;
  return suggestions.map((s, i) => ({ edit: s.fix, desc: s.desc, preview: previews[i] ?? s.fix.text, safe: engine.isSafeFix(m, s) }));
}

async function answer1(request: Request): Promise<Answers[Request['kind']]> {
  switch (request.kind) {
    case 'about':
      return { markets: engine.MARKETS, presets: engine.PRESETS, version: engine.VERSION };
    case 'configure':
      return configure(request);
    case 'lint': {
      await engine.prepare(request.text, request.name);
      const t0 = performance.now();
      try {
        const messages = ignored ? [] : engine.lint(request.text, request.name, config).messages;
        return { messages, rewrites: messages.map((m) => rewritesOf(m, request.text)), engineMs: performance.now() - t0 };
      } catch (e) {
        return { messages: [], rewrites: [], engineMs: performance.now() - t0, failure: e instanceof Error ? e.message : String(e) };
      }
    }
    case 'fixAll':
      await engine.prepare(request.text, request.name);
      return engine.fixAll(request.text, request.name, config);
    case 'applyEdit':
      return engine.applyEdit(request.text, request.edit);
    case 'decode':
      try {
        return engine.decodeFile(request.bytes);
      } catch (e) {
        return { error: e instanceof Error ? e.message : String(e) };
      }
  }
}
