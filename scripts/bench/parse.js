#!/usr/bin/env node
// The parse floor claimlint is measured against: read every Markdown file
// under a directory (or one file) and parse it with the same stack claimlint
// parses it with, reporting nothing: unified + remark-parse + remark-gfm +
// remark-frontmatter, and remark-mdx as well for .mdx files. Prints the
// number of files parsed.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const target = process.argv[2];
if (!target) {
  console.error('usage: node scripts/bench/parse.js DIR|FILE');
  process.exit(2);
}
const markdown = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml', 'toml']).freeze();
const mdx = unified().use(remarkParse).use(remarkMdx).use(remarkGfm).use(remarkFrontmatter, ['yaml', 'toml']).freeze();
const names = statSync(target).isDirectory()
  ? readdirSync(target, { recursive: true })
      .filter((name) => /\.(md|markdown|mdx)$/.test(name) && !name.split(path.sep).includes('node_modules'))
      .map((name) => path.join(target, name))
  : [target];
for (const name of names) (name.endsWith('.mdx') ? mdx : markdown).parse(readFileSync(name, 'utf8'));
process.stdout.write(`${names.length}\n`);
