// Reads YAML front matter: every string value with its key path and a map from
// each decoded character to its source characters. The `yaml` package parses
// and keeps its source tokens; yaml-scalar.ts redoes the folding with offsets,
// and a value is only used when that agrees with what the package composed.
import type { Document, Node as YamlNode, Scalar } from 'yaml';
import { unreadableMessage, type FrontMatterRead, type FrontMatterString, type KeyPath } from './values.js';
import { lazyModule } from '../../shared/lazy-module.js';

import { decodeBlockScalar, decodeFlowScalar, parseBlockHeader } from './yaml-scalar.js';
import { readSimpleYaml } from './simple-yaml.js';

const yamlModule = lazyModule<typeof import('yaml')>('yaml', () => import('yaml'));

export function loadYaml(): Promise<unknown> {
  return yamlModule.load();
}

// Deeper nesting than this is not copy; stop rather than recurse without bound.
const MAX_DEPTH = 64;

const STYLES = {
  PLAIN: 'plain',
  QUOTE_SINGLE: 'single',
  QUOTE_DOUBLE: 'double',
  BLOCK_LITERAL: 'literal',
  BLOCK_FOLDED: 'folded',
} as const;

function decodeScalar(node: Scalar, src: string, path: KeyPath, flow: boolean): FrontMatterString | undefined {
  const token = node.srcToken;
  const style = node.type ? STYLES[node.type as keyof typeof STYLES] : undefined;
  if (!token || !style || typeof node.value !== 'string') return undefined;
  let text;
  let start: number;
  let end: number;
  if (token.type === 'block-scalar') {
    const header = parseBlockHeader(token.props[0]?.type === 'block-scalar-header' ? token.props[0].source : '');
    if (!header) return undefined;
    const headerLength = token.props.reduce((n, t) => n + ('source' in t && typeof t.source === 'string' ? t.source.length : 0), 0);
    start = token.offset;
    const bodyStart = token.offset + headerLength;
    end = bodyStart + token.source.length;
    text = decodeBlockScalar(src, header, token.indent, bodyStart, end);
  } else if (token.type === 'scalar' || token.type === 'single-quoted-scalar' || token.type === 'double-quoted-scalar') {
    start = token.offset;
    end = token.offset + token.source.length;
    text = decodeFlowScalar(style as 'plain' | 'single' | 'double', src, start, end);
  } else {
    return undefined;
  }
  // A map that disagrees with the parser would point at the wrong characters.
  if (!text || text.text() !== node.value) return undefined;
  return { path, value: node.value, text, quoting: { syntax: 'yaml', style, flow }, start, end };
}

function collect(doc: Document.Parsed, src: string, yaml: typeof import('yaml')): FrontMatterString[] {
  const out: FrontMatterString[] = [];
  const walk = (node: YamlNode | null | undefined, path: KeyPath, flow: boolean): void => {
    if (!node || path.length > MAX_DEPTH) return;
    if (yaml.isScalar(node)) {
      const s = decodeScalar(node, src, path, flow);
      if (s) out.push(s);
    } else if (yaml.isMap(node)) {
      for (const pair of node.items) {
        const key = yaml.isScalar(pair.key) ? pair.key.value : pair.key;
        // A collection as a key has no name a message could show.
        if (key !== null && typeof key === 'object') continue;
        walk(pair.value as YamlNode | null, [...path, key === null ? '' : String(key)], flow || Boolean(node.flow));
      }
    } else if (yaml.isSeq(node)) {
      node.items.forEach((item, i) => walk(item as YamlNode | null, [...path, i], flow || Boolean(node.flow)));
    }
    // Aliases repeat a value already read where it is anchored.
  };
  walk(doc.contents as YamlNode | null, [], false);
  return out;
}

/** One line saying what is wrong, without the parser's code excerpt. */
function firstLine(message: string): string {
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '').trim();
}

export function readYamlFrontMatter(src: string): FrontMatterRead {
  // Front matter of the common simple shapes is read without the package
  // (simple-yaml.ts), to the same result.
  return readSimpleYaml(src) ?? readYamlWithPackage(src);
}

/** Reads YAML front matter with the `yaml` package, whatever its shape. */
export function readYamlWithPackage(src: string): FrontMatterRead {
  const yaml = yamlModule.get();
  const doc = yaml.parseDocument(src, { keepSourceTokens: true, prettyErrors: true });
  const error = doc.errors[0];
  if (error) return { ok: false, problem: { message: unreadableMessage('YAML', firstLine(error.message)), offset: error.pos[0] } };
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 });
  } catch (e) {
    return { ok: false, problem: { message: `front matter could not be read: ${firstLine((e as Error).message)}`, offset: 0 } };
  }
  return { ok: true, strings: collect(doc, src, yaml), data };
}
