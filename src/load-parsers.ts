// Which syntax a file is in, and loading the parsers its text will need
// before the synchronous engine runs: remark-mdx for .mdx files, yaml or TOML
// for front matter. Plain Markdown without front matter loads none of them.
import type { Syntax } from './embedded-prose.js';
import { loadToml } from './frontmatter-toml.js';
import { loadYaml } from './frontmatter-yaml.js';
import { loadMdx } from './parse-mdx.js';

export function syntaxOf(filePath: string): Syntax {
  return /\.mdx$/i.test(filePath) ? 'mdx' : 'markdown';
}

export async function loadParsersFor(text: string, syntax: Syntax): Promise<void> {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const jobs: Array<Promise<unknown>> = [];
  if (syntax === 'mdx') jobs.push(loadMdx());
  if (body.startsWith('---')) jobs.push(loadYaml());
  else if (body.startsWith('+++')) jobs.push(loadToml());
  await Promise.all(jobs);
}
