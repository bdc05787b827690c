// A report for a pull-request comment or a CI job summary. It is built as an
// mdast tree and serialised by remark-stringify, which escapes each text node
// for where it sits: a claim containing pipes, backticks, HTML or brackets
// reads as those characters and cannot break the table or inject markup.
import { severityWord } from '../../shared/severity.js';
import type { PhrasingContent, Root, RootContent, TableCell, TableRow } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import type { LintMessage } from '../../shared/lint-result.js';
import { countProblems, displayPath, plural } from './display.js';
import type { Formatter, FormatterContext } from './formatter.js';

/** Table cells are one line: any run of whitespace (a claim may span source
 * lines) becomes a single space. */
function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

function cell(...children: PhrasingContent[]): TableCell {
  return { type: 'tableCell', children };
}

function text(value: string): PhrasingContent {
  return { type: 'text', value: oneLine(value) };
}

function ruleCell(m: LintMessage, ctx: FormatterContext): TableCell {
  const id = m.ruleId ?? '';
  const url = ctx.rulesMeta?.[id]?.source?.url;
  return url ? cell({ type: 'link', url, children: [text(id)] }) : cell(text(id));
}

function suggestionCell(m: LintMessage): TableCell {
  const wording = m.suggestions?.length ? m.suggestions.map((s) => s.desc).join('; ') : (m.advice ?? '');
  return cell(text(wording));
}

function summary(errors: number, warnings: number, withProblems: number, files: number): string {
  if (errors + warnings === 0) return ` found no problems in ${plural(files, 'file')}.`;
  return ` found ${plural(errors + warnings, 'problem')} (${plural(errors, 'error')}, ${plural(warnings, 'warning')}) in ${withProblems} of ${plural(files, 'file')}.`;
}

export function buildReport(results: Parameters<Formatter>[0], ctx: FormatterContext): Root {
  const { errors, warnings, filesWithProblems } = countProblems(results);
  const lead: PhrasingContent[] = [
    { type: 'strong', children: [{ type: 'text', value: 'claimlint' }] },
    { type: 'text', value: summary(errors, warnings, filesWithProblems, results.length) },
  ];
  const children: RootContent[] = [{ type: 'paragraph', children: lead }];
  const rows: TableRow[] = [];
  const failed: { file: string; message: string }[] = [];
  for (const r of results) {
    const file = displayPath(r.filePath, ctx.cwd);
    for (const m of r.messages) {
      if (m.fatal || !m.ruleId) {
        failed.push({ file, message: m.message });
        continue;
      }
      rows.push({
        type: 'tableRow',
        children: [
          cell(text(`${file}:${m.line}`)),
          cell(text(severityWord(m.severity))),
          ruleCell(m, ctx),
          cell(text(m.claim ?? '')),
          suggestionCell(m),
        ],
      });
    }
  }
  if (rows.length > 0) {
    const header: TableRow = {
      type: 'tableRow',
      children: ['Location', 'Severity', 'Rule', 'Claim', 'Suggested wording'].map((h) => cell(text(h))),
    };
    children.push({ type: 'table', align: [], children: [header, ...rows] });
  }
  if (failed.length > 0) {
    children.push({ type: 'paragraph', children: [text('Files with problems that are not claims:')] });
    children.push({
      type: 'list',
      ordered: false,
      spread: false,
      children: failed.map((f) => ({
        type: 'listItem',
        spread: false,
        children: [{ type: 'paragraph', children: [{ type: 'inlineCode', value: oneLine(f.file) }, { type: 'text', value: `: ${oneLine(f.message)}` }] }],
      })),
    });
  }
  return { type: 'root', children };
}

const markdown: Formatter = (results, ctx) => {
  const processor = unified().use(remarkStringify).use(remarkGfm, { tablePipeAlign: false });
  return processor.stringify(buildReport(results, ctx));
};
export default markdown;
