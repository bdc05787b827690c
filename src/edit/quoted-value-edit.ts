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
  let text = encodeReplacement(quoting, edit.text, { atValueStart: edit.range[0] <= block.map.startAt(0) });
  if (text === undefined) return undefined;
  if (quoting.syntax === 'jsx') {
    // MDX reads a JSX attribute's continuation lines without their
    // indentation, so the value's line breaks come back bare: each takes the
    // indentation it had in the source, where the count of breaks is the same.
    const breaks = source.slice(edit.range[0], edit.range[1]).match(/\r?\n[ \t]*/g) ?? [];
    if (breaks.length > 0 && (text.match(/\r?\n/g) ?? []).length === breaks.length) {
      let k = 0;
      text = text.replace(/\r?\n/g, () => breaks[k++]!);
    }
  }
  const fitted: TextEdit = { range: edit.range, text };
  if (quoting.syntax !== 'jsx' && !checkFrontMatterEdits(source, [fitted])) return undefined;
  return fitted;
}
