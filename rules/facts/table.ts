// The product table in docs/product-facts.md, rendered from the data so the
// page cannot drift from it (a unit test compares the two; run
// `node scripts/product-facts-doc.js` after `npm run build` to rewrite it).
import { products } from './products.js';
import type { ProductFact, Sourced, UkEuMarket, UkEuStatus, UsFact, UsStatus } from './types.js';

const US_LABEL: Record<UsStatus, string> = {
  'approved-biologic': 'approved biologic (BLA)',
  'approved-drug': 'approved drug (NDA)',
  'pma-approved': 'approved device (PMA)',
  '510k-cleared': 'cleared device (510(k))',
  'de-novo-granted': 'authorized device (De Novo)',
  'not-fda-reviewed': 'not FDA-reviewed',
};

const UK_EU_LABEL: Record<UkEuStatus, string> = {
  'prescription-only-medicine': 'POM',
  'ce-marked-device': 'device',
  'not-a-medicine': 'not a medicine',
};

const cell = (text: string) => text.replace(/\|/g, '\\|');

function link(fact: Sourced): string {
  const first = fact.sources[0];
  const more = fact.sources.length > 1 ? ` +${fact.sources.length - 1}` : '';
  return `[source](${first.url})${more}`;
}

function flags(fact: Sourced): string {
  return [fact.verified ? '' : ' **unverified**', fact.scope === 'class' ? ' (class)' : ''].join('');
}

function usCell(product: ProductFact): string {
  const us: UsFact | undefined = product.us;
  if (!us) {
    return product.sameProductAs ? `— (sold as ${products.find((p) => p.id === product.sameProductAs!.id)?.name ?? product.sameProductAs.id})` : '—';
  }
  const refs = us.references?.length ? `, ${us.references.join(', ')}` : '';
  return `${US_LABEL[us.status]}${refs}${flags(us)} ${link(us)}`;
}

function ukEuCell(product: ProductFact, market: UkEuMarket): string {
  const fact = product.ukEu.find((f) => f.markets.includes(market));
  return fact ? `${UK_EU_LABEL[fact.status]}${flags(fact)} ${link(fact)}` : '—';
}

/** The Markdown table of every product, its kind, US status and UK/EU status. */
export function renderProductTable(): string {
  const rows = products.map((p) => `| ${cell(p.name)} | ${p.kind} | ${cell(usCell(p))} | ${cell(ukEuCell(p, 'uk'))} | ${cell(ukEuCell(p, 'eu'))} |`);
  return ['| Product | Kind | US | UK | EU |', '| --- | --- | --- | --- | --- |', ...rows].join('\n');
}
