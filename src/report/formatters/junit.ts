// JUnit XML for CI dashboards: one testcase per linted file, a <failure> per
// finding (an <error> when the file could not be linted), so a file reads as
// a passing or failing test.
import { severityWord } from '../../shared/severity.js';
import { displayPath } from './display.js';
import type { Formatter } from './formatter.js';

// Characters XML 1.0 cannot carry at all, even escaped: most C0 controls,
// lone surrogates, U+FFFE and U+FFFF. They are dropped rather than breaking
// the document.
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function escapeXml(s: string): string {
  return s
    .replace(NOT_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .replace(/\r/g, '&#13;');
}

const junit: Formatter = (results, ctx) => {
  let failures = 0;
  let errors = 0;
  const cases: string[] = [];
  for (const r of results) {
    const file = escapeXml(displayPath(r.filePath, ctx.cwd));
    const body: string[] = [];
    for (const m of r.messages) {
      const severity = severityWord(m.severity);
      const tag = m.fatal ? 'error' : 'failure';
      const lines = [`${displayPath(r.filePath, ctx.cwd)}:${m.line}:${m.column} ${severity}${m.ruleId ? ` ${m.ruleId}` : ''}`, m.message];
      if (m.claim) lines.push(`Claim: ${m.claim}`);
      for (const s of m.suggestions ?? []) lines.push(`Suggestion: ${s.desc}`);
      if (!m.suggestions?.length && m.advice) lines.push(m.advice);
      body.push(
        `      <${tag} type="${escapeXml(m.ruleId ?? 'file')}" message="${escapeXml(m.message)}">${escapeXml(lines.join('\n'))}</${tag}>`,
      );
    }
    // The suite counts testcases, as JUnit does: a file with several
    // findings is one failed test.
    if (r.messages.some((m) => m.fatal)) errors++;
    else if (r.messages.length > 0) failures++;
    const open = `    <testcase classname="${file}" name="${file}" file="${file}"`;
    cases.push(body.length === 0 ? `${open} />` : `${open}>\n${body.join('\n')}\n    </testcase>`);
  }
  const counts = `tests="${results.length}" failures="${failures}" errors="${errors}"`;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="claimlint" ${counts}>`,
    `  <testsuite name="claimlint" ${counts}>`,
    ...cases,
    '  </testsuite>',
    '</testsuites>',
    '',
  ].join('\n');
};
export default junit;
