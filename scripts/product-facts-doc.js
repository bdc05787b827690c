#!/usr/bin/env node
// Rewrites the product table in docs/product-facts.md from the fact files
// (run `npm run build` first; the unit tests fail while the page is stale).
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const page = path.join(root, 'docs', 'product-facts.md');
const { renderProductTable } = await import(pathToFileURL(path.join(root, 'dist', 'rules', 'facts', 'table.js')).href);

const START = '<!-- product-table:start -->';
const END = '<!-- product-table:end -->';
const text = readFileSync(page, 'utf8');
const from = text.indexOf(START);
const to = text.indexOf(END);
if (from < 0 || to < from) {
  console.error(`${page}: the ${START} … ${END} markers are missing`);
  process.exit(1);
}
writeFileSync(page, `${text.slice(0, from + START.length)}\n${renderProductTable()}\n${text.slice(to)}`);
