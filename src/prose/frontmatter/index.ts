// Front matter as prose: each string value that is copy becomes a prose block
// whose characters map to the exact source characters inside the YAML or TOML,
// labelled with its key path for messages. A block that cannot be read is a
// problem to report, not a reason to stop linting the body.
import { compileSelection, type FrontMatterSelection, type ValueFilter } from './select.js';
import { locateFrontMatter, readFrontMatter } from './read.js';
import { formatKeyPath } from './values.js';
import type { ProseBlock } from '../project.js';

export interface FrontMatterProse {
  blocks: ProseBlock[];
  /** Why the front matter was not linted, at a document offset. */
  problem?: { message: string; offset: number };
}

const filters = new WeakMap<FrontMatterSelection, ValueFilter>();
// Made on first use: compiling the selection's globs costs every run
// milliseconds, and most documents have no front matter.
let defaultFilter: ValueFilter | undefined;

function filterFor(selection: FrontMatterSelection | undefined): ValueFilter {
  if (!selection) return (defaultFilter ??= compileSelection());
  let f = filters.get(selection);
  if (!f) {
    f = compileSelection(selection);
    filters.set(selection, f);
  }
  return f;
}

export function frontMatterProse(source: string, selection?: FrontMatterSelection): FrontMatterProse {
  const place = locateFrontMatter(source);
  if (!place || place.contentEnd === place.contentStart) return { blocks: [] };
  const read = readFrontMatter(place.language, source.slice(place.contentStart, place.contentEnd));
  if (!read.ok) return { blocks: [], problem: { message: read.problem.message, offset: place.contentStart + read.problem.offset } };
  const keep = filterFor(selection);
  const blocks: ProseBlock[] = [];
  for (const s of read.strings) {
    if (s.text.length === 0 || !keep(s.path, s.value)) continue;
    blocks.push({
      kind: 'frontMatter',
      text: s.value,
      map: s.text.map(place.contentStart),
      start: place.contentStart + s.start,
      end: place.contentStart + s.end,
      wrappers: [],
      citations: [],
      where: `in front matter \`${formatKeyPath(s.path)}\``,
      quoting: s.quoting,
    });
  }
  return { blocks };
}
