// claimlint as a remark plugin, for remark-cli, remark-language-server and
// MDX/Docusaurus/Astro pipelines: each finding becomes a vfile message.
//
// It lints the file's own text rather than the tree it is given, so findings
// are exactly those of lintText whatever other plugins the pipeline uses.
// A message's place covers the claim and the words its rewrites replace, and
// `expected` holds the rewritten text of that place, which is what editors
// offer as quick fixes.
import type { Root } from 'mdast';
import { stripBom } from './shared/bom.js';
import { rulePack } from '../rules/index.js';
import type { Plugin } from 'unified';
import type { VFile } from 'vfile';
import { location } from 'vfile-location';
import { DEFAULT_CONFIG, type ResolvedConfig } from './shared/resolved-config.js';
import { lintText } from './screen/lint-text.js';
import { fixPlace } from './report/fix-place.js';
import { ruleSummaries } from './report/rule-docs.js';
import type { LintMessage } from './shared/lint-result.js';
import type { Market } from './shared/markets.js';

export interface ClaimlintRemarkOptions {
  /** A resolved configuration; default: the recommended rules. */
  config?: ResolvedConfig;
  /** Jurisdiction, applied over `config` (default `us`). */
  market?: Market;
}

function report(file: VFile, text: string, messages: LintMessage[], urls: Record<string, string | undefined>): void {
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
    const url = m.ruleId ? urls[m.ruleId] : undefined;
    if (url) message.url = url;
    if (expected.length > 0) message.expected = expected;
    if (m.claim !== undefined) message.actual = text.slice(range[0], range[1]);
    if (m.advice) message.note = m.advice;
  }
}

const claimlintRemark: Plugin<[ClaimlintRemarkOptions?], Root> = function (options = {}) {
  const base = options.config ?? DEFAULT_CONFIG;
  const config = options.market ? { ...base, market: options.market } : base;
  const summaries = ruleSummaries(config, rulePack.rules);
  const urls = Object.fromEntries(Object.entries(summaries).map(([id, s]) => [id, s.source?.url]));
  return (_tree, file) => {
    const raw = file.toString();
    const text = stripBom(raw);
    const result = lintText(text, { pack: rulePack, filePath: file.path || '<text>', config });
    report(file, text, result.messages, urls);
  };
};

export default claimlintRemark;
export { claimlintRemark, fixPlace };
