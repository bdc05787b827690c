// The list beside the text: one card per finding, saying in words how
// serious it is, what was claimed, why it matters and how it could read
// instead, with a button for each rewrite.
import { fixPlace, type LintMessage, type RuleInfo, type TextEdit } from '../src/browser.js';

export interface FindingHandlers {
  /** A card was clicked or focused: mark its claim. */
  activate(index: number): void;
  /** Enter on a card: show the claim in the text. */
  reveal(index: number): void;
  apply(index: number, edit: TextEdit): void;
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

const sameEdit = (a: TextEdit, b: TextEdit) => a.range[0] === b.range[0] && a.range[1] === b.range[1] && a.text === b.text;

function card(m: LintMessage, index: number, text: string, rules: Readonly<Record<string, RuleInfo>>, on: FindingHandlers): HTMLLIElement {
  const li = el('li', `finding sev-${severityWord(m).toLowerCase()}`);
  li.id = `finding-${index}`;
  li.tabIndex = -1;
  li.dataset['index'] = String(index);
  li.dataset['rule'] = m.ruleId ?? '';
  li.dataset['line'] = String(m.line);
  li.dataset['column'] = String(m.column);
  li.dataset['endLine'] = String(m.endLine);
  li.dataset['endColumn'] = String(m.endColumn);
  li.dataset['severity'] = String(m.severity);
  const claim = m.claim ?? (m.ruleId ? text.slice(m.range[0], m.range[1]) : '');
  const where = m.line === m.endLine ? `Line ${m.line}` : `Lines ${m.line}–${m.endLine}`;
  li.setAttribute('aria-label', `${severityWord(m)}, ${where.toLowerCase()}${claim ? `: “${oneLine(claim)}”` : ''}. ${m.message}`);

  const head = el('div', 'finding-head');
  head.append(el('span', `badge ${severityWord(m).toLowerCase()}`, m.fatal ? 'Could not check' : severityWord(m)), el('span', 'where', where));
  li.append(head);
  if (claim) li.append(el('p', 'claim', `“${oneLine(claim)}”`));
  li.append(el('p', 'message', m.message));

  const suggestions = [...(m.suggestions ?? [])];
  if (m.fix && !suggestions.some((s) => sameEdit(s.fix, m.fix!))) suggestions.unshift({ desc: 'Safe fix', fix: m.fix });
  if (suggestions.length > 0) {
    const box = el('div', 'suggestions');
    box.append(el('p', 'suggestions-label', suggestions.length === 1 ? 'Rewrite as' : 'Rewrite as one of'));
    const previews = fixPlace({ ...m, suggestions }, text).expected;
    suggestions.forEach((s, k) => {
      const safe = m.fix !== undefined && sameEdit(s.fix, m.fix);
      const button = el('button', 'suggestion');
      button.type = 'button';
      button.dataset['suggestion'] = String(k);
      button.append(oneLine(previews[k] ?? s.fix.text));
      if (safe) button.append(el('span', 'safe', 'safe fix'));
      button.setAttribute('aria-label', `Rewrite as: ${oneLine(previews[k] ?? s.fix.text)}${safe ? ' (safe fix)' : ''}`);
      button.addEventListener('click', (event) => {
        event.stopPropagation();
        on.apply(index, s.fix);
      });
      box.append(button);
    });
    li.append(box);
  }
  if (m.advice) li.append(el('p', 'advice', m.advice));

  const rule = m.ruleId ? rules[m.ruleId] : undefined;
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
  return li;
}

export function renderFindings(list: HTMLOListElement, messages: readonly LintMessage[], text: string, rules: Readonly<Record<string, RuleInfo>>, on: FindingHandlers): void {
  list.replaceChildren(...messages.map((m, i) => card(m, i, text, rules, on)));
}

/** Makes one card the list's tab stop (a roving tabindex). */
export function setTabStop(list: HTMLOListElement, index: number | undefined): void {
  const cards = list.querySelectorAll<HTMLLIElement>('.finding');
  cards.forEach((c, i) => {
    c.tabIndex = i === (index ?? 0) ? 0 : -1;
    c.classList.toggle('active', i === index);
  });
}
