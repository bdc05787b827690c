// The page: the text, its claims marked in place, the findings beside it,
// and the controls a writer needs (market, rules, fixes, copy, download,
// share, a team config). Every finding, rewrite and config message comes from
// claimlint's own engine (src/browser.ts), run here in the browser.
import type { LintMessage, Market, PresetName, RuleInfo, TextEdit } from '../src/browser.js';
import example from './example.md';
import { startEngine, type Engine } from './engine-client.js';
import { renderFindings, setTabStop } from './findings.js';
import { Backdrop, shiftMarks, type Mark } from './highlight.js';
import type { Configured, Rewrite } from './protocol.js';
import { decodeFragment, encodeFragment } from './share.js';

/** How long checks and keystrokes take here, for `npm run bench:web`. */
export interface Timings {
  /** Each check: the engine's own time, from asking to answer, and drawing the findings (from `at`, performance.now()). */
  checks: Array<{ at: number; chars: number; engineMs: number; answerMs: number; drawMs: number }>;
  /** Each keystroke's own work (moving the marks, redrawing them). */
  inputs: Array<{ at: number; ms: number }>;
}
declare global {
  interface Window {
    claimlintTimings: Timings;
  }
}

const MARKET_LABELS: Readonly<Record<string, string>> = {
  us: 'United States (FDA, FTC)',
  eu: 'European Union (Regulation 655/2013)',
  uk: 'United Kingdom (CAP Code, ASA)',
};
const PRESET_LABELS: Readonly<Record<string, string>> = {
  'claimlint:recommended': 'Recommended',
  'claimlint:strict': 'Strict: every claim is an error',
  'claimlint:all': 'All rules, the noisier ones too',
};
const DEFAULT_DOC_NAME = 'article.md';
const DEFAULT_CONFIG_NAME = 'claimlint.config.json';
/** The wait after a keystroke before checking: a pause in typing, not every key. */
const CHECK_DELAY_MS = 120;

function byId<T extends HTMLElement>(id: string): T {
  const node = document.getElementById(id);
  if (!node) throw new Error(`the page has no #${id}`);
  return node as T;
}

const ui = {
  text: byId<HTMLTextAreaElement>('text'),
  editor: byId<HTMLDivElement>('editor'),
  backdrop: byId<HTMLDivElement>('backdrop'),
  status: byId<HTMLParagraphElement>('status'),
  findings: byId<HTMLElement>('findings'),
  list: byId<HTMLOListElement>('finding-list'),
  summary: byId<HTMLParagraphElement>('summary'),
  notice: byId<HTMLParagraphElement>('notice'),
  market: byId<HTMLSelectElement>('market'),
  preset: byId<HTMLSelectElement>('preset'),
  fixAll: byId<HTMLButtonElement>('fix-all'),
  copy: byId<HTMLButtonElement>('copy'),
  download: byId<HTMLButtonElement>('download'),
  share: byId<HTMLButtonElement>('share'),
  open: byId<HTMLButtonElement>('open'),
  file: byId<HTMLInputElement>('file'),
  example: byId<HTMLButtonElement>('example'),
  toast: byId<HTMLDivElement>('toast'),
  settings: byId<HTMLDetailsElement>('settings'),
  settingsState: byId<HTMLSpanElement>('settings-state'),
  configText: byId<HTMLTextAreaElement>('config-text'),
  configStatus: byId<HTMLParagraphElement>('config-status'),
  configName: byId<HTMLSpanElement>('config-name'),
  openConfig: byId<HTMLButtonElement>('open-config'),
  configFile: byId<HTMLInputElement>('config-file'),
  clearConfig: byId<HTMLButtonElement>('clear-config'),
  docName: byId<HTMLInputElement>('doc-name'),
  version: byId<HTMLSpanElement>('version'),
};

interface State {
  /** The config's `ignores` leave the document out: the CLI would not lint it. */
  ignored: boolean;
  configError?: string;
  configName: string;
  rules: Record<string, RuleInfo>;
  /** Counts up with every change of market, rules, config or name. */
  settings: number;
  /** The text the findings were found in, and under which settings. */
  checkedText?: string;
  checkedSettings?: number;
  messages: LintMessage[];
  rewrites: Rewrite[][];
  marks: Mark[];
  /** The text the marks are drawn over. */
  shownText: string;
  active?: number;
  /** The opened file had CRLF line ends: a download keeps them. */
  crlf: boolean;
  lastAnnounced?: string;
}

