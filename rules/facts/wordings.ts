// Wordings regulators accept for aesthetic products, and the ones they reject
// in their place: "permanent hair reduction", not "permanent hair removal";
// "FDA-cleared", not "FDA-approved", for a 510(k) device. A rule that flags a
// phrase can look here first: if the phrase is the accepted term for the
// product named, it is not a finding (or is one only off-label).
import { src } from './sources.js';
import type { RegulatoryWording } from './types.js';

export const regulatoryWordings: readonly RegulatoryWording[] = [
  {
    id: 'permanent-hair-reduction',
    market: 'us',
    accepted: 'permanent hair reduction',
    rejected: ['permanent hair removal', 'removes hair permanently', 'painless hair removal'],
    appliesTo: { kinds: ['energy-device'], scope: 'laser and intense pulsed light (IPL) hair removal cleared for it' },
    definition:
      'The long-term, stable reduction in the number of hairs regrowing after a treatment regime, measured at 6, 9 and 12 months after it; it does not mean that every hair in the area is gone.',
    sources: [src.fdaLaserFacts, src.fdaLaserFactsCopy, src.fdaHairReductionDefinition, src.lightsheerK170179],
    verified: true,
  },
  {
    id: 'permanent-hair-reduction-uk',
    market: 'uk',
    accepted: 'permanent hair reduction',
    rejected: ['permanent hair removal', 'permanent visible hair removal'],
    appliesTo: { kinds: ['energy-device'], scope: 'laser and IPL hair removal, with evidence (an FDA clearance or equivalent)' },
    sources: [src.capHairRemoval],
    verified: false,
    seen: 'Cited by the claimlint rulebook (section 4.2) with the ASA Braun ruling on "permanent visible hair removal"; the CAP page itself was not re-read for this file.',
  },
  {
    id: 'fda-approved',
    market: 'us',
    accepted: 'FDA-approved',
    rejected: [],
    appliesTo: { usStatuses: ['approved-biologic', 'approved-drug', 'pma-approved'] },
    definition:
      'FDA approves drugs and biologics, and Class III devices after a premarket approval (PMA) application showing reasonable assurance of safety and effectiveness. The approval covers the labelled uses only.',
    sources: [src.fdaClearVsApprove, src.fdaFillersApproved, src.fdaFillers, src.botoxCosmeticLabel],
    verified: true,
  },
  {
    id: 'fda-cleared',
    market: 'us',
    accepted: 'FDA-cleared',
    rejected: ['FDA-approved'],
    appliesTo: { usStatuses: ['510k-cleared'] },
    definition:
      'FDA clears a device through a 510(k) when it is substantially equivalent to a device already legally marketed for the same use; clearance is not approval, and covers the cleared indications only.',
    sources: [src.fdaClearVsApprove],
    verified: true,
  },
  {
    id: 'fda-authorized-de-novo',
    market: 'us',
    accepted: 'FDA-authorized (De Novo)',
    rejected: ['FDA-approved'],
    appliesTo: { usStatuses: ['de-novo-granted'] },
    definition:
      'A De Novo request classifies a new low-to-moderate-risk device with no predicate (SkinPen created the Class II microneedling classification); FDA describes such devices as legally authorized.',
    sources: [src.fdaMicroneedling, src.microneedlingClassification],
    verified: true,
  },
  {
    id: 'cosmetics-not-fda-approved',
    market: 'us',
    accepted: 'FDA-regulated',
    rejected: ['FDA-approved', 'FDA-certified'],
    appliesTo: { usStatuses: ['not-fda-reviewed'], scope: 'cosmetics and other products FDA does not review before sale' },
    definition: 'FDA has no authority to approve cosmetics before they go on the market (colour additives aside); "FDA-regulated does not mean FDA-approved".',
    sources: [src.fdaCosmeticsNotApproved],
    verified: true,
  },
  {
    id: 'microneedling-appearance',
    market: 'us',
    accepted: 'improve the appearance of facial acne scars, facial wrinkles or abdominal scars (adults 22 and older)',
    rejected: ['FDA-approved'],
    appliesTo: { kinds: ['microneedling-device'] },
    definition:
      'The uses FDA has authorised for microneedling devices; no microneedling device is authorised for over-the-counter sale. Each device is authorised only for the uses in its own De Novo or 510(k).',
    sources: [src.fdaMicroneedling, src.skinpenDeNovo, src.fdaClearVsApprove],
    verified: true,
  },
  {
    id: 'toxin-temporary-appearance',
    market: 'us',
    accepted: 'temporary improvement in the appearance of moderate to severe glabellar lines',
    rejected: [],
    appliesTo: { kinds: ['botulinum-toxin'], scope: 'the glabellar-line indication every US aesthetic toxin shares; others have further areas on their own labels' },
    sources: [src.botoxCosmeticLabel, src.jeuveauLabel, src.daxxifyLabel, src.letyboLabel],
    verified: true,
  },
  {
    id: 'device-ce-marked-not-approved',
    market: 'uk',
    accepted: 'CE-marked (or UKCA-marked) medical device',
    rejected: ['MHRA-approved', 'licensed', 'prescription-only'],
    appliesTo: { kinds: ['ha-filler', 'biostimulator'] },
    definition:
      'Medical devices are CE marked by a Notified Body rather than approved or licensed, and cannot be prescription-only: that term applies to medicines.',
    sources: [src.ukFillersCeMarked2017, src.ukFillersDevices2019],
    verified: true,
  },
];
