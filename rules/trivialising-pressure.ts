import { defineRule } from '../src/judge/rule.js';

export default defineRule({
  meta: {
    id: 'trivialising-pressure',
    category: 'trivialising_pressure',
    description: 'Pressure selling or trivialising language for procedures (deadlines, "quick fix", "lunchtime procedure").',
    severity: 'warn',
    source: {
      name: 'CAP Code 1.3 (social responsibility); CAP guidance on cosmetic interventions; ASA rulings on time-limited procedure offers (2025); FTC Act s.5 (omitting material risks; false urgency: FTC staff report "Bringing Dark Patterns to Light", 2022); Directive 2005/29/EC Annex I point 7 (a false limited-time offer to force a decision)',
      url: 'https://www.asa.org.uk/advice-online/cosmetic-interventions-non-surgical-procedures.html',
    },
    fixable: false,
    reason: 'a procedure is a medical decision and people need time to make it',
    advice: 'Drop the urgency: say a consultation and suitability assessment come first, and give time to decide.',
    markets: {
      uk: {
        severity: 'error',
        reason: 'in the UK time-limited procedure offers are ruled irresponsible',
        basis: 'CAP Code 1.3; CAP guidance on cosmetic interventions; ASA rulings on time-limited procedure offers (2025)',
      },
    },
  },
  patterns: [
    '{claim=pressure}',
    'only {number-word} (spots|slots|places|appointments|spaces) (left|remaining|available)',
    '{number} % off',
    '(get|achieve|reach) your (body|dream|summer) (goals|body|look)',
    '(win|won) (a|an|your) [free] ~2 {trivialised-procedure}',
    '{claim=incentive}',
    '(win|won) (a|an|the|your) ~3 (package|treatment|makeover|procedure)',
    '(done|performed|had) (in|on|during) (your|the|a) (lunch break|lunch hour|lunchtime)',
    // A deadline by duration: "for the next two weeks only", "this month only".
    '(for|next|this|these) ~3 {deadline-unit} only',
    // A new year sold as a new face: "New year, new you".
    'new year , new {new-you-noun}',
  ],
  clearedBy: [['negation']],
  ignore(claim) {
    // "Our Black Friday opening hours" names a date, not a deadline.
    const next = claim.tokens[claim.end];
    return next !== undefined && /^(opening|hours|closing|closed|closure|schedule|times|timetable|delivery)$/.test(next.norm);
  },
  message(claim) {
    return `"${claim.text}" rushes or trivialises a procedure`;
  },
  suggest(claim) {
    if (!/^book (now|today)$/i.test(claim.text)) return [];
    const tokens = claim.tokens;
    const text = /^[A-Z]/.test(tokens[claim.start]!.surface) ? 'Book a consultation' : 'book a consultation';
    return [{ start: tokens[claim.start]!.start, end: tokens[claim.end - 1]!.end, text: /^[A-Z]+ [A-Z]+$/.test(claim.text) ? text.toUpperCase() : text }];
  },
  examples: {
    valid: [
      // A credit for another account's post; "use" counts treatments, it sets no deadline.
      'We repost reader questions with their permission.',
      'For this treatment use only a mild cleanser.','Book a consultation to talk through benefits, risks and aftercare.', 'Take your time to decide.', 'Our opening hours are listed below.'],
    invalid: [
      { text: 'This offer is for the next 15 minutes only!' },
      { text: 'Like and repost to win a facial.' },
      { text: 'Book this weekend only.' },
      { text: 'New year, new you: lip filler offers.' },
      { text: 'Book for the next two weeks only.' },
      { text: 'The jawline you have been dreaming of.' },
      { text: 'BLACK FRIDAY: 40% off all peels!' },
      { text: 'Only 3 spots left this week.' },
      { text: 'A quick fix for tired skin.' },
      { text: 'Book now before the offer ends.' },
      { text: 'Book now.', output: 'Book a consultation.' },
    ],
  },
});
