import { readFileSync } from 'node:fs';
import { rulePack } from '../../rules/index.js';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { DEFAULT_CONFIG, type ResolvedConfig } from '../../src/shared/resolved-config.js';
import { checkFrontMatterEdits } from '../../src/prose/frontmatter/check.js';
import { looksLikeCopy } from '../../src/prose/frontmatter/select.js';
import { lintText } from '../../src/screen/lint-text.js';
import type { LintMessage, TextEdit } from '../../src/shared/lint-result.js';
import { applyEdit } from '../helpers.js';

const fixture = (name: string) => readFileSync(path.join(import.meta.dirname, '..', '..', 'fixtures', 'frontmatter', name), 'utf8');

function lint(text: string, config: ResolvedConfig = DEFAULT_CONFIG): LintMessage[] {
  return lintText(text, { pack: rulePack, config }).messages;
}

/** [line, column, where, source characters] for each finding. */
function found(text: string, config?: ResolvedConfig) {
  return lint(text, config)
    .filter((m) => m.ruleId)
    .map((m) => [m.line, m.column, /\(in front matter `([^`]+)`\)$/.exec(m.message)?.[1] ?? 'body', text.slice(m.range[0], m.range[1])]);
}

function frontMatterData(text: string): Record<string, unknown> {
  return parseYaml(/^---\n([\s\S]*?)\n---/.exec(text)![1]!) as Record<string, unknown>;
}

describe('front matter findings', () => {
  it('reports claims in a Hugo-style page at exact source characters inside the YAML', () => {
    const text = fixture('hugo-service.md');
    expect(found(text)).toEqual([
      [7, 46, 'metaDescription', 'erases fine\n  lines'],
      [8, 32, 'metaDescription', 'within a week'],
      [9, 71, 'shortDescription', 'eliminates wrinkles'],
      [20, 44, 'sections[0].items[1].description', 'removes scars'],
      [25, 21, 'faq[0].answer', 'minimizes wrinkles'],
    ]);
  });

  it('reports claims in an Astro-style page with flow maps and a folded paragraph', () => {
    const text = fixture('astro-landing.md');
    expect(found(text)).toEqual([
      [4, 80, 'seo.description', 'erases wrinkles'],
      [10, 23, 'hero.subheading', 'eliminates fine lines'],
      [13, 44, 'features[1].body', 'removes scars'],
    ]);
  });

  it('says where in the front matter, after the rule message', () => {
    const [m] = lint('---\nfaq:\n  - answer: It erases wrinkles.\n---\n');
    expect(m!.message).toMatch(/\. \(in front matter `faq\[0\]\.answer`\)$/);
    expect(m).toMatchObject({ line: 3, column: 16, endLine: 3, endColumn: 31 });
  });

  it('skips URLs, paths, dates, slugs, identifiers and machine-read keys', () => {
    const text = fixture('jekyll-post.md');
    expect(found(text)).toEqual([
      [10, 8, 'excerpt', 'corrects sun damage'],
      [15, 33, 'hero.image.alt', 'erases wrinkles'],
    ]);
    expect(looksLikeCopy('text-lg font-bold')).toBe(false);
    expect(looksLikeCopy('https://example.com/erases wrinkles')).toBe(false);
    expect(looksLikeCopy('rgb(10, 20, 30)')).toBe(false);
    expect(looksLikeCopy('2024-03-18 09:00')).toBe(false);
    expect(looksLikeCopy('Erases')).toBe(false);
    expect(looksLikeCopy('Erases wrinkles')).toBe(true);
  });

  it('reads TOML front matter: basic, literal and multi-line strings', () => {
    const text = fixture('hugo-toml.md');
    expect(found(text)).toEqual([
      [3, 35, 'description', 'removes scars'],
      [4, 21, 'tagline', 'eliminates fine lines'],
      [7, 10, 'summary', 'reduces scars'],
      [11, 46, 'faq[0].answer', 'erases wrinkles'],
    ]);
  });

  it('still lints the body, and the front matter is not read as body text', () => {
    expect(found('---\ntitle: Plain title here\n---\n\nIt erases wrinkles.\n')).toEqual([[5, 4, 'body', 'erases wrinkles']]);
  });
});

describe('malformed front matter', () => {
  it('is one warning at its place, and the body is still linted', () => {
    const text = '---\ntitle: Erases wrinkles\n  nested: [oops\n---\n\nIt erases wrinkles.\n';
    const messages = lint(text);
    expect(messages.map((m) => [m.severity, m.line, m.ruleId])).toEqual([
      [1, 2, null],
      [2, 6, 'absolute-guarantee'],
    ]);
    expect(messages[0]!.message).toMatch(/^front matter is not valid YAML: [^\n]+$/);
  });

  it('reports TOML syntax errors the same way', () => {
    const [w, claim] = lint('+++\ntitle = "unclosed\n+++\n\nIt erases wrinkles.\n');
    expect(w!.message).toMatch(/^front matter is not valid TOML: /);
    expect(w!.severity).toBe(1);
    expect(claim!.line).toBe(5);
  });

  it('reports duplicate keys rather than guessing which one counts', () => {
    expect(lint('---\ntitle: a b\ntitle: c d\n---\n')[0]!.message).toMatch(/not valid YAML/);
  });
});

describe('config include/exclude', () => {
  const text = [
    '---',
    'title: Erases wrinkles fast',
    'icon: erases wrinkles',
    'faq:',
    '  - question: Erases wrinkles?',
    '    answer: It erases wrinkles.',
    'sections:',
    '  - description: It removes scars.',
    '    items:',
    '      - description: It removes fine lines.',
    '---',
    '',
  ].join('\n');
  const where = (config: ResolvedConfig['frontmatter']) => found(text, { ...DEFAULT_CONFIG, frontmatter: config }).map((f) => f[2]);

  it('lints every value that looks like copy by default, except machine-read keys', () => {
    expect(where(undefined)).toEqual(['title', 'faq[0].question', 'faq[0].answer', 'sections[0].description', 'sections[0].items[0].description']);
  });

  it('include lists the only keys linted, with * for one level and ** for any depth', () => {
    expect(where({ include: ['title', 'faq.*.answer'] })).toEqual(['title', 'faq[0].answer']);
    expect(where({ include: ['**.description'] })).toEqual(['sections[0].description', 'sections[0].items[0].description']);
    expect(where({ include: ['sections[].items[].description'] })).toEqual(['sections[0].items[0].description']);
    // An included key is linted even where the default would skip it.
    expect(where({ include: ['icon'] })).toEqual(['icon']);
  });

  it('a later ! pattern wins, in include and in exclude', () => {
    expect(where({ include: ['**', '!**.question', '!icon'] })).toEqual(['title', 'faq[0].answer', 'sections[0].description', 'sections[0].items[0].description']);
    expect(where({ exclude: ['faq.**', '!faq.*.answer'] })).toEqual(['title', 'faq[0].answer', 'sections[0].description', 'sections[0].items[0].description']);
    expect(where({ include: ['**'], exclude: ['**.description'] })).toEqual(['title', 'icon', 'faq[0].question', 'faq[0].answer']);
  });
});

describe('fixes inside front matter', () => {
  const phrase = (suggest: string): ResolvedConfig => ({
    ...DEFAULT_CONFIG,
    phrases: [{ id: 'house-style', match: ['miracle cream'], message: 'Say what the cream does.', suggest: [suggest] }],
  });

  it('round-trips every fix in the Hugo page: valid YAML, only that string changed, reads as the preview', () => {
    const text = fixture('hugo-service.md');
    const before = frontMatterData(text);
    for (const m of lint(text).filter((x) => x.fix)) {
      const fixed = applyEdit(text, m.fix!);
      const after = frontMatterData(fixed);
      const keys = /`([^`]+)`\)$/.exec(m.message)![1]!.split(/[.[\]]+/).filter(Boolean);
      const parent = (d: unknown) => keys.slice(0, -1).reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], d) as Record<string, unknown>;
      const last = keys[keys.length - 1]!;
      const value = parent(after)[last];
      expect(typeof value).toBe('string');
      expect(value).not.toBe(parent(before)[last]);
      const preview = /^Replace with "(.*)"$/.exec(m.suggestions![0]!.desc)![1]!;
      expect(String(value).replace(/\s+/g, ' ')).toContain(preview);
      // Everything else is as it was, the body included.
      const expected = structuredClone(before);
      parent(expected)[last] = value;
      expect(after).toEqual(expected);
      expect(fixed.slice(fixed.indexOf('\n---\n'))).toBe(text.slice(text.indexOf('\n---\n')));
    }
  });

  it('escapes the rewrite for a double-quoted scalar', () => {
    const text = '---\ntitle: "Our miracle cream"\n---\n';
    const [m] = lint(text, phrase('cream with a "rich" \\ feel'));
    expect(m!.fix!.text).toBe('cream with a \\"rich\\" \\\\ feel');
    expect(frontMatterData(applyEdit(text, m!.fix!)).title).toBe('Our cream with a "rich" \\ feel');
  });

  it("doubles quotes for a single-quoted scalar", () => {
    const text = "---\ntitle: 'Our miracle cream'\n---\n";
    const [m] = lint(text, phrase("cream that's rich"));
    expect(m!.fix!.text).toBe("cream that''s rich");
    expect(frontMatterData(applyEdit(text, m!.fix!)).title).toBe("Our cream that's rich");
  });

  it('offers no fix in a plain scalar when the rewrite would need quoting, and says so', () => {
    const text = '---\ntitle: Our miracle cream\n---\n';
    const [m] = lint(text, phrase('cream: rich'));
    expect(m!.fix).toBeUndefined();
    expect(m!.suggestions).toBeUndefined();
    expect(m!.advice).toBe('Replace with "cream: rich" (by hand: the value would need quoting first)');
    const [ok] = lint(text, phrase('rich cream'));
    expect(applyEdit(text, ok!.fix!)).toBe('---\ntitle: Our rich cream\n---\n');
  });

  it('refuses a rewrite with a comma or bracket inside a flow collection', () => {
    const text = '---\nseo: { title: Our miracle cream, lang: en }\n---\n';
    expect(lint(text, phrase('cream, rich'))[0]!.fix).toBeUndefined();
    const [ok] = lint(text, phrase('rich cream'));
    expect(applyEdit(text, ok!.fix!)).toBe('---\nseo: { title: Our rich cream, lang: en }\n---\n');
  });

  it('keeps a folded scalar folded when the fix crosses its line break', () => {
    const text = '---\ndescription: >-\n  A facial that erases fine\n  lines in one visit.\n---\n';
    const [m] = lint(text);
    const fixed = applyEdit(text, m!.fix!);
    expect(fixed).toContain('description: >-\n  A facial that may help reduce the appearance of fine\n  lines');
    expect(frontMatterData(fixed).description).toBe('A facial that may help reduce the appearance of fine lines in one visit.');
  });

  it('escapes for TOML basic strings and refuses what a literal string cannot hold', () => {
    const basic = '+++\ntitle = "Our miracle cream"\n+++\n';
    const [m] = lint(basic, phrase('cream with a "rich" feel'));
    expect(applyEdit(basic, m!.fix!)).toBe('+++\ntitle = "Our cream with a \\"rich\\" feel"\n+++\n');
    const literal = "+++\ntitle = 'Our miracle cream'\n+++\n";
    expect(lint(literal, phrase("cream that's rich"))[0]!.fix).toBeUndefined();
  });
});

