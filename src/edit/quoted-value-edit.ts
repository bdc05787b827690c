// A rewrite of prose text, as an edit of the source: for copy inside a quoted
// value (front matter, JSX attribute) the replacement is spelled for that
// quoting, and front matter edits are test-applied; an edit that cannot be
// made safely is not offered.
import { checkFrontMatterEdits } from '../prose/frontmatter/check.js';
import type { ProseBlock } from '../prose/project.js';
import { encodeReplacement } from '../prose/quoting.js';
import type { TextEdit } from '../shared/lint-result.js';

export function fitEdit(source: string, block: ProseBlock, edit: TextEdit): TextEdit | undefined {
  const quoting = block.quoting;
  if (!quoting) return edit;
  const text = encodeReplacement(quoting, edit.text, { atValueStart: edit.range[0] <= block.starts[0]! });
  if (text === undefined) return undefined;
  const fitted: TextEdit = { range: edit.range, text };
  if (quoting.syntax !== 'jsx' && !checkFrontMatterEdits(source, [fitted])) return undefined;
  return fitted;
}
