// README shows real output; this keeps it real as rules are reworded.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, root } from './cli-helpers.js';

const FIXTURE = 'fixtures/formats/claims.md';

async function readmeSection(title: string): Promise<string> {
  const readme = await readFile(path.join(root, 'README.md'), 'utf8');
  const start = readme.indexOf(`## ${title}`);
  expect(start).toBeGreaterThanOrEqual(0);
  const end = readme.indexOf('\n## ', start + 1);
  return readme.slice(start, end < 0 ? undefined : end);
}

function blockAfter(section: string, marker: string): string[] {
  const at = section.indexOf(marker);
  expect(at, marker).toBeGreaterThanOrEqual(0);
  const open = section.indexOf('```', at);
  const body = section.slice(section.indexOf('\n', open) + 1, section.indexOf('```', open + 3));
  return body.split('\n').filter(Boolean);
}

describe('README output examples', () => {
  it.each([
    ['`compact`', 'compact'],
    ['`github`', 'github'],
    ['`markdown`', 'markdown'],
  ])('the %s example lines come from a real run', async (marker, format) => {
    const lines = blockAfter(await readmeSection('Output formats'), marker);
    const { stdout } = await cli([FIXTURE, '-f', format]);
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(stdout.split('\n')).toContain(line);
  });

  it('the sarif example is a result of a real run', async () => {
    const lines = blockAfter(await readmeSection('Output formats'), '`sarif`');
    const shown = JSON.parse(lines.join('\n'));
    const { stdout } = await cli([FIXTURE, '-f', 'sarif']);
    expect(JSON.parse(stdout).runs[0].results).toContainEqual(shown);
  });
});