let engine: Engine;

const state: State = {
  ignored: false,
  settings: 0,
  configName: DEFAULT_CONFIG_NAME,
  rules: {},
  messages: [],
  rewrites: [],
  marks: [],
  shownText: '',
  crlf: false,
};
window.claimlintTimings = { checks: [], inputs: [] };
const backdrop = new Backdrop(ui.backdrop);

const docName = () => ui.docName.value.trim() || DEFAULT_DOC_NAME;
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const reducedMotion = () => window.matchMedia('(prefers-reduced-motion: reduce)').matches;

function keep<T>(list: T[], item: T, max = 2000): void {
  list.push(item);
  if (list.length > max) list.splice(0, list.length - max);
}

// ---- Toast: what an action did, with an Undo where it changed the text.

let toastTimer: number | undefined;

function toast(message: string, action?: { label: string; run: () => void }): void {
  window.clearTimeout(toastTimer);
  const text = document.createElement('span');
  text.textContent = message;
  ui.toast.replaceChildren(text);
  if (action) {
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = action.label;
    button.addEventListener('click', () => {
      ui.toast.hidden = true;
      action.run();
    });
    ui.toast.append(button);
  }
  ui.toast.hidden = false;
  toastTimer = window.setTimeout(() => (ui.toast.hidden = true), action ? 10000 : 6000);
}

// ---- Checking

let checkTimer: number | undefined;
let running: Promise<void> | undefined;
/** Actions on the text under way (see acting): the page is not done until they are. */
let actions = 0;

function scheduleCheck(): void {
  document.body.dataset['check'] = 'pending';
  window.clearTimeout(checkTimer);
  checkTimer = window.setTimeout(() => void checkNow(), CHECK_DELAY_MS);
}

const upToDate = () => state.checkedText === ui.text.value && state.checkedSettings === state.settings;

/** Resolves once the findings shown are those of the text as it stands. */
async function checkNow(): Promise<void> {
  window.clearTimeout(checkTimer);
  document.body.dataset['check'] = 'pending';
  while (!upToDate()) {
    if (!running) running = checkOnce().finally(() => (running = undefined));
    await running;
  }
  // "done" says the findings shown are those of the text as it stands.
  if (actions === 0) document.body.dataset['check'] = 'done';
}

/** One check of the text as it is now; typing may go on meanwhile. */
async function checkOnce(): Promise<void> {
  const text = ui.text.value;
  const settings = state.settings;
  const t0 = performance.now();
  const linted = await engine.ask({ kind: 'lint', text, name: docName() });
  const t1 = performance.now();
  show(text, linted.messages, linted.rewrites, settings);
  showNotice(linted.failure ? `claimlint failed on this text (${linted.failure}). Your text is safe; please report this.` : undefined);
  keep(window.claimlintTimings.checks, { at: t1, chars: text.length, engineMs: linted.engineMs, answerMs: t1 - t0, drawMs: performance.now() - t1 });
}

function marksOf(messages: readonly LintMessage[]): Mark[] {
  const marks: Mark[] = [];
  messages.forEach((m, index) => {
    if (m.ruleId !== null && m.range[1] > m.range[0]) {
      marks.push({ start: m.range[0], end: m.range[1], severity: m.severity === 2 ? 'error' : 'warning', index });
    }
  });
  return marks;
}

/** The finding in `next` that is `previous` after an edit: same rule, nearest place. */
function follow(previous: LintMessage | undefined, next: readonly LintMessage[]): number | undefined {
  if (!previous) return undefined;
  let best: number | undefined;
  next.forEach((m, i) => {
    if (m.ruleId !== previous.ruleId) return;
    if (best === undefined || Math.abs(m.range[0] - previous.range[0]) < Math.abs(next[best]!.range[0] - previous.range[0])) best = i;
  });
  return best;
}

