// The built-in rule pack: every rule, the word lists they share, and the
// context words the judge reads. Order is priority when two rules claim the
// same words: the more serious category reports them.
import type { RulePack } from '../src/judge/compile.js';
import type { WordList } from '../src/match/matcher.js';
import type { RuleDefinition } from '../src/judge/rule.js';
import absoluteGuarantee from './absolute-guarantee.js';
import authorityEndorsement from './authority-endorsement.js';
import beforeAfterTestimonial from './before-after-testimonial.js';
import comparativeSuperlative from './comparative-superlative.js';
import diseaseTherapeutic from './disease-therapeutic.js';
import freeFromNatural from './free-from-natural.js';
import hype from './hype.js';
import * as labelledUses from './lexicon/labelled-uses.js';
import * as claimWords from './lexicon/claims-words.js';
import * as concerns from './lexicon/concerns.js';
import * as context from './lexicon/context.js';
import * as measures from './lexicon/measures.js';
import * as products from './lexicon/products.js';
import * as verbs from './lexicon/verbs.js';
import * as actions from './lexicon/actions.js';
import * as body from './lexicon/body.js';
import * as claimStrength from './lexicon/claim-strength.js';
import * as conditions from './lexicon/conditions.js';
import * as offerings from './lexicon/offerings.js';
import * as targets from './lexicon/targets.js';
import * as claimForms from './lexicon/claim-forms.js';
import * as slots from './lexicon/slots.js';
import offLabelUse from './off-label-use.js';
import permanence from './permanence.js';
import prescriptionMedicine from './prescription-medicine.js';
import safetyNoRisk from './safety-no-risk.js';
import speedInstant from './speed-instant.js';
import structureFunction from './structure-function.js';
import trivialisingPressure from './trivialising-pressure.js';
import unsubstantiatedProof from './unsubstantiated-proof.js';

export const rules: RuleDefinition[] = [
  prescriptionMedicine,
  offLabelUse,
  diseaseTherapeutic,
  structureFunction,
  permanence,
  authorityEndorsement,
  absoluteGuarantee,
  unsubstantiatedProof,
  safetyNoRisk,
  speedInstant,
  comparativeSuperlative,
  beforeAfterTestimonial,
  hype,
  freeFromNatural,
  trivialisingPressure,
];

export const lists: WordList[] = [
  ...Object.values(verbs),
  ...Object.values(concerns),
  ...Object.values(measures),
  ...Object.values(products),
  ...Object.values(claimWords),
  ...Object.values(context),
  ...Object.values(conditions),
  ...Object.values(body),
  ...Object.values(actions),
  ...Object.values(claimStrength),
  ...Object.values(offerings),
  ...Object.values(targets),
  ...Object.values(claimForms),
  ...Object.values(slots),
  ...Object.values(labelledUses),
];

export const rulePack: RulePack = {
  rules,
  lists,
  context: { hedge: context.hedge, sentenceHedge: context.sentenceHedge, appearance: context.appearance, negator: context.negator, scopeNegator: context.scopeNegator, weakHedge: context.weakHedge, textbook: targets.textbookMarker, mention: context.mentionMarker, exampleMarker: context.exampleMarker, instruction: context.instructionMarker, instructionVerb: context.instructionVerb, softHedge: context.softHedge, questionOpener: context.questionOpener, rhetorical: context.rhetoricalMarker, riskDisclosure: context.riskDisclosure },
};
