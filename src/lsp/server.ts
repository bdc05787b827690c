// The language server: each open document is linted as the CLI lints a file
// of that content at that path (lintFileText with the file's own config and
// ignores), a short while after the last keystroke. Quick fixes are the
// findings' suggestions, a "disable for this line" comment and fix-all (the
// safe rewrites --fix makes). The workspace's suppressions file and claims
// register count as they do on the command line (src/adopt/adoption.ts, the
// same code): a suppressed finding is not shown, an approved claim is not a
// finding, an expired approval is a warning again. Config files,
// .claimlintignore files, those two files and the client's settings are
// watched: a change re-lints every open document.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  CodeActionKind,
  DiagnosticSeverity,
  DidChangeWatchedFilesNotification,
  TextDocuments,
  TextDocumentSyncKind,
  type CodeAction,
  type Connection,
  type Diagnostic,
  type InitializeParams,
  type Range,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { rulePack } from '../../rules/index.js';
import { createConnection, ProposedFeatures, SocketMessageReader, SocketMessageWriter, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver/node';
import { createConnection as connectSocket } from 'node:net';
import { createConfigResolver, ConfigError, type ConfigOptions, type ConfigResolver } from '../config/index.js';
import { CONFIG_FILE_NAMES } from '../config/discover.js';
import { configureNamedFile } from '../config/for-files.js';
import { IgnoreFiles, IGNORE_FILE } from '../files/ignore-file.js';
import { MARKDOWN_EXTENSIONS } from '../files/discover.js';
import { looksBinaryText } from '../files/decode.js';
import { fixText } from '../fix/fix-text.js';
import { lintFileText } from '../run/lint-file.js';
import { loadParsersForText } from '../screen/lint-text.js';
import { loadAdoption, type Adoption } from '../adopt/adoption.js';
import { DataFileError } from '../adopt/data-file.js';
import { REGISTER_FILE, today } from '../adopt/register.js';
import { SUPPRESSIONS_FILE } from '../adopt/suppressions.js';
import { BOM } from '../shared/bom.js';
import { isSafeFix, type LintMessage, type LintResult, type TextEdit } from '../shared/lint-result.js';
import { parseMarket, type Market } from '../shared/markets.js';
import type { ResolvedConfig } from '../shared/resolved-config.js';
import { VERSION } from '../shared/version.js';

export const FIX_ALL = `${CodeActionKind.SourceFixAll}.claimlint`;

/** Settings a client may give (initializationOptions, or `claimlint` in didChangeConfiguration). */
export interface ServerSettings {
  market?: Market;
  /** A config file for every document (as --config), or false for none (--no-config). */
  configFile?: string | false;
  /** The suppressions file, from the workspace folder (as --suppressions-location; default claimlint-suppressions.json). */
  suppressionsFile?: string;
  /** The claims register, from the workspace folder (as --register; default claimlint-register.json). */
  registerFile?: string;
}

export interface ServerOptions {
  /** Quiet time after a change before the document is linted again. */
  debounceMs?: number;
}

interface Linted {
  version: number;
  text: string;
  filePath: string;
  config: ResolvedConfig;
  result: LintResult;
}

const WATCHED = [...CONFIG_FILE_NAMES, 'package.json', IGNORE_FILE, SUPPRESSIONS_FILE, REGISTER_FILE];

function settingsFrom(value: unknown): ServerSettings {
  const v = (value && typeof value === 'object' ? value : {}) as Record<string, unknown>;
  const out: ServerSettings = {};
  const market = typeof v['market'] === 'string' ? parseMarket(v['market']) : undefined;
  if (market) out.market = market;
  if (typeof v['configFile'] === 'string' && v['configFile'] !== '') out.configFile = v['configFile'];
  else if (v['configFile'] === false) out.configFile = false;
  for (const key of ['suppressionsFile', 'registerFile'] as const) {
    const value = v[key];
    if (typeof value === 'string' && value !== '') out[key] = value;
  }
  return out;
}

function pathOf(uri: string): string | undefined {
  return uri.startsWith('file:') ? fileURLToPath(uri) : undefined;
}

export function startLanguageServer(connection: Connection, options: ServerOptions = {}): void {
  const debounceMs = options.debounceMs ?? 250;
  const documents = new TextDocuments(TextDocument);
  const linted = new Map<string, Linted>();
  const timers = new Map<string, NodeJS.Timeout>();
  // The latest run for each document; an older one that ends later is dropped.
  const runs = new Map<string, number>();
  let root = process.cwd();
  let settings: ServerSettings = {};
  let resolver: ConfigResolver | undefined;
  let ignoreFiles = new IgnoreFiles(root);
  let watchByRegistration = false;

  let adoption: { day: string; loaded: Adoption } | undefined;
  /** The suppressions and register, read again after a change, and on a new day (review dates). */
  const adoptionNow = (): Adoption => {
    const day = today(process.env);
    if (adoption?.day !== day) {
      const files = { suppressionsFile: settings.suppressionsFile, registerFile: settings.registerFile };
      adoption = { day, loaded: loadAdoption({ cwd: root, lists: rulePack.lists, today: day, ...files }) };
    }
    return adoption.loaded;
  };

  const resolverNow = () => {
    if (!resolver) {
      const o: ConfigOptions = { cwd: root };
      if (settings.market) o.market = settings.market;
      if (settings.configFile === false) o.noConfig = true;
      else if (settings.configFile) o.configFile = settings.configFile;
      resolver = createConfigResolver(rulePack, o);
    }
    return resolver;
  };

  /** Config may have changed: read it afresh and lint every open document again. */
  const reconfigure = () => {
    resolver = undefined;
    adoption = undefined;
    ignoreFiles = new IgnoreFiles(root);
    for (const doc of documents.all()) void lint(doc);
  };

  const toRange = (doc: TextDocument, offset: number, range: [number, number]): Range => ({
    start: doc.positionAt(offset + range[0]),
    end: doc.positionAt(offset + range[1]),
  });

  const diagnosticOf = (doc: TextDocument, offset: number, m: LintMessage): Diagnostic => {
    const d: Diagnostic = {
      range: toRange(doc, offset, m.range),
      severity: m.severity === 2 ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
      source: 'claimlint',
      message: m.suggestions?.length || !m.advice ? m.message : `${m.message}\n${m.advice}`,
    };
    if (m.ruleId) {
      d.code = m.ruleId;
      if (m.helpUri) d.codeDescription = { href: m.helpUri };
    }
    return d;
  };

  async function lint(doc: TextDocument): Promise<void> {
    const { uri, version } = doc;
    const run = (runs.get(uri) ?? 0) + 1;
    runs.set(uri, run);
    const current = () => runs.get(uri) === run && documents.get(uri)?.version === version;
    const text = doc.getText();
    const file = pathOf(uri);
    const clear = () => {
      linted.delete(uri);
      void connection.sendDiagnostics({ uri, version, diagnostics: [] });
    };
    // A problem with the document as a whole, said once at its top.
    const sayAtTop = (message: string) => {
      linted.delete(uri);
      const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
      void connection.sendDiagnostics({ uri, version, diagnostics: [{ range, severity: DiagnosticSeverity.Error, source: 'claimlint', message }] });
    };
    // Markdown or MDX only, by the editor's language for the document or the
    // file's extension: what the command line finds in a folder (it lints
    // another file only when named on its own; an editor opens every kind).
    if (!isMarkdownDocument(doc.languageId, file)) return clear();
    // Binary content, by the command line's own test (src/files/decode.ts).
    if (looksBinaryText(text)) return sayAtTop('claimlint: not a text file (binary content)');
    let result: LintResult;
    let config: ResolvedConfig;
    const filePath = file ?? '<text>';
    try {
      const r = resolverNow();
      // A document that is not a file (untitled) is linted as standard input is.
      const fc = file ? await configureNamedFile(r, file, ignoreFiles) : await r.forFile(path.join(root, '<stdin>.md'));
      if (fc.ignored) {
        if (!current()) return;
        linted.delete(uri);
        void connection.sendDiagnostics({ uri, version, diagnostics: [] });
        return;
      }
      const adopted = adoptionNow();
      config = adopted.configure(fc.config);
      result = adopted.apply([await lintFileText(text, filePath, rulePack, config)]).results[0]!;
    } catch (error) {
      // A broken config, suppressions file or register: said once, at the top of the document, as the CLI says it.
      const said = error instanceof ConfigError || error instanceof DataFileError;
      const message = said ? `claimlint: ${error.message}` : `claimlint: internal error: ${(error as Error).message}`;
      if (!current()) return;
      return sayAtTop(message);
    }
    if (!current()) return; // typed over, or reconfigured, since: a newer run follows
    linted.set(uri, { version, text, filePath, config, result });
    const offset = text.startsWith(BOM) ? 1 : 0;
    void connection.sendDiagnostics({ uri, version, diagnostics: result.messages.map((m) => diagnosticOf(doc, offset, m)) });
  }

  const schedule = (doc: TextDocument, delay: number) => {
    clearTimeout(timers.get(doc.uri));
    timers.set(
      doc.uri,
      setTimeout(() => {
        timers.delete(doc.uri);
        const current = documents.get(doc.uri);
        if (current) void lint(current);
      }, delay),
    );
  };

  connection.onInitialize((params: InitializeParams) => {
    const folder = params.workspaceFolders?.[0]?.uri ?? params.rootUri ?? undefined;
    const folderPath = folder ? pathOf(folder) : undefined;
    if (folderPath) root = folderPath;
    ignoreFiles = new IgnoreFiles(root);
    settings = settingsFrom(params.initializationOptions);
    watchByRegistration = params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL] },
      },
      serverInfo: { name: 'claimlint', version: VERSION },
    };
  });

  connection.onInitialized(() => {
    if (!watchByRegistration) return;
    void connection.client.register(DidChangeWatchedFilesNotification.type, {
      watchers: [...WATCHED, ...[settings.suppressionsFile, settings.registerFile].filter((f) => f !== undefined).map((f) => path.basename(f))].map((name) => ({ globPattern: `**/${name}` })),
    });
  });

  connection.onDidChangeWatchedFiles(() => reconfigure());
  const watched = (file: string) =>
    WATCHED.includes(path.basename(file)) || [settings.suppressionsFile, settings.registerFile].some((f) => f !== undefined && path.resolve(root, f) === file);
  connection.onDidChangeConfiguration((change) => {
    const s = (change.settings as Record<string, unknown> | undefined)?.['claimlint'];
    if (s !== undefined) settings = settingsFrom(s);
    reconfigure();
  });

  // Opening lints at once; typing lints once the typing pauses.
  const opened = new Set<string>();
  documents.onDidOpen((e) => opened.add(e.document.uri));
  documents.onDidChangeContent((e) => {
    const first = opened.delete(e.document.uri);
    schedule(e.document, first ? 0 : debounceMs);
  });
  // A config file edited in the editor itself, for clients that watch no files.
  documents.onDidSave((e) => {
    const file = pathOf(e.document.uri);
    if (file && watched(file)) reconfigure();
  });
  documents.onDidClose((e) => {
    clearTimeout(timers.get(e.document.uri));
    timers.delete(e.document.uri);
    linted.delete(e.document.uri);
    // The run count stays: a run started before the close never matches again.
    runs.set(e.document.uri, (runs.get(e.document.uri) ?? 0) + 1);
    void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  });

  connection.onCodeAction(async (params) => {
    const doc = documents.get(params.textDocument.uri);
    const entry = linted.get(params.textDocument.uri);
    if (!doc || !entry || entry.version !== doc.version) return [];
    const only = params.context.only;
    const wants = (kind: string) => !only || only.some((o) => kind === o || kind.startsWith(`${o}.`));
    const offset = entry.text.startsWith(BOM) ? 1 : 0;
    const uri = doc.uri;
    const edit = (edits: TextEdit[]) => ({ changes: { [uri]: edits.map((e) => ({ range: toRange(doc, offset, e.range), newText: e.text })) } });
    const actions: CodeAction[] = [];
    if (wants(CodeActionKind.QuickFix)) {
      for (const m of entry.result.messages) {
        if (!m.ruleId) continue;
        const diagnostic = diagnosticOf(doc, offset, m);
        if (!overlaps(diagnostic.range, params.range)) continue;
        const sent = params.context.diagnostics.find((d) => d.source === 'claimlint' && d.code === m.ruleId && sameRange(d.range, diagnostic.range));
        const diagnostics = [sent ?? diagnostic];
        for (const s of m.suggestions ?? []) {
          actions.push({ title: s.desc, kind: CodeActionKind.QuickFix, diagnostics, isPreferred: isSafeFix(m, s), edit: edit([s.fix]) });
        }
        const disable = disableLineEdit(entry.text.slice(offset), entry.filePath, m);
        if (disable) actions.push({ title: `Disable ${m.ruleId} for this line`, kind: CodeActionKind.QuickFix, diagnostics, edit: edit([disable]) });
      }
    }
    if (wants(FIX_ALL)) {
      const all = await fixAll(entry);
      if (all) actions.push({ title: 'Fix all safe rewrites (claimlint)', kind: FIX_ALL, edit: edit([all]) });
    }
    return actions;
  });

  documents.listen(connection);
}

