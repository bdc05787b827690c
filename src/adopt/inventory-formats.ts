// The inventory as a reviewer opens it: CSV for a spreadsheet, JSON for
// tools, and one HTML page that works offline (no script, style or font from
// anywhere else; its own script and style are pinned by hash in its content
// security policy) with filters by status, category and file.
import { createHash } from 'node:crypto';
import { STATUSES, type Inventory, type InventoryRow } from './inventory.js';

export const INVENTORY_FORMATS = ['csv', 'json', 'html'] as const;
export type InventoryFormat = (typeof INVENTORY_FORMATS)[number];

const COLUMNS: Array<[keyof InventoryRow, string]> = [
  ['file', 'file'],
  ['line', 'line'],
  ['column', 'column'],
  ['status', 'status'],
  ['severity', 'severity'],
  ['rule', 'rule'],
  ['category', 'category'],
  ['market', 'market'],
  ['claim', 'claim'],
  ['sentence', 'sentence'],
  ['evidence', 'evidence'],
  ['approvedBy', 'approved by'],
  ['reviewDate', 'review date'],
  ['registerEntry', 'register entry'],
  ['reason', 'reason'],
];

/** A field a spreadsheet would read as a formula ("=HYPERLINK(...)" in a page's
 * copy) is kept as text with a leading apostrophe: opening the inventory must
 * not run anything the linted pages hold. */
function csvField(value: string | number | undefined): string {
  let text = value === undefined ? '' : String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return `"${text.replace(/"/g, '""')}"`;
}

