// The aesthetic products clinic and skincare pages name, with what FDA did
// with each and for which uses, and its status in the UK and EU. Rules read
// this to judge "FDA-approved X" and to tell a prescription-only medicine from
// a device. Every fact names its sources (./sources.ts); facts the sources
// only suggest say verified: false and what was seen. Indications follow the
// label's own terms: they are facts, not copy.
import { src } from './sources.js';
import type {
  Indication,
  ProductFact,
  ProductFamily,
  SameProductFact,
  Sources,
  SubstanceFact,
  UkEuFact,
  UsFact,
  WholeLabelFact,
} from './types.js';

export type * from './types.js';

const indication = (text: string, sources: Sources, extra: Partial<Omit<Indication, 'text' | 'sources'>> = {}): Indication => ({
  text,
  sources,
  verified: true,
  ...extra,
});

/** The sources list every use on the US label: a use not in `indications` is off-label. */
const wholeLabel = (asOf: string, sources: Sources): WholeLabelFact => ({ asOf, sources, verified: true });

const substance = (name: string, sources: Sources): SubstanceFact => ({ name, sources, verified: true });

const sameProductAs = (id: string, sources: Sources): SameProductFact => ({ id, sources, verified: true });

// Class-level UK/EU statuses: the sources state the rule for every product of
// the kind, not for one product.
const toxinPomUk: UkEuFact = {
  markets: ['uk'],
  status: 'prescription-only-medicine',
  sources: [src.asaBotoxNotice, src.asaBotoxSocial],
  verified: true,
  scope: 'class',
};
const toxinPomEu: UkEuFact = {
  markets: ['eu'],
  status: 'prescription-only-medicine',
  sources: [src.hpraBotox],
  verified: true,
  scope: 'class',
  seen: 'Stated by the Irish regulator (HPRA), an EU member-state authority, for medicines containing botulinum toxin; other member states were not checked one by one.',
};
const fillerDeviceUk: UkEuFact = {
  markets: ['uk'],
  status: 'ce-marked-device',
  sources: [src.ukFillersDevices2019, src.ukFillersCeMarked2017],
  verified: true,
  scope: 'class',
};
const fillerDeviceEu: UkEuFact = {
  markets: ['eu'],
  status: 'ce-marked-device',
  sources: [src.mdrAnnexXvi, src.mdrAnnexXviText],
  verified: true,
  scope: 'class',
  seen: 'EU MDR Annex XVI group 3: substances for facial or other dermal filling are regulated as devices whatever their claimed purpose.',
};
const fillerUkEu = [fillerDeviceUk, fillerDeviceEu] as const;
const lightDeviceEu: UkEuFact = {
  markets: ['eu'],
  status: 'ce-marked-device',
  sources: [src.mdrAnnexXvi, src.mdrAnnexXviText],
  verified: true,
  scope: 'class',
  seen: 'EU MDR Annex XVI group 5: lasers and intense pulsed light equipment for skin resurfacing, tattoo or hair removal are regulated as devices.',
};
const fatDeviceEu: UkEuFact = {
  markets: ['eu'],
  status: 'ce-marked-device',
  sources: [src.mdrAnnexXvi, src.mdrAnnexXviText],
  verified: true,
  scope: 'class',
  seen: 'EU MDR Annex XVI group 4: equipment to reduce, remove or destroy adipose tissue (e.g. cryolipolysis) is regulated as a device.',
};

/** "Permanent hair reduction" as FDA clears it, with its definition. */
const hairReduction = (sources: Sources): Indication =>
  indication(
    'hair removal and permanent hair reduction (a long-term, stable reduction in the number of hairs regrowing, measured at 6, 9 and 12 months after a treatment regime)',
    sources,
  );

// ---- Botulinum toxins -------------------------------------------------------

