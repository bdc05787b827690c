// The language server over stdio with a real LSP client (the protocol's own
// library): the diagnostics of an open document are the CLI's findings for
// that file under the project's config, typing is debounced, quick fixes and
// fix-all edit as the CLI's suggestions and --fix do, and a config change is
// picked up without a restart.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cp, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CodeActionRequest,
  createProtocolConnection,
  DidChangeTextDocumentNotification,
  DidChangeWatchedFilesNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  ExitNotification,
  FileChangeType,
  InitializedNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  RegistrationRequest,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  type CodeAction,
  type Diagnostic,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type TextEdit,
} from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { LintResult } from '../../src/shared/lint-result.js';
import { root, tempDir } from '../cli-helpers.js';
import { spawnSync } from 'node:child_process';

const bin = path.join(root, 'bin', 'claimlint.js');

const PROJECT = {
  '.git/HEAD': '',
  'claimlint.config.json': JSON.stringify({
    market: 'uk',
    rules: { hype: 'off' },
    // At error, as the built-in finding on the same words is: a phrase at warn would give way to it.
    phrases: [{ id: 'house/glow', match: ['a guaranteed glow'], message: 'Do not promise a glow.', suggest: ['a fresher look'], severity: 'error' }],
    overrides: [{ files: ['blog/**'], rules: { 'absolute-guarantee': 'warn' } }],
    ignores: ['drafts/**'],
  }),
  'docs/a.md': '# Offers\n\nOur peel erases wrinkles and gives a guaranteed glow, the ultimate miracle.\n\n| Before | After |\n| - | - |\n| dull | It removes scars |\n',
  'blog/b.md': 'Reduce scars. It stimulates collagen production.\n',
  'blog/c.mdx': '<Note title="Erases wrinkles" />\n\nIt is painless and reduces scars.\n',
  'drafts/d.md': 'Reduce scars.\n',
};

let dir: string;
let server: ChildProcess;
let client: ProtocolConnection;
const published: PublishDiagnosticsParams[] = [];
const waiters: Array<() => void> = [];

const uriOf = (name: string, folder = dir) => pathToFileURL(path.join(folder, name)).href;

