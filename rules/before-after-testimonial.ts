import { defineRule } from '../src/judge/rule.js';

export default defineRule({
  meta: {
    id: 'before-after-testimonial',
    category: 'before_after_testimonial',
    description: 'Testimonials and before/after results presented as typical efficacy.',
    severity: 'warn',
    source: {
      name: 'FTC Endorsement Guides (16 CFR 255.2); CAP Code 3.45-3.52, 12.1; FDA warning letters citing testimonials',
      url: 'https://www.ecfr.gov/current/title-16/chapter-I/subchapter-B/part-255',
    },
    fixable: false,
    reason: 'show typical results and say that results vary',
    advice: 'Show typical results and say so ("individual results vary"); keep client words to how skin looks and feel, never to conditions cured.',
  },
  patterns: [
    '(worked|works|work) (for me|wonders|miracles)',
    '(really|actually|truly) (work|works|worked|does work|do work)',
    'my {what=concern} (is|are|was|were|has|have|had) ~2 (gone|disappeared|vanished|cleared|healed|faded|erased|reduced|improved|transformed)',
    'my {what=disease} (is|are|was|were|has|have|had) ~2 (gone|disappeared|vanished|cleared|healed|cured|faded)',
    '{what=concern} (have|has|had) ~2 (gone|disappeared|vanished|faded|reduced|been reduced|been erased|been removed)',
    '(i|you|she|he|they|clients|customers) ~1 (look|looks|looked) {number-word} (years|year) younger',
    '(results|the results|the photos|the pictures) (speak for themselves|speaks for itself|speak for itself)',
    '(before and after|before & after|before-and-after|before/after) (photos|pictures|images|results|shots)',
    '(real|genuine|actual|true) (results|before and after|unretouched photos|clients results|transformations)',
    '(customers|clients|patients|users|our clients|our customers) (saw|see|noticed|notice|reported|report|experienced|experience|love) ~2 {result-noun}',
    '(see|notice) the (strong|huge|dramatic|amazing|real|visible|incredible) difference',
    '(changed|transformed|saved) (my|her|his|their|your) (life|lives|skin|face|confidence)',
    '{testimony}',
    '{result-showcase}',
    '(i|we) (feel|felt|look|looked) ~2 (like a new|years younger|ten years younger|more confident|amazing|so confident)',
    '(patients|clients|customers|users) ~2 (report|reported|notice|noticed|see|saw) ~3 {result-noun}',
    '(my|her|his|their) (skin|face|hair|scars|wrinkles|lines|acne|complexion) ~4 (gone|cleared|smooth|flawless|transformed|diminished|disappeared|improved)',
    '(this|the|our) (patient|client) ~3 (skin|scars|scarring|complexion|face)',
    '(reduced|improved|cleared|transformed) (this|her|his|their|our) (patient|client)',
    '(i|we) (noticed|notice|saw|see|can see|could see|have seen|\'ve seen|looked|look) ~4 {result-noun}',
    '(i|we) (noticed|notice|saw|see|can see|could see|have seen|\'ve seen) ~4 {concern}',
    '(i|we) (noticed|saw|have seen|\'ve seen|looked in) ~3 (difference|mirror|change)',
    '(i|we) used to (have|suffer|struggle|hate)',
    '(helps|helped|works|worked) (me|for me) with',
    '(her|his|their|my) (patients|clients) look ~2 (younger|years younger|fresher|amazing)',
    '(his|her|their) (complexion|skin|scarring|scaring|scars|face) (was|were|is|looked|looks) ~3 (smooth|minimal|clear|flawless|gone|even|radiant|transformed)',
    '(patients|clients|customers) (often|usually|typically|generally) (report|notice|see) ~2 (thicker|fuller|stronger|smoother|firmer|younger|fewer|less)',
  ],
  clearedBy: [['hedge'], ['negation']],
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
      'Read what clients say about their visit.',
    ],
    invalid: [
      { text: '"My scars are gone!" says one client.' },
      { text: 'This serum really works.', output: 'This serum really works (individual results vary).' },
      { text: 'I look ten years younger.' },
      { text: 'The results speak for themselves.' },
      { text: 'Her lines have drastically reduced.' },
    ],
  },
});