const toxins: readonly ProductFact[] = [
  {
    id: 'botox-cosmetic',
    name: 'Botox Cosmetic',
    aliases: ['Botox Cosmetic', 'Botox', 'onabotulinumtoxinA', 'onabotulinum toxin A'],
    kind: 'botulinum-toxin',
    substance: substance('onabotulinumtoxinA (botulinum toxin type A)', [src.botoxCosmeticLabel]),
    us: {
      status: 'approved-biologic',
      references: ['BLA 103000'],
      holder: 'Allergan',
      since: '1989',
      sources: [src.botoxCosmeticLabel, src.botoxCosmeticBla],
      verified: true,
      indications: [
        indication(
          'temporary improvement in the appearance of moderate to severe glabellar lines associated with corrugator and/or procerus muscle activity in adults',
          [src.botoxCosmeticLabel, src.botoxCosmetic2002],
          { since: '2002-04-12', label: 'Botox Cosmetic', uses: ['glabellar-lines'] },
        ),
        indication(
          'temporary improvement in the appearance of moderate to severe lateral canthal lines (crow\'s feet) associated with orbicularis oculi activity in adults',
          [src.botoxCosmeticLabel, src.botoxForehead2017],
          { since: '2013', label: 'Botox Cosmetic', uses: ['lateral-canthal-lines'] },
        ),
        indication(
          'temporary improvement in the appearance of moderate to severe forehead lines associated with frontalis muscle activity in adults',
          [src.botoxCosmeticLabel, src.botoxForehead2017],
          { since: '2017', label: 'Botox Cosmetic', uses: ['forehead-lines'] },
        ),
        indication(
          'temporary improvement in the appearance of moderate to severe platysma bands associated with platysma muscle activity in adults',
          [src.botoxIndications2024, src.botoxPlatysma2024],
          { since: '2024-10', label: 'Botox Cosmetic', uses: ['platysma-bands'] },
        ),
        indication('treatment of severe primary axillary hyperhidrosis that is inadequately managed with topical agents', [src.botoxHyperhidrosis, src.botoxIndications2024], {
          label: 'Botox',
          uses: ['axillary-hyperhidrosis'],
        }),
        indication('prophylaxis of headaches in adults with chronic migraine (15 or more headache days a month, lasting 4 hours a day or longer)', [src.botoxIndications2024], {
          label: 'Botox',
          uses: ['chronic-migraine'],
        }),
        indication(
          'overactive bladder with urge urinary incontinence, urgency and frequency, and urinary incontinence from neurologic detrusor overactivity, when anticholinergic medication is not enough or not tolerated',
          [src.botoxIndications2024],
          { label: 'Botox', uses: ['overactive-bladder'] },
        ),
        indication('treatment of spasticity in patients 2 years of age and older', [src.botoxIndications2024], { label: 'Botox', uses: ['spasticity'] }),
        indication('treatment of cervical dystonia in adults, to reduce the severity of abnormal head position and neck pain', [src.botoxIndications2024], {
          label: 'Botox',
          uses: ['cervical-dystonia'],
        }),
        indication('treatment of blepharospasm associated with dystonia in patients 12 years of age and older', [src.botoxIndications2024], {
          label: 'Botox',
          uses: ['blepharospasm'],
        }),
        indication('treatment of strabismus in patients 12 years of age and older', [src.botoxIndications2024], { label: 'Botox', uses: ['strabismus'] }),
      ],
      wholeLabel: wholeLabel('2024-12', [src.botoxIndications2024]),
    },
    ukEu: [toxinPomUk, toxinPomEu],
    note: 'Writers use "Botox" for Botox Cosmetic, for the therapeutic Botox label and for botulinum toxin in general. The initial US approval (1989) is the therapeutic product; the cosmetic label dates from 2002. In the UK and EU the aesthetic product is sold as Vistabel.',
  },
  {
    id: 'dysport',
    name: 'Dysport',
    aliases: ['Dysport', 'abobotulinumtoxinA', 'abobotulinum toxin A'],
    kind: 'botulinum-toxin',
    substance: substance('abobotulinumtoxinA (botulinum toxin type A)', [src.dysportLabel2009]),
    us: {
      status: 'approved-biologic',
      holder: 'Ipsen',
      since: '2009-04-30',
      sources: [src.dysportHistory, src.dysportLabel2009],
      verified: true,
      indications: [
        indication(
          'temporary improvement in the appearance of moderate to severe glabellar lines associated with procerus and corrugator muscle activity in adults younger than 65',
          [src.dysportLabel2009, src.dysportHistory],
          { since: '2009-04-30', uses: ['glabellar-lines'] },
        ),
        indication('treatment of cervical dystonia in adults', [src.dysportLabel2009, src.dysportHistory], { since: '2009-04-30', uses: ['cervical-dystonia'] }),
        indication('treatment of upper limb spasticity in adults', [src.dysportHistory], { since: '2015-07-17', uses: ['spasticity'] }),
        indication('treatment of lower limb spasticity in adults, and of limb spasticity in children 2 years of age and older', [src.dysportApprovals, src.dysportLowerLimb2017], {
          since: '2016',
          uses: ['spasticity'],
        }),
      ],
      wholeLabel: wholeLabel('2020', [src.dysportApprovals, src.dysportHistory]),
    },
    ukEu: [{ ...toxinPomUk, sources: [src.asaBotoxNotice, src.asaDermaskin] }, toxinPomEu],
    note: 'In the UK and EU the aesthetic abobotulinumtoxinA product is Azzalure (and the liquid Alluzience).',
  },
  {
    id: 'xeomin',
    name: 'Xeomin',
    aliases: ['Xeomin', 'incobotulinumtoxinA', 'incobotulinum toxin A'],
    kind: 'botulinum-toxin',
    substance: substance('incobotulinumtoxinA (botulinum toxin type A, free from complexing proteins)', [src.xeomin2011, src.bocoutureMerz]),
    us: {
      status: 'approved-biologic',
      holder: 'Merz',
      since: '2010',
      sources: [src.xeomin2011, src.xeominBocoutureSame],
      verified: true,
      indications: [
        indication(
          'temporary improvement in the appearance of moderate to severe glabellar lines associated with corrugator and/or procerus muscle activity in adults',
          [src.xeomin2011],
          { since: '2011', uses: ['glabellar-lines'] },
        ),
        indication(
          'temporary improvement in the appearance of moderate to severe upper facial lines (glabellar, horizontal forehead and lateral canthal lines) in adults',
          [src.xeominUpperFacial2024, src.xeominPi],
          { since: '2024', uses: ['glabellar-lines', 'forehead-lines', 'lateral-canthal-lines'] },
        ),
        indication('treatment of cervical dystonia and blepharospasm', [src.xeominBocoutureSame, src.xeominPi], { since: '2010', uses: ['cervical-dystonia', 'blepharospasm'] }),
        indication('treatment of chronic sialorrhea in patients 2 years of age and older', [src.xeominPi], { uses: ['sialorrhea'] }),
        indication('treatment of upper limb spasticity', [src.xeominPi], { uses: ['spasticity'] }),
      ],
      wholeLabel: wholeLabel('2024', [src.xeominPi]),
    },
    ukEu: [toxinPomUk, toxinPomEu],
    note: 'In Europe the aesthetic incobotulinumtoxinA product is Bocouture.',
  },
  {
    id: 'jeuveau',
    name: 'Jeuveau',
    aliases: ['Jeuveau', 'prabotulinumtoxinA', 'prabotulinumtoxinA-xvfs'],
    kind: 'botulinum-toxin',
    substance: substance('prabotulinumtoxinA-xvfs (botulinum toxin type A)', [src.jeuveauLabel]),
    us: {
      status: 'approved-biologic',
      holder: 'Evolus',
      since: '2019-02',
      sources: [src.jeuveauLabel, src.jeuveauReview],
      verified: true,
      indications: [
        indication(
          'temporary improvement in the appearance of moderate to severe glabellar lines associated with corrugator and/or procerus muscle activity in adults',
          [src.jeuveauLabel, src.jeuveauReview],
          { since: '2019-02', uses: ['glabellar-lines'] },
        ),
      ],
      wholeLabel: wholeLabel('2019', [src.jeuveauLabel]),
    },
    ukEu: [],
    note: 'Sold in the UK and EU as Nuceiva.',
  },
  {
    id: 'daxxify',
    name: 'Daxxify',
    aliases: ['Daxxify', 'daxibotulinumtoxinA', 'daxibotulinumtoxinA-lanm'],
    kind: 'botulinum-toxin',
    substance: substance('daxibotulinumtoxinA-lanm (botulinum toxin type A)', [src.daxxifyLabel]),
    us: {
      status: 'approved-biologic',
      holder: 'Revance',
      since: '2022',
      sources: [src.daxxifyLabel],
      verified: true,
      indications: [
        indication(
          'temporary improvement in the appearance of moderate to severe glabellar lines associated with corrugator and/or procerus muscle activity in adults',
          [src.daxxifyLabel, src.daxxifyHcp],
          { since: '2022', uses: ['glabellar-lines'] },
        ),
        indication('treatment of cervical dystonia in adults', [src.daxxifyHcp], { uses: ['cervical-dystonia'] }),
      ],
      wholeLabel: wholeLabel('2023', [src.daxxifyHcp]),
    },
    ukEu: [],
  },
  {
    id: 'letybo',
    name: 'Letybo',
    aliases: ['Letybo', 'letibotulinumtoxinA', 'letibotulinumtoxinA-wlbg'],
    kind: 'botulinum-toxin',
    substance: substance('letibotulinumtoxinA-wlbg (botulinum toxin type A)', [src.letyboLabel]),
    us: {
      status: 'approved-biologic',
      holder: 'Hugel',
      since: '2024-02-29',
      sources: [src.letyboSnapshot, src.letyboLabel],
      verified: true,
      indications: [
        indication(
          'temporary improvement in the appearance of moderate to severe glabellar lines associated with corrugator and/or procerus muscle activity in adults',
          [src.letyboLabel, src.letyboSnapshot],
          { since: '2024-02-29', uses: ['glabellar-lines'] },
        ),
      ],
      wholeLabel: wholeLabel('2024', [src.letyboLabel, src.letyboSnapshot]),
    },
    ukEu: [
      {
        markets: ['uk'],
        status: 'prescription-only-medicine',
        sources: [src.letyboUkSmpc, src.letyboPom],
        verified: true,
        indications: [
          'temporary improvement in the appearance of moderate to severe vertical lines between the eyebrows seen at maximum frown (glabellar lines) in adults under 75, when the severity of the lines has an important psychological impact',
        ],
      },
      toxinPomEu,
    ],
  },
  {
    id: 'vistabel',
    name: 'Vistabel',
    aliases: ['Vistabel'],
    kind: 'botulinum-toxin',
    substance: substance('botulinum toxin type A (onabotulinumtoxinA)', [src.vistabelSmpc, src.toxinBrandPairs]),
    sameProductAs: sameProductAs('botox-cosmetic', [src.toxinBrandPairs]),
    ukEu: [
      {
        markets: ['uk'],
        status: 'prescription-only-medicine',
        sources: [src.vistabelSmpc, src.vistabelPil, src.asaDermaskin],
        verified: true,
        indications: [
          'temporary improvement in the appearance of moderate to severe vertical lines between the eyebrows seen at maximum frown (glabellar lines), when their severity has an important psychological impact in adults',
          'temporary improvement in the appearance of moderate to severe lateral canthal lines (crow\'s feet) seen at maximum smile',
          'temporary improvement in the appearance of forehead lines seen at maximum raised eyebrows',
        ],
      },
      toxinPomEu,
    ],
  },
  {
    id: 'azzalure',
    name: 'Azzalure',
    aliases: ['Azzalure'],
    kind: 'botulinum-toxin',
    substance: substance('botulinum toxin type A (abobotulinumtoxinA), in Speywood units', [src.azzalureSmpc, src.toxinBrandPairs]),
    sameProductAs: sameProductAs('dysport', [src.toxinBrandPairs]),
    ukEu: [
      {
        markets: ['uk'],
        status: 'prescription-only-medicine',
        references: ['PL 06958/0031'],
        sources: [src.azzalureSmpc, src.azzalurePil, src.azzalurePom],
        verified: true,
        indications: [
          'temporary improvement in the appearance of moderate to severe glabellar lines seen at maximum frown and/or lateral canthal lines (crow\'s feet) seen at maximum smile, in adults under 65, when the severity of these lines has an important psychological impact',
        ],
      },
      toxinPomEu,
    ],
  },
  {
    id: 'bocouture',
    name: 'Bocouture',
    aliases: ['Bocouture'],
    kind: 'botulinum-toxin',
    substance: substance('incobotulinumtoxinA (botulinum toxin type A, free from complexing proteins)', [src.bocoutureMerz]),
    sameProductAs: sameProductAs('xeomin', [src.xeominBocoutureSame]),
    ukEu: [
      {
        markets: ['uk'],
        status: 'prescription-only-medicine',
        sources: [src.bocoutureUkPi, src.asaDermaskin],
        verified: true,
        indications: [
          'temporary improvement in the appearance of moderate to severe upper facial lines (glabellar frown lines, crow\'s feet lines, horizontal forehead lines) in adults under 65, when the severity of these lines has an important psychological impact',
        ],
      },
      {
        markets: ['eu'],
        status: 'prescription-only-medicine',
        sources: [src.bocoutureMerz],
        verified: true,
        indications: [
          'temporary improvement in the appearance of upper facial lines (glabellar frown lines, crow\'s feet lines, horizontal forehead lines) in adults under 65, when the severity of these lines has an important psychological impact',
        ],
      },
    ],
  },
  {
    id: 'alluzience',
    name: 'Alluzience',
    aliases: ['Alluzience'],
    kind: 'botulinum-toxin',
    substance: substance('abobotulinumtoxinA, ready-to-use solution', [src.alluzienceSubstance]),
    ukEu: [
      {
        markets: ['eu'],
        status: 'prescription-only-medicine',
        sources: [src.alluzienceDcp, src.hpraBotox],
        verified: true,
        seen: 'The decentralised-procedure release gives the indication; the prescription-only status rests on the HPRA statement for every medicine containing botulinum toxin.',
        indications: [
          'temporary improvement in the appearance of moderate to severe glabellar lines in adults, when the severity of these lines has an important psychological impact',
        ],
      },
    ],
    note: 'Its UK status and any US status were not found in the sources.',
  },
  {
    id: 'nuceiva',
    name: 'Nuceiva',
    aliases: ['Nuceiva'],
    kind: 'botulinum-toxin',
    substance: substance('prabotulinumtoxinA (botulinum toxin type A)', [src.nuceivaChmp, src.nuceivaIsJeuveau]),
    sameProductAs: sameProductAs('jeuveau', [src.nuceivaIsJeuveau, src.toxinBrandPairs]),
    ukEu: [
      {
        markets: ['eu'],
        status: 'prescription-only-medicine',
        references: ['EMEA/H/C/004587'],
        sources: [src.nuceivaEma, src.nuceivaChmp, src.hpraBotox],
        verified: true,
        seen: 'The EMA record gives the authorisation and indication; the prescription-only status rests on the HPRA statement for every medicine containing botulinum toxin.',
        indications: [
          'temporary improvement in the appearance of moderate to severe vertical lines between the eyebrows seen at maximum frown (glabellar lines), when their severity has an important psychological impact in adults below 65',
        ],
      },
      {
        markets: ['uk'],
        status: 'prescription-only-medicine',
        references: ['PLGB 55681/0002'],
        sources: [src.nuceivaUkPil, src.nuceivaUkPom],
        verified: true,
        indications: [
          'temporary improvement in the appearance of vertical lines between the eyebrows in adults below 65 in whom those lines have an important psychological impact',
        ],
      },
    ],
    note: 'The same toxin is sold in Korea as Nabota (Journal of Drugs in Dermatology); that name is not listed here because its status was not checked.',
  },
  {
    id: 'relfydess',
    name: 'Relfydess',
    aliases: ['Relfydess', 'relabotulinumtoxinA'],
    kind: 'botulinum-toxin',
    substance: substance('relabotulinumtoxinA (botulinum toxin type A, ready-to-use liquid)', [src.relfydessTga]),
    ukEu: [],
    note:
      'No US, UK or EU status was verified. A report of FDA accepting the BLA resubmission was seen (https://www.dermatologytimes.com/view/fda-accepts-galderma-s-bla-resubmission-for-liquid-neuromodulator-relabotulinumtoxina), not an approval; Australia (TGA) approved it for glabellar and lateral canthal lines.',
  },
];