/** The safe rewrites --fix would make, as one edit of the changed span; undefined when there are none. */
async function fixAll(entry: Linted): Promise<TextEdit | undefined> {
  if (!entry.result.messages.some((m) => m.fix)) return undefined;
  const body = entry.text.startsWith(BOM) ? entry.text.slice(1) : entry.text;
  await loadParsersForText(body, entry.filePath);
  const fixed = fixText(body, { pack: rulePack, config: entry.config, filePath: entry.filePath });
  if (fixed.fixesApplied === 0 || fixed.output === body) return undefined;
  let start = 0;
  while (start < body.length && start < fixed.output.length && body[start] === fixed.output[start]) start++;
  let end = 0;
  while (end < body.length - start && end < fixed.output.length - start && body[body.length - 1 - end] === fixed.output[fixed.output.length - 1 - end]) end++;
  return { range: [start, body.length - end], text: fixed.output.slice(start, fixed.output.length - end) };
}

const FRONT_MATTER = /^(?:---|\+\+\+)[ \t]*\r?\n[\s\S]*?\r?\n(?:---|\+\+\+|\.\.\.)[ \t]*(?:\r?\n|$)/;

/**
 * A `claimlint-disable-line` comment for the finding's first line, at the
 * line's end (inside a table row's last cell): an HTML comment in Markdown,
 * an MDX comment expression in MDX. None in front matter, where a comment would be part of a
 * value, nor on an MDX line that is a JSX element, which text beside it would
 * turn into a paragraph. A line that has the directive gets the id added.
 */
