import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findProduct, getProduct, judgeFdaApproved, productKey, productNames, ukEuStatus, wordingsFor } from '../../rules/facts/lookup.js';
import { productFamilies, products } from '../../rules/facts/products.js';
import type { ProductFact, RegulatoryWording } from '../../rules/facts/products.js';
import { src } from '../../rules/facts/sources.js';
import { renderProductTable } from '../../rules/facts/table.js';
import { checkFacts, factsOf, type FactSet } from '../../rules/facts/validate.js';
import { regulatoryWordings } from '../../rules/facts/wordings.js';

const shipped: FactSet = { products, families: productFamilies, wordings: regulatoryWordings };

/** A mutable deep copy to break on purpose. */
function copy(): { products: any[]; families: any[]; wordings: any[] } {
  return structuredClone({ products, families: productFamilies, wordings: regulatoryWordings }) as any;
}

const entry = (name: string) => {
  const found = findProduct(name);
  if (!found) throw new Error(`no product for ${name}`);
  return found.type === 'product' ? found.product.id : found.family.id;
};

describe('product facts data', () => {
  it('passes the fact checker', () => {
    expect(checkFacts(shipped)).toEqual([]);
  });

  it('gives every product at least one sourced fact, and every fact a source URL', () => {
    for (const product of products) {
      const facts = [...factsOf({ ...shipped, products: [product], wordings: [] })];
      expect(facts.length, product.id).toBeGreaterThan(0);
      for (const { path, fact } of facts) {
        expect(fact.sources.length, path).toBeGreaterThan(0);
        for (const s of fact.sources) expect(s.url, path).toMatch(/^https?:\/\/[^/\s]+\.[^/\s]+/);
      }
    }
  });

  it('maps no name or alias to two entries', () => {
    const owner = new Map<string, string>();
    for (const e of [...products, ...productFamilies]) {
      for (const name of [e.name, ...e.aliases]) {
        const key = productKey(name);
        const other = owner.get(key);
        if (other !== undefined && other !== e.id) throw new Error(`"${name}" is both ${other} and ${e.id}`);
        owner.set(key, e.id);
      }
    }
    expect(owner.size).toBeGreaterThan(products.length);
  });

  it('cites every registered source somewhere', () => {
    const cited = new Set([...factsOf(shipped)].flatMap(({ fact }) => fact.sources.map((s) => s.url)));
    const unused = Object.entries(src)
      .filter(([, s]) => !cited.has(s.url))
      .map(([id]) => id);
    expect(unused).toEqual([]);
  });

  it('records an indication for every verified approval and each family member exists', () => {
    for (const p of products) {
      if (p.us?.verified && ['approved-biologic', 'approved-drug', 'pma-approved'].includes(p.us.status)) {
        expect(p.us.indications.length, p.id).toBeGreaterThan(0);
      }
    }
    for (const f of productFamilies) for (const m of f.members) expect(getProduct(m), `${f.id} → ${m}`).toBeDefined();
  });
});

describe('checkFacts catches a fact without a source', () => {
  const withoutSources = (mutate: (d: ReturnType<typeof copy>) => void) => {
    const d = copy();
    mutate(d);
    return checkFacts(d as unknown as FactSet);
  };

  it.each([
    ['a US status', (d: any) => delete d.products.find((p: any) => p.id === 'botox-cosmetic').us.sources, 'botox-cosmetic.us: no source'],
    ['an indication', (d: any) => (d.products.find((p: any) => p.id === 'kybella').us.indications[0].sources = []), 'kybella.us.indications[0]: no source'],
    ['a UK/EU status', (d: any) => (d.products.find((p: any) => p.id === 'azzalure').ukEu[0].sources = []), 'azzalure.ukEu[0]: no source'],
    ['a substance', (d: any) => delete d.products.find((p: any) => p.id === 'sculptra').substance.sources, 'sculptra.substance: no source'],
    ['a same-product link', (d: any) => (d.products.find((p: any) => p.id === 'vistabel').sameProductAs.sources = []), 'vistabel.sameProductAs: no source'],
    ['a regulatory wording', (d: any) => delete d.wordings.find((w: any) => w.id === 'permanent-hair-reduction').sources, 'wording permanent-hair-reduction: no source'],
  ])('%s', (_what, mutate, problem) => {
    expect(withoutSources(mutate)).toContain(problem);
  });

  it('rejects a source that is not a web address, or has no title', () => {
    const problems = withoutSources((d) => {
      d.products.find((p: any) => p.id === 'dysport').us.sources = [{ url: 'see label', title: 'Label' }, { url: 'https://example.org/x', title: ' ' }];
    });
    expect(problems).toContain('dysport.us.sources[0]: not an http(s) URL');
    expect(problems).toContain('dysport.us.sources[1]: no title');
  });

  it('rejects an unverified fact that does not say what was seen', () => {
    const problems = withoutSources((d) => {
      const us = d.products.find((p: any) => p.id === 'morpheus8').us;
      delete us.seen;
    });
    expect(problems).toContain('morpheus8.us: unverified, but says nothing about what was seen');
  });

  it('rejects a name given to two products, and an approval with no indication', () => {
    const problems = withoutSources((d) => {
      d.products.find((p: any) => p.id === 'xeomin').aliases.push('DYSPORT®');
      d.products.find((p: any) => p.id === 'rha').us.indications = [];
    });
    expect(problems).toContain('"DYSPORT®" names both dysport and xeomin');
    expect(problems).toContain('rha.us: an approval with no indication');
  });
});