// ---- Deoxycholic acid ---------------------------------------------------------

const deoxycholicAcid: readonly ProductFact[] = [
  {
    id: 'kybella',
    name: 'Kybella',
    aliases: ['Kybella', 'ATX-101'],
    kind: 'deoxycholic-acid-injection',
    substance: substance('deoxycholic acid (synthetic)', [src.kybellaHealthDay]),
    us: {
      status: 'approved-drug',
      holder: 'Kythera Biopharmaceuticals',
      since: '2015-04-29',
      sources: [src.kybellaApproval, src.kybellaHealthDay],
      verified: true,
      indications: [
        indication('treatment of moderate to severe submental fat (fat below the chin) in adults', [src.kybellaHealthDay, src.kybellaApproval], {
          since: '2015-04-29',
          uses: ['submental-fat'],
        }),
      ],
      wholeLabel: wholeLabel('2015', [src.kybellaHealthDay]),
    },
    ukEu: [],
    note: 'FDA said use outside the submental area is not approved (HealthDay report of the FDA release). Sold in the UK and EU as Belkyra.',
  },
  {
    id: 'belkyra',
    name: 'Belkyra',
    aliases: ['Belkyra'],
    kind: 'deoxycholic-acid-injection',
    substance: substance('deoxycholic acid', [src.belkyraPil, src.belkyraSmpc]),
    sameProductAs: sameProductAs('kybella', [src.belkyraIsKybella]),
    ukEu: [
      {
        markets: ['uk'],
        status: 'prescription-only-medicine',
        references: ['PL 41042/0055'],
        sources: [src.belkyraPil, src.belkyraSmpc],
        verified: true,
        indications: [
          'treatment of moderate to severe convexity or fullness associated with submental fat in adults, when it has an important psychological impact for the patient',
        ],
      },
      {
        markets: ['eu'],
        status: 'prescription-only-medicine',
        sources: [src.belkyraDcp, src.belkyraIsKybella],
        verified: true,
        seen: 'Positive opinion in the 2016 decentralised procedure (Sweden as reference state) for a prescription medicine; national authorisations were to follow country by country.',
      },
    ],
  },
];

