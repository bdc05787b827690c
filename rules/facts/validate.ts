// Checks the fact files keep their promises: every fact has a source with a
// real address and title, an unverified fact says what was seen, names do
// not collide, and references between entries resolve. The unit tests run it
// on the shipped data and on broken copies, so a fact added without a source
// fails the build.
import { productKey } from './lookup.js';
import type { ProductFact, ProductFamily, RegulatoryWording, Sourced } from './types.js';
import { treatmentUses } from './uses.js';

export interface FactSet {
  readonly products: readonly ProductFact[];
  readonly families: readonly ProductFamily[];
  readonly wordings: readonly RegulatoryWording[];
}

/** Every fact in the set with a path naming where it sits ("botox-cosmetic.us.indications[0]"). */
export function* factsOf(set: FactSet): Generator<{ path: string; fact: Sourced }> {
  for (const p of set.products) {
    if (p.substance) yield { path: `${p.id}.substance`, fact: p.substance };
    if (p.sameProductAs) yield { path: `${p.id}.sameProductAs`, fact: p.sameProductAs };
    if (p.us) {
      yield { path: `${p.id}.us`, fact: p.us };
      if (p.us.wholeLabel) yield { path: `${p.id}.us.wholeLabel`, fact: p.us.wholeLabel };
      for (const [i, ind] of p.us.indications.entries()) yield { path: `${p.id}.us.indications[${i}]`, fact: ind };
    }
    for (const [i, f] of p.ukEu.entries()) yield { path: `${p.id}.ukEu[${i}]`, fact: f };
  }
  for (const w of set.wordings) yield { path: `wording ${w.id}`, fact: w };
}

const APPROVALS = new Set(['approved-biologic', 'approved-drug', 'pma-approved']);

/** Problems found, one line each; empty when the set is sound. */
export function checkFacts(set: FactSet): string[] {
  const problems: string[] = [];
  for (const { path, fact } of factsOf(set)) problems.push(...checkSourced(path, fact));

  const ids = new Set<string>();
  for (const entry of [...set.products, ...set.families, ...set.wordings]) {
    if (ids.has(entry.id)) problems.push(`${entry.id}: id used twice`);
    ids.add(entry.id);
  }

  const productIds = new Set(set.products.map((p) => p.id));
  const owner = new Map<string, string>();
  const claim = (name: string, id: string) => {
    const key = productKey(name);
    if (!key) return void problems.push(`${id}: name "${name}" has no letters or digits`);
    const other = owner.get(key);
    if (other !== undefined && other !== id) problems.push(`"${name}" names both ${other} and ${id}`);
    else owner.set(key, id);
  };
  for (const p of set.products) {
    for (const name of [p.name, ...p.aliases]) claim(name, p.id);
    const keys = new Set([p.name, ...p.aliases].map(productKey));
    for (const a of p.ambiguousAliases ?? []) if (!keys.has(productKey(a))) problems.push(`${p.id}: ambiguous alias "${a}" is not one of its names`);
    if (p.sameProductAs && !productIds.has(p.sameProductAs.id)) problems.push(`${p.id}.sameProductAs: no product ${p.sameProductAs.id}`);
    // An approval covers named uses only, so an approval without one says nothing a rule can check.
    if (p.us?.verified && APPROVALS.has(p.us.status) && p.us.indications.length === 0) problems.push(`${p.id}.us: an approval with no indication`);
    for (const [i, ind] of (p.us?.indications ?? []).entries()) {
      for (const use of ind.uses ?? []) {
        const known = treatmentUses.find((u) => u.id === use);
        if (!known) problems.push(`${p.id}.us.indications[${i}]: no use ${use}`);
        else if (!known.kinds.includes(p.kind)) problems.push(`${p.id}.us.indications[${i}]: use ${use} is not one of a ${p.kind}`);
      }
      // A whole label is read against the uses: an indication with none would pass every use as off-label.
      if (p.us?.wholeLabel && !ind.uses?.length) problems.push(`${p.id}.us.indications[${i}]: the label is recorded whole, but this indication names no use`);
    }
  }
  const useIds = new Set<string>();
  const terms = new Map<string, string>();
  for (const u of treatmentUses) {
    if (useIds.has(u.id)) problems.push(`use ${u.id}: id used twice`);
    useIds.add(u.id);
    for (const t of u.terms) {
      const key = productKey(t);
      const other = terms.get(key);
      if (other !== undefined && other !== u.id) problems.push(`use term "${t}" names both ${other} and ${u.id}`);
      terms.set(key, u.id);
    }
  }
  for (const f of set.families) {
    for (const name of [f.name, ...f.aliases]) claim(name, f.id);
    if (f.members.length === 0) problems.push(`${f.id}: a family with no members`);
    for (const m of f.members) if (!productIds.has(m)) problems.push(`${f.id}: no member product ${m}`);
  }
  return problems;
}

function checkSourced(path: string, fact: Sourced): string[] {
  const sources: unknown = (fact as { sources?: unknown }).sources;
  if (!Array.isArray(sources) || sources.length === 0) return [`${path}: no source`];
  const problems: string[] = [];
  for (const [i, s] of sources.entries()) {
    const { url, title } = (s ?? {}) as { url?: unknown; title?: unknown };
    if (typeof url !== 'string' || !isHttpUrl(url)) problems.push(`${path}.sources[${i}]: not an http(s) URL`);
    if (typeof title !== 'string' || title.trim() === '') problems.push(`${path}.sources[${i}]: no title`);
  }
  if (typeof fact.verified !== 'boolean') problems.push(`${path}: verified must be true or false`);
  if (fact.verified === false && !fact.seen?.trim()) problems.push(`${path}: unverified, but says nothing about what was seen`);
  return problems;
}

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.includes('.');
  } catch {
    return false;
  }
}
