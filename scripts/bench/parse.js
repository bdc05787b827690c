#!/usr/bin/env node
// node scripts/bench/parse.js DIR|FILE [--chunk CHARS]
//
// The parse floor claimlint is measured against: read every Markdown file
// under a directory (or one file) and parse it with the same stack claimlint
// parses it with, reporting nothing: unified + remark-parse + remark-gfm +
// remark-frontmatter, and remark-mdx as well for .mdx files. Prints the
// number of files parsed.
//
// With --chunk, each file is parsed in pieces of at least CHARS characters,
// cut before a heading that follows a blank line outside fenced code. remark's
// time grows much faster than the length of one document (a 10 MB page takes
// minutes, its first megabyte seconds), so for one big page the floor is the
// page parsed as claimlint parses it, in pieces of whole top-level blocks.
// (A link definition in one piece does not serve a reference in another; the
// bench's generated pages have none.)
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const args = process.argv.slice(2);
const chunkAt = args.indexOf('--chunk');
const chunk = chunkAt >= 0 ? Number(args.splice(chunkAt, 2)[1]) : 0;
const target = args[0];
if (!target || args.length > 1 || !(chunk >= 0)) {
  console.error('usage: node scripts/bench/parse.js DIR|FILE [--chunk CHARS]');
  process.exit(2);
}
const markdown = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml', 'toml']).freeze();
const mdx = unified().use(remarkParse).use(remarkMdx).use(remarkGfm).use(remarkFrontmatter, ['yaml', 'toml']).freeze();

/** The text in pieces of at least `size` characters, each starting at a heading (the first at 0). */
function* pieces(text, size) {
  let start = 0;
  let fence = '';
  let blank = false;
  for (let at = 0; at < text.length; ) {
    const end = text.indexOf('\n', at);
    const next = end < 0 ? text.length : end + 1;
    const line = text.slice(at, next);
    const marker = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (fence) {
      if (marker && marker[0] === fence[0] && marker.length >= fence.length) fence = '';
    } else if (marker) {
      fence = marker;
    } else if (blank && at - start >= size && /^#{1,6}(?:[ \t]|$)/.test(line)) {
      yield text.slice(start, at);
      start = at;
    }
    blank = line.trim() === '';
    at = next;
  }
  yield text.slice(start);
}

const names = statSync(target).isDirectory()
  ? readdirSync(target, { recursive: true })
      .filter((name) => /\.(md|markdown|mdx)$/.test(name) && !name.split(path.sep).includes('node_modules'))
      .map((name) => path.join(target, name))
  : [target];
for (const name of names) {
  const processor = name.endsWith('.mdx') ? mdx : markdown;
  const text = readFileSync(name, 'utf8');
  if (chunk > 0) for (const piece of pieces(text, chunk)) processor.parse(piece);
  else processor.parse(text);
}
process.stdout.write(`${names.length}\n`);