// ---- Hyaluronic acid fillers ----------------------------------------------------

const haFillers: readonly ProductFact[] = [
  {
    id: 'juvederm-voluma-xc',
    name: 'Juvéderm Voluma XC',
    aliases: ['Juvederm Voluma XC', 'Juvederm Voluma', 'Voluma XC', 'Voluma'],
    kind: 'ha-filler',
    substance: substance('crosslinked hyaluronic acid (20 mg/mL) with 0.3% lidocaine', [src.volumaDfu]),
    us: {
      status: 'pma-approved',
      references: ['P110033'],
      holder: 'Allergan',
      since: '2013-10-22',
      sources: [src.volbellaSsed, src.volumaApproval],
      verified: true,
      indications: [
        indication(
          'deep (subcutaneous and/or supraperiosteal) injection for cheek augmentation to correct age-related volume deficit in the mid-face in adults over 21',
          [src.volumaDfu, src.volbellaSsed],
          { since: '2013-10-22' },
        ),
        indication('augmentation of the chin region to improve the chin profile in adults over 21', [src.volumaDfu]),
        indication('improvement of moderate to severe temple hollowing in adults over 21', [src.volumaTemple], { since: '2024-03' }),
      ],
    },
    ukEu: fillerUkEu,
  },
  {
    id: 'juvederm-volbella-xc',
    name: 'Juvéderm Volbella XC',
    aliases: ['Juvederm Volbella XC', 'Juvederm Volbella', 'Volbella XC', 'Volbella'],
    kind: 'ha-filler',
    us: {
      status: 'pma-approved',
      references: ['P110033/S018'],
      holder: 'Allergan',
      since: '2016-05-31',
      sources: [src.volbellaSsed],
      verified: true,
      indications: [
        indication('injection into the lips for lip augmentation and for correction of perioral rhytids in adults over 21', [src.volbellaSsed], {
          since: '2016-05-31',
        }),
      ],
    },
    ukEu: fillerUkEu,
  },
  {
    id: 'juvederm-vollure-xc',
    name: 'Juvéderm Vollure XC',
    aliases: ['Juvederm Vollure XC', 'Juvederm Vollure', 'Vollure XC', 'Vollure'],
    kind: 'ha-filler',
    us: {
      status: 'pma-approved',
      references: ['P110033/S020'],
      holder: 'Allergan',
      since: '2017-03-17',
      sources: [src.vollureSsed],
      verified: true,
      indications: [
        indication(
          'injection into the mid to deep dermis for correction of moderate to severe facial wrinkles and folds (such as nasolabial folds) in adults over 21',
          [src.vollureSsed],
          { since: '2017-03-17' },
        ),
      ],
    },
    ukEu: fillerUkEu,
  },
  {
    id: 'juvederm-volux-xc',
    name: 'Juvéderm Volux XC',
    aliases: ['Juvederm Volux XC', 'Juvederm Volux', 'Volux XC', 'Volux'],
    kind: 'ha-filler',
    us: {
      status: 'pma-approved',
      holder: 'Allergan',
      since: '2022-08',
      sources: [src.voluxApproval, src.voluxLineup],
      verified: true,
      indications: [
        indication('improvement of jawline definition in adults over 21 with moderate to severe loss of jawline definition', [src.voluxApproval, src.voluxLineup], {
          since: '2022-08',
        }),
      ],
    },
    ukEu: fillerUkEu,
  },
  {
    id: 'juvederm-ultra-xc',
    name: 'Juvéderm Ultra XC',
    aliases: ['Juvederm Ultra XC', 'Juvederm Ultra'],
    kind: 'ha-filler',
    substance: substance('crosslinked hyaluronic acid (24 mg/mL) with 0.3% lidocaine', [src.ultraXcDfu]),
    us: {
      status: 'pma-approved',
      holder: 'Allergan',
      sources: [src.ultraXcDfu, src.ultraXcLips],
      verified: true,
      indications: [
        indication(
          'injection into the mid to deep dermis for correction of moderate to severe facial wrinkles and folds (such as nasolabial folds)',
          [src.ultraXcDfu],
        ),
        indication('injection into the lips and perioral area for lip augmentation in adults over 21', [src.ultraXcDfu, src.ultraXcLips], {
          since: '2015-09-30',
        }),
      ],
    },
    ukEu: fillerUkEu,
  },
  {
    id: 'juvederm-ultra-plus-xc',
    name: 'Juvéderm Ultra Plus XC',
    aliases: ['Juvederm Ultra Plus XC', 'Juvederm Ultra Plus', 'Ultra Plus XC'],
    kind: 'ha-filler',
    us: {
      status: 'pma-approved',
      holder: 'Allergan',
      sources: [src.voluxLineup],
      verified: false,
      seen: "Listed in Allergan's 2022 release as one of the six products of its US Juvéderm line-up; its own approval record and indication were not read.",
      indications: [],
    },
    ukEu: fillerUkEu,
  },
  {
    id: 'skinvive',
    name: 'SkinVive by Juvéderm',
    aliases: ['SkinVive', 'SkinVive by Juvederm', 'Juvederm SkinVive'],
    kind: 'ha-filler',
    us: {
      status: 'pma-approved',
      references: ['P110033/S059'],
      holder: 'Allergan',
      since: '2023-05-11',
      sources: [src.skinviveApproval, src.skinviveFdaRef],
      verified: true,
      indications: [
        indication('intradermal injection to improve facial skin smoothness of the cheeks in adults over 21', [src.skinviveApproval, src.skinviveFdaRef], {
          since: '2023-05-11',
        }),
      ],
    },
    ukEu: fillerUkEu,
    note: 'Sold outside the US as Juvéderm Volite (secondary source); the FDA summary itself was not read.',
  },
  {
    id: 'restylane',
    name: 'Restylane-L',
    aliases: ['Restylane-L', 'Restylane with Lidocaine', 'Restylane Injectable Gel'],
    kind: 'ha-filler',
    us: {
      status: 'pma-approved',
      references: ['P040024'],
      since: '2003-12-12',
      sources: [src.restylaneLips, src.restylane2003],
      verified: true,
      indications: [
        indication('injection into facial tissue to smooth moderate to severe facial wrinkles and folds, such as nasolabial folds', [src.restylaneLips], {
          since: '2003-12-12',
        }),
        indication('lip augmentation in adults over 21', [src.restylaneLips], { since: '2011-10-11' }),
      ],
    },
    ukEu: fillerUkEu,
    note: '"Restylane" alone names the brand family; this entry is the original Restylane gel and its lidocaine version, Restylane-L.',
  },
  {
    id: 'restylane-lyft',
    name: 'Restylane Lyft',
    aliases: ['Restylane Lyft', 'Restylane Lyft with Lidocaine', 'Perlane', 'Perlane-L'],
    kind: 'ha-filler',
    us: {
      status: 'pma-approved',
      sources: [src.restylaneLyftDfu, src.restylaneLyftHands, src.restylaneLyftPerlane],
      verified: true,
      indications: [
        indication(
          'implantation into the deep dermis to superficial subcutis for correction of moderate to severe facial folds and wrinkles, such as nasolabial folds',
          [src.restylaneLyftDfu],
        ),
        indication('subcutaneous to supraperiosteal implantation for cheek augmentation and correction of age-related midface contour deficiencies in adults over 21', [
          src.restylaneLyftDfu,
        ]),
        indication('injection into the subcutaneous plane of the back of the hand to correct volume deficit in adults over 21', [src.restylaneLyftDfu, src.restylaneLyftHands], {
          since: '2018-05',
        }),
      ],
    },
    ukEu: fillerUkEu,
  },
  {
    id: 'restylane-silk',
    name: 'Restylane Silk',
    aliases: ['Restylane Silk'],
    kind: 'ha-filler',
    us: {
      status: 'pma-approved',
      sources: [src.restylaneSilk],
      verified: true,
      indications: [
        indication('lip augmentation and smoothing of wrinkles around the mouth in adults 21 and older', [src.restylaneSilk]),
      ],
    },
    ukEu: fillerUkEu,
  },
  {
    id: 'restylane-kysse',
    name: 'Restylane Kysse',
    aliases: ['Restylane Kysse', 'Kysse'],
    kind: 'ha-filler',
    us: {
      status: 'pma-approved',
      sources: [src.restylaneKysseDfu],
      verified: true,
      indications: [indication('injection into the lips for lip augmentation and correction of upper perioral rhytids in adults over 21', [src.restylaneKysseDfu])],
    },
    ukEu: fillerUkEu,
  },
  {
    id: 'restylane-refyne',
    name: 'Restylane Refyne',
    aliases: ['Restylane Refyne', 'Refyne'],
    kind: 'ha-filler',
    us: {
      status: 'pma-approved',
      sources: [src.restylaneRefyneDfu],
      verified: true,
      indications: [
        indication(
          'injection into the mid-to-deep dermis for correction of moderate to severe facial wrinkles and folds (such as nasolabial folds) in adults over 21',
          [src.restylaneRefyneDfu],
        ),
      ],
    },
    ukEu: fillerUkEu,
  },
  {
    id: 'restylane-defyne',
    name: 'Restylane Defyne',
    aliases: ['Restylane Defyne', 'Defyne'],
    kind: 'ha-filler',
    us: {
      status: 'pma-approved',
      references: ['P140029'],
      sources: [src.restylaneDefyneChin, src.restylaneDefyneDfu],
      verified: true,
      indications: [
        indication(
          'injection into the mid-to-deep dermis for correction of moderate to severe, deep facial wrinkles and folds (such as nasolabial folds) in adults over 21',
          [src.restylaneDefyneDfu],
        ),
        indication('injection into the chin region to improve the chin profile in adults over 21', [src.restylaneDefyneChin], { since: '2021-01-29' }),
      ],
    },
    ukEu: fillerUkEu,
  },
  {
    id: 'restylane-contour',
    name: 'Restylane Contour',
    aliases: ['Restylane Contour'],
    kind: 'ha-filler',
    us: {
      status: 'pma-approved',
      since: '2021-06',
      sources: [src.restylaneContour],
      verified: true,
      indications: [
        indication('cheek augmentation and correction of midface contour deficiencies in adults 21 and older', [src.restylaneContour], { since: '2021-06' }),
      ],
    },
    ukEu: fillerUkEu,
  },
  {
    id: 'restylane-eyelight',
    name: 'Restylane Eyelight',
    aliases: ['Restylane Eyelight', 'Eyelight'],
    kind: 'ha-filler',
    us: {
      status: 'pma-approved',
      since: '2023-06-05',
      sources: [src.restylaneEyelight],
      verified: true,
      indications: [indication('improvement of undereye hollows in adults over 21', [src.restylaneEyelight], { since: '2023-06-05' })],
    },
    ukEu: fillerUkEu,
  },
  {
    id: 'rha',
    name: 'RHA 2, RHA 3, RHA 4',
    aliases: ['RHA', 'RHA 2', 'RHA 3', 'RHA 4', 'RHA Collection', 'Resilient Hyaluronic Acid', 'RHA fillers'],
    kind: 'ha-filler',
    us: {
      status: 'pma-approved',
      references: ['P170002'],
      holder: 'Teoxane',
      since: '2017-10-19',
      sources: [src.rhaSsed],
      verified: true,
      indications: [
        indication(
          'correction of moderate to severe dynamic facial wrinkles and folds, such as nasolabial folds, in adults 22 and older (RHA 2 and RHA 3 in the mid-to-deep dermis; RHA 4 in the deep dermis to superficial subcutaneous tissue)',
          [src.rhaSsed],
          { since: '2017-10-19' },
        ),
      ],
    },
    ukEu: fillerUkEu,
    note: 'Other RHA products (e.g. RHA Redensity) were not checked; their approvals are not covered here.',
  },
  {
    id: 'belotero-balance',
    name: 'Belotero Balance',
    aliases: ['Belotero Balance'],
    kind: 'ha-filler',
    us: {
      status: 'pma-approved',
      references: ['P090016'],
      holder: 'Merz',
      since: '2011-11-14',
      sources: [src.beloteroBalance],
      verified: true,
      indications: [
        indication('injection into facial tissue to smooth moderate to severe facial wrinkles and folds, especially around the nose and mouth', [src.beloteroBalance], {
          since: '2011-11-14',
        }),
      ],
    },
    ukEu: fillerUkEu,
  },
  {
    id: 'belotero-balance-plus',
    name: 'Belotero Balance (+)',
    aliases: ['Belotero Balance (+)', 'Belotero Balance Plus', 'Belotero Balance+'],
    kind: 'ha-filler',
    us: {
      status: 'pma-approved',
      references: ['P090016/S050'],
      holder: 'Merz',
      sources: [src.beloteroBalancePlus],
      verified: true,
      indications: [
        indication('moderate to severe facial wrinkles and folds', [src.beloteroBalancePlus]),
        indication('improvement of infraorbital hollowing (hollows under the eyes) in adults over 21', [src.beloteroBalancePlus], { since: '2023-09-27' }),
      ],
    },
    ukEu: fillerUkEu,
  },
  {
    id: 'teosyal',
    name: 'Teosyal',
    aliases: ['Teosyal', 'Teosyal RHA', 'Teosyal PureSense'],
    kind: 'ha-filler',
    ukEu: [
      {
        markets: ['eu'],
        status: 'ce-marked-device',
        sources: [src.teoxaneEurope],
        verified: true,
        seen: 'Teoxane describes its TEOSYAL products for Europe as Class III medical devices.',
      },
      fillerDeviceUk,
    ],
    note: 'No US record under this name. Teoxane is also the applicant for the US-approved RHA 2, RHA 3 and RHA 4 (P170002).',
  },
];