/** The next diagnostics for `uri` that satisfy `test` (already received, or to come). */
function diagnosticsFor(uri: string, test: (p: PublishDiagnosticsParams) => boolean = () => true, from = 0): Promise<PublishDiagnosticsParams> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no diagnostics for ${uri}`)), 20_000);
    const check = () => {
      const hit = published.slice(from).find((p) => p.uri === uri && test(p));
      if (!hit) return false;
      clearTimeout(timer);
      resolve(hit);
      return true;
    };
    const wait = () => {
      if (!check()) waiters.push(wait);
    };
    wait();
  });
}

function cliFindings(name: string, text?: string, options: { cwd?: string; env?: Record<string, string> } = {}): LintResult['messages'] {
  const args = text === undefined ? [name, '-f', 'json'] : ['--stdin', '--stdin-filename', name, '-f', 'json'];
  const env = { ...process.env, ...options.env };
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: options.cwd ?? dir, encoding: 'utf8', env, ...(text === undefined ? {} : { input: text }) });
  const results = JSON.parse(r.stdout || '[]') as LintResult[];
  return results[0]?.messages ?? [];
}

/** The CLI's findings as an LSP client shows them. */
const asShown = (messages: LintResult['messages']) =>
  messages.map((m) => `${m.line - 1}:${m.column - 1}-${m.endLine - 1}:${m.endColumn - 1} ${m.severity === 2 ? 1 : 2} ${m.ruleId}`);
const shown = (ds: Diagnostic[]) => ds.map((d) => `${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character} ${d.severity} ${d.code}`);

function open(name: string, text = readFileSync(path.join(dir, name), 'utf8'), to = { client, folder: dir }): void {
  void to.client.sendNotification(DidOpenTextDocumentNotification.type, {
    textDocument: { uri: uriOf(name, to.folder), languageId: name.endsWith('.mdx') ? 'mdx' : 'markdown', version: 1, text },
  });
}

function apply(text: string, edits: TextEdit[]): string {
  return TextDocument.applyEdits(TextDocument.create('file:///x', 'markdown', 1, text), edits);
}

/** The server on a workspace folder, its diagnostics collected in `published`. */
async function startServer(folder: string, env: Record<string, string> = {}): Promise<{ server: ChildProcess; client: ProtocolConnection }> {
  const server = spawn(process.execPath, [bin, '--lsp'], { cwd: folder, stdio: ['pipe', 'pipe', 'inherit'], env: { ...process.env, ...env } });
  const client = createProtocolConnection(new StreamMessageReader(server.stdout!), new StreamMessageWriter(server.stdin!));
  client.onNotification(PublishDiagnosticsNotification.type, (p) => {
    published.push(p);
    for (const w of waiters.splice(0)) w();
  });
  client.onRequest(RegistrationRequest.type, () => {});
  client.listen();
  const init = await client.sendRequest(InitializeRequest.type, {
    processId: process.pid,
    rootUri: pathToFileURL(folder).href,
    workspaceFolders: [{ uri: pathToFileURL(folder).href, name: 'project' }],
    capabilities: { workspace: { didChangeWatchedFiles: { dynamicRegistration: true } }, textDocument: { publishDiagnostics: { versionSupport: true } } },
  });
  expect(init.serverInfo?.name).toBe('claimlint');
  await client.sendNotification(InitializedNotification.type, {});
  return { server, client };
}

async function stopServer(server: ChildProcess, client: ProtocolConnection): Promise<void> {
  await client.sendRequest(ShutdownRequest.type);
  const exited = new Promise((resolve) => server.once('exit', resolve));
  await client.sendNotification(ExitNotification.type);
  expect(await exited).toBe(0);
  client.dispose();
}

beforeAll(async () => {
  dir = await tempDir(PROJECT);
  ({ server, client } = await startServer(dir));
}, 60_000);

afterAll(() => stopServer(server, client));

describe('the language server', () => {
  it('publishes on open exactly the findings the CLI reports, under the project config, ignores included', async () => {
    for (const name of ['docs/a.md', 'blog/b.md', 'blog/c.mdx', 'drafts/d.md']) {
      open(name);
      const { diagnostics } = await diagnosticsFor(uriOf(name));
      expect(shown(diagnostics), name).toEqual(asShown(cliFindings(name)));
    }
    const a = (await diagnosticsFor(uriOf('docs/a.md'))).diagnostics;
    // The config is in force: the user's phrase, hype off, the market's severities.
    expect(a.map((d) => d.code)).toContain('house/glow');
    expect(a.map((d) => d.code)).not.toContain('hype');
    expect(a.every((d) => d.source === 'claimlint')).toBe(true);
    expect(a.find((d) => d.code === 'absolute-guarantee')!.codeDescription!.href).toMatch(/^https:\/\//);
    expect((await diagnosticsFor(uriOf('blog/b.md'))).diagnostics.find((d) => d.code === 'absolute-guarantee')!.severity).toBe(2);
    expect((await diagnosticsFor(uriOf('drafts/d.md'))).diagnostics).toEqual([]);
  });

  it('lints once typing pauses: one run for a burst of changes, on the latest text', async () => {
    const uri = uriOf('blog/b.md');
    const from = published.length;
    const texts = ['Reduce', 'Reduce scars', 'Reduce scars. Erases wrinkles.\n'];
    texts.forEach((text, i) =>
      void client.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version: i + 2 }, contentChanges: [{ text }] }),
    );
    const latest = await diagnosticsFor(uri, (p) => p.version === 4, from);
    expect(published.slice(from).filter((p) => p.uri === uri).map((p) => p.version)).toEqual([4]);
    expect(shown(latest.diagnostics)).toEqual(asShown(cliFindings('blog/b.md', texts[2])));
  });

  it('offers each suggestion as a quick fix, and "disable for this line", which silence the finding', async () => {
    const name = 'docs/a.md';
    const text = readFileSync(path.join(dir, name), 'utf8');
    const { diagnostics } = await diagnosticsFor(uriOf(name));
    const target = diagnostics.find((d) => d.code === 'absolute-guarantee')!;
    const actions = (await client.sendRequest(CodeActionRequest.type, {
      textDocument: { uri: uriOf(name) },
      range: target.range,
      context: { diagnostics: [target], only: ['quickfix'] },
    })) as CodeAction[];
    const finding = cliFindings(name).find((m) => m.ruleId === 'absolute-guarantee')!;
    const fixes = actions.filter((a) => a.diagnostics?.[0]?.code === 'absolute-guarantee' && !a.title.startsWith('Disable'));
    expect(fixes.map((a) => a.title)).toEqual(finding.suggestions!.map((s) => s.desc));
    const edits = (a: CodeAction) => a.edit!.changes![uriOf(name)]!;
    finding.suggestions!.forEach((s, i) => {
      expect(apply(text, edits(fixes[i]!))).toBe(text.slice(0, s.fix.range[0]) + s.fix.text + text.slice(s.fix.range[1]));
    });
    expect(fixes.filter((a) => a.isPreferred)).toHaveLength(finding.fix ? 1 : 0);

    const disable = actions.find((a) => a.title === 'Disable absolute-guarantee for this line')!;
    const disabled = apply(text, edits(disable));
    expect(disabled.split('\n')[2]).toMatch(/ <!-- claimlint-disable-line absolute-guarantee -->$/);
    const rest = cliFindings(name, disabled);
    expect(rest.filter((m) => m.line === 3).map((m) => m.ruleId)).not.toContain('absolute-guarantee');
    expect(rest.map((m) => m.ruleId)).toContain('absolute-guarantee'); // the table row's is still there
    // In a table row, the comment goes inside the last cell.
    const row = diagnostics.find((d) => d.range.start.line === 6 && d.code === 'absolute-guarantee')!;
    const rowActions = (await client.sendRequest(CodeActionRequest.type, {
      textDocument: { uri: uriOf(name) },
      range: row.range,
      context: { diagnostics: [row], only: ['quickfix'] },
    })) as CodeAction[];
    const rowDisabled = apply(text, edits(rowActions.find((a) => a.title.startsWith('Disable'))!));
    expect(rowDisabled.split('\n')[6]).toBe('| dull | It removes scars <!-- claimlint-disable-line absolute-guarantee --> |');
    expect(cliFindings(name, rowDisabled).filter((m) => m.line === 7)).toEqual([]);
  });

  it('fixes all safe rewrites as --fix would', async () => {
    const name = 'docs/a.md';
    const text = readFileSync(path.join(dir, name), 'utf8');
    const actions = (await client.sendRequest(CodeActionRequest.type, {
      textDocument: { uri: uriOf(name) },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll'] },
    })) as CodeAction[];
    expect(actions.map((a) => [a.kind, a.title])).toEqual([['source.fixAll.claimlint', 'Fix all safe rewrites (claimlint)']]);
    const fixed = apply(text, actions[0]!.edit!.changes![uriOf(name)]!);
    const dry = spawnSync(process.execPath, [bin, '--stdin', '--stdin-filename', name, '--fix-dry-run'], { cwd: dir, encoding: 'utf8', input: text });
    expect(fixed).toBe(dry.stdout);
    expect(fixed).not.toBe(text);
  });

  it('picks up a config change without a restart', async () => {
    const uri = uriOf('docs/a.md');
    const config = JSON.parse(PROJECT['claimlint.config.json']);
    config.rules['absolute-guarantee'] = 'off';
    writeFileSync(path.join(dir, 'claimlint.config.json'), JSON.stringify(config));
    const from = published.length;
    await client.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: uriOf('claimlint.config.json'), type: FileChangeType.Changed }] });
    const after = await diagnosticsFor(uri, () => true, from);
    expect(after.diagnostics.map((d) => d.code)).not.toContain('absolute-guarantee');
    expect(shown(after.diagnostics)).toEqual(asShown(cliFindings('docs/a.md')));
    // A broken config is said at the top of the document, as the CLI says it.
    writeFileSync(path.join(dir, 'claimlint.config.json'), '{ "rules": { "absolute-guarantee": "sometimes" } }');
    const mark = published.length;
    await client.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: uriOf('claimlint.config.json'), type: FileChangeType.Changed }] });
    const broken = await diagnosticsFor(uri, () => true, mark);
    expect(broken.diagnostics).toHaveLength(1);
    expect(broken.diagnostics[0]!.message).toMatch(/^claimlint: claimlint\.config\.json:1:14: rules\.absolute-guarantee: /);
    writeFileSync(path.join(dir, 'claimlint.config.json'), PROJECT['claimlint.config.json']);
    const restored = published.length;
    await client.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: uriOf('claimlint.config.json'), type: FileChangeType.Changed }] });
    const healthy = (p: PublishDiagnosticsParams) => !p.diagnostics.some((d) => typeof d.message === 'string' && d.message.startsWith('claimlint: claimlint.config.json'));
    for (const name of ['docs/a.md', 'blog/b.md', 'blog/c.mdx']) await diagnosticsFor(uriOf(name), healthy, restored);
  });

  it('lints only Markdown and MDX, and refuses text with NUL bytes as the command line does', async () => {
    const claim = 'Our cream erases wrinkles.\n';
    const send = (name: string, languageId: string, text: string) =>
      void client.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: uriOf(name), languageId, version: 1, text } });
    send('notes.txt', 'plaintext', claim);
    expect((await diagnosticsFor(uriOf('notes.txt'))).diagnostics).toEqual([]);
    // A Markdown file an editor has not recognised is still Markdown by its extension.
    send('docs/plain.md', 'plaintext', claim);
    expect((await diagnosticsFor(uriOf('docs/plain.md'), (p) => p.diagnostics.length > 0)).diagnostics.map((d) => d.code)).toContain('absolute-guarantee');
    send('docs/nul.md', 'markdown', `${claim}\u0000\u0000`);
    const nul = (await diagnosticsFor(uriOf('docs/nul.md'))).diagnostics;
    expect(nul.map((d) => d.message)).toEqual(['claimlint: not a text file (binary content)']);
  });

  it('clears a closed document\'s diagnostics', async () => {
    const uri = uriOf('blog/c.mdx');
    const from = published.length;
    await client.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
    await diagnosticsFor(uri, (p) => p.diagnostics.length === 0, from);
    // Nothing comes after the clearing: a run still going when it closed is dropped.
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(published.filter((p) => p.uri === uri).at(-1)!.diagnostics).toEqual([]);
  });
});

describe('the language server on a site rolled out with suppressions and a claims register', () => {
  // fixtures/site: its register approves "Clinically proven to hydrate for 72 hours" (US and UK).
  const TODAY = { CLAIMLINT_TODAY: '2026-06-01' };
  const PEEL = 'pages/treatments/peel.md';
  let site: string;
  let siteServer: { server: ChildProcess; client: ProtocolConnection };

  beforeAll(async () => {
    site = await mkdtemp(path.join(tmpdir(), 'claimlint-lsp-site-'));
    await cp(path.join(root, 'fixtures', 'site'), site, { recursive: true });
    mkdirSync(path.join(site, '.git'));
    // The absolute guarantees on the site are the baseline: held back from now on.
    const baseline = spawnSync(process.execPath, [bin, 'pages', '--suppress-rule', 'absolute-guarantee'], { cwd: site, encoding: 'utf8', env: { ...process.env, ...TODAY } });
    expect(baseline.stderr).toContain('wrote claimlint-suppressions.json');
    siteServer = await startServer(site, TODAY);
  }, 60_000);

  afterAll(() => stopServer(siteServer.server, siteServer.client));

  const signal = async (file: string) => {
    const from = published.length;
    await siteServer.client.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: uriOf(file, site), type: FileChangeType.Changed }] });
    return from;
  };

  it('shows what the CLI run in the workspace reports: suppressed findings held back, approved claims not findings', async () => {
    open(PEEL, readFileSync(path.join(site, PEEL), 'utf8'), { client: siteServer.client, folder: site });
    const { diagnostics } = await diagnosticsFor(uriOf(PEEL, site));
    const cli = cliFindings(PEEL, undefined, { cwd: site, env: TODAY });
    expect(shown(diagnostics)).toEqual(asShown(cli));
    const codes = diagnostics.map((d) => d.code);
    expect(codes).not.toContain('absolute-guarantee');
    expect(codes).not.toContain('unsubstantiated-proof');
    expect(codes).toContain('speed-instant');
    // Without the two files the same page has both.
    const bare = cliFindings(PEEL, readFileSync(path.join(site, PEEL), 'utf8'), { cwd: path.join(site, 'pages'), env: TODAY }).map((m) => m.ruleId);
    expect(bare).toEqual(expect.arrayContaining(['absolute-guarantee', 'unsubstantiated-proof']));
  });

  it('reads the register again when it changes: an expired approval is a warning that says so', async () => {
    const register = path.join(site, 'claimlint-register.json');
    const good = readFileSync(register, 'utf8');
    writeFileSync(register, good.replace('2999-12-31', '2026-05-31'));
    let from = await signal('claimlint-register.json');
    const expired = await diagnosticsFor(uriOf(PEEL, site), (p) => p.diagnostics.some((d) => d.code === 'unsubstantiated-proof'), from);
    const warning = expired.diagnostics.find((d) => d.code === 'unsubstantiated-proof')!;
    expect(warning.severity).toBe(2);
    expect(warning.message).toContain('expired on 2026-05-31');
    expect(shown(expired.diagnostics)).toEqual(asShown(cliFindings(PEEL, undefined, { cwd: site, env: TODAY })));
    // A broken register is said at the top, in the CLI's words.
    writeFileSync(register, good.replace('"2999-12-31"', '"someday"'));
    from = await signal('claimlint-register.json');
    const broken = await diagnosticsFor(uriOf(PEEL, site), () => true, from);
    expect(broken.diagnostics.map((d) => d.message)).toEqual([expect.stringMatching(/^claimlint: claimlint-register\.json:\d+: "hydration-72h" > "reviewDate" must be a date/)]);
    writeFileSync(register, good);
    from = await signal('claimlint-register.json');
    const healthy = await diagnosticsFor(uriOf(PEEL, site), (p) => !p.diagnostics.some((d) => typeof d.message === 'string' && d.message.startsWith('claimlint: ')), from);
    expect(shown(healthy.diagnostics)).toEqual(asShown(cliFindings(PEEL, undefined, { cwd: site, env: TODAY })));
  });

  it('reads the suppressions file again when it changes', async () => {
    rmSync(path.join(site, 'claimlint-suppressions.json'));
    const from = await signal('claimlint-suppressions.json');
    const after = await diagnosticsFor(uriOf(PEEL, site), (p) => p.diagnostics.some((d) => d.code === 'absolute-guarantee'), from);
    expect(shown(after.diagnostics)).toEqual(asShown(cliFindings(PEEL, undefined, { cwd: site, env: TODAY })));
  });
});

describe('claimlint-language-server', () => {
  it('is the same server under its own name', async () => {
    const child = spawn(process.execPath, [path.join(root, 'bin', 'claimlint-language-server.js')], { cwd: dir, stdio: ['pipe', 'pipe', 'inherit'] });
    const c = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    c.listen();
    const init = await c.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri: pathToFileURL(dir).href, capabilities: {} });
    expect(init.serverInfo?.name).toBe('claimlint');
    expect(init.capabilities.codeActionProvider).toMatchObject({ codeActionKinds: ['quickfix', 'source.fixAll.claimlint'] });
    await c.sendRequest(ShutdownRequest.type);
    const exited = new Promise((resolve) => child.once('exit', resolve));
    await c.sendNotification(ExitNotification.type);
    expect(await exited).toBe(0);
    c.dispose();
  });
});