function show(text: string, messages: LintMessage[], rewrites: Rewrite[][], settings: number): void {
  const focusedCard = document.activeElement instanceof HTMLElement && document.activeElement.classList.contains('finding');
  const previous = state.active === undefined ? undefined : state.messages[state.active];
  state.checkedText = text;
  state.checkedSettings = settings;
  state.messages = messages;
  state.rewrites = rewrites;
  state.active = follow(previous, messages);
  // Typed on while the engine worked: the marks follow the edit, and the next check is on its way.
  const now = ui.text.value;
  state.marks = now === text ? marksOf(messages) : shiftMarks(marksOf(messages), text, now);
  state.shownText = now;
  backdrop.render(now, state.marks, state.active);
  renderFindings(ui.list, messages, rewrites, text, state.rules, {
    activate: (i) => activate(i),
    reveal,
    apply: (i, choice) => {
      const edit = state.rewrites[i]?.[choice]?.edit;
      if (edit) void applyEdit(i, edit);
    },
  });
  if (messages.length === 0) {
    const li = document.createElement('li');
    li.className = text.trim() === '' ? 'empty' : 'empty clean';
    li.textContent = text.trim() === '' ? 'Paste or type your text: claims to look at appear here as you write.' : 'No risky claims found.';
    if (state.ignored) li.textContent = 'Not checked: the team config leaves this document out (its “ignores”).';
    ui.list.append(li);
  }
  setTabStop(ui.list, state.active);
  if (focusedCard && state.active !== undefined) cardAt(state.active)?.focus({ preventScroll: true });

  const errors = messages.filter((m) => m.severity === 2).length;
  const warnings = messages.length - errors;
  const fixable = messages.filter((m) => m.fix).length;
  ui.summary.textContent = messages.length === 0 ? '' : [errors && plural(errors, 'error'), warnings && plural(warnings, 'warning')].filter(Boolean).join(' · ');
  ui.fixAll.disabled = fixable === 0;
  ui.fixAll.textContent = fixable === 0 ? 'Apply all safe fixes' : `Apply all safe fixes (${fixable})`;
  const said =
    text.trim() === '' ? '' : messages.length === 0 ? 'No risky claims found.' : `Found ${[errors && plural(errors, 'error'), warnings && plural(warnings, 'warning')].filter(Boolean).join(' and ')}${fixable ? `; ${fixable} can be fixed safely` : ''}.`;
  // Said once per change, so a screen reader is not told the same thing at every pause in typing.
  if (said !== state.lastAnnounced) {
    ui.status.textContent = said;
    state.lastAnnounced = said;
  }
}

function showNotice(failure: string | undefined): void {
  const message = failure ?? (state.configError ? `Your team config is not applied until its problem is fixed: ${state.configError}` : undefined);
  ui.notice.hidden = !message;
  ui.notice.textContent = message ?? '';
}

// ---- Moving between findings

const cardAt = (i: number) => ui.list.querySelector<HTMLLIElement>(`#finding-${i}`);
const markAt = (i: number) => backdrop.markOf(i);

/** Keeps `child` in view inside the scrolling findings panel without moving the page. */
function scrollIntoPanel(child: HTMLElement): void {
  const panel = ui.findings.getBoundingClientRect();
  const box = child.getBoundingClientRect();
  if (box.top < panel.top) ui.findings.scrollTop -= panel.top - box.top + 8;
  else if (box.bottom > panel.bottom) ui.findings.scrollTop += box.bottom - panel.bottom + 8;
}

function activate(i: number, options: { focus?: boolean; showInText?: boolean } = {}): void {
  if (i !== state.active) {
    backdrop.setActive(state.active, i);
    state.active = i;
    setTabStop(ui.list, i);
  }
  const card = cardAt(i);
  if (card) {
    if (options.focus) card.focus({ preventScroll: true });
    scrollIntoPanel(card);
  }
  if (options.showInText) markAt(i)?.scrollIntoView({ block: 'center', behavior: reducedMotion() ? 'auto' : 'smooth' });
}

function step(by: 1 | -1): void {
  const n = state.messages.length;
  if (n === 0) return;
  const from = state.active ?? (by === 1 ? -1 : n);
  activate((from + by + n) % n, { focus: true, showInText: true });
}

/** Back to the text with the claim selected. */
function reveal(i: number): void {
  const m = state.messages[i];
  if (!m || !upToDate()) return;
  ui.text.focus({ preventScroll: true });
  ui.text.setSelectionRange(m.range[0], m.range[1]);
  activate(i, { showInText: true });
}