// ---- Biostimulators ----------------------------------------------------------------

const biostimulators: readonly ProductFact[] = [
  {
    id: 'radiesse',
    name: 'Radiesse',
    aliases: ['Radiesse'],
    kind: 'biostimulator',
    substance: substance('calcium hydroxylapatite microspheres in a gel carrier', [src.radiesseIfu]),
    us: {
      status: 'pma-approved',
      holder: 'Merz',
      since: '2006-12-22',
      sources: [src.radiesseApproval, src.radiesseIfu],
      verified: true,
      indications: [
        indication('subdermal implantation for correction of moderate to severe facial wrinkles and folds, such as nasolabial folds', [src.radiesseIfu, src.radiesseApproval], {
          since: '2006-12-22',
        }),
        indication('restoration and/or correction of the signs of facial fat loss (lipoatrophy) in people with HIV', [src.radiesseIfu, src.radiesseApproval], {
          since: '2006-12-22',
        }),
        indication('hand augmentation to correct volume loss in the dorsum of the hands', [src.radiesseHandsIfu, src.radiesseHands], { since: '2015-06' }),
      ],
    },
    ukEu: fillerUkEu,
    note: 'AIDSinfo notes earlier FDA approvals of the same material for non-aesthetic uses (tissue marking, vocal fold insufficiency, oral-maxillofacial defects).',
  },
  {
    id: 'radiesse-plus',
    name: 'Radiesse (+)',
    aliases: ['Radiesse (+)', 'Radiesse Plus', 'Radiesse+', 'Radiesse (+) Lidocaine'],
    kind: 'biostimulator',
    substance: substance('calcium hydroxylapatite with lidocaine', [src.radiessePlusJawline]),
    us: {
      status: 'pma-approved',
      holder: 'Merz',
      sources: [src.radiessePlusJawline],
      verified: true,
      indications: [
        indication('correction of moderate to severe lower face wrinkles and folds', [src.radiessePlusJawline]),
        indication(
          'deep (subdermal and/or supraperiosteal) injection to improve moderate to severe loss of jawline contour in adults over 21',
          [src.radiessePlusJawline],
          { since: '2021-09' },
        ),
      ],
    },
    ukEu: fillerUkEu,
  },
  {
    id: 'sculptra',
    name: 'Sculptra Aesthetic',
    aliases: ['Sculptra', 'Sculptra Aesthetic'],
    kind: 'biostimulator',
    substance: substance('poly-L-lactic acid (PLLA) microparticles', [src.sculptraIfu, src.sculptraAesthetic]),
    us: {
      status: 'pma-approved',
      references: ['P030050'],
      since: '2004-08',
      sources: [src.sculptraAesthetic, src.sculptraHiv],
      verified: true,
      indications: [
        indication('correction of facial fat loss (lipoatrophy) in people with HIV', [src.sculptraHiv], { since: '2004-08' }),
        indication(
          'in immune-competent people, a single regimen to correct shallow to deep nasolabial fold contour deficiencies and other facial wrinkles where a deep dermal grid (cross-hatch) injection technique is appropriate',
          [src.sculptraAesthetic, src.sculptraIfu],
          { since: '2009-07-28' },
        ),
      ],
    },
    ukEu: fillerUkEu,
  },
  {
    id: 'bellafill',
    name: 'Bellafill',
    aliases: ['Bellafill', 'Artefill'],
    kind: 'biostimulator',
    substance: substance('polymethylmethacrylate (PMMA) microspheres in bovine collagen with lidocaine', [src.bellafillSsed]),
    us: {
      status: 'pma-approved',
      references: ['P020012'],
      holder: 'Suneva Medical',
      sources: [src.bellafillSsed],
      verified: true,
      indications: [
        indication('correction of nasolabial folds', [src.bellafillSsed]),
        indication('correction of moderate to severe, atrophic, distensible facial acne scars on the cheek in adults over 21', [src.bellafillSsed], {
          since: '2014-12-23',
        }),
      ],
    },
    ukEu: fillerUkEu,
    note: 'Its PMMA microspheres are not absorbed; the SSED makes a positive Bellafill skin test a contraindication.',
  },
];

