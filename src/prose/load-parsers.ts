// Which syntax a file is in, and loading the parsers its text will need
// before the synchronous engine runs: remark-mdx for .mdx files, yaml or TOML
// for front matter. Plain Markdown without front matter loads none of them.
import type { Syntax } from './embedded.js';
import { stripBom } from '../shared/bom.js';
import { loadToml } from './frontmatter/toml.js';
import { loadYaml } from './frontmatter/yaml.js';

export function syntaxOf(filePath: string): Syntax {
  return /\.mdx$/i.test(filePath) ? 'mdx' : 'markdown';
}

/** `head` is the start of the file's text: enough to see a front matter fence. */
export async function loadParsersFor(head: string, syntax: Syntax): Promise<void> {
  const body = stripBom(head);
  const jobs: Array<Promise<unknown>> = [];
  // parse-mdx.js brings unified and remark: a screened-out plain file needs neither.
  if (syntax === 'mdx') jobs.push(import('../markdown/parse-mdx.js').then((m) => m.loadMdx()));
  if (body.startsWith('---')) jobs.push(loadYaml());
  else if (body.startsWith('+++')) jobs.push(loadToml());
  await Promise.all(jobs);
}