export function disableLineEdit(text: string, filePath: string, m: LintMessage): TextEdit | undefined {
  if (!m.ruleId) return undefined;
  const fm = FRONT_MATTER.exec(text);
  if (fm && m.range[0] < fm[0].length) return undefined;
  const lineStart = text.lastIndexOf('\n', m.range[0] - 1) + 1;
  const nl = text.indexOf('\n', m.range[0]);
  let lineEnd = nl === -1 ? text.length : nl;
  if (text[lineEnd - 1] === '\r') lineEnd--;
  const line = text.slice(lineStart, lineEnd);
  const mdx = /\.mdx$/i.test(filePath);
  const existing = /claimlint-disable-line\b([^\n]*?)(?=\s*(?:--|-->|\*\/))/.exec(line);
  if (existing) {
    // Without ids it silences every rule already.
    if (!existing[1]!.trim()) return undefined;
    const at = lineStart + existing.index + existing[0].length;
    return { range: [at, at], text: `, ${m.ruleId}` };
  }
  if (mdx && (/^\s*<[\s\S]*>\s*$/.test(line) || insideJsxTag(text, m.range[0]))) return undefined;
  const comment = mdx ? `{/* claimlint-disable-line ${m.ruleId} */}` : `<!-- claimlint-disable-line ${m.ruleId} -->`;
  const trimmed = line.replace(/\s+$/, '');
  // A table row's closing pipe stays last: text after it would be a cell of its own.
  // So does a backslash hard break: after the comment it would be a visible "\".
  const pipe = /\|\s*$/.test(trimmed) && /^\s*\|/.test(line);
  const hardBreak = /\\$/.test(trimmed) && !/\\\\$/.test(trimmed);
  const at = lineStart + (pipe || hardBreak ? trimmed.length - 1 : trimmed.length);
  const before = text[at - 1];
  return { range: [at, at], text: `${before === ' ' || before === '\t' ? '' : ' '}${comment}${pipe ? ' ' : ''}` };
}