// ---- Energy devices ------------------------------------------------------------------

const energyDevices: readonly ProductFact[] = [
  {
    id: 'coolsculpting',
    name: 'CoolSculpting',
    aliases: ['CoolSculpting', 'CoolSculpting Elite', 'Zeltiq CoolSculpting', 'Zeltiq'],
    kind: 'energy-device',
    technology: 'cryolipolysis (cold-assisted lipolysis)',
    us: {
      status: '510k-cleared',
      references: ['K181740', 'K212707'],
      holder: 'Zeltiq Aesthetics',
      sources: [src.coolsculptingK181740, src.coolsculptingEliteK212707],
      verified: true,
      indications: [
        indication(
          'cold-assisted lipolysis (breakdown of fat) of the upper arm, bra fat, banana roll, thigh, abdomen and flank in people with a BMI of 30 or less, to affect the appearance of visible fat bulges',
          [src.coolsculptingK181740, src.coolsculptingEliteK212707],
        ),
        indication(
          'cold-assisted lipolysis of the submental and submandibular areas in people with a BMI up to 46.2; in the submental area it can also affect the appearance of lax tissue',
          [src.coolsculptingK181740, src.coolsculptingEliteK212707],
        ),
      ],
    },
    ukEu: [fatDeviceEu],
  },
  {
    id: 'ultherapy',
    name: 'Ultherapy',
    aliases: ['Ultherapy', 'Ulthera', 'Ulthera System'],
    kind: 'energy-device',
    technology: 'micro-focused ultrasound with visualisation',
    us: {
      status: '510k-cleared',
      references: ['K243035', 'K134032', 'K121700'],
      sources: [src.ultheraK243035],
      verified: true,
      indications: [
        indication('non-invasive dermatological aesthetic treatment to lift the eyebrow', [src.ultheraK243035, src.ultheraK121700]),
        indication(
          'lift lax submental (beneath the chin) and neck tissue, which can also affect the appearance of lax tissue in those regions',
          [src.ultheraK243035, src.ultheraK121700],
          { since: '2012-10-02' },
        ),
        indication('improve lines and wrinkles of the décolleté', [src.ultheraK243035, src.ultheraK134032], { since: '2014-06-20' }),
        indication('improve the appearance of skin laxity on the abdomen and the front and back of the arms', [src.ultheraK243035], { since: '2025-02-24' }),
      ],
    },
    ukEu: [],
  },
  {
    id: 'thermage',
    name: 'Thermage',
    aliases: ['Thermage', 'ThermaCool', 'Thermage CPT', 'Thermage ThermaCool'],
    kind: 'energy-device',
    technology: 'monopolar radiofrequency',
    us: {
      status: '510k-cleared',
      references: ['K052936', 'K173759'],
      sources: [src.thermageK052936, src.thermageCptK173759],
      verified: true,
      indications: [
        indication('dermatologic and general surgical procedures for electrocoagulation and hemostasis', [src.thermageK052936, src.thermageCptK173759]),
        indication('non-invasive treatment of periorbital wrinkles and rhytids, including the upper and lower eyelids', [src.thermageK052936, src.thermageCptK173759], {
          since: '2007-06-12',
        }),
        indication('non-invasive treatment of wrinkles and rhytids', [src.thermageK052936, src.thermageCptK173759]),
        indication('temporary improvement in the appearance of cellulite (radiofrequency with skin vibration, Thermage CPT)', [src.thermageCptK173759], {
          label: 'Thermage CPT',
        }),
      ],
    },
    ukEu: [],
    note: 'Newer Thermage consoles (e.g. FLX) were not checked.',
  },
  {
    id: 'fraxel-dual',
    name: 'Fraxel DUAL',
    aliases: ['Fraxel DUAL', 'Fraxel Dual 1550/1927', 'Fraxel 1550', 'Fraxel 1927'],
    kind: 'energy-device',
    technology: 'non-ablative fractional laser (1550 nm and 1927 nm)',
    us: {
      status: '510k-cleared',
      references: ['K130193'],
      sources: [src.fraxelDualK130193],
      verified: true,
      indications: [
        indication(
          '1550 nm: coagulation of soft tissue, skin resurfacing, dyschromia and cutaneous lesions (lentigos, solar lentigos, actinic keratosis, melasma), periorbital wrinkles, acne scars and surgical scars',
          [src.fraxelDualK130193],
        ),
        indication('1927 nm: coagulation of soft tissue, actinic keratosis, and pigmented lesions such as lentigos, solar lentigos and ephelides (freckles)', [src.fraxelDualK130193]),
      ],
    },
    ukEu: [lightDeviceEu],
  },
  {
    id: 'fraxel-repair',
    name: 'Fraxel re:pair',
    aliases: ['Fraxel re:pair', 'Fraxel repair', 'Fraxel III SR'],
    kind: 'energy-device',
    technology: 'ablative fractional CO2 laser',
    us: {
      status: '510k-cleared',
      references: ['K080915'],
      since: '2008-07-01',
      sources: [src.fraxelRepairK080915],
      verified: true,
      indications: [
        indication(
          'ablation, resurfacing and coagulation of soft tissue; treatment of wrinkles, rhytides, furrows and fine lines, pigmented lesions, textural irregularities and vascular dyschromia',
          [src.fraxelRepairK080915],
        ),
      ],
    },
    ukEu: [lightDeviceEu],
  },
  {
    id: 'emsculpt',
    name: 'Emsculpt',
    aliases: ['Emsculpt', 'BTL Emsculpt'],
    kind: 'energy-device',
    technology: 'high-intensity focused electromagnetic (HIFEM) muscle stimulation',
    us: {
      status: '510k-cleared',
      holder: 'BTL Industries',
      sources: [src.btl899ms, src.emsculpt2018],
      verified: false,
      seen: "A secondary article reports a 2018 FDA clearance for improving abdominal tone and strengthening abdominal muscles. BTL 510(k) records read (e.g. BTL-899MS, K240234, 890.5850) clear those uses, but none of them was read under the name Emsculpt.",
      indications: [
        {
          text: 'improvement of abdominal tone, strengthening of the abdominal muscles, development of a firmer abdomen; strengthening, toning and firming of buttocks and thighs',
          sources: [src.btl899ms, src.emsculpt2018],
          verified: false,
          seen: 'The uses cleared for BTL-899MS (K240234); not read under the name Emsculpt.',
        },
      ],
    },
    ukEu: [],
  },
  {
    id: 'morpheus8',
    name: 'Morpheus8',
    aliases: ['Morpheus8', 'InMode Morpheus8'],
    kind: 'energy-device',
    technology: 'fractional radiofrequency microneedling',
    us: {
      status: '510k-cleared',
      holder: 'InMode',
      sources: [src.morpheus8Trial, src.morpheus8Fractora],
      verified: false,
      seen: 'A ClinicalTrials.gov study record says the device "has been FDA cleared for full body subdermal adipose tissue remodeling"; a journal supplement describes it as Fractora modified. No 510(k) record naming Morpheus8 was read.',
      indications: [],
    },
    ukEu: [],
    note: 'RF microneedling is an energy device, not a plain microneedling device (21 CFR 878.4430 covers mechanical microneedling).',
  },
  {
    id: 'lightsheer',
    name: 'LightSheer',
    aliases: ['LightSheer', 'LightSheer Desire', 'LightSheer Infinity', 'LightSheer Duet', 'Lumenis LightSheer'],
    kind: 'energy-device',
    technology: 'diode laser (800 nm), hair removal',
    us: {
      status: '510k-cleared',
      references: ['K982940', 'K170179'],
      holder: 'Lumenis',
      sources: [src.lightsheerK982940, src.lightsheerK170179],
      verified: true,
      indications: [
        hairReduction([src.lightsheerK170179, src.lightsheerK982940]),
        indication('treatment of benign vascular lesions (angiomas, telangiectasia) and leg veins', [src.lightsheerK170179]),
        indication('treatment of pseudofolliculitis barbae (PFB)', [src.lightsheerK170179]),
        indication('treatment of benign pigmented lesions (age spots, solar lentigines and others)', [src.lightsheerK170179]),
        indication('treatment of wrinkles', [src.lightsheerK170179]),
      ],
    },
    ukEu: [lightDeviceEu],
  },
  {
    id: 'gentlemax-pro',
    name: 'GentleMax Pro',
    aliases: ['GentleMax Pro', 'GentleMax', 'Candela GentleMax Pro'],
    kind: 'energy-device',
    technology: 'alexandrite (755 nm) and Nd:YAG (1064 nm) lasers',
    us: {
      status: '510k-cleared',
      references: ['K140122'],
      holder: 'Candela',
      sources: [src.gentlemaxK140122],
      verified: true,
      indications: [
        hairReduction([src.gentlemaxK140122]),
        indication('treatment of benign pigmented lesions and of wrinkles', [src.gentlemaxK140122]),
        indication('photocoagulation of dermatological vascular lesions (port-wine stains, hemangiomas, telangiectasias, leg and spider veins)', [src.gentlemaxK140122]),
        indication('treatment of pseudofolliculitis barbae (1064 nm)', [src.gentlemaxK140122]),
        indication('significant reduction in the intensity of black and/or blue-black tattoos (1064 nm)', [src.gentlemaxK140122]),
      ],
    },
    ukEu: [lightDeviceEu],
  },
  {
    id: 'gentlelase',
    name: 'GentleLase',
    aliases: ['GentleLase', 'GentleLase Pro', 'Candela GentleLase'],
    kind: 'energy-device',
    technology: 'alexandrite laser (755 nm)',
    us: {
      status: '510k-cleared',
      references: ['K140732'],
      holder: 'Candela',
      sources: [src.gentlelaseK140732],
      verified: true,
      indications: [
        hairReduction([src.gentlelaseK140732]),
        indication('treatment of benign pigmented lesions and of wrinkles', [src.gentlelaseK140732]),
        indication('photocoagulation of dermatological vascular lesions (port-wine stains, hemangiomas, telangiectasias)', [src.gentlelaseK140732]),
      ],
    },
    ukEu: [lightDeviceEu],
  },
  {
    id: 'soprano',
    name: 'Soprano',
    aliases: ['Soprano', 'Soprano XL', 'Soprano ICE', 'Alma Soprano'],
    ambiguousAliases: ['Soprano'],
    kind: 'energy-device',
    technology: 'diode laser (755, 810 and 1064 nm), hair removal',
    us: {
      status: '510k-cleared',
      references: ['K140009'],
      holder: 'Alma Lasers',
      sources: [src.sopranoK140009],
      verified: true,
      indications: [
        indication(
          'permanent reduction in hair regrowth, defined as a long-term, stable reduction in the number of hairs regrowing when measured at 6, 9 and 12 months after the completion of a treatment regimen, on all skin types (Fitzpatrick I-VI)',
          [src.sopranoK140009],
        ),
        indication('treatment of benign vascular and pigmented lesions', [src.sopranoK140009]),
      ],
    },
    ukEu: [lightDeviceEu],
    note: 'The 510(k) text names the Soprano XL family; the "ICE" model names in it were partly illegible in the copy read.',
  },
  {
    id: 'hydrafacial',
    name: 'HydraFacial',
    aliases: ['HydraFacial', 'HydraFacial MD'],
    kind: 'skin-treatment-device',
    technology: 'water-based dermabrasion with vacuum extraction',
    us: {
      status: 'not-fda-reviewed',
      holder: 'Edge Systems',
      sources: [src.fdaDermabrasion, src.hydrafacialGuide],
      verified: false,
      seen: 'FDA guidance classes motorized dermabrasion devices as Class I and exempt from 510(k). No FDA record for HydraFacial itself was read, so whether it is marketed as such an exempt device was not confirmed.',
      indications: [],
    },
    ukEu: [],
  },
];