describe('checkFrontMatterEdits', () => {
  const text = '---\ntitle: Our cream\nfaq:\n  - answer: "It helps"\ncount: 3\n---\n\nBody text.\n';
  const at = (needle: string, replacement: string): TextEdit => {
    const i = text.indexOf(needle);
    return { range: [i, i + needle.length], text: replacement };
  };

  it('accepts edits that change only string values', () => {
    expect(checkFrontMatterEdits(text, [at('cream', 'rich cream')])).toBe(true);
    expect(checkFrontMatterEdits(text, [at('cream', 'rich cream'), at('helps', 'may help')])).toBe(true);
    expect(checkFrontMatterEdits(text, [at('Body', 'Main')])).toBe(true);
  });

  it('rejects edits that break the YAML, change its shape or touch other values', () => {
    expect(checkFrontMatterEdits(text, [at('cream', 'cream: rich')])).toBe(false);
    expect(checkFrontMatterEdits(text, [at('helps', 'say "hi"')])).toBe(false);
    expect(checkFrontMatterEdits(text, [at('cream', 'cream\nextra: key')])).toBe(false);
    expect(checkFrontMatterEdits(text, [at('3', 'three')])).toBe(false);
    expect(checkFrontMatterEdits(text, [at('title', 'name')])).toBe(false);
    expect(checkFrontMatterEdits(text, [at('cream', 'true'), at('Our ', '')])).toBe(false);
    expect(checkFrontMatterEdits(text, [{ range: [0, 3], text: '+++' }])).toBe(false);
  });

  it('rejects an edit that an alias would repeat elsewhere, wherever the anchor stands', () => {
    const proven = (doc: string): TextEdit => {
      const i = doc.indexOf('proven');
      return { range: [i, i + 'proven'.length], text: 'tested' };
    };
    for (const doc of [
      '---\nbase: &b\n  title: "Clinically proven results"\npage: *b\n---\nText\n',
      '---\ntags: &t ["proven results"]\nmore: *t\n---\nText\n',
      '---\ntitle: &x- "proven results"\nog: *x-\n---\nText\n',
      '---\ntitle: &x "proven results"\nog: *x\n---\nText\n',
    ]) {
      expect(checkFrontMatterEdits(doc, [proven(doc)]), doc).toBe(false);
    }
    expect(checkFrontMatterEdits('---\ntitle: "proven results"\nog: "x"\n---\nText\n', [proven('---\ntitle: "proven results"\nog: "x"\n---\nText\n')])).toBe(true);
  });

  // An edit inside a double-quoted scalar on one line is accepted without
  // parsing the front matter again when its text reads as it stands: the
  // answer must be the one a parse would give.
  it('answers for double-quoted values as a parse of the result would', () => {
    const piece = fc.constantFrom('a', 'b', ' ', '"', '\\', ':', '#', '\n', '\t', 'é', '\u2028', "'", '*x', '&y ');
    fc.assert(
      fc.property(
        fc.array(piece, { minLength: 1, maxLength: 6 }).map((p) => p.join('')),
        fc.array(piece, { maxLength: 5 }).map((p) => p.join('')),
        fc.constantFrom('', '&a ', '!!str '),
        fc.nat(20),
        fc.nat(20),
        (value, replacement, prefix, x, y) => {
          const quoted = JSON.stringify(value).replace(/\\u2028/g, '\u2028');
          const doc = `---\ntitle: ${prefix}${quoted}\nalso: ${prefix.startsWith('&') ? '*a' : '"x"'}\nn: 1\n---\nBody.\n`;
          let before: unknown;
          try {
            before = parseYaml(doc.slice(4, doc.indexOf('\n---\n', 4)));
          } catch {
            return;
          }
          const open = doc.indexOf('"', doc.indexOf('title:'));
          const close = open + quoted.length - 1;
          // A range strictly inside the quotes.
          const from = open + 1 + (x % (close - open));
          const to = from + (y % (close - from + 1));
          const edit: TextEdit = { range: [from, to], text: replacement };
          const after = applyEdit(doc, edit);
          let want: boolean;
          try {
            const read = parseYaml(after.slice(4, after.indexOf('\n---\n', 4))) as Record<string, unknown>;
            const was = before as Record<string, unknown>;
            want = typeof read['title'] === 'string' && JSON.stringify(Object.keys(read)) === JSON.stringify(Object.keys(was)) && read['n'] === 1 && read['also'] === was['also'];
          } catch {
            want = false;
          }
          expect(checkFrontMatterEdits(doc, [edit]), JSON.stringify([doc, edit])).toBe(want);
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe('front matter that is too deep to read', () => {
  it('is one warning and the body is still linted', () => {
    for (const fm of [`---\na: ${'['.repeat(20000)}${']'.repeat(20000)}\n---`, `+++\na = ${'['.repeat(20000)}${']'.repeat(20000)}\n+++`]) {
      const messages = lintText(`${fm}\n\nIt erases wrinkles.\n`, { pack: rulePack }).messages;
      expect(messages.map((m) => m.severity)).toEqual([1, 2]);
      expect(messages[0]!.message).toBe('front matter is nested too deeply to read; it was not linted');
    }
  });
});
