// ESLint-compatible JSON: an array of results, one per file. Written a file
// at a time (`stream`), so a run over thousands of files never holds the
// whole report as one string: JSON.stringify of an array is its elements'
// JSON joined by commas in brackets, so the pieces are the same bytes.
import { wholeReport, type Formatter, type ReportStreamer } from './formatter.js';
import type { LintResult } from '../../shared/lint-result.js';

const withoutSource = ({ source: _s, ...r }: LintResult): Omit<LintResult, 'source'> => r;

export const stream: ReportStreamer = () => ({
  head: () => '[',
  result: (result, index) => `${index > 0 ? ',' : ''}${JSON.stringify(withoutSource(result))}`,
  tail: () => ']\n',
});

const json: Formatter = (results, context) => wholeReport(stream(context), results);
export default json;
