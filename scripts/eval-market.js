// The market a labelled row is judged in: that of the page it came from, as a
// writer there would lint it. UK regulators' rulings and .uk sites are `uk`,
// Irish and other EU ones `eu`, the rest (FDA, FTC, NAD, US clinic sites,
// repositories) `us`. Shared by `npm run eval` and tests/unit/accuracy.test.ts.
const UK = /(^|\.)(asa\.org\.uk|cap\.org\.uk|[a-z0-9-]+\.uk)$|osborneclarke\.com$/;
const EU = /(^|\.)(adstandards\.ie|hpra\.ie|[a-z0-9-]+\.(ie|eu|mt|de|fr|it|es|nl|be|at|se|dk|fi|pt|gr|pl|cz))$/;

export function marketOf(source) {
  const host = /^https?:\/\/([^/]+)/.exec(source ?? '')?.[1]?.replace(/^www\./, '').toLowerCase();
  if (!host) return 'us';
  if (UK.test(host)) return 'uk';
  if (EU.test(host)) return 'eu';
  return 'us';
}