document.addEventListener('keydown', (event) => {
  const next = event.key === 'F8' ? (event.shiftKey ? -1 : 1) : event.altKey && event.key === 'ArrowDown' ? 1 : event.altKey && event.key === 'ArrowUp' ? -1 : 0;
  if (next !== 0) {
    event.preventDefault();
    step(next);
  }
});

ui.list.addEventListener('keydown', (event) => {
  const card = event.target instanceof HTMLElement && event.target.classList.contains('finding') ? event.target : undefined;
  if (!card || event.altKey) return;
  const i = Number(card.dataset['index']);
  const n = state.messages.length;
  const to = event.key === 'ArrowDown' ? Math.min(i + 1, n - 1) : event.key === 'ArrowUp' ? Math.max(i - 1, 0) : event.key === 'Home' ? 0 : event.key === 'End' ? n - 1 : undefined;
  if (to !== undefined) {
    event.preventDefault();
    activate(to, { focus: true, showInText: true });
  } else if (event.key === 'Escape') {
    event.preventDefault();
    ui.text.focus();
  }
});

// The caret in a claim picks out its card; in a claim inside another, the inner one's
// (the outer one is picked out from its own words, or with F8).
document.addEventListener('selectionchange', () => {
  if (document.activeElement !== ui.text || !upToDate()) return;
  const at = ui.text.selectionStart;
  let i = -1;
  state.messages.forEach((m, k) => {
    const inside = m.ruleId !== null && m.range[0] <= at && at <= m.range[1];
    if (inside && (i < 0 || m.range[1] - m.range[0] < state.messages[i]!.range[1] - state.messages[i]!.range[0])) i = k;
  });
  if (i >= 0 && i !== state.active) activate(i);
});

// ---- Editing

/** Replaces part of the text as typing would, so the browser's Undo takes it back. */
function replaceText(start: number, end: number, text: string): void {
  ui.text.focus({ preventScroll: true });
  ui.text.setSelectionRange(start, end);
  const done = document.execCommand('insertText', false, text);
  if (!done || ui.text.value.slice(start, start + text.length) !== text) {
    ui.text.setRangeText(text, start, end, 'end');
    ui.text.dispatchEvent(new Event('input'));
  }
}

function replaceAll(text: string): void {
  replaceText(0, ui.text.value.length, text);
}

function undoTo(text: string): void {
  void acting(async () => replaceAll(text));
}

const CHANGED = 'The text changed meanwhile; the list is up to date now, try again.';

/** Runs an action on the text; the page reads as checking until its findings are current again. */
async function acting(action: () => Promise<void>): Promise<void> {
  document.body.dataset['check'] = 'pending';
  actions++;
  try {
    await action();
  } finally {
    actions--;
    await checkNow();
  }
}

function applyEdit(index: number, edit: TextEdit): Promise<void> {
  return acting(() => applyEdit1(index, edit));
}

async function applyEdit1(index: number, edit: TextEdit): Promise<void> {
  if (!upToDate()) {
    await checkNow();
    toast(CHANGED);
    return;
  }
  const before = ui.text.value;
  const outcome = await engine.ask({ kind: 'applyEdit', text: before, edit });
  if (ui.text.value !== before) return toast(CHANGED);
  if (outcome.discarded !== undefined) {
    toast(`Not applied: ${outcome.discarded}.`);
    return;
  }
  replaceText(edit.range[0], edit.range[1], edit.text);
  if (ui.text.value !== outcome.output) replaceAll(outcome.output);
  await checkNow();
  toast('Rewritten.', { label: 'Undo', run: () => undoTo(before) });
  // On to the next claim: the one that now sits where this one was.
  if (state.messages.length > 0) activate(Math.min(index, state.messages.length - 1), { focus: true });
  else ui.text.focus();
}

function applyAllSafeFixes(): Promise<void> {
  return acting(applyAllSafeFixes1);
}

async function applyAllSafeFixes1(): Promise<void> {
  await checkNow();
  const before = ui.text.value;
  ui.fixAll.disabled = true;
  const fixed = await engine.ask({ kind: 'fixAll', text: before, name: docName() });
  ui.fixAll.disabled = false;
  if (ui.text.value !== before) return toast(CHANGED);
  if (fixed.discarded) {
    toast(`No fixes applied: ${fixed.discarded}.`);
    return;
  }
  if (fixed.fixesApplied === 0) {
    toast('Nothing here can be fixed safely; the suggestions beside each claim may still help.');
    return;
  }
  replaceAll(fixed.output);
  await checkNow();
  toast(`Applied ${plural(fixed.fixesApplied, 'safe fix', 'safe fixes')}. Read them through.`, { label: 'Undo', run: () => undoTo(before) });
}

