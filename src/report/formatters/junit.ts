// JUnit XML for CI dashboards, in ESLint's shape: a <testsuite> per linted
// file and a <testcase> per finding, each with its <failure> (an <error> when
// the file could not be linted), because many viewers show only the first
// failure of a testcase. A file without findings is one passing testcase.
import { severityWord } from '../../shared/severity.js';
import type { LintMessage } from '../../shared/lint-result.js';
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

function testcase(file: string, m: LintMessage): string {
  const severity = severityWord(m.severity);
  const tag = m.fatal ? 'error' : 'failure';
  const rule = m.ruleId ?? 'claimlint';
  const lines = [`${file}:${m.line}:${m.column} ${severity} ${rule}`, m.message];
  if (m.claim) lines.push(`Claim: ${m.claim}`);
  for (const s of m.suggestions ?? []) lines.push(`Suggestion: ${s.desc}`);
  if (!m.suggestions?.length && m.advice) lines.push(m.advice);
  if (m.help) lines.push(m.helpUri ? `${m.help} <${m.helpUri}>` : m.help);
  const name = escapeXml(`${m.line}:${m.column} ${rule}`);
  const body = `<${tag} type="${escapeXml(rule)}" message="${escapeXml(m.message)}">${escapeXml(lines.join('\n'))}</${tag}>`;
  return `    <testcase classname="${escapeXml(file)}" name="${name}" file="${escapeXml(file)}" line="${m.line}" time="0">\n      ${body}\n    </testcase>`;
}

const junit: Formatter = (results, ctx) => {
  const suites: string[] = [];
  const total = { tests: 0, failures: 0, errors: 0 };
  for (const r of results) {
    const file = displayPath(r.filePath, ctx.cwd);
    const failures = r.messages.filter((m) => !m.fatal).length;
    const errors = r.messages.length - failures;
    const tests = Math.max(1, r.messages.length);
    total.tests += tests;
    total.failures += failures;
    total.errors += errors;
    const cases =
      r.messages.length === 0
        ? [`    <testcase classname="${escapeXml(file)}" name="${escapeXml(file)}" file="${escapeXml(file)}" time="0" />`]
        : r.messages.map((m) => testcase(file, m));
    suites.push(`  <testsuite name="${escapeXml(file)}" tests="${tests}" failures="${failures}" errors="${errors}" time="0">\n${cases.join('\n')}\n  </testsuite>`);
  }
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="claimlint" tests="${total.tests}" failures="${total.failures}" errors="${total.errors}">`,
    ...suites,
    '</testsuites>',
    '',
  ].join('\n');
};
export default junit;
