// The screen, the engine and the check on each front matter fix all need the
// document's front matter read: it is parsed once per document, not once per
// reader (a clinic page's title, description and FAQ answers made YAML a
// tenth of a dense run).
import { describe, expect, it, vi } from 'vitest';

const parsed: string[] = [];
vi.mock('../../src/prose/frontmatter/yaml.js', async (original) => {
  const actual = await original<typeof import('../../src/prose/frontmatter/yaml.js')>();
  return {
    ...actual,
    readYamlFrontMatter: (text: string) => {
      parsed.push(text);
      return actual.readYamlFrontMatter(text);
    },
  };
});

const { lint } = await import('../helpers.js');

describe('front matter', () => {
  it('is parsed once per document, however many of its values have fixes to check', () => {
    const head = 'title: Peels that erase wrinkles\ndescription: "Our peel removes acne scars for good."\ntags: [skin]';
    const doc = `---\n${head}\n---\n\nA short paragraph about the clinic.\n`;
    parsed.length = 0;
    const messages = lint(doc);
    expect(messages.filter((m) => m.suggestions?.length).length).toBeGreaterThan(1);
    // Each suggestion's edit is test-applied: those reads are of other text.
    expect(parsed.filter((t) => t === head)).toHaveLength(1);
    expect(parsed.length).toBeGreaterThan(1);
  });
});