/** Text put in whole (an opened file, an example, a link): the check runs at once. */
function setText(text: string): void {
  ui.text.value = text.replace(/\r\n?/g, '\n');
  state.marks = [];
  state.shownText = ui.text.value;
  state.active = undefined;
  backdrop.render(ui.text.value, [], undefined);
  void checkNow();
}

ui.text.addEventListener('input', () => {
  const t0 = performance.now();
  const text = ui.text.value;
  state.marks = shiftMarks(state.marks, state.shownText, text);
  backdrop.renderEdit(state.shownText, text, state.marks, state.active);
  state.shownText = text;
  scheduleCheck();
  keep(window.claimlintTimings.inputs, { at: t0, ms: performance.now() - t0 });
});

// ---- Files

function readDocument(file: File): Promise<void> {
  return acting(() => readDocument1(file));
}

async function readDocument1(file: File): Promise<void> {
  const decoded = await engine.ask({ kind: 'decode', bytes: new Uint8Array(await file.arrayBuffer()) });
  if (decoded.error !== undefined) return toast(`${file.name}: ${decoded.error}`);
  state.crlf = decoded.text.includes('\r\n');
  ui.docName.value = file.name;
  await reconfigure();
  setText(decoded.text);
  toast(decoded.warnings.length > 0 ? `Opened ${file.name}. Note: ${decoded.warnings.join('; ')}.` : `Opened ${file.name}.`);
}

ui.open.addEventListener('click', () => ui.file.click());
ui.file.addEventListener('change', () => {
  const file = ui.file.files?.[0];
  if (file) void readDocument(file);
  ui.file.value = '';
});
ui.editor.addEventListener('dragover', (event) => {
  if (!event.dataTransfer?.types.includes('Files')) return;
  event.preventDefault();
  ui.editor.classList.add('dragging');
});
ui.editor.addEventListener('dragleave', () => ui.editor.classList.remove('dragging'));
ui.editor.addEventListener('drop', (event) => {
  const file = event.dataTransfer?.files[0];
  ui.editor.classList.remove('dragging');
  if (!file) return;
  event.preventDefault();
  void readDocument(file);
});
ui.example.addEventListener('click', () => {
  ui.docName.value = 'example.md';
  void reconfigure().then(() => {
    setText(example);
    ui.text.focus();
  });
});

function outputText(): string {
  return state.crlf ? ui.text.value.replace(/\n/g, '\r\n') : ui.text.value;
}

