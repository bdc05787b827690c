import { dropTokens, positionOf, replaceTokens } from '../src/edit/rewrite.js';
import { defineRule, type ClaimContext } from '../src/judge/rule.js';
import { fdaTerm, findProduct, judgeFdaApproved, type FdaApprovedJudgement, type FdaTerm } from './facts/lookup.js';
import { products } from './facts/products.js';
import type { ProductKind } from './facts/types.js';

const OFFICIAL = /fda|food and drug|mhra|ema|medicines|government|eu|european|nhs|tga|canada/i;

// Words for a kind of product rather than a brand: what FDA did for every
// recorded product of that kind, when they all agree (microneedling pens are
// cleared or De Novo devices; dermal fillers are PMA-approved).
const KIND_WORDS: ReadonlyArray<[RegExp, ProductKind]> = [
  [/^micro-?needl/, 'microneedling-device'],
  [/^(dermal|lip|cheek)?-?fillers?$/, 'ha-filler'],
];

// Cosmetics: FDA approves none of them before sale (21 CFR 710.8, 720.9).
const COSMETIC = /^(serums?|creams?|moisturi[sz]ers?|cleansers?|lotions?|toners?|masks?|skincare|cosmetics?|balms?|oils?|sunscreens?)$/;

function kindTerm(kind: ProductKind): FdaTerm | null | undefined {
  const terms = new Set(products.filter((p) => p.kind === kind && p.us?.verified).map((p) => fdaTerm(p.us!.status)));
  if (terms.size === 1) return [...terms][0];
  // Devices of one kind cleared by some routes and authorised by others
  // (microneedling pens: 510(k) and De Novo) are still not approved; most are cleared.
  if (!terms.has('FDA-approved') && !terms.has(null) && terms.has('FDA-cleared')) return 'FDA-cleared';
  return undefined;
}

interface Subject {
  name: string;
  judgement?: FdaApprovedJudgement;
  /** For a kind of product: the term FDA's action supports for all of them. */
  term?: FdaTerm | null;
}

/** The product an "FDA approved" claim is about: a product or brand named in
 * its sentence (up to three words), else a kind of product ("microneedling"). */
function subjectOf(claim: ClaimContext): Subject | undefined {
  const { tokens, sentence } = claim;
  const text = (s: number, e: number) => sentence.text.slice(tokens[s]!.start - sentence.start, tokens[e - 1]!.end - sentence.start);
  for (let i = 0; i < tokens.length; i++) {
    if (i >= claim.start && i < claim.end) continue;
    for (let n = 3; n >= 1; n--) {
      if (i + n > tokens.length || (i < claim.start && i + n > claim.start)) continue;
      const entry = findProduct(text(i, i + n));
      if (entry) return { name: text(i, i + n), judgement: judgeFdaApproved(entry)! };
    }
  }
  for (const t of tokens) {
    if (COSMETIC.test(t.norm)) return { name: `a cosmetic (${t.surface.toLowerCase()})`, term: null };
    const kind = KIND_WORDS.find(([re]) => re.test(t.norm))?.[1];
    const term = kind ? kindTerm(kind) : undefined;
    if (term !== undefined) return { name: t.surface.toLowerCase(), term };
  }
  return undefined;
}

/** Whether the claim is that FDA approved something (not an endorsement). */
function fdaApproval(claim: ClaimContext): boolean {
  const who = claim.capture('who');
  return who !== undefined && /fda|food and drug/i.test(who.text) && /approv/i.test(claim.text);
}

type Verdict = { approved: boolean | 'unknown'; name?: string; term?: FdaTerm | null; judgement?: FdaApprovedJudgement };

/** Each claim's verdict: the rule's message, reason, severity, advice and
 * rewrites all ask, and finding the subject looks up every run of up to
 * three words of the sentence among the product names. */
const verdicts = new WeakMap<ClaimContext, Verdict>();

function verdict(claim: ClaimContext): Verdict {
  let v = verdicts.get(claim);
  if (v === undefined) verdicts.set(claim, (v = verdictOf(claim)));
  return v;
}