// ---- Microneedling devices ------------------------------------------------------------

const microneedlingDevices: readonly ProductFact[] = [
  {
    id: 'skinpen',
    name: 'SkinPen Precision',
    aliases: ['SkinPen', 'SkinPen Precision', 'SkinPen Precision System', 'Bellus SkinPen'],
    kind: 'microneedling-device',
    technology: 'powered microneedling pen',
    us: {
      status: 'de-novo-granted',
      references: ['DEN160029', 'K202243'],
      holder: 'Bellus Medical',
      since: '2018-03-01',
      sources: [src.skinpenDeNovo, src.microneedlingClassification, src.bellusWarningLetter],
      verified: true,
      indications: [
        indication('treatment to improve the appearance of facial acne scars in adults aged 22 years or older', [src.skinpenDeNovo, src.skinpenK202243], {
          since: '2018-03-01',
        }),
        indication('treatment to improve the appearance of wrinkles of the neck for Fitzpatrick skin types II-IV', [src.skinpenK202243]),
      ],
    },
    ukEu: [],
    note: 'Its De Novo created the Class II microneedling classification (21 CFR 878.4430); the neck-wrinkle use came through a later 510(k). Before it, an FDA warning letter (2016) found the earlier SkinPen II adulterated and misbranded for lacking premarket approval or clearance.',
  },
  {
    id: 'exceed',
    name: 'Exceed',
    aliases: ['Exceed', 'Exceed Unlimited', 'Exceed microneedling'],
    ambiguousAliases: ['Exceed'],
    kind: 'microneedling-device',
    technology: 'powered microneedling device',
    us: {
      status: '510k-cleared',
      references: ['K182407', 'K233709'],
      sources: [src.exceedK182407, src.exceedK233709],
      verified: true,
      indications: [
        indication('treatment to improve the appearance of facial acne scars in Fitzpatrick skin types I-IV in adults aged 22 or older', [src.exceedK182407, src.exceedK233709]),
        indication(
          'treatment of wrinkles (glabellar frown lines, periorbital lines and cheek folds) in Fitzpatrick skin types I-III in adults aged 22 or older',
          [src.exceedK233709],
        ),
      ],
    },
    ukEu: [],
  },
  {
    id: 'dr-pen',
    name: 'Dr.pen Microneedling System',
    aliases: ['Dr.pen', 'Dr. Pen', 'Dr.pen Microneedling System'],
    kind: 'microneedling-device',
    technology: 'powered microneedling pen',
    us: {
      status: '510k-cleared',
      references: ['K230420'],
      since: '2023-08-11',
      sources: [src.drpenK230420],
      verified: true,
      indications: [indication('treatment to improve the appearance of facial acne scars in adults aged 22 and older', [src.drpenK230420], { since: '2023-08-11' })],
    },
    ukEu: [],
    note: 'The clearance covers the system named in K230420; pens sold online under similar names are not thereby cleared.',
  },
  {
    id: 'rejuvapen-nxt',
    name: 'Rejuvapen NXT',
    aliases: ['Rejuvapen NXT', 'Rejuvapen'],
    kind: 'microneedling-device',
    technology: 'powered microneedling pen',
    us: {
      status: '510k-cleared',
      sources: [src.microneedlingCleared],
      verified: true,
      indications: [],
    },
    ukEu: [],
    note: 'Its own indication was not read; FDA has authorised microneedling devices only for the appearance of facial acne scars, facial wrinkles and abdominal scars in people 22 and older (FDA microneedling page).',
  },
  {
    id: 'skinstylus',
    name: 'SkinStylus SteriLock MicroSystem',
    aliases: ['SkinStylus', 'SkinStylus SteriLock', 'Skinstylus Sterilock Microsystem'],
    kind: 'microneedling-device',
    technology: 'microneedling pen',
    us: {
      status: '510k-cleared',
      sources: [src.microneedlingCleared],
      verified: true,
      indications: [],
    },
    ukEu: [],
    note: 'Its own indication was not read; FDA has authorised microneedling devices only for the appearance of facial acne scars, facial wrinkles and abdominal scars in people 22 and older (FDA microneedling page).',
  },
];