describe('findProduct', () => {
  it.each([
    ['BOTOX® Cosmetic', 'botox-cosmetic'],
    ['Botox™ Cosmetic', 'botox-cosmetic'],
    ['botox-cosmetic', 'botox-cosmetic'],
    ['BOTOX(R)', 'botox-cosmetic'],
    ["Botox's", 'botox-cosmetic'],
    ['OnabotulinumtoxinA', 'botox-cosmetic'],
    ['JUVÉDERM® VOLUMA® XC', 'juvederm-voluma-xc'],
    ['juvederm voluma', 'juvederm-voluma-xc'],
    ['Juvéderm', 'juvederm'],
    ['Restylane', 'restylane-family'],
    ['Restylane-L', 'restylane'],
    ['restylane lyft', 'restylane-lyft'],
    ['RHA4', 'rha'],
    ['rha-4', 'rha'],
    ['Radiesse(+)', 'radiesse-plus'],
    ['Radiesse Plus', 'radiesse-plus'],
    ['Radiesse', 'radiesse'],
    ['Belotero Balance+', 'belotero-balance-plus'],
    ['Dr. Pen', 'dr-pen'],
    ['dr.pen', 'dr-pen'],
    ['Cool Sculpting', 'coolsculpting'],
    ['Fraxel re:pair', 'fraxel-repair'],
    ['MORPHEUS 8', 'morpheus8'],
    ['Skin Pen', 'skinpen'],
  ])('%s → %s', (name, id) => {
    expect(entry(name)).toBe(id);
  });

  it('returns undefined for unknown or empty names', () => {
    expect(findProduct('Miracle Serum')).toBeUndefined();
    expect(findProduct('')).toBeUndefined();
    expect(findProduct('®')).toBeUndefined();
  });

  it('lists names for a word list, marking ordinary-word aliases', () => {
    const toxins = productNames((p) => p.kind === 'botulinum-toxin').map((n) => n.name);
    expect(toxins).toEqual(expect.arrayContaining(['Botox', 'Vistabel', 'Azzalure', 'Bocouture', 'Dysport', 'Xeomin', 'Letybo', 'Jeuveau', 'Daxxify']));
    expect(toxins).not.toContain('Juvederm');
    const exceed = productNames().find((n) => n.name === 'Exceed');
    expect(exceed?.ambiguous).toBe(true);
    expect(productNames().find((n) => n.name === 'Exceed Unlimited')?.ambiguous).toBe(false);
    const families = productNames((p) => p.id === 'juvederm-volbella-xc').filter((n) => n.type === 'family');
    expect(families.map((n) => n.id)).toEqual(expect.arrayContaining(['juvederm']));
  });
});

