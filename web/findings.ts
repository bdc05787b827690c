// The list beside the text: one card per finding, saying in words how
// serious it is, what was claimed, why it matters and how it could read
// instead, with a button for each rewrite. A card whose finding reads the
// same after a check is kept (only its place is updated), so a long list is
// not rebuilt at every pause in typing, and focus stays where it was.
import type { LintMessage, RuleInfo } from '../src/browser.js';
import type { Rewrite } from './protocol.js';

export interface FindingHandlers {
  /** A card was clicked or focused: mark its claim. */
  activate(index: number): void;
  /** Enter on a card: show the claim in the text. */
  reveal(index: number): void;
  /** The writer chose rewrite `choice` of finding `index` (looked up when chosen, so never stale). */
  apply(index: number, choice: number): void;
}

export function severityWord(m: LintMessage): 'Error' | 'Warning' {
  return m.severity === 2 ? 'Error' : 'Warning';
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();

interface Finding {
  m: LintMessage;
  rewrites: readonly Rewrite[];
  claim: string;
  rule: RuleInfo | undefined;
}

/** What a card shows, but for where the claim is. */
function signature(f: Finding): string {
  return JSON.stringify([f.m.ruleId, f.m.severity, f.m.fatal, f.m.message, f.claim, f.m.advice, f.rewrites.map((r) => [r.preview, r.desc, r.safe]), f.rule]);
}

/** Where the claim is: the card's data, its "Line n" and its accessible name.
 * Written only where they changed: a write costs a layout of the list. */
function place(li: HTMLLIElement, f: Finding): void {
  const { m } = f;
  const data: Record<string, string> = { line: String(m.line), column: String(m.column), endLine: String(m.endLine), endColumn: String(m.endColumn) };
  for (const [key, value] of Object.entries(data)) if (li.dataset[key] !== value) li.dataset[key] = value;
  const where = m.line === m.endLine ? `Line ${m.line}` : `Lines ${m.line}–${m.endLine}`;
  const whereNode = li.querySelector('.where')!;
  if (whereNode.textContent !== where) whereNode.textContent = where;
  const label = `${severityWord(m)}, ${where.toLowerCase()}${f.claim ? `: “${oneLine(f.claim)}”` : ''}. ${m.message}`;
  if (li.getAttribute('aria-label') !== label) li.setAttribute('aria-label', label);
}

function card(f: Finding, index: number, on: FindingHandlers): HTMLLIElement {
  const { m, rewrites, claim, rule } = f;
  const li = el('li', `finding sev-${severityWord(m).toLowerCase()}`);
  li.id = `finding-${index}`;
  li.tabIndex = -1;
  li.dataset['index'] = String(index);
  li.dataset['rule'] = m.ruleId ?? '';
  li.dataset['severity'] = String(m.severity);
  li.dataset['sig'] = signature(f);

  const head = el('div', 'finding-head');
  head.append(el('span', `badge ${severityWord(m).toLowerCase()}`, m.fatal ? 'Could not check' : severityWord(m)), el('span', 'where'));
  li.append(head);
  if (claim) li.append(el('p', 'claim', `“${oneLine(claim)}”`));
  li.append(el('p', 'message', m.message));

  if (rewrites.length > 0) {
    const box = el('div', 'suggestions');
    box.append(el('p', 'suggestions-label', rewrites.length === 1 ? 'Rewrite as' : 'Rewrite as one of'));
    rewrites.forEach((r, k) => {
      const button = el('button', 'suggestion');
      button.type = 'button';
      button.dataset['suggestion'] = String(k);
      // What the text will read, or, for a deletion, what is removed; the engine's own
      // words beneath when they say more ("... and cite the study").
      const preview = oneLine(r.preview);
      const desc = oneLine(r.desc);
      const label = preview || desc.replace(/"([^"]*)"/g, '“$1”');
      button.append(label);
      if (r.safe) button.append(el('span', 'safe', 'safe fix'));
      const more = preview !== '' && desc !== '' && desc !== `Replace with "${preview}"`;
      if (more) button.append(el('span', 'desc', desc));
      button.setAttribute('aria-label', `${preview ? `Rewrite as: ${preview}` : label}${r.safe ? ' (safe fix)' : ''}${more ? `. ${desc}` : ''}`);
      button.addEventListener('click', (event) => {
        event.stopPropagation();
        on.apply(index, k);
      });
      box.append(button);
    });
    li.append(box);
  }
  if (m.advice) li.append(el('p', 'advice', m.advice));

  if (rule) {
    const why = el('details', 'why');
    why.append(el('summary', undefined, 'Why this matters'));
    why.append(el('p', undefined, rule.description));
    if (rule.marketNote) why.append(el('p', undefined, rule.marketNote));
    if (rule.source) {
      const p = el('p', undefined, 'Source: ');
      const a = el('a', undefined, rule.source.name);
      a.href = rule.source.url;
      a.target = '_blank';
      a.rel = 'noopener noreferrer';
      p.append(a);
      why.append(p);
    }
    why.append(el('p', 'rule-id', `Rule: ${m.ruleId}`));
    li.append(why);
  }

  li.addEventListener('click', (event) => {
    if ((event.target as HTMLElement).closest('button, a, summary')) return;
    on.activate(index);
  });
  li.addEventListener('focus', () => on.activate(index));
  li.addEventListener('keydown', (event) => {
    if (event.target !== li) return;
    if (event.key === 'Enter') {
      event.preventDefault();
      on.reveal(index);
    }
  });
  place(li, f);
  return li;
}

export function renderFindings(
  list: HTMLOListElement,
  messages: readonly LintMessage[],
  rewrites: readonly (readonly Rewrite[])[],
  text: string,
  rules: Readonly<Record<string, RuleInfo>>,
  on: FindingHandlers,
): void {
  const old = [...list.children] as HTMLLIElement[];
  messages.forEach((m, i) => {
    const f: Finding = { m, rewrites: rewrites[i] ?? [], claim: m.claim ?? (m.ruleId ? text.slice(m.range[0], m.range[1]) : ''), rule: m.ruleId ? rules[m.ruleId] : undefined };
    const kept = old[i];
    if (kept?.dataset['sig'] === signature(f)) place(kept, f);
    else if (kept) kept.replaceWith(card(f, i, on));
    else list.append(card(f, i, on));
  });
  for (const extra of old.slice(messages.length)) extra.remove();
}

/** Makes one card the list's tab stop (a roving tabindex). */
export function setTabStop(list: HTMLOListElement, index: number | undefined): void {
  const cards = list.querySelectorAll<HTMLLIElement>('.finding');
  cards.forEach((c, i) => {
    const stop = i === (index ?? 0);
    if ((c.tabIndex === 0) !== stop) c.tabIndex = stop ? 0 : -1;
    if (c.classList.contains('active') !== (i === index)) c.classList.toggle('active', i === index);
  });
}