/** Whether `offset` lies inside a JSX tag (between "<Name" and its ">"), as
 * a finding in an attribute value over several lines does: a comment there
 * is no child, and the file would no longer parse. */
function insideJsxTag(text: string, offset: number): boolean {
  const open = Math.max(text.lastIndexOf('<', offset - 1), -1);
  if (open === -1 || !/^<\/?[A-Za-z]/.test(text.slice(open, open + 3))) return false;
  return text.lastIndexOf('>', offset - 1) < open;
}

function overlaps(a: Range, b: Range): boolean {
  const before = (p: Range['start'], q: Range['start']) => p.line < q.line || (p.line === q.line && p.character < q.character);
  return !before(a.end, b.start) && !before(b.end, a.start);
}

function sameRange(a: Range, b: Range): boolean {
  return a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;
}

/** `claimlint --lsp`: a server on standard input and output (or the transport
 * a client names: --node-ipc, --socket=N, --pipe=NAME). Runs until the client exits it. */
export function runLanguageServer(argv: readonly string[] = process.argv): void {
  // A transport that cannot be used is said in one line, exit 2, as the CLI
  // says a usage error: not a stack trace, not a silent exit 0.
  const fail = (message: string): never => {
    process.stderr.write(`claimlint: --lsp: ${message}\n`);
    process.exit(2);
  };
  const value = (name: string): string | undefined => {
    const i = argv.findIndex((a) => a === name || a.startsWith(`${name}=`));
    if (i === -1) return undefined;
    const a = argv[i]!;
    return a.includes('=') ? a.slice(a.indexOf('=') + 1) : (argv[i + 1] ?? '');
  };
  const port = value('--socket');
  const pipe = value('--pipe');
  let connection;
  if (port !== undefined || pipe !== undefined) {
    if (port !== undefined && !(/^\d+$/.test(port) && Number(port) >= 1 && Number(port) <= 65535)) fail(`--socket needs a port from 1 to 65535, got "${port}"`);
    if (pipe !== undefined && pipe === '') fail('--pipe needs the name of a pipe or socket file');
    const socket = port !== undefined ? connectSocket(Number(port), '127.0.0.1') : connectSocket(pipe!);
    socket.on('error', (error: NodeJS.ErrnoException) => fail(`cannot reach the editor at ${port !== undefined ? `port ${port}` : pipe} (${error.code ?? error.message})`));
    connection = createConnection(ProposedFeatures.all, new SocketMessageReader(socket), new SocketMessageWriter(socket));
  } else if (argv.includes('--node-ipc')) {
    if (typeof process.send !== 'function') fail('--node-ipc needs an editor that started claimlint with an IPC channel');
    connection = createConnection(ProposedFeatures.all);
  } else {
    connection = createConnection(ProposedFeatures.all, new StreamMessageReader(process.stdin), new StreamMessageWriter(process.stdout));
  }
  startLanguageServer(connection);
  connection.listen();
}

const MARKDOWN_LANGUAGES = new Set(['markdown', 'mdx']);

/** Whether a document is Markdown or MDX: by the editor's language id, or,
 * for a file, by its extension (an editor may call an .mdx file "plaintext"
 * until an extension for MDX is installed). */
export function isMarkdownDocument(languageId: string, file: string | undefined): boolean {
  if (MARKDOWN_LANGUAGES.has(languageId.toLowerCase())) return true;
  const ext = file ? path.extname(file).slice(1).toLowerCase() : '';
  return MARKDOWN_EXTENSIONS.includes(ext);
}