describe('judgeFdaApproved', () => {
  it('is true for an approved biologic, for its labelled uses', () => {
    const j = judgeFdaApproved('Botox Cosmetic')!;
    expect(j).toMatchObject({ approved: true, term: 'FDA-approved', status: 'approved-biologic', verified: true });
    expect(j.indications.map((i) => i.text).join(' ')).toMatch(/glabellar lines/);
    expect(j.sources.length).toBeGreaterThan(0);
  });

  it('is true for an approved drug', () => {
    expect(judgeFdaApproved('Kybella')).toMatchObject({ approved: true, term: 'FDA-approved', status: 'approved-drug' });
  });

  it('is true for a PMA-approved device', () => {
    expect(judgeFdaApproved('RHA 3')).toMatchObject({ approved: true, term: 'FDA-approved', status: 'pma-approved' });
  });

  it('is false for a 510(k)-cleared device and offers "FDA-cleared"', () => {
    const j = judgeFdaApproved('CoolSculpting')!;
    expect(j).toMatchObject({ approved: false, term: 'FDA-cleared', status: '510k-cleared' });
    expect(j.reason).toMatch(/FDA-cleared/);
  });

  it('is false for a De Novo device and offers "FDA-authorized"', () => {
    expect(judgeFdaApproved('SkinPen')).toMatchObject({ approved: false, term: 'FDA-authorized', status: 'de-novo-granted' });
  });

  it('is false, with no FDA term, for a product FDA did not review', () => {
    // No shipped product has a verified not-fda-reviewed status (HydraFacial's
    // is unverified), so this one is built here.
    const cosmetic: ProductFact = {
      id: 'test-serum',
      name: 'Test Serum',
      aliases: [],
      kind: 'skin-treatment-device',
      us: { status: 'not-fda-reviewed', sources: [src.fdaCosmeticsNotApproved], verified: true, indications: [] },
      ukEu: [],
    };
    expect(judgeFdaApproved(cosmetic)).toMatchObject({ approved: false, term: null, status: 'not-fda-reviewed' });
  });

  it('will not decide on an unverified status', () => {
    expect(judgeFdaApproved('HydraFacial')).toMatchObject({ approved: 'unknown', verified: false });
    expect(judgeFdaApproved('Morpheus8')).toMatchObject({ approved: 'unknown', term: 'FDA-cleared', verified: false });
  });

  it('names the US product for a UK/EU name', () => {
    const j = judgeFdaApproved('Azzalure')!;
    expect(j).toMatchObject({ approved: 'unknown', term: null, usCounterpart: 'Dysport' });
    expect(j.reason).toMatch(/Dysport, an FDA-approved biologic/);
    expect(judgeFdaApproved('Teosyal')).toMatchObject({ approved: 'unknown', verified: false, sources: [] });
  });

  it('judges a brand family by its members', () => {
    const juvederm = judgeFdaApproved('Juvederm')!;
    expect(juvederm.approved).toBe(true);
    expect(juvederm.verified).toBe(false);
    expect(juvederm.reason).toMatch(/not verified for Juvéderm Ultra Plus XC/);
    expect(judgeFdaApproved('Fraxel')).toMatchObject({ approved: false, term: 'FDA-cleared' });
  });

  it('returns undefined for a name it does not know', () => {
    expect(judgeFdaApproved('Snail Cream')).toBeUndefined();
  });
});

describe('market facts and wordings', () => {
  it('records toxins as prescription-only and fillers as devices in the UK and EU', () => {
    for (const id of ['botox-cosmetic', 'vistabel', 'azzalure', 'bocouture', 'letybo', 'nuceiva']) {
      expect(ukEuStatus(getProduct(id)!, 'uk')?.status, id).toBe('prescription-only-medicine');
      expect(ukEuStatus(getProduct(id)!, 'eu')?.status, id).toBe('prescription-only-medicine');
    }
    expect(ukEuStatus(getProduct('belkyra')!, 'uk')?.status).toBe('prescription-only-medicine');
    for (const id of ['juvederm-voluma-xc', 'restylane-lyft', 'radiesse', 'sculptra']) {
      expect(ukEuStatus(getProduct(id)!, 'uk')?.status, id).toBe('ce-marked-device');
      expect(ukEuStatus(getProduct(id)!, 'eu')?.status, id).toBe('ce-marked-device');
    }
  });

  it('accepts "permanent hair reduction" for a cleared hair-removal laser, not "permanent hair removal"', () => {
    const wordings = wordingsFor(getProduct('lightsheer')!, 'us');
    const hair = wordings.find((w: RegulatoryWording) => w.id === 'permanent-hair-reduction');
    expect(hair?.accepted).toBe('permanent hair reduction');
    expect(hair?.rejected).toContain('permanent hair removal');
    expect(wordings.map((w) => w.id)).toContain('fda-cleared');
    expect(wordings.map((w) => w.id)).not.toContain('fda-approved');
    expect(getProduct('lightsheer')!.us!.indications[0]!.text).toMatch(/permanent hair reduction/);
  });

  it('gives an approved product the "FDA-approved" wording and a device the UK device wording', () => {
    expect(wordingsFor(getProduct('juvederm-volbella-xc')!, 'us').map((w) => w.id)).toContain('fda-approved');
    expect(wordingsFor(getProduct('juvederm-volbella-xc')!, 'uk').map((w) => w.id)).toContain('device-ce-marked-not-approved');
    expect(wordingsFor(getProduct('skinpen')!, 'us').map((w) => w.id)).toEqual(
      expect.arrayContaining(['fda-authorized-de-novo', 'microneedling-appearance']),
    );
  });
});

describe('docs/product-facts.md', () => {
  it('lists every product as the data has it (node scripts/product-facts-doc.js rewrites the table)', () => {
    const page = readFileSync(new URL('../../docs/product-facts.md', import.meta.url), 'utf8');
    const table = page.split('<!-- product-table:start -->')[1]?.split('<!-- product-table:end -->')[0]?.trim();
    expect(table).toBe(renderProductTable());
  });
});
