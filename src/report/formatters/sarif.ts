// SARIF 2.1.0 for GitHub code scanning and other SARIF viewers. Every rule
// in effect is described in tool.driver (with the regulation behind it);
// each finding carries its region, a fingerprint that survives unrelated
// edits, and its suggested rewrites as SARIF fixes. Problems that stopped a
// file being linted are tool notifications, not results. Findings that were
// found but not reported (a claimlint-disable comment, an approved claim, the
// suppressions file) are results with SARIF `suppressions`, so a viewer shows
// them as suppressed rather than losing them.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { severityWord } from '../../shared/severity.js';
import type { LintMessage, LintResult, SuppressedMessage } from '../../shared/lint-result.js';
import { VERSION } from '../../shared/version.js';
import { displayPath, reportRoot } from './display.js';
import { fingerprinter } from './fingerprint.js';
import type { Formatter, RuleSummary } from './formatter.js';

type Level = 'error' | 'warning' | 'note' | 'none';

interface SarifRule {
  id: string;
  shortDescription: { text: string };
  fullDescription: { text: string };
  help: { text: string; markdown: string };
  helpUri?: string;
  defaultConfiguration: { level: Level; enabled?: boolean };
  properties?: { tags: string[] };
}

const SRCROOT = '%SRCROOT%';

function levelOf(severity: RuleSummary['severity']): Level {
  return severity === 'error' ? 'error' : severity === 'warn' ? 'warning' : 'none';
}

function describeRule(id: string, meta: RuleSummary | undefined): SarifRule {
  const description = meta?.description ?? id;
  const basis = meta?.basis ?? meta?.source?.name;
  const reference = meta?.source ? `Legal basis: ${basis} (${meta.source.url})` : '';
  const why = meta?.reason ? `Why: ${meta.reason}.` : '';
  const advice = meta?.advice ?? '';
  const help = [description, why, advice, reference].filter(Boolean).join('\n\n');
  const helpMarkdown = [
    description,
    why,
    advice,
    meta?.source ? `Legal basis: [${(basis ?? '').replace(/[[\]\\]/g, '\\$&')}](<${meta.source.url}>)` : '',
  ]
    .filter(Boolean)
    .join('\n\n');
  const rule: SarifRule = {
    id,
    shortDescription: { text: description },
    fullDescription: { text: [description, reference].filter(Boolean).join(' ') },
    help: { text: help, markdown: helpMarkdown },
    defaultConfiguration: { level: levelOf(meta?.severity ?? 'warn') },
  };
  if (meta?.severity === 'off') rule.defaultConfiguration.enabled = false;
  if (meta?.source) rule.helpUri = meta.source.url;
  if (meta?.category) rule.properties = { tags: [meta.category] };
  return rule;
}

interface ArtifactLocation {
  uri: string;
  uriBaseId?: string;
}

/** Where a file is for a viewer: relative to the checkout (%SRCROOT%) when
 * inside it; outside it ("../x.md"), an absolute file: URI, which a viewer
 * can resolve where "../" against the checkout it cannot. */
function artifactOf(filePath: string, root: string): ArtifactLocation {
  const shown = displayPath(filePath, root);
  if (path.isAbsolute(filePath) && (shown === '..' || shown.startsWith('../') || path.isAbsolute(shown))) return { uri: pathToFileURL(filePath).href };
  return { uri: toUri(shown), uriBaseId: SRCROOT };
}

/** Relative paths as URI references: each segment percent-encoded, so a
 * space or '#' in a file name cannot change what the URI means. */
function toUri(relPath: string): string {
  return relPath.split('/').map(encodeURIComponent).join('/');
}

const sarif: Formatter = (results: LintResult[], ctx) => {
  const meta = ctx.rulesMeta ?? {};
  const rules: SarifRule[] = Object.keys(meta).map((id) => describeRule(id, meta[id]));
  const ruleIndex = new Map(rules.map((r, i) => [r.id, i]));
  const sarifResults: unknown[] = [];
  const notifications: unknown[] = [];
  for (const r of results) {
    const location = artifactOf(r.filePath, reportRoot(ctx, 'GITHUB_WORKSPACE'));
    const fingerprint = fingerprinter();
    // In source order, reported and suppressed alike: a finding keeps its
    // fingerprint when a suppression comes or goes.
    const all: Array<LintMessage | SuppressedMessage> = [...r.messages, ...(r.suppressedMessages ?? [])];
    if (r.suppressedMessages?.length) all.sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
    for (const m of all) {
      const level: Level = severityWord(m.severity);
      if (!m.ruleId) {
        notifications.push({ level, message: { text: m.message }, locations: [{ physicalLocation: { artifactLocation: location } }] });
        continue;
      }
      let index = ruleIndex.get(m.ruleId);
      if (index === undefined) {
        index = rules.push(describeRule(m.ruleId, undefined)) - 1;
        ruleIndex.set(m.ruleId, index);
      }
      const region: Record<string, unknown> = {
        startLine: m.line,
        startColumn: m.column,
        endLine: m.endLine,
        endColumn: m.endColumn,
      };
      if (m.claim !== undefined) region['snippet'] = { text: m.claim };
      const suggestions = m.suggestions ?? [];
      const text = m.message + suggestions.map((s) => `\nSuggestion: ${s.desc}`).join('') + (suggestions.length === 0 && m.advice ? `\n${m.advice}` : '');
      const result: Record<string, unknown> = {
        ruleId: m.ruleId,
        ruleIndex: index,
        level,
        message: { text },
        locations: [{ physicalLocation: { artifactLocation: location, region } }],
        partialFingerprints: { 'claimlint/claim/v1': fingerprint({ ...m, ruleId: m.ruleId }) },
      };
      if ('suppressions' in m) {
        result['suppressions'] = m.suppressions.map((s) => ({
          kind: s.kind === 'directive' ? 'inSource' : 'external',
          status: 'accepted',
          justification: s.kind === 'approved' ? `approved claim: ${s.justification}` : s.justification || s.kind,
        }));
      }
      if (suggestions.length > 0) {
        result['fixes'] = suggestions.map((s) => ({
          description: { text: s.desc },
          artifactChanges: [
            {
              artifactLocation: location,
              // Offsets count UTF-16 code units of the text after any BOM,
              // the same text the region's lines and columns describe.
              replacements: [
                { deletedRegion: { charOffset: s.fix.range[0], charLength: s.fix.range[1] - s.fix.range[0] }, insertedContent: { text: s.fix.text } },
              ],
            },
          ],
        }));
      }
      sarifResults.push(result);
    }
  }
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'claimlint', version: VERSION, semanticVersion: VERSION, rules } },
        columnKind: 'utf16CodeUnits',
        invocations: [{ executionSuccessful: !results.some((r) => r.fatalErrorCount > 0), toolExecutionNotifications: notifications }],
        results: sarifResults,
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
};
export default sarif;
