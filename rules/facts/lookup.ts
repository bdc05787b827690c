// Finding a product as a writer names it, and judging whether "FDA-approved"
// is a true description of it. Names match whatever the writer's casing,
// accents, ®/™ marks, hyphens, dots or spacing: "BOTOX® Cosmetic",
// "botox-cosmetic" and "Botox cosmetic" are one product. This module depends
// on the fact files only, so it moves with them.
import { products, productFamilies } from './products.js';
import type { Indication, ProductFact, ProductFamily, Source, UkEuFact, UkEuMarket, UsStatus } from './types.js';
import { regulatoryWordings } from './wordings.js';
import type { RegulatoryWording } from './types.js';
import { getUse, type TreatmentUse } from './uses.js';

export type ProductEntry =
  | { readonly type: 'product'; readonly product: ProductFact }
  | { readonly type: 'family'; readonly family: ProductFamily; readonly members: readonly ProductFact[] };

/**
 * The key two spellings of one name share: trademark marks dropped, accents
 * folded, case folded, "+" read as "plus", and everything but letters and
 * digits removed ("Radiesse (+)" and "Radiesse Plus" are both "radiesseplus").
 */
export function productKey(name: string): string {
  return name
    .replace(/[®™©℠]|\((?:r|tm|c)\)/giu, '')
    .replace(/['’]s\b/gu, '')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\+/gu, 'plus')
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

const byId = new Map<string, ProductFact>(products.map((p) => [p.id, p]));

const byKey = new Map<string, ProductEntry>();
for (const product of products) {
  for (const name of [product.name, ...product.aliases]) byKey.set(productKey(name), { type: 'product', product });
}
for (const family of productFamilies) {
  const members = family.members.map((id) => byId.get(id)).filter((p): p is ProductFact => p !== undefined);
  for (const name of [family.name, ...family.aliases]) {
    // A family never shadows a product of the same name ("Radiesse" is a product).
    const key = productKey(name);
    if (!byKey.has(key)) byKey.set(key, { type: 'family', family, members });
  }
}

/** Names looked up so far (null: no product): rules look up every run of a
 * few words around a claim, the same runs claim after claim, and working out
 * a name's key takes seven passes over it. Emptied when it grows large. */
const found = new Map<string, ProductEntry | null>();
const MAX_FOUND = 20_000;

/** The product or brand family a name refers to, or undefined. */
export function findProduct(name: string): ProductEntry | undefined {
  let entry = found.get(name);
  if (entry === undefined) {
    const key = productKey(name);
    entry = (key ? byKey.get(key) : undefined) ?? null;
    if (found.size >= MAX_FOUND) found.clear();
    found.set(name, entry);
  }
  return entry ?? undefined;
}

export function getProduct(id: string): ProductFact | undefined {
  return byId.get(id);
}

export interface ProductName {
  readonly name: string;
  readonly key: string;
  readonly id: string;
  readonly type: 'product' | 'family';
  /** The name is also an ordinary word ("Exceed"): require context before reporting it in running text. */
  readonly ambiguous: boolean;
}

/**
 * Every name and alias, for building a word list; `where` keeps the products
 * it accepts (families are kept when any member is).
 */
export function productNames(where: (product: ProductFact) => boolean = () => true): readonly ProductName[] {
  const names: ProductName[] = [];
  for (const product of products) {
    if (!where(product)) continue;
    const ambiguous = new Set((product.ambiguousAliases ?? []).map(productKey));
    for (const name of unique([product.name, ...product.aliases])) {
      const key = productKey(name);
      names.push({ name, key, id: product.id, type: 'product', ambiguous: ambiguous.has(key) });
    }
  }
  for (const family of productFamilies) {
    if (!family.members.some((id) => { const p = byId.get(id); return p !== undefined && where(p); })) continue;
    for (const name of unique([family.name, ...family.aliases])) {
      const key = productKey(name);
      if (byKey.get(key)?.type !== 'family') continue;
      names.push({ name, key, id: family.id, type: 'family', ambiguous: false });
    }
  }
  return names;
}

/** The product's status in one market, if recorded. */
export function ukEuStatus(product: ProductFact, market: UkEuMarket): UkEuFact | undefined {
  return product.ukEu.find((fact) => fact.markets.includes(market));
}

/** Regulatory wordings that apply to the product in a market. */
export function wordingsFor(product: ProductFact, market: 'us' | 'uk' | 'eu'): readonly RegulatoryWording[] {
  return regulatoryWordings.filter((w) => {
    if (w.market !== market) return false;
    const { kinds, usStatuses } = w.appliesTo;
    if (kinds && !kinds.includes(product.kind)) return false;
    if (usStatuses && (!product.us || !usStatuses.includes(product.us.status))) return false;
    return true;
  });
}

export type FdaTerm = 'FDA-approved' | 'FDA-cleared' | 'FDA-authorized';

/** The term FDA's action supports; null where none does (no premarket review). */
export function fdaTerm(status: UsStatus): FdaTerm | null {
  switch (status) {
    case 'approved-biologic':
    case 'approved-drug':
    case 'pma-approved':
      return 'FDA-approved';
    case '510k-cleared':
      return 'FDA-cleared';
    case 'de-novo-granted':
      return 'FDA-authorized';
    case 'not-fda-reviewed':
      return null;
  }
}

export interface FdaApprovedJudgement {
  /** The product or family judged. */
  readonly name: string;
  /**
   * true: "FDA-approved" describes it truly, for `indications` only.
   * false: it does not; `term` gives the accurate word, if any.
   * 'unknown': the recorded facts cannot settle it (unverified, or no US record).
   */
  readonly approved: boolean | 'unknown';
  readonly term: FdaTerm | null;
  readonly status?: UsStatus;
  /** False when the US fact behind the verdict is not verified. */
  readonly verified: boolean;
  /** The uses FDA approved, cleared or authorised: claims hold only for these. */
  readonly indications: readonly Indication[];
  /** One plain sentence a writer understands. */
  readonly reason: string;
  readonly sources: readonly Source[];
  /** For a family: each member's judgement. */
  readonly members?: readonly FdaApprovedJudgement[];
  /** For a name not sold in the US: the US product it is, when recorded. */
  readonly usCounterpart?: string;
}

const STATUS_PHRASE: Record<UsStatus, string> = {
  'approved-biologic': 'is FDA-approved (as a biologic), but only for its labelled uses',
  'approved-drug': 'is an FDA-approved drug, but only for its labelled uses',
  'pma-approved': 'is an FDA-approved device (premarket approval), but only for its approved uses',
  '510k-cleared': 'is FDA-cleared through a 510(k), which is not FDA approval',
  'de-novo-granted': 'was authorised by FDA through a De Novo request, which is not FDA approval',
  'not-fda-reviewed': 'was not reviewed by FDA before sale, so it is not FDA-approved',
};

function judgeProduct(product: ProductFact): FdaApprovedJudgement {
  const us = product.us;
  if (!us) {
    const counterpart = product.sameProductAs ? byId.get(product.sameProductAs.id) : undefined;
    if (counterpart?.us) {
      const inner = judgeProduct(counterpart);
      return {
        name: product.name,
        approved: 'unknown',
        term: null,
        verified: product.sameProductAs!.verified && inner.verified,
        indications: [],
        reason: `${product.name} has no US record under that name; in the US the same product is ${counterpart.name}, ${describeStatus(counterpart.us.status)}.`,
        sources: [...product.sameProductAs!.sources, ...counterpart.us.sources],
        usCounterpart: counterpart.name,
      };
    }
    return {
      name: product.name,
      approved: 'unknown',
      term: null,
      verified: false,
      indications: [],
      reason: `No US status is recorded for ${product.name}.`,
      sources: [],
    };
  }
  const term = fdaTerm(us.status);
  if (!us.verified) {
    return {
      name: product.name,
      approved: 'unknown',
      term,
      status: us.status,
      verified: false,
      indications: us.indications,
      reason: `${product.name} is recorded as ${describeStatus(us.status)}, but that is not verified: ${us.seen ?? 'see the sources'}`,
      sources: us.sources,
    };
  }
  return {
    name: product.name,
    approved: term === 'FDA-approved',
    term,
    status: us.status,
    verified: true,
    indications: us.indications,
    reason: `${product.name} ${STATUS_PHRASE[us.status]}.`,
    sources: us.sources,
  };
}

function describeStatus(status: UsStatus): string {
  switch (status) {
    case 'approved-biologic':
      return 'an FDA-approved biologic';
    case 'approved-drug':
      return 'an FDA-approved drug';
    case 'pma-approved':
      return 'an FDA-approved (PMA) device';
    case '510k-cleared':
      return 'an FDA-cleared (510(k)) device';
    case 'de-novo-granted':
      return 'an FDA-authorized (De Novo) device';
    case 'not-fda-reviewed':
      return 'not reviewed by FDA';
  }
}

function judgeFamily(family: ProductFamily, members: readonly ProductFact[]): FdaApprovedJudgement {
  const judged = members.map(judgeProduct);
  const known = judged.filter((j) => j.approved !== 'unknown');
  const terms = new Set(known.map((j) => j.term));
  const allApproved = known.length > 0 && known.every((j) => j.approved === true);
  const noneApproved = known.length > 0 && known.every((j) => j.approved === false);
  const unknownNames = judged.filter((j) => j.approved === 'unknown').map((j) => j.name);
  const caveat = unknownNames.length ? ` (not verified for ${unknownNames.join(', ')})` : '';
  let reason: string;
  if (allApproved) reason = `Every ${family.name} product recorded is FDA-approved, each only for its own uses${caveat}.`;
  else if (noneApproved) reason = `No ${family.name} product recorded is FDA-approved${terms.size === 1 && [...terms][0] ? `; they are ${[...terms][0]}` : ''}${caveat}.`;
  else reason = `Some ${family.name} products are FDA-approved and some are not; name the product.`;
  return {
    name: family.name,
    approved: allApproved ? true : noneApproved ? false : 'unknown',
    term: terms.size === 1 ? [...terms][0]! : null,
    verified: known.length === judged.length && judged.every((j) => j.verified),
    indications: [],
    reason,
    sources: unique(judged.flatMap((j) => j.sources)),
    members: judged,
  };
}

/**
 * Whether "FDA-approved" truly describes a product: yes for an approved drug,
 * biologic or PMA device (for its approved uses only); no for a 510(k)-cleared
 * or De Novo device ("FDA-cleared", "FDA-authorized" are the right words) and
 * for anything FDA did not review. Undefined when the name is not known.
 */
export function judgeFdaApproved(subject: string | ProductEntry | ProductFact): FdaApprovedJudgement | undefined {
  const entry = typeof subject === 'string' ? findProduct(subject) : 'type' in subject ? subject : ({ type: 'product', product: subject } as const);
  if (!entry) return undefined;
  return entry.type === 'product' ? judgeProduct(entry.product) : judgeFamily(entry.family, entry.members);
}

function unique<T>(xs: readonly T[]): T[] {
  return [...new Set(xs)];
}

export interface UseJudgement {
  readonly product: ProductFact;
  readonly use: TreatmentUse;
  /** False: no indication on the product's whole US label covers the use. */
  readonly onLabel: boolean;
  /** The uses the label covers, in label order. */
  readonly approvedUses: readonly TreatmentUse[];
  /** The label as read whole (for an off-label use), or the indications that cover it. */
  readonly sources: readonly Source[];
}

/**
 * Whether a product named for a use is named for an approved use. Undefined
 * when the facts cannot say: the name is not a product, the use is not one
 * of its kind, or its US label is not recorded whole and verified.
 */
export function judgeUse(name: string, useId: string): UseJudgement | undefined {
  const entry = findProduct(name);
  const use = getUse(useId);
  if (entry?.type !== 'product' || !use) return undefined;
  const { product } = entry;
  const us = product.us;
  if (!use.kinds.includes(product.kind) || !us?.verified || !us.wholeLabel?.verified) return undefined;
  const covering = us.indications.filter((i) => i.verified && i.uses?.includes(use.id));
  const approvedUses = unique(us.indications.flatMap((i) => i.uses ?? []))
    .map(getUse)
    .filter((u): u is TreatmentUse => u !== undefined);
  return {
    product,
    use,
    onLabel: covering.length > 0,
    approvedUses,
    sources: covering.length > 0 ? unique(covering.flatMap((i) => i.sources)) : us.wholeLabel.sources,
  };
}
