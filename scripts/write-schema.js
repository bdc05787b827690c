#!/usr/bin/env node
// Writes schema/claimlint.schema.json from the built rules, so editors can
// autocomplete every rule id. Runs as part of `npm run build`.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { schemaText } from '../dist/src/config/schema-file.js';
import { rulePack } from '../dist/rules/index.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
mkdirSync(path.join(root, 'schema'), { recursive: true });
writeFileSync(path.join(root, 'schema', 'claimlint.schema.json'), schemaText(rulePack));
