// claimlint as a remark plugin, for remark-cli, remark-language-server and
// MDX/Docusaurus/Astro pipelines: each finding becomes a vfile message.
//
// It lints the file's own text rather than the tree it is given, so findings
// are exactly those of the CLI on that file, whatever other plugins the
// pipeline uses, with the same configuration: the file's own
// claimlint.config.*, found as the CLI finds it, unless one is passed.
// A message's place covers the claim and the words its rewrites replace, and
// `expected` holds the rewritten text of that place, which is what editors
// offer as quick fixes.
import path from 'node:path';
import { stripBom } from './shared/bom.js';
import { rulePack } from '../rules/index.js';
import { location } from 'vfile-location';
import { createConfigResolver, type ConfigOptions, type ConfigResolver } from './config/index.js';
import { configureNamedFile } from './config/for-files.js';
import type { ResolvedConfig } from './shared/resolved-config.js';
import { lintFileText } from './run/lint-file.js';
import { fixPlace } from './report/fix-place.js';
import type { LintMessage } from './shared/lint-result.js';
import type { Market } from './shared/markets.js';

export interface ClaimlintRemarkOptions {
  /** A resolved configuration for every file, used as is (no file is read). */
  config?: ResolvedConfig;
  /** One config file for every file, as `--config` does; `false` for none,
   * only the recommended rules. Default: each file's own, as the CLI finds it. */
  configFile?: string | false;
  /** Directory relative paths resolve against (default: the file's `cwd`). */
  cwd?: string;
  /** Jurisdiction, applied over the configuration (as `--market`). */
  market?: Market;
}

interface Point {
  line: number;
  column: number;
  offset?: number | undefined;
}

/** What the plugin reads and writes of a file: a unified VFile is one. Declared
 * here so that the package's types name no package its users may not have. */
export interface RemarkFile {
  path: string | undefined;
  cwd: string;
  toString(): string;
  message(reason: string, options: { place: { start: Point; end: Point }; ruleId?: string | undefined; source: string }): RemarkFileMessage;
}

export interface RemarkFileMessage {
  fatal?: boolean | null | undefined;
  url?: string | undefined;
  expected?: string[] | undefined;
  actual?: string | undefined;
  note?: string | undefined;
}

/** A unified plugin: `unified().use(claimlintRemark, options)`. */
export type ClaimlintRemarkPlugin = (options?: ClaimlintRemarkOptions) => (tree: unknown, file: RemarkFile) => Promise<void>;

function report(file: RemarkFile, text: string, messages: LintMessage[]): void {
  const place = location(text);
  for (const m of messages) {
    const { range, expected } = m.ruleId ? fixPlace(m, text) : { range: m.range, expected: [] };
    const start = place.toPoint(range[0]) ?? { line: m.line, column: m.column, offset: range[0] };
    const end = place.toPoint(range[1]) ?? place.toPoint(text.length) ?? start;
    const message = file.message(m.message, {
      place: { start, end },
      ruleId: m.ruleId ?? undefined,
      source: 'claimlint',
    });
    // As remark-lint does: errors are fatal (remark-cli exits 1), warnings not.
    message.fatal = m.severity === 2;
    if (m.helpUri) message.url = m.helpUri;
    if (expected.length > 0) message.expected = expected;
    if (m.claim !== undefined) message.actual = text.slice(range[0], range[1]);
    if (m.advice) message.note = m.advice;
  }
}


const claimlintRemark: ClaimlintRemarkPlugin = function (options = {}) {
  const explicit = options.config && (options.market ? { ...options.config, market: options.market } : options.config);
  // One resolver per working directory for the processor's life, so a
  // pipeline over many files reads each config file once.
  const resolvers = new Map<string, ConfigResolver>();
  const resolverFor = (cwd: string) => {
    let r = resolvers.get(cwd);
    if (!r) {
      const o: ConfigOptions = { cwd };
      if (options.configFile === false) o.noConfig = true;
      else if (options.configFile) o.configFile = options.configFile;
      if (options.market) o.market = options.market;
      resolvers.set(cwd, (r = createConfigResolver(rulePack, o)));
    }
    return r;
  };
  return async (_tree, file) => {
    const text = stripBom(file.toString());
    const cwd = path.resolve(options.cwd ?? file.cwd);
    const filePath = file.path ? path.resolve(cwd, file.path) : '<text>';
    let config = explicit;
    if (!config) {
      const resolver = resolverFor(cwd);
      // Text without a path is linted as standard input is (its directory's config).
      const fc = file.path ? await configureNamedFile(resolver, filePath) : await resolver.forFile(path.join(cwd, '<stdin>.md'));
      if (fc.ignored) return;
      config = fc.config;
    }
    const result = await lintFileText(text, filePath, rulePack, config);
    report(file, text, result.messages);
  };
};

export default claimlintRemark;
export { claimlintRemark, fixPlace };