async function copyToClipboard(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

ui.copy.addEventListener('click', async () => {
  if (await copyToClipboard(outputText())) toast('The text is copied.');
  else {
    ui.text.focus();
    ui.text.select();
    toast(document.execCommand('copy') ? 'The text is copied.' : 'Copying is blocked here: the text is selected, press Ctrl+C (⌘C on a Mac).');
  }
});

ui.download.addEventListener('click', () => {
  const url = URL.createObjectURL(new Blob([outputText()], { type: 'text/markdown;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = docName();
  document.body.append(a);
  a.click();
  a.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 1000);
});

ui.share.addEventListener('click', async () => {
  const fragment = await encodeFragment({
    text: ui.text.value,
    market: ui.market.value,
    ...(ui.preset.value !== 'claimlint:recommended' ? { preset: ui.preset.value } : {}),
    ...(docName() !== DEFAULT_DOC_NAME ? { docName: docName() } : {}),
    ...(ui.configText.value.trim() ? { config: ui.configText.value } : {}),
  });
  history.replaceState(null, '', fragment);
  const link = location.href;
  const long = link.length > 60000 ? ` It is long (${link.length.toLocaleString()} characters): some chat and mail apps cut long links.` : '';
  if (await copyToClipboard(link)) toast(`Link copied. It holds your text, so share it only with people who may read it.${long}`);
  else toast(`The link is in the address bar: copy it from there. It holds your text.${long}`);
});

async function loadFromFragment(): Promise<boolean> {
  let shared;
  try {
    shared = await decodeFragment(location.hash);
  } catch {
    toast('This link could not be read: it may have been cut short.');
    return false;
  }
  if (!shared) return false;
  if (shared.market && [...ui.market.options].some((o) => o.value === shared.market)) ui.market.value = shared.market;
  if (shared.preset && [...ui.preset.options].some((o) => o.value === shared.preset)) ui.preset.value = shared.preset;
  ui.docName.value = shared.docName ?? DEFAULT_DOC_NAME;
  ui.configText.value = shared.config ?? '';
  if (shared.config) ui.settings.open = true;
  await reconfigure();
  setText(shared.text);
  return true;
}

// ---- Market, rules and the team config

async function reconfigure(options: { adoptMarket?: boolean } = {}): Promise<void> {
  document.body.dataset['check'] = 'pending';
  const request = {
    kind: 'configure',
    configText: ui.configText.value,
    configName: state.configName,
    preset: ui.preset.value as PresetName,
    documentPath: docName(),
  } as const;
  // A config that names its market chooses it, as it would on the command line.
  if (options.adoptMarket && request.configText.trim()) {
    const own = await engine.ask(request);
    if (own.configMarket) ui.market.value = own.configMarket;
  }
  const configured = await engine.ask({ ...request, market: ui.market.value as Market });
  state.settings++;
  state.ignored = configured.ignored;
  state.configError = configured.error;
  state.rules = configured.rules;
  describeConfig(configured, request.configText.trim() !== '');
  showNotice(undefined);
  await checkNow();
}

function describeConfig(configured: Configured, given: boolean): void {
  if (configured.error) {
    ui.configStatus.className = 'config-status bad';
    ui.configStatus.textContent = `${configured.error} (the page checks without it until this is fixed)`;
    ui.settingsState.textContent = `${state.configName} has a problem`;
    return;
  }
  const { rules, phrases, approved } = configured.counts;
  ui.configStatus.className = 'config-status good';
  ui.configStatus.textContent = given ? `Applied: ${plural(rules, 'rule setting')}, ${plural(phrases, 'phrase')}, ${plural(approved, 'approved claim')}.` : '';
  ui.settingsState.textContent = given ? `using ${state.configName}` : '';
}

let configTimer: number | undefined;
ui.configText.addEventListener('input', () => {
  window.clearTimeout(configTimer);
  configTimer = window.setTimeout(() => void reconfigure({ adoptMarket: true }), 300);
});
ui.openConfig.addEventListener('click', () => ui.configFile.click());
ui.configFile.addEventListener('change', async () => {
  const file = ui.configFile.files?.[0];
  ui.configFile.value = '';
  if (!file) return;
  const decoded = await engine.ask({ kind: 'decode', bytes: new Uint8Array(await file.arrayBuffer()) });
  if (decoded.error !== undefined) return toast(`${file.name}: ${decoded.error}`);
  ui.configText.value = decoded.text;
  state.configName = file.name;
  ui.configName.textContent = file.name;
  await reconfigure({ adoptMarket: true });
});
ui.clearConfig.addEventListener('click', () => {
  ui.configText.value = '';
  state.configName = DEFAULT_CONFIG_NAME;
  ui.configName.textContent = DEFAULT_CONFIG_NAME;
  void reconfigure();
});
ui.docName.addEventListener('change', () => void reconfigure());
ui.market.addEventListener('change', () => void reconfigure());
ui.preset.addEventListener('change', () => void reconfigure());
ui.fixAll.addEventListener('click', () => void applyAllSafeFixes());

// ---- Start

function fillSelect(select: HTMLSelectElement, values: readonly string[], labels: Readonly<Record<string, string>>): void {
  select.replaceChildren(
    ...values.map((v) => {
      const option = document.createElement('option');
      option.value = v;
      option.textContent = labels[v] ?? v;
      return option;
    }),
  );
}

void (async () => {
  engine = await startEngine();
  const about = await engine.ask({ kind: 'about' });
  fillSelect(ui.market, about.markets, MARKET_LABELS);
  fillSelect(ui.preset, about.presets, PRESET_LABELS);
  ui.version.textContent = about.version;
  document.body.dataset['engine'] = engine.where;
  window.addEventListener('hashchange', () => void loadFromFragment());
  if (!(await loadFromFragment())) await reconfigure();
  document.body.dataset['ready'] = 'true';
})();
