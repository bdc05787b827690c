import { defineRule } from '../src/judge/rule.js';
import { passingSymptom } from './shared-judgements.js';

// Photos taken for the clinic's records ("we take before and after photos at
// each visit") are a procedure; the claim is in showing them as results.
const TAKEN = new Set(['take', 'takes', 'took', 'taken', 'taking']);
// A showcase's words as the subject of a passive about handling them ("are shared with consent").
const PASSIVE_HANDLING = /^\s+(?:is|are|will be|may be)\s+(?:only\s+)?(?:shared|published|used|posted|kept|stored|removed|anonymi[sz]ed)\b/i;
const PHOTO_WORDS = /^(photos|pictures|images|shots)$/;

export default defineRule({
  meta: {
    id: 'before-after-testimonial',
    category: 'before_after_testimonial',
    description: 'Testimonials and before/after results presented as typical efficacy.',
    severity: 'warn',
    source: {
      name: 'FTC Endorsement Guides (16 CFR 255.2); CAP Code 3.45-3.52, 12.1; FDA warning letters citing testimonials; Reg. (EU) 655/2013 honesty and evidential support criteria',
      url: 'https://www.ecfr.gov/current/title-16/chapter-I/subchapter-B/part-255',
    },
    fixable: false,
    reason: 'show typical results and say that results vary',
    advice: 'Show typical results and say so ("individual results vary"); keep client words to how skin looks and feel, never to conditions cured.',
  },
  patterns: [
    '(worked|works|work) (for me|wonders|miracles)',
    '(really|actually|truly) (work|works|worked|does work|do work)',
    'my {what=concern} {be-or-have-form} ~2 {testimony-gone-participle}',
    'my {what=disease} {be-or-have-form} ~2 {healed-participle}',
    '{what=concern} (have|has|had) ~2 {testimony-faded-participle}',
    '{testimony-subject} ~1 (look|looks|looked) {number-word} (years|year) younger',
    '(results|the results|the photos|the pictures) (speak for themselves|speaks for itself|speak for itself)',
    '(before and after|before & after|before-and-after|before/after) (photos|pictures|images|results|shots)',
    '(real|genuine|actual|true) (results|before and after|unretouched photos|clients results|transformations)',
    '{customer-group} {testimony-observe-verb} ~2 {result-noun}',
    '(see|notice) the {difference-intensifier} difference',
    '(changed|transformed|saved) (my|her|his|their|your) (life|lives|skin|face|confidence)',
    '{testimony}',
    // A showcase's label on its own: "Before & after: three sessions of resurfacing" (checked in ignore).
    'label=(before and after|before & after|before-and-after|before/after)',
    '{result-showcase}',
    '(i|we) (feel|felt|look|looked) ~2 {renewed-feeling-phrase}',
    '(patients|clients|customers|users) ~2 {report-verb} ~3 {result-noun}',
    '(my|her|his|their) {testimony-body-noun} ~4 {testimony-changed-word}',
    '(this|the|our) (patient|client) ~3 (skin|scars|scarring|complexion|face)',
    '(reduced|improved|cleared|transformed) (this|her|his|their|our) (patient|client)',
    '(i|we) {testimony-see-verb} ~4 {result-noun}',
    '(i|we) {testimony-see-verb-narrow} ~4 {concern}',
    '(i|we) (noticed|saw|have seen|\'ve seen|looked in) ~3 (difference|mirror|change)',
    '(i|we) used to (have|suffer|struggle|hate)',
    '(helps|helped|works|worked) (me|for me) with',
    '(her|his|their|my) (patients|clients) look ~2 (younger|years younger|fresher|amazing)',
    '(his|her|their) {testimony-skin-noun} (was|were|is|looked|looks) ~3 {testimony-result-adjective}',
    '(patients|clients|customers) (often|usually|typically|generally) (report|notice|see) ~2 {testimony-comparative}',
    // What clients saw, named by its concern: "customers saw fewer wrinkles".
    '{customer-group} {testimony-observe-verb} ~1 {measured-change-word} ~2 {concern}',
    // The rulebook's "see the difference": a result promised to every reader.
    '(see|notice|feel) the =difference',
    // A client's words that it worked on their concern: "the only thing that ever worked on my melasma".
    '(worked|works|helped|helps) (on|for|with) (my|her|his|their) ~2 {concern}',
    '(worked|works|helped|helps) (on|for|with) (my|her|his|their) ~2 {testimony-body-noun}',
    '(only|first) (thing|product|treatment|cream) ~3 (worked|works|helped|has helped)',
  ],
  clearedBy: [['hedge'], ['negation']],
  ignore(claim) {
    if (passingSymptom(claim, 'what')) return true;
    // Only as a label, before a colon or alone: "before and after treatment, avoid the sun" is timing.
    // A label opens its line: "I build in lymph time before and after." is timing too.
    if (claim.capture('label')) {
      const next = claim.tokens[claim.end];
      if (claim.start > 0) return true;
      if (next !== undefined && !/:\s*$/.test(claim.sentence.text.slice(claim.tokens[claim.end - 1]!.end - claim.sentence.start, next.start - claim.sentence.start))) return true;
    }
    // "Patient stories are shared only with written consent": what happens to the stories, not a result shown.
    if (PASSIVE_HANDLING.test(claim.sentence.text.slice(claim.tokens[claim.end - 1]!.end - claim.sentence.start))) return true;
    // "see the difference between a peel and a facial" compares two things.
    if (/^difference$/.test(claim.tokens[claim.end - 1]?.norm ?? '') && claim.tokens[claim.end]?.norm === 'between') return true;
    const last = claim.tokens[claim.end - 1];
    if (!last || !PHOTO_WORDS.test(last.norm)) return false;
    return claim.tokens.slice(Math.max(0, claim.start - 2), claim.start).some((t) => TAKEN.has(t.norm));
  },
  message(claim) {
    return `"${claim.text}" presents one client's result as what everyone gets`;
  },
  suggest(claim) {
    // "(individual results vary)" closes the sentence: before its final
    // punctuation, after a closing quotation mark, never mid-clause.
    const trimmed = claim.sentence.text.replace(/\s+$/, '');
    const [, stop = '', quotes = ''] = /([.!?\u2026]*)(["'\u201d\u2019)\]]*)$/.exec(trimmed)!;
    const at = claim.sentence.start + trimmed.length - (quotes === '' ? stop.length : 0);
    return [{ start: at, end: at, text: ' (individual results vary)', desc: 'Add "(individual results vary)" and show typical results' }];
  },
  examples: {
    valid: [
      'Client photos after three sessions, same lighting, no retouching; individual results vary.',
      'It did not work for me.',
      // Photos for the records, not shown as results.
      'Our nurse will take before and after photos for your file.',
      'Read what clients say about their visit.',
      // Two things compared; a symptom settling after treatment.
      'Learn to see the difference between a peel and a facial.',
      'Once the redness has gone, apply sunscreen.',
      'Avoid the sun before and after treatment.',
      'We build in a rest before and after.',
      'Patient stories are shared only with written consent.',
      'Evening appointments worked for my schedule.',
    ],
    invalid: [
      { text: '"My scars are gone!" says one client.' },
      { text: 'This serum really works.', output: 'This serum really works (individual results vary).' },
      { text: 'I look ten years younger.' },
      // "Take a look at" shows them: only photos taken are a record.
      { text: 'Take a look at these before and after photos.' },
      { text: 'The results speak for themselves.' },
      { text: 'Her lines have drastically reduced.' },
      { text: 'Our clients saw fewer breakouts.' },
      { text: 'See the difference after three sessions.' },
      { text: 'Before & after: two sessions of microneedling.' },
      { text: 'The serum really worked for my oily skin.' },
    ],
  },
});
