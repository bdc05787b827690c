// The shape of a product fact. Every fact names the public pages it was read
// from, so a reviewer can check it and a rule can cite it; a fact the pages
// only suggest says so (verified: false) and records what they did say.

/** A public page a fact was read from. */
export interface Source {
  readonly url: string;
  /** Short title: who published it and what it is ("FDA: Botox Cosmetic label"). */
  readonly title: string;
}

export type Sources = readonly [Source, ...Source[]];

/** What every fact carries. */
export interface Sourced {
  readonly sources: Sources;
  /** False when the sources only suggest the fact; `seen` then says what they say. */
  readonly verified: boolean;
  readonly seen?: string;
  /**
   * 'product' (the default): the sources are about this product.
   * 'class': they state the rule for the whole class (EU MDR Annex XVI covers
   * every dermal filler), and nothing product-specific was read.
   */
  readonly scope?: 'product' | 'class';
}

export type ProductKind =
  | 'botulinum-toxin'
  | 'deoxycholic-acid-injection'
  | 'ha-filler'
  | 'biostimulator'
  | 'energy-device'
  | 'microneedling-device'
  | 'skin-treatment-device';

/**
 * What FDA did with the product in the US.
 * - approved-biologic: BLA approval (botulinum toxins).
 * - approved-drug: NDA approval (Kybella).
 * - pma-approved: Class III device approved through premarket approval (dermal fillers).
 * - 510k-cleared: Class II device cleared as substantially equivalent to a predicate.
 * - de-novo-granted: novel device authorised through a De Novo request (SkinPen).
 * - not-fda-reviewed: no premarket review (cosmetics, exempt devices).
 */
export type UsStatus =
  | 'approved-biologic'
  | 'approved-drug'
  | 'pma-approved'
  | '510k-cleared'
  | 'de-novo-granted'
  | 'not-fda-reviewed';

/**
 * Status in the UK or EU.
 * - prescription-only-medicine: a licensed medicine that may not be advertised to the public.
 * - ce-marked-device: a medical device (CE, or UKCA/CE in Great Britain), including
 *   products without a medical purpose that EU MDR Annex XVI brings under device rules.
 * - not-a-medicine: neither a licensed medicine nor a regulated device.
 */
export type UkEuStatus = 'prescription-only-medicine' | 'ce-marked-device' | 'not-a-medicine';

export type UkEuMarket = 'uk' | 'eu';

/** One use FDA approved or cleared, in the label's own terms. */
export interface Indication extends Sourced {
  readonly text: string;
  /** When this use was added, as precise as the source gives it (YYYY, YYYY-MM or YYYY-MM-DD). */
  readonly since?: string;
  /** The labelled product the use belongs to, when one entry covers two labels (Botox, Botox Cosmetic). */
  readonly label?: string;
  /** The uses writers name that this indication covers (ids of ./uses.ts): "crow's feet" is a lateral canthal line. */
  readonly uses?: readonly string[];
}

/**
 * The sources list every use on the product's current US label, so a use
 * missing from `indications` is not approved: an off-label use. Without it
 * the recorded indications may be a selection, and nothing is judged off-label.
 */
export interface WholeLabelFact extends Sourced {
  /** When the label was read as complete (YYYY or YYYY-MM). */
  readonly asOf: string;
}

export interface UsFact extends Sourced {
  readonly status: UsStatus;
  /** FDA application numbers as the sources give them: 'BLA 103000', 'P110033', 'K181740', 'DEN160029'. */
  readonly references?: readonly string[];
  readonly holder?: string;
  /** First approval or clearance under this name. */
  readonly since?: string;
  readonly indications: readonly Indication[];
  /** Present when `indications` is the whole US label. */
  readonly wholeLabel?: WholeLabelFact;
}

export interface UkEuFact extends Sourced {
  readonly markets: readonly UkEuMarket[];
  readonly status: UkEuStatus;
  /** Licensed or intended uses, in the SmPC's or manufacturer's terms. */
  readonly indications?: readonly string[];
  /** UK product licence or EU authorisation numbers as the sources give them. */
  readonly references?: readonly string[];
}

/** The active substance or material, e.g. onabotulinumtoxinA, calcium hydroxylapatite. */
export interface SubstanceFact extends Sourced {
  readonly name: string;
}

/** The same product sold under another name in another market (Vistabel is Botox Cosmetic in the UK). */
export interface SameProductFact extends Sourced {
  readonly id: string;
}

export interface ProductFact {
  readonly id: string;
  readonly name: string;
  /**
   * How writers spell it, without ® or ™. Lookups ignore case, accents,
   * hyphens, punctuation and the space between letters and digits, so
   * "RHA 4" covers "RHA4" and "rha-4"; list only genuinely different names.
   */
  readonly aliases: readonly string[];
  /**
   * Aliases that are also ordinary words ("Exceed", "Soprano"): an exact
   * lookup accepts them, but a scan of running text should want context
   * (a capital letter, a nearby product word) before reporting them.
   */
  readonly ambiguousAliases?: readonly string[];
  readonly kind: ProductKind;
  /** For devices: the technology in plain words (cryolipolysis, diode laser...). */
  readonly technology?: string;
  readonly substance?: SubstanceFact;
  /** Absent when no US fact was recorded (the name is not sold there, or nothing could be verified). */
  readonly us?: UsFact;
  readonly ukEu: readonly UkEuFact[];
  readonly sameProductAs?: SameProductFact;
  /** Why, not what: caveats a rule author needs. */
  readonly note?: string;
}

/** A brand family named on its own ("Juvéderm", "Restylane"): it has no facts of its own; its members do. */
export interface ProductFamily {
  readonly id: string;
  readonly name: string;
  readonly aliases: readonly string[];
  readonly kind: ProductKind;
  readonly members: readonly string[];
}

/**
 * A wording regulators accept (or reject) for a kind of product: "permanent
 * hair reduction" for hair-removal lasers, "FDA-cleared" for 510(k) devices.
 */
export interface RegulatoryWording extends Sourced {
  readonly id: string;
  readonly market: 'us' | 'uk' | 'eu';
  /** The wording to use. */
  readonly accepted: string;
  /** Wordings the sources reject in its place. */
  readonly rejected: readonly string[];
  /** What it applies to: product kinds, US statuses, or both. */
  readonly appliesTo: {
    readonly kinds?: readonly ProductKind[];
    readonly usStatuses?: readonly UsStatus[];
    /** Free-text scope when kinds are too coarse ("laser and IPL hair removal"). */
    readonly scope?: string;
  };
  /** The definition the regulator attaches, when there is one. */
  readonly definition?: string;
}
