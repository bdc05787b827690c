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

interface Failed {
  file: string;
  message: string;
}

/** The report's pieces: one table row per finding, one list item per file that could not be linted. */
function collect(results: Parameters<Formatter>[0], ctx: FormatterContext): { rows: TableRow[]; failed: Failed[] } {
  const rows: TableRow[] = [];
  const failed: Failed[] = [];
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
  return { rows, failed };
}

function assemble(lead: PhrasingContent[], rows: TableRow[], failed: Failed[], omitted: number): Root {
  const children: RootContent[] = [{ type: 'paragraph', children: lead }];
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
  if (omitted > 0) {
    children.push({
      type: 'paragraph',
      children: [
        {
          type: 'emphasis',
          children: [text(`${plural(omitted, 'more finding')} not shown: the report is cut to stay under ${MAX_LENGTH.toLocaleString('en-US')} characters (GitHub's limit for a comment). Run claimlint with another format, or locally, for the full list.`)],
        },
      ],
    });
  }
  return { type: 'root', children };
}

/** GitHub refuses a comment (and a job summary shows no more) past this many characters. */
export const MAX_LENGTH = 65_536;

export function buildReport(results: Parameters<Formatter>[0], ctx: FormatterContext): Root {
  const { errors, warnings, filesWithProblems } = countProblems(results);
  const lead: PhrasingContent[] = [
    { type: 'strong', children: [{ type: 'text', value: 'claimlint' }] },
    { type: 'text', value: summary(errors, warnings, filesWithProblems, results.length) },
  ];
  const { rows, failed } = collect(results, ctx);
  return assemble(lead, rows, failed, 0);
}

const stringify = (tree: Root) => unified().use(remarkStringify).use(remarkGfm, { tablePipeAlign: false }).stringify(tree);

/** The whole report when it fits; otherwise as many findings as fit (files
 * that could not be linted first), and how many more there are. */
const markdown: Formatter = (results, ctx) => {
  const whole = buildReport(results, ctx);
  const out = stringify(whole);
  if (out.length <= MAX_LENGTH) return out;
  const lead = (whole.children[0] as { children: PhrasingContent[] }).children;
  const { rows, failed } = collect(results, ctx);
  const total = failed.length + rows.length;
  const render = (k: number) => stringify(assemble(lead, rows.slice(0, Math.max(0, k - failed.length)), failed.slice(0, k), total - k));
  // The most items that fit: the length grows with k, so a binary search finds it.
  let lo = 0;
  let hi = total - 1;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (render(mid).length <= MAX_LENGTH) lo = mid;
    else hi = mid - 1;
  }
  return render(lo);
};
export default markdown;
