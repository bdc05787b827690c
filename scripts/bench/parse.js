#!/usr/bin/env node
// The parse floor claimlint is measured against: read every Markdown file
// under a directory and parse it with the same unified + remark-parse +
// remark-gfm + remark-frontmatter stack, reporting nothing.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const root = process.argv[2];
if (!root) {
  console.error('usage: node scripts/bench/parse.js DIR');
  process.exit(2);
}
const processor = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml', 'toml']).freeze();
let files = 0;
for (const name of readdirSync(root, { recursive: true })) {
  if (!/\.(md|markdown|mdx)$/.test(name) || name.split(path.sep).includes('node_modules')) continue;
  processor.parse(readFileSync(path.join(root, name), 'utf8'));
  files++;
}
process.stdout.write(`${files}\n`);