/** What the facts say of "FDA-approved" here: true, false (with the right term), or unknown. */
function verdictOf(claim: ClaimContext): Verdict {
  if (!fdaApproval(claim)) return { approved: 'unknown' };
  const subject = subjectOf(claim);
  if (!subject) return { approved: 'unknown' };
  if (subject.judgement) {
    const j = subject.judgement;
    if (!j.verified || j.approved === 'unknown') return { approved: 'unknown', name: subject.name, judgement: j };
    return { approved: j.approved, name: subject.name, term: j.term, judgement: j };
  }
  return { approved: subject.term === 'FDA-approved', name: subject.name, term: subject.term ?? null };
}

export default defineRule({
  meta: {
    id: 'authority-endorsement',
    category: 'authority_endorsement',
    description: 'Invokes regulatory approval or expert endorsement ("FDA approved", "dermatologist recommended").',
    severity: 'error',
    source: {
      name: '21 CFR 710.8, 720.9; FTC Endorsement Guides (16 CFR 255); Reg. (EU) 655/2013 legal compliance criterion',
      url: 'https://www.fda.gov/cosmetics/cosmetics-laws-regulations/fda-authority-over-cosmetics-how-cosmetics-are-not-fda-approved-are-fda-regulated',
    },
    fixable: false,
    reason: 'an approval or endorsement must be real, current and for what you say',
    advice: 'Say "FDA-approved" only of an approved drug, biologic or PMA device, and only for its approved use; a 510(k) device is "FDA-cleared", a cosmetic is neither. Back expert endorsements with a current survey and say where the basis is.',
    markets: {
      us: {
        severity: 'error',
        reason: 'in the US cosmetics are never FDA-approved, and most devices are cleared, not approved',
        basis: '21 CFR 710.8 and 720.9 (registration is not approval); FD&C Act 502(a) (misbranding); FTC Health Products Compliance Guidance (2022), section on FDA approval',
      },
      eu: {
        reason: 'in the EU a claim of approval by an authority is not allowed for a cosmetic',
        basis: 'Reg. (EU) 655/2013, Annex, legal compliance criterion',
      },
      uk: {
        reason: 'in the UK a claimed approval must be real and relevant to what is sold',
        basis: 'CAP Code 3.1, 3.7, 3.50 (endorsements), 12.1',
      },
    },
  },
  patterns: [
    // A registration number may stand between the authority and its verb: "FDA 510 registered".
    '{who=authority} ~2 [has|have|had] {verb=approval-verb}',
    // A named person's endorsement: "the serum our founder swears by".
    '{endorsement-by-use}',
    // Membership shown as backing: "a member of the Cosmetic Skin Institute".
    '(member|members|fellow|fellows) of [the] ~4 {professional-body}',
    '(approved|certified|endorsed|registered|licensed) by [the] {who=authority}',
    'ce (approved|certified)',
    '{who=expert} {verb=expert-endorsement-verb}',
    '{expert-backed-participle} by [{expert-standing-word}] {who=expert}',
    '(dermatologically|clinically|medically) (approved|certified|endorsed|recommended)',
    '(award-winning|award winning|multi-award-winning|multi award winning)',
    'approved for (sale|use) in (europe|the eu|the uk|the us|the usa)',
    'complies with (eu|european|uk|fda) (legislation|regulations|law|laws|standards)',
  ],
  clearedBy: [['negation']],
  // "The government requires registering the device": an -ing form is a step
  // someone must take, not a standing the product has.
  ignore: (claim) => /ing$/i.test(claim.capture('verb')?.text ?? '') && OFFICIAL.test(claim.capture('who')?.text ?? ''),
  severityFor(claim) {
    // True of the product: only the use is at issue, so a warning.
    return verdict(claim).approved === true ? 'warn' : undefined;
  },
  message(claim) {
    const who = claim.capture('who');
    if (who && OFFICIAL.test(who.text)) {
      const v = verdict(claim);
      if (v.approved === true) return `"${claim.text}" is true of ${v.name}, but only for its approved use`;
      if (v.approved === false) return `"${claim.text}" is wrong for ${v.name}${v.term ? `, which is ${v.term}` : ''}`;
      return `"${claim.text}" claims official approval`;
    }
    return `"${claim.text}" is an expert endorsement`;
  },
  reasonFor(claim) {
    const who = claim.capture('who');
    if (!who || !OFFICIAL.test(who.text)) return 'an endorsement must be genuine, current and typical of what those experts think';
    const v = verdict(claim);
    if (v.approved === true) return 'say which use FDA approved, and claim no other';
    if (v.approved === false) return v.term ? `"FDA-approved" is only for approved drugs and PMA devices` : 'FDA does not approve cosmetics before sale';
    return undefined;
  },
  adviceFor(claim) {
    const who = claim.capture('who');
    if (!who || !OFFICIAL.test(who.text)) {
      return 'Back the endorsement with a current, representative survey of the experts you name, say where readers can see its basis, and disclose any payment or connection.';
    }
    const v = verdict(claim);
    const use = v.judgement?.indications[0]?.text;
    if (v.approved === true && use) return `Name the approved use next to the claim (for ${v.name}: ${use}).`;
    if (v.approved === false && v.term) return `Say "${v.term}" and name the use FDA ${v.term === 'FDA-cleared' ? 'cleared' : 'authorized'} it for.`;
    if (v.approved === false) return 'Remove the approval claim; say what the product is and does for how skin looks.';
    return undefined;
  },
  suggest(claim) {
    const tokens = claim.tokens;
    // "FDA-approved" said of a product the facts record as cleared or
    // authorized: the term they support, where the claim is the adjective
    // itself ("backed by FDA approval" has no adjective to swap). A fact
    // changed, so it stays a suggestion for the writer to accept.
    const verb = claim.capture('verb');
    if (verb && fdaApproval(claim)) {
      const v = verdict(claim);
      if (v.approved === false && v.term) {
        if (!/approved$/i.test(verb.text) || positionOf(claim, claim.start, claim.end) === undefined) return [];
        return [replaceTokens(claim, claim.start, claim.end, v.term, `Replace with "${v.term}", the term for ${v.name}`)];
      }
      // True of the product: the writer names the approved use instead.
      if (v.approved === true) return [];
    }
    // Any other approval or endorsement is a fact about the product only the
    // writer knows; before a noun it can go, and that says nothing new.
    if (/\s/.test(claim.text.trim()) && !/-/.test(claim.text)) return [];
    if (positionOf(claim, claim.start, claim.end) !== 'attributive') return [];
    const r = dropTokens(claim, claim.start, claim.end, { desc: `Remove "${claim.text}" unless you can show the approval or endorsement for this use`, listItem: true });
    return r && tokens[claim.end] ? [r] : [];
  },
  examples: {
    valid: [
      // A step someone must take, not a standing the product has.
      'If the local government requires registering the movement of goods, add a code.',
      'The FDA has not approved this cream.',
      'Our clinic uses a device FDA-cleared to improve the appearance of facial acne scars in adults.',
      'Cosmetics are not FDA approved.',
      'Ask your doctor before treatment.',
    ],
    invalid: [
      { text: 'The night cream my favourite actress swears by.' },
      { text: 'Our lead nurse is a fellow of the Aesthetic Skin Institute.' },
      { text: 'Made in a US FDA 210 registered laboratory.' },
      // Read through a bracketed acronym or clause letter, as a reader does.
      { text: 'The Food and Drug Administration (FDA) has approved our night cream.' },
      { text: 'Bottled in an FDA 210(a) registered facility.' },
      { text: 'FDA-approved microneedling.', output: 'FDA-cleared microneedling.' },
      // Whether a drug is approved is a fact only the writer knows: no rewrite says otherwise.
      { text: 'Backed by FDA approval.' },
      { text: 'Dermatologist recommended for sensitive skin.' },
      { text: 'Developed by leading dermatologists.' },
      { text: 'Our award-winning serum.' },
    ],
  },
});