/** RFC 4180: UTF-8 with a byte-order mark (so Excel reads it as UTF-8), every field quoted, CRLF. */
export function inventoryCsv(inventory: Inventory): string {
  const lines = [COLUMNS.map(([, head]) => csvField(head)).join(',')];
  for (const row of inventory.rows) lines.push(COLUMNS.map(([key]) => csvField(row[key])).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

export function inventoryJson(inventory: Inventory): string {
  return `${JSON.stringify({ generated: inventory.generated, counts: inventory.counts, claims: inventory.rows }, null, 2)}\n`;
}

function esc(text: string | number): string {
  return String(text).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function hash(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

const STYLE = `
body { font: 15px/1.45 system-ui, sans-serif; margin: 1.5rem; color: #1b1b1b; }
h1 { font-size: 1.4rem; margin: 0 0 .3rem; }
table { border-collapse: collapse; margin: .8rem 0; }
th, td { border: 1px solid #ccc; padding: .3rem .5rem; text-align: left; vertical-align: top; }
th { background: #f1f1f1; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
#claims td.sentence { max-width: 34rem; }
form { display: flex; gap: 1rem; flex-wrap: wrap; align-items: end; }
label { display: flex; flex-direction: column; font-weight: 600; font-size: .9rem; }
.status { font-weight: 600; }
tr[data-status="finding"] .status, tr[data-status="expired"] .status { color: #a4000f; }
tr[data-status="approved"] .status { color: #0b6b2b; }
mark { background: #fff1a8; }
`;

const SCRIPT = `
(function () {
  var form = document.getElementById('filters');
  var rows = Array.prototype.slice.call(document.querySelectorAll('#claims tbody tr'));
  var shown = document.getElementById('shown');
  function apply() {
    var want = { status: form.status.value, category: form.category.value, file: form.file.value };
    var n = 0;
    rows.forEach(function (tr) {
      var ok = (!want.status || tr.dataset.status === want.status) &&
        (!want.category || tr.dataset.category === want.category) &&
        (!want.file || tr.dataset.file === want.file);
      tr.hidden = !ok;
      if (ok) n++;
    });
    shown.textContent = 'Showing ' + n + ' of ' + rows.length + ' claims';
  }
  form.addEventListener('change', apply);
  form.addEventListener('reset', function () { setTimeout(apply, 0); });
  apply();
})();
`;

function options(name: string, label: string, values: readonly string[], show: (v: string) => string = (v) => v): string {
  const opts = values.map((v) => `<option value="${esc(v)}">${esc(show(v))}</option>`).join('');
  return `<label>${esc(label)}<select name="${name}" id="filter-${name}"><option value="">all</option>${opts}</select></label>`;
}

function sentenceCell(row: InventoryRow): string {
  const at = row.claim ? row.sentence.indexOf(row.claim) : -1;
  if (at === -1) return esc(row.sentence);
  return `${esc(row.sentence.slice(0, at))}<mark>${esc(row.claim)}</mark>${esc(row.sentence.slice(at + row.claim.length))}`;
}

function detail(row: InventoryRow): string {
  const parts: string[] = [];
  if (row.evidence) parts.push(`Evidence: ${row.evidence}`);
  if (row.approvedBy) parts.push(`Approved by: ${row.approvedBy}`);
  if (row.reviewDate) parts.push(`${row.status === 'expired' ? 'Expired' : 'Review by'}: ${row.reviewDate}`);
  if (row.registerEntry) parts.push(`Register entry: ${row.registerEntry}`);
  if (row.reason) parts.push(`${row.status === 'suppressed' ? 'Suppressed by' : 'Reason'}: ${row.reason}`);
  return parts.map(esc).join('<br>');
}

export function inventoryHtml(inventory: Inventory): string {
  const { rows, counts } = inventory;
  const categories = Object.keys(counts.byCategory).sort();
  const files = [...new Set(rows.map((r) => r.file))].sort();
  const perCategory = new Map(categories.map((c) => [c, Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<string, number>]));
  for (const r of rows) perCategory.get(r.category)![r.status]!++;
  const countRows = categories
    .map(
      (c) =>
        `<tr data-category="${esc(c)}"><th scope="row">${esc(c || '(none)')}</th><td class="num" data-count="total">${counts.byCategory[c]}</td>${STATUSES.map(
          (s) => `<td class="num" data-count="${s}">${perCategory.get(c)![s]}</td>`,
        ).join('')}</tr>`,
    )
    .join('\n');
  const totals = `<tr data-category=""><th scope="row">all</th><td class="num" data-count="total">${rows.length}</td>${STATUSES.map((s) => `<td class="num" data-count="${s}">${counts.byStatus[s]}</td>`).join('')}</tr>`;
  const claimRows = rows
    .map(
      (r) =>
        `<tr data-status="${esc(r.status)}" data-category="${esc(r.category)}" data-file="${esc(r.file)}"><td>${esc(r.file)}</td><td class="num">${r.line}</td><td class="status">${esc(r.status)}</td><td>${esc(r.severity)}</td><td>${esc(r.rule)}</td><td>${esc(r.category)}</td><td>${esc(r.market)}</td><td class="sentence">${sentenceCell(r)}</td><td>${detail(r)}</td></tr>`,
    )
    .join('\n');
  const csp = `default-src 'none'; style-src ${hash(STYLE)}; script-src ${hash(SCRIPT)}; img-src 'none'; form-action 'none'; base-uri 'none'`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${esc(csp)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>Claims inventory</title>
<style>${STYLE}</style>
</head>
<body>
<h1>Claims inventory</h1>
<p>Generated ${esc(inventory.generated)} by claimlint: ${rows.length} claim${rows.length === 1 ? '' : 's'} in ${files.length} file${files.length === 1 ? '' : 's'}.</p>
<h2>Claims per category</h2>
<table id="counts">
<thead><tr><th scope="col">category</th><th scope="col">claims</th>${STATUSES.map((s) => `<th scope="col">${s}</th>`).join('')}</tr></thead>
<tbody>
${countRows}
${totals}
</tbody>
</table>
<h2>Claims</h2>
<form id="filters">
${options('status', 'Status', STATUSES)}
${options('category', 'Category', categories, (c) => c || '(none)')}
${options('file', 'File', files)}
<button type="reset">Show all</button>
</form>
<p id="shown" role="status">Showing ${rows.length} of ${rows.length} claims</p>
<table id="claims">
<thead><tr><th scope="col">file</th><th scope="col">line</th><th scope="col">status</th><th scope="col">severity</th><th scope="col">rule</th><th scope="col">category</th><th scope="col">market</th><th scope="col">sentence (claim marked)</th><th scope="col">evidence, approval, reason</th></tr></thead>
<tbody>
${claimRows}
</tbody>
</table>
<script>${SCRIPT}</script>
</body>
</html>
`;
}

export function formatInventory(inventory: Inventory, format: InventoryFormat): string {
  return format === 'csv' ? inventoryCsv(inventory) : format === 'json' ? inventoryJson(inventory) : inventoryHtml(inventory);
}