/** Every product, one entry each. */
export const products: readonly ProductFact[] = [
  ...toxins,
  ...deoxycholicAcid,
  ...haFillers,
  ...biostimulators,
  ...energyDevices,
  ...microneedlingDevices,
];

/** Brand families writers name without a product ("Juvéderm", "Restylane"). */
export const productFamilies: readonly ProductFamily[] = [
  {
    id: 'juvederm',
    name: 'Juvéderm',
    aliases: ['Juvederm', 'Juvederm XC', 'Juvederm Collection', 'Juvederm fillers'],
    kind: 'ha-filler',
    members: [
      'juvederm-voluma-xc',
      'juvederm-volbella-xc',
      'juvederm-vollure-xc',
      'juvederm-volux-xc',
      'juvederm-ultra-xc',
      'juvederm-ultra-plus-xc',
      'skinvive',
    ],
  },
  {
    id: 'restylane-family',
    name: 'Restylane',
    aliases: ['Restylane', 'Restylane fillers', 'Restylane family'],
    kind: 'ha-filler',
    members: [
      'restylane',
      'restylane-lyft',
      'restylane-silk',
      'restylane-kysse',
      'restylane-refyne',
      'restylane-defyne',
      'restylane-contour',
      'restylane-eyelight',
    ],
  },
  {
    id: 'belotero',
    name: 'Belotero',
    aliases: ['Belotero', 'Belotero fillers'],
    kind: 'ha-filler',
    members: ['belotero-balance', 'belotero-balance-plus'],
  },
  {
    id: 'fraxel',
    name: 'Fraxel',
    aliases: ['Fraxel', 'Fraxel laser'],
    kind: 'energy-device',
    members: ['fraxel-dual', 'fraxel-repair'],
  },
];
